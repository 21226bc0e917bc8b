"""Objectives: "nhằm", "để", "mục tiêu ... là", "Mục tiêu:" and the sentences of an objectives section, one
assertion per objective clause (a list is split where a new verb phrase starts)."""

from __future__ import annotations

import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.assertions.aimitems import continues_item, defines, purpose_of_later_clause
from policykg.graph_builder.assertions.context import DUTY_PARTS, Context, Sent
from policykg.graph_builder.assertions.ownpurposes import act_of_issuing, after_linking_word, goal_of_thing
from policykg.graph_builder.model import Assertion, Mention, Span
from policykg.graph_builder.vocabulary import lower_same_length

__all__ = ["document_objective", "objectives", "opens_with_verb", "purpose_markers", "split_objectives", "whole_item"]


def objectives(ctx: Context, s: Sent, start: int, end: int, parent: int | None, whole: bool) -> None:
    """One objective per clause after "nhằm", "để", "mục tiêu ... là" (the whole range when ``whole`` and no marker).

    An objective *of the document* (qualifier ``document``; docs/DATA_MODEL.md, objectives) is an item of a "Mục
    đích" / "Mục tiêu" part, a goal ("mục tiêu ... là") or purpose the document states of itself ("Kế hoạch này
    nhằm ...", "Chỉ thị này được ban hành để ..."), or a purpose that opens a sentence whose main clause is no duty of
    its own or the issuer's request ("Để ..., Ủy ban nhân dân tỉnh yêu cầu:"); any other purpose is that of the
    duty ``parent`` (or of the sentence's duty)."""
    found = _aims_in(ctx, s, start, end, parent)
    if found is None:
        return
    goal, markers, item = found
    pieces: list[tuple[int, int, bool, int | None]] = []
    if item:
        # an item of a "Mục đích" / "Mục tiêu" part that opens with its verb is one objective of the document, whole
        # ("Cụ thể hóa đầy đủ, kịp thời và đồng bộ ...; tạo chuyển biến ..."); the purposes its "nhằm"/"để" state
        # are that item's, not more aims of the document ("Phát triển du lịch cộng đồng nhằm tạo sinh kế ..., bảo tồn
        # ...": one aim, the gold of the genre lists its purposes too, the real corpus's only the item)
        o_start, o_end = ctx.span_text(start, end)
        _add(ctx, s, o_start, _trim_objective_end(ctx, o_start, o_end), parent, True)
        if not markers:
            return
    elif markers and not goal and (s.role == "objectives" and parent is None or act_of_issuing(ctx, s, markers[0][0])):
        # "2. Hoạt động kiểm tra chuyên ngành nhằm A; B ... để ...; C": in the document's part of objectives, the
        # purposes after the first "nhằm" run to the end of the item, one per ";"-clause (a later "để" is inside one);
        # so do those of the act of issuing the document ("Việc ký kết nhằm tạo cơ chế phối hợp, trao đổi ... để ...")
        cuts = [markers[0][1]] + [m.end() for m in _SEMICOLON.finditer(ctx.match, markers[0][1], end)]
        for cut, stop in zip(cuts, cuts[1:] + [end]):
            o_start, o_end = ctx.span_text(cut, stop)
            _add(ctx, s, o_start, _trim_objective_end(ctx, o_start, o_end), parent, True)
        return
    if whole and not markers:
        pieces.append((start, end, s.role == "objectives" and parent is None, None))
    for k, (m_start, m_end) in enumerate(markers):
        if goal and (m_start, m_end) != (goal.start(), goal.end()) and goal.start() < m_start < goal.end():
            continue
        stop = end
        for next_start, _ in markers[k + 1:]:
            if next_start > m_end:
                stop = next_start
                break
        # an objective stays inside its clause
        for clause in s.sentence.clauses:
            if clause.start <= m_start < clause.end:
                stop = min(stop, clause.end)
        pieces.append((m_end, stop, not item and _of_document(ctx, s, m_start, parent,
                                                              goal is not None and m_start == goal.start()), m_start))
    for p_start, p_end, of_document, marker in pieces:
        parts = split_objectives(ctx.match, p_start, p_end, s.actors, low=ctx.low)
        if parts and of_document and (cues.FRONTED_PURPOSE.match(ctx.low, s.sentence.span.start, p_start)
                                      or marker is not None and _fronted(ctx, s, marker)):
            # "Để tăng cường công tác thanh tra, kiểm tra ..., nâng cao ..., UBND tỉnh yêu cầu:": the purpose the
            # document states of itself before its main clause is one objective, its commas inside it
            parts = [(parts[0][0], parts[-1][1])]
            subject = next((a for a in s.actors if a.span.start >= parts[0][1]), None)
            if parent is None and subject is not None and subject.iri != ctx.issuer \
                    and not _LETTER.search(ctx.low, parts[0][1], subject.span.start) \
                    and _PAST_ACT.match(ctx.low, subject.span.end):
                of_document = False   # "7. Để ngăn ngừa ..., Ngân hàng Nhà nước đã yêu cầu ...": another body's past act
        for o_start, o_end in parts:
            o_start, o_end = ctx.span_text(o_start, o_end)
            o_end = _trim_objective_end(ctx, o_start, o_end)
            _add(ctx, s, o_start, o_end, parent, of_document)


def _aims_in(ctx: Context, s: Sent, start: int, end: int, parent: int | None):
    """(the goal "mục tiêu ... là", the purpose words, whether the range is an item of the objectives part read
    whole) in [start, end); None when the range states no aim: a later sentence of an item, a definition."""
    own_part = s.role == "objectives" and parent is None
    if own_part and continues_item(ctx, s, opens_with_verb):
        return None
    goal = cues.GOAL.search(ctx.scan, start, end)
    if goal is not None and parent is None and s.role != "objectives" and goal_of_thing(ctx.low, goal.start()):
        goal = None   # "dự án ... với mục tiêu chính là ...": a thing's goal, no aim (ownpurposes.py)
    markers = sorted(purpose_markers(ctx.scan, ctx.low, start, end) + ([(goal.start(), goal.end())] if goal else []))
    if own_part and goal is None and defines(ctx.low, start, end):
        return None   # "1. Kiểm tra chuyên ngành là việc xem xét ...": what a word means, no aim (aimitems.py)
    item = own_part and whole_item(ctx, start, end)
    if own_part and not item and markers and not goal and purpose_of_later_clause(ctx, start, end, markers[0][0]):
        return goal, [], True   # "Cổ vũ ... cho thanh niên; tạo điều kiện để thanh niên ...": one aim, whole
    if own_part and not item and _clause_then_purpose(ctx, start, markers, goal):
        return goal, [], True   # "- Nhà nước hỗ trợ ... cho hộ gia đình ... để các hộ ...": one aim, whole
    return goal, markers, item


def _clause_then_purpose(ctx: Context, start: int, markers: list, goal) -> bool:
    """An item of the objectives part that states a whole clause before its first purpose word "để" ("- Nhà nước hỗ
    trợ trực tiếp cho hộ gia đình ... để các hộ gia đình này xây dựng nhà ở ...", "3. Chương trình hành động phải thể
    hiện được vai trò ... để Chính phủ ... tập trung chỉ đạo ..."): one aim, whole, as a verb-led item is; its "để" is
    the purpose of what the clause says. Not an item that opens with its purpose word or states a goal ("Để ...",
    "Mục tiêu ... là ..."), nor a thing and its purposes ("Hoạt động kiểm tra nhằm A; B": those are the aims)."""
    if not markers or goal is not None or ctx.low[markers[0][0]:markers[0][1]] != "để":
        return False
    return not cues.FRONTED_PURPOSE.match(ctx.low, start, markers[0][1])


def opens_with_verb(ctx: Context, start: int, end: int) -> bool:
    """Whether the words in [start, end) open with a verb of the genre after their number or bullet ("a) Phổ cập kiến
    thức ...:"; not "1. Mục tiêu chung")."""
    return _leading_verb(_ITEM_MARK.sub("", ctx.low[start:end], count=1)) is not None


def whole_item(ctx: Context, start: int, end: int) -> bool:
    """Whether the words in [start, end) open with a verb of the genre, after their number or bullet ("- Nâng cao
    ...", "1. Cụ thể hóa ...") or a noun phrase of a goal with no purpose word before its first "nhằm"/"để"."""
    opening = _ITEM_MARK.sub("", ctx.low[start:end], count=1)
    if _leading_verb(opening) is not None:
        return True
    return not purpose_markers(opening, opening, 0, len(opening)) and cues.GOAL.search(opening) is None


def purpose_markers(scan: str, low: str, start: int, end: int) -> list[tuple[int, int]]:
    """The purpose words "nhằm", "để" in [start, end) of ``scan`` (with ``low``, its lower-cased form), not those of
    a prohibition or an adverb ("không để phát sinh ...", "triệt để")."""
    return [(m.start(), m.end()) for m in cues.OBJECTIVE.finditer(scan, start, end)
            if not cues.NOT_PURPOSE.search(low, max(0, m.start() - 12), m.start())]


_SEMICOLON = re.compile(";")
_LETTER = re.compile(r"[^\W\d_]")
_PAST_ACT = re.compile(r"\s+(?:đã|vừa|mới)\s")
_ITEM_MARK = re.compile("^" + cues.ITEM_MARK)


def _add(ctx: Context, s: Sent, o_start: int, o_end: int, parent: int | None, of_document: bool) -> None:
    """One objective on [o_start, o_end) when it is two words or more."""
    if o_end - o_start < 4 or len(ctx.words_between(o_start, o_end)) < 2:
        return
    objective_text = ctx.text[o_start:o_end]
    ctx.add(Assertion("objective", Span(o_start, o_end), s.sentence.index, text=objective_text,
                      parent=parent, qualifier="document" if of_document else None),
            key=("objective", match_key(objective_text)))


def document_objective(ctx: Context, s: Sent, start: int, end: int) -> None:
    """The words in [start, end) of sentence ``s`` as one objective of the document, whole (the purpose its title
    states: ownpurposes.title_purpose)."""
    _add(ctx, s, start, _trim_objective_end(ctx, start, end), None, True)


def _of_document(ctx: Context, s: Sent, marker: int, parent: int | None, goal: bool) -> bool:
    """Whether the purpose or goal whose marker starts at ``marker`` is the document's own (see :func:`objectives`)."""
    if parent is None and (s.role == "objectives" or goal):
        return True
    if cues.self_purpose(ctx.lexicon).search(ctx.low, max(s.sentence.span.start, marker - 80), marker) \
            or act_of_issuing(ctx, s, marker):
        return True
    if not _fronted(ctx, s, marker):
        return False   # (a later "để" of the sentence, after its main clause, is a purpose of what that clause says)
    if parent is None:
        return True
    record = ctx.out[parent]
    if record.relation == "requires":
        return not record.subjects or ctx.issuer in record.subjects
    if record.relation == "requirement" and not record.subjects:
        # "Nhằm ..., Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành ...:", "Để ..., Bộ ... ban hành kế hoạch ...":
        # the main clause is nobody's duty (the issuer's own request or act, its addressees too vague to name)
        return s.role not in DUTY_PARTS
    # "Nhằm đạt được mục tiêu ..., các bộ, ngành cần thực hiện các nhiệm vụ sau đây:": the purpose of the list of
    # duties the sentence opens, outside any one actor's part, is the document's
    return record.relation == "task" and not ctx.state.heading and _announces_list(ctx, s)


def _fronted(ctx: Context, s: Sent, marker: int) -> bool:
    """Whether the purpose word at ``marker`` opens its sentence, after its number or bullet, or after a fronted
    clause naming what the document carries out ("Thực hiện Kết luận số ... của Bộ Chính trị; nhằm ..., Thủ tướng
    yêu cầu ..."): either way before the main clause."""
    fronted = cues.FRONTED_PURPOSE.match(ctx.low, s.sentence.span.start, marker + 5)
    if fronted is not None and fronted.end() > marker or after_linking_word(ctx.low, s.sentence.span.start, marker):
        return True
    return cues.fronted_carrying_out(ctx.lexicon).fullmatch(ctx.low, s.sentence.span.start, marker) is not None


def _announces_list(ctx: Context, s: Sent) -> bool:
    """A sentence that ends with a colon, or announces the items below it ("... các nhiệm vụ sau đây")."""
    line = ctx.low[s.sentence.span.start:s.sentence.span.end].rstrip(" .\n")
    return line.endswith(":") or _LIST_ANNOUNCED.search(line) is not None


_MODAL_WORDS = frozenset(("cần", "phải"))
_LIST_ANNOUNCED = re.compile(r"(?<!\w)(?:sau đây|như sau|sau)\s*:?$")


def _trim_objective_end(ctx: Context, start: int, end: int) -> int:
    """Without the closing punctuation and a trailing "..."."""
    while end > start and ctx.text[end - 1] in ".…!?,;: ":
        end -= 1
    if ctx.match[max(start, end - 3):end] == "...":
        end -= 3
    return end


def split_objectives(match: str, start: int, end: int, actors: list[Mention] = (),
                     low: str | None = None) -> list[tuple[int, int]]:
    """Split an objective list into clauses where a new verb phrase starts.

    Takes the match-form text and the [start, end) range after "nhằm"/"để"/"mục tiêu là"; returns
    [start, end) ranges, one per objective (``low``: the lower-cased match form, when the caller has it). Splits at a comma (or "và") followed by a verb of the genre,
    never inside "trật tự, an toàn xã hội" (a noun list) or "xây dựng và bảo vệ Tổ quốc" (two
    verbs sharing an object); stops where a comma introduces an actor (the main clause).

    >>> t = "giữ vững ổn định chính trị, bảo đảm trật tự, an toàn xã hội, bảo vệ Đảng và góp phần xây dựng và bảo vệ Tổ quốc"
    >>> [t[a:b] for a, b in split_objectives(t, 0, len(t))]
    ['giữ vững ổn định chính trị', 'bảo đảm trật tự, an toàn xã hội', 'bảo vệ Đảng', 'góp phần xây dựng và bảo vệ Tổ quốc']
    """
    low = lower_same_length(match) if low is None else low
    pieces = []
    piece_start = start
    separators = list(cues.OBJECTIVE_SEPARATOR.finditer(low[start:end]))
    for sep in separators:
        s_start, s_end = start + sep.start(), start + sep.end()
        if s_start < piece_start:
            continue
        after = low[s_end:end]
        if "," in sep.group(0) and _main_clause_starts(low, s_end, end, actors):
            # ", Bộ Chính trị yêu cầu ...": the purpose clause ended; the main clause starts
            pieces.append((piece_start, s_start))
            return [p for p in pieces if p[1] > p[0]]
        verb = _leading_verb(after)
        if verb is None:
            continue
        rest_words = after[len(verb):].split()
        if not rest_words or not re.match(r"[^\W\d_]", rest_words[0]) or rest_words[0] == cues.AND:
            continue   # "... hợp tác và phát triển": a verb with nothing after it is not a new objective; "đầy đủ,
            # kịp thời và đồng bộ": a list of manners
        before_words = low[piece_start:s_start].split()
        if cues.AND in sep.group(0):
            if before_words and (before_words[-1] in cues.ACTION_VERBS or " ".join(before_words[-2:]) in cues.ACTION_VERBS):
                continue   # "xây dựng và bảo vệ Tổ quốc": two verbs share one object
        elif before_words and before_words[-1] in cues.ACTION_VERBS:
            continue   # "phòng, chống tham nhũng": a one-syllable verb before the comma shares the object
        pieces.append((piece_start, s_start))
        piece_start = s_end
    pieces.append((piece_start, end))
    return [p for p in pieces if p[1] > p[0]]


def _main_clause_starts(low: str, pos: int, end: int, actors) -> bool:
    """After a comma: an actor list followed by a verb ("..., Bộ Chính trị yêu cầu ...")."""
    first = next((a for a in actors if a.span.start >= pos), None)
    if first is None or low[pos:first.span.start].strip() not in ("", "các", "những", "cả",
                                                                   (first.office or "").strip().lower()):
        return False   # "..., Chủ tịch Ủy ban nhân dân tỉnh yêu cầu": the office the body acts through may open it
    last = first
    for a in actors:
        if a.span.start > last.span.end and re.fullmatch(r"[\s,]*(?:và\s+)?(?:các\s+)?", low[last.span.end:a.span.start]):
            last = a
    words = [w for w in low[last.span.end:min(end, last.span.end + 80)].split()]
    words = [w.strip(",:;.") for w in words]
    while words and (words[0] in cues.LIST_FILLER or words[0] in cues.TENSE_WORDS or words[0] in _MODAL_WORDS):
        words.pop(0)   # "..., Ngân hàng Nhà nước đã yêu cầu ...", "..., các bộ cần cụ thể hóa ...": before the verb
    return any(" ".join(words[:n]) in cues.ACTION_VERBS or " ".join(words[:n]) in cues.MAIN_CLAUSE_VERBS for n in (1, 2, 3))


def _leading_verb(text: str) -> str | None:
    words = text.split()
    for n in (3, 2, 1):
        candidate = " ".join(w.strip(",.;:") for w in words[:n])
        if len(words) >= n and candidate in cues.ACTION_VERBS and candidate not in cues.NOT_OBJECTIVE_OPENERS:
            return candidate
    return None

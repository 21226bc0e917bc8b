"""Mentions: where a text names an actor, an initiative (campaign, movement) or a policy document.

This module owns the recognition of names in the match form of a source text
(``SourceText.match``, same offsets as ``SourceText.text``). Everything it knows
about actors comes from the ontology's lexicon: labels, aliases and abbreviations
of known actors, head nouns of organisation names ("Bộ", "Sở", "Ủy ban nhân dân" ...),
administrative levels and document kinds. What it adds is the grammar of names:

- known actors, longest form first, without the function words around them ("các",
  "những" before; "các cấp", "liên quan" after), with level qualifiers ("các cấp",
  "từ Trung ương đến cơ sở", "cấp tỉnh") turned into ``Mention.levels``;
- unknown organisations named head-first ("Sở Văn hóa, Thể thao và Du lịch",
  "Ủy ban nhân dân tỉnh Sơn La", "Công an tỉnh"), IRIs minted from the canonical name;
- quoted campaigns and movements and unquoted "phong trào ..." (nothing inside quotes is an actor);
- cited documents by number ("Nghị định số 06/2014/NĐ-CP") or by name ("Quy chế dân chủ ở cơ sở").

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Sở Tư pháp chủ trì, phối hợp với Công an tỉnh và các cơ quan liên quan.")
>>> [(m.surface, m.known) for m in find_mentions(src, [], load_lexicon())]
[('Sở Tư pháp', False), ('Công an tỉnh', False), ('cơ quan', True)]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from policykg.graph_builder.model import Mention, Sentence, SourceText, Span
from policykg.core.iris import (
    PKG,
    mint_actor_iri,
    mint_document_iri,
    mint_initiative_iri,
    mint_named_document_iri,
    normalize_document_number,
)
from policykg.core.textnorm import ascii_fold, match_key

__all__ = ["find_mentions", "ACTION_VERBS", "FUNCTION_WORDS_BEFORE", "lower_same_length"]

# Verbs (and verb-like openers) of the genre. They end an organisation name ("Sở Tư pháp | chủ trì"),
# start a new objective clause ("giữ vững ..., | bảo đảm ...") and tell a clause that opens with a
# verb. Measured alternative: underthesea's POS tagger labels "chủ trì" as a noun and "Ủy ban nhân dân"
# as a verb in these sentences, so a small list of the genre's verbs is the more precise tool here.
ACTION_VERBS = frozenset("""
chủ trì|phối hợp|chịu trách nhiệm|có trách nhiệm|tham mưu|hướng dẫn|tổ chức|xây dựng|triển khai|thực hiện|theo dõi
|kiểm tra|báo cáo|bố trí|bảo đảm|đảm bảo|quản lý|vận động|tham gia|tuyên truyền|chỉ đạo|lãnh đạo|ban hành|yêu cầu
|đề nghị|tăng cường|đẩy mạnh|nâng cao|rà soát|tổng hợp|lồng ghép|khảo sát|đưa|tấn công|trấn áp|thẩm định|cân đối
|quán triệt|huy động|phát động|nghiên cứu|đôn đốc|giám sát|chủ động|phê duyệt|trình|giữ vững|giữ|bảo vệ|góp phần
|tạo|phát huy|củng cố|giảm|giảm thiểu|kéo giảm|chống|phòng ngừa|phòng chống|bảo tồn|quảng bá|phát triển|thúc đẩy
|kiềm chế|tiết kiệm|phục vụ|hoàn thiện|ngăn chặn|đáp ứng|hỗ trợ|khắc phục|mở rộng|cải thiện|ổn định|đổi mới
|nắm|xử lý|đánh giá|sơ kết|tổng kết|quan tâm|chú trọng|tiếp tục|bồi dưỡng|đào tạo|cung cấp|ứng dụng|nhân rộng
|phổ biến|giáo dục|xác định|đề ra|gắn|gắn kết|phát hiện|đấu tranh|ngăn ngừa|nâng|tập trung|coi|định kỳ|hằng năm
|sơ tán|cứu nạn|tìm kiếm|lựa chọn|cai nghiện|thanh tra|giải quyết|thường xuyên|kịp thời|cải cách|số hóa
|bảo đảm an ninh|duy trì|khuyến khích|tạo điều kiện|làm|tuần tra|kiểm soát|cấp|xét|căn cứ|theo|nhằm|để
|đồng chủ trì|phòng|phấn đấu|điều tra|truy tố|xét xử|giám định|cứu hộ|tiếp nhận|thu hồi
""".replace("\n", "").split("|"))

# Single words that can never continue an organisation name (prepositions, auxiliaries, conjunctions).
_NAME_STOP_WORDS = frozenset(
    "có phải được là đã sẽ đang cần của với về trong tại trên cho các những và hoặc để nhằm từ đến khi nếu "
    "thì mà này đó cùng đều theo thuộc ở do bị vừa sớm kịp hằng gồm như nêu ký sau trước liên trực".split())

FUNCTION_WORDS_BEFORE = ("toàn thể", "các", "những", "cả", "mọi")
# nouns that take "nhân dân" / "toàn dân" as an attribute ("an ninh nhân dân", "quốc phòng toàn dân")
_MODIFIER_OF = re.compile(r"(?<!\w)(?:an ninh|quốc phòng|thế trận|chiến tranh|đại đoàn kết|thanh tra|hội thẩm"
                          r"|kiểm soát|ngày hội|nghệ sĩ|nhà giáo|thầy thuốc|nghệ nhân)\s+$")
_FUNCTION_WORDS_AFTER = ("có liên quan", "liên quan")

# Initiative triggers before a quoted name, and the kind each announces.
_QUOTE_TRIGGER = re.compile(r"(cuộc vận động|phong trào thi đua|phong trào|việc)\s*$")
# Words that end an unquoted movement name ("phong trào toàn dân bảo vệ an ninh Tổ quốc | trong ...").
_MOVEMENT_STOP = frozenset(
    "trong là phải của do được đã sẽ đang với và gắn tại ở trên theo nhằm để cho từ đến có này đó "
    "thường hằng ngày năm hiện vào ra mà thì khi nên".split())
# Document kinds that are cited by name without a number ("Luật Tổ chức Chính phủ", "Quy chế dân chủ ở cơ sở");
# other kinds, capitalised, usually refer back to the document itself ("Chỉ thị nêu rõ").
_NAMED_DOCUMENT_KINDS = ("Law", "Regulation")
_DOCUMENT_NAME_STOP = frozenset("số ngày năm của do được đã này và".split())
_NUMBER = re.compile(
    r"(?<![\w/.-])\d{1,5}(?:/\d{4})?[/-]\s?[A-ZĐ][A-Za-zĐđƯư.&]*\d*(?:\s?[-/]\s?[A-ZĐ][A-Za-zĐđƯư.&]*\d*)*")
_TOKEN = re.compile(r"[^\W_]+(?:[.&][^\W_]+)*|[^\w\s]")
_PRIORITY_BLOCK, _PRIORITY_ACTOR = 0, 1
_NEVER = r"(?!x)x"   # an alternation that matches nothing (a lexicon without levels or document kinds)


def lower_same_length(text: str) -> str:
    """Lower-case ``text`` character by character, keeping its length (offsets stay valid).

    >>> lower_same_length("ỦY BAN İ")
    'ủy ban İ'
    """
    low = text.lower()
    if len(low) == len(text):  # the usual case (Vietnamese never changes length): one C-level call
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass
class _Candidate:
    start: int
    end: int
    priority: int
    mention: Mention | None   # None: a region that blocks actors (inside quotes) but is not itself a mention


@dataclass(frozen=True)
class _Form:
    key: str          # match_key of the form
    written: str      # as the vocabulary writes it
    entry: object     # LexiconEntry
    case_sensitive: bool


class _Vocabulary:
    """Regexes and tables derived once from a lexicon."""

    def __init__(self, lexicon):
        self.lexicon = lexicon
        forms: dict[str, _Form] = {}
        for entry in lexicon.entries:
            for written in (entry.label_vi, *entry.alt_labels):
                key = match_key(written)
                if key in forms:
                    continue
                forms[key] = _Form(key, match_key_cased(written), entry, _is_abbreviation(written))
        self.forms = forms
        self.compact = {_compact(k): f for k, f in forms.items()}
        ordered = sorted(forms.values(), key=lambda f: (-len(f.key), f.key))
        self.ci_regex = _alternation([f.key for f in ordered if not f.case_sensitive], lower=True)
        self.cs_regex = _alternation([f.written for f in ordered if f.case_sensitive], lower=False)
        self.heads = [(h, kind) for h, kind in lexicon.head_nouns()]
        self.head_regex = _alternation([h for h, _ in self.heads], lower=True)
        self.head_kind = dict(self.heads)
        alias_levels: dict[str, str] = {}
        for level in lexicon.levels:
            for alias in level.aliases:
                alias_levels.setdefault(match_key(alias), level.iri)
        self.level_of = alias_levels
        level_alts = "|".join(_form_pattern(a) for a in sorted(alias_levels, key=lambda a: (-len(a), a))) or _NEVER
        self.level_alts = level_alts
        self.level_qualifier = re.compile(
            rf"\s*(?:(?P<range>từ\s+(?P<a>{level_alts})\s+(?:đến|tới)\s+(?P<b>{level_alts}))"
            rf"|(?:ở\s+)?(?:các\s+)?(?:cấp\s+)?(?P<list>(?:{level_alts})(?:\s*,\s*(?:{level_alts}))*)"
            rf"(?:\s+trực thuộc trung ương)?)(?!\w)")
        self.level_word = re.compile(rf"(?:{level_alts})(?!\w)")
        self.expansions = _abbreviation_expansions(lexicon)
        codes: dict[str, str] = {}
        names: list[tuple[str, str]] = []
        for kind in lexicon.document_kinds:
            for code in kind.codes:
                codes.setdefault(code.upper(), kind.kind)
            for name in kind.names:
                names.append((match_key(name), kind.kind))
        self.document_codes = codes
        self.document_names = sorted(names, key=lambda n: (-len(n[0]), n[0]))
        self.document_name_regex = re.compile(
            r"(?<!\w)(" + ("|".join(_form_pattern(n) for n, _ in self.document_names) or _NEVER) + r")(?!\w)")

    def level_specific(self, entry, level_iri: str):
        """The vocabulary's entry for ``entry`` at one level ("Ủy ban nhân dân" + huyện -> "Ủy ban nhân dân huyện")."""
        base = re.sub(r"\s+các cấp$", "", match_key(entry.label_vi))
        local = level_iri[len(PKG):] if level_iri.startswith(PKG) else level_iri
        for other in self.lexicon.entries:
            if other is entry or other.level != local:
                continue
            if match_key(other.label_vi).startswith(base + " "):
                return other
        return None


def match_key_cased(text: str) -> str:
    """Like ``match_key`` but keeping case (for case-sensitive abbreviations and labels)."""
    from policykg.core.textnorm import match_form, source_text

    return re.sub(r"\s+", " ", match_form(source_text(text))).strip()


def _is_abbreviation(written: str) -> bool:
    """A form written in capitals without spaces ("MTTQ", "UBND", "TTg", "T.Ư"): matched case-sensitively."""
    letters = [c for c in written if c.isalpha()]
    return " " not in written.strip() and sum(c.isupper() for c in letters) >= 2


def _form_pattern(form: str) -> str:
    parts = re.findall(r"\w+|[^\w\s]", form)
    out = ""
    for i, part in enumerate(parts):
        if i:
            out += r"\s+" if (part[0].isalnum() and parts[i - 1][-1].isalnum()) else r"\s*"
        out += re.escape(part)
    return out


def _alternation(forms: list[str], lower: bool) -> re.Pattern | None:
    if not forms:
        return None
    body = "|".join(_form_pattern(f) for f in forms)
    return re.compile(rf"(?<![\w.&])(?=({body})(?![\w&]))")


def _abbreviation_expansions(lexicon) -> dict[str, str]:
    """'UBND' -> 'Ủy ban nhân dân': an abbreviation alias and the written form of the same entry whose initials match."""
    expansions: dict[str, str] = {}
    for entry in lexicon.entries:
        written = (entry.label_vi, *entry.alt_labels)
        for abbr in written:
            if not _is_abbreviation(abbr):
                continue
            target = ascii_fold(abbr).replace(".", "")
            for full in sorted(written, key=len):
                words = ascii_fold(full).split()
                if len(words) > 1 and "".join(w[0] for w in words) == target:
                    expansions.setdefault(abbr.upper(), match_key_cased(full))
                    break
    return expansions


@functools.lru_cache(maxsize=4)
def _vocabulary(lexicon) -> _Vocabulary:
    return _Vocabulary(lexicon)


def find_mentions(source: SourceText, sentences: list[Sentence], lexicon) -> list[Mention]:
    """Find the mentions of actors, initiatives and documents in ``source``.

    Takes the source text, its sentences (regions to search; all of the text when empty) and the
    lexicon (``policykg.ontology.load_lexicon()``). Searches ``source.match`` case-insensitively, skipping
    ``source.skipped``. Returns non-overlapping mentions sorted by offset (longest match wins; a
    quoted name, a cited document or an initiative blocks the actors inside it). Never raises on text.

    >>> from policykg.graph_builder.read import source_from_string
    >>> from policykg.ontology import load_lexicon
    >>> src = source_from_string('Các cấp ủy đảng, Mặt trận Tổ quốc từ T.Ư đến cơ sở thực hiện cuộc vận động "Vì người nghèo".')
    >>> [(m.category, m.label, [l.split('#')[1] for l in m.levels]) for m in find_mentions(src, [], load_lexicon())]
    [('actor', 'cấp ủy đảng', []), ('actor', 'Mặt trận Tổ quốc Việt Nam', ['LevelCentral', 'LevelGrassroots']), ('initiative', 'Vì người nghèo', [])]
    """
    vocab = _vocabulary(lexicon)
    text, match = source.text, source.match
    low = lower_same_length(match)
    regions = _regions(source, sentences)
    candidates: list[_Candidate] = []
    for start, end in regions:
        candidates.extend(_quoted(match, low, start, end))
        candidates.extend(_movements(match, low, start, end))
        candidates.extend(_documents(vocab, match, low, start, end))
        known = _known_actors(vocab, match, low, start, end)
        candidates.extend(known)
        candidates.extend(_pattern_actors(vocab, match, low, start, end, known))
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    # names of campaigns and documents first (they block what is inside them), then leftmost-longest
    order = sorted(candidates, key=lambda c: (c.priority, -(c.end - c.start), c.start) if c.priority == _PRIORITY_BLOCK
                   else (c.priority, c.start, -(c.end - c.start)))
    actor_candidates = [c for c in candidates if c.priority == _PRIORITY_ACTOR]
    for cand in order:
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        if cand.priority == _PRIORITY_ACTOR and _cut_inside_a_name(match, cand, actor_candidates):
            continue   # "Trung ương Đoàn | Thanh niên Cộng sản Hồ Chí Minh": the longer name wins
        taken.append((cand.start, cand.end))
        if cand.mention is not None:
            chosen.append(cand)
    mentions = [c.mention for c in sorted(chosen, key=lambda c: (c.start, c.end))]
    for m in mentions:
        m.surface = text[m.span.start:m.span.end]
    return mentions


_HEADER_CONTINUATION = re.compile(r"(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+\S")


def _cut_inside_a_name(match: str, cand: _Candidate, others: list[_Candidate]) -> bool:
    """True when ``cand`` ends right before a capitalised word that a longer, overlapping candidate covers."""
    following = re.match(r"[ \t]+(\w)", match[cand.end:cand.end + 4])
    if not following or not following.group(1).isupper():
        return False
    return any(cand.start < o.start < cand.end < o.end for o in others)


def _regions(source: SourceText, sentences: list[Sentence]) -> list[tuple[int, int]]:
    spans = [(s.span.start, s.span.end) for s in sentences] or [(0, len(source.text))]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        # a header block names its body over two capitals lines: "ỦY BAN NHÂN DÂN" / "TỈNH SƠN LA"
        if merged and not source.match[merged[-1][1]:start].strip() and source.match[merged[-1][1]:start].count("\n") == 1 \
                and _caps_context(source.match, merged[-1][0], merged[-1][1]) and _caps_context(source.match, start, end) \
                and _HEADER_CONTINUATION.match(source.match, start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    spans = merged
    regions = []
    for start, end in spans:
        regions.extend(source.unskipped(start, end))
    return regions


# --- initiatives ---------------------------------------------------------------------------------


def _initiative(start: int, end: int, name: str, kind: str) -> _Candidate:
    name = re.sub(r"\s+", " ", name).strip(" .,;:…")
    prefix = "cuộc vận động " if kind == "Campaign" else "phong trào "
    key = name if match_key(name).startswith(match_key(prefix)) else prefix + name
    mention = Mention(span=Span(start, end), surface="", category="initiative", iri=mint_initiative_iri(key),
                      label=name, kind=kind)
    return _Candidate(start, end, _PRIORITY_BLOCK, mention)


def _quoted(match: str, low: str, start: int, end: int) -> list[_Candidate]:
    """Quoted names: a campaign or movement after its trigger word; any other quote just blocks actors."""
    quotes = [i for i in range(start, end) if match[i] == '"']
    found = []
    for open_, close in zip(quotes[0::2], quotes[1::2]):
        inner = match[open_ + 1:close]
        if not inner.strip():
            continue
        trigger = _QUOTE_TRIGGER.search(low[max(start, open_ - 30):open_])
        if trigger:
            kind = "Movement" if trigger.group(1).startswith("phong trào") else "Campaign"
            begin = open_ if trigger.group(1) == "việc" else max(start, open_ - 30) + trigger.start()
            found.append(_initiative(begin, close + 1, inner, kind))
        else:
            found.append(_Candidate(open_, close + 1, _PRIORITY_BLOCK, None))
    return found


def _movements(match: str, low: str, start: int, end: int) -> list[_Candidate]:
    """Unquoted movements: 'phong trào' + a name of at least two words, up to a stop word or punctuation."""
    found = []
    for m in re.finditer(r"(?<!\w)phong trào(?!\w)", low[start:end]):
        begin = start + m.start()
        pos = start + m.end()
        words = []
        for tok in re.finditer(r"\S+", match[pos:end]):
            word = tok.group(0)
            bare = word.rstrip(".,;:…!?)")
            if not bare or bare.startswith('"') or bare.lower() in _MOVEMENT_STOP:
                break
            words.append((pos + tok.start(), pos + tok.start() + len(bare)))
            if bare != word or len(words) >= 12:
                break
        if len(words) >= 2 and match[words[0][0]:words[0][1]].lower() not in ("thi",):
            name = match[begin:words[-1][1]]
            found.append(_initiative(begin, words[-1][1], name[:1].lower() + name[1:], "Movement"))
    return found


# --- documents -----------------------------------------------------------------------------------


def _documents(vocab: _Vocabulary, match: str, low: str, start: int, end: int) -> list[_Candidate]:
    found = []
    numbered_spans = []
    for m in _NUMBER.finditer(match, start, end):
        raw = m.group(0).rstrip(".")
        number = normalize_document_number(raw)
        codes = [re.sub(r"\d+$", "", part) for part in re.split(r"[-/]", number)[1:]]
        kind = next((vocab.document_codes[c.upper()] for c in codes if c.upper() in vocab.document_codes), None)
        if kind is None and not any(c.upper() in ("TW", "TU", "HU", "CP", "TTG", "UBND") for c in codes):
            continue
        begin = m.start()
        # Extend back over "số" and the kind name with the document's title: "Luật Công an nhân dân số 37/2018/QH14".
        window_start = max(start, begin - 120)
        window = low[window_start:begin]
        cut = max(window.rfind(";"), window.rfind("."), window.rfind(":"))
        window_start, window = window_start + cut + 1, window[cut + 1:]
        best = None
        for name_m in vocab.document_name_regex.finditer(window):
            if match[window_start + name_m.start()].isupper():
                best = name_m
        if best is not None and len(window[best.start():].split()) <= 14:
            named_kind = dict(vocab.document_names)[re.sub(r"\s+", " ", best.group(1))]
            kind = kind or named_kind
            begin = window_start + best.start()
        elif re.search(r"(?<!\w)số\s*$", window):
            begin = window_start + re.search(r"(?<!\w)số\s*$", window).start()
        stop = m.start() + len(raw)
        label = re.sub(r"\s+", " ", match[begin:stop])
        if not label[:1].isupper():
            label = number   # "số 06/2014/NĐ-CP": the number is the name
        mention = Mention(span=Span(begin, stop), surface="", category="document", iri=mint_document_iri(number),
                          label=label, kind=kind or "PolicyDocument")
        found.append(_Candidate(begin, stop, _PRIORITY_BLOCK, mention))
        numbered_spans.append((begin, stop))
    for m in vocab.document_name_regex.finditer(low, start, end):
        kind = dict(vocab.document_names)[re.sub(r"\s+", " ", m.group(1))]
        if kind not in _NAMED_DOCUMENT_KINDS or not match[m.start()].isupper() or m.start() == start:
            continue
        if not match[start:m.start()].strip() or match[start:m.start()].rstrip()[-1:] in ":-":
            continue   # a title or heading line, not a citation
        if any(s <= m.start() < e for s, e in numbered_spans):
            continue
        words = []
        for tok in re.finditer(r"\S+", match[m.end():end]):
            word = tok.group(0)
            bare = word.rstrip(".,;:…!?)")
            if not bare or bare.lower() in _DOCUMENT_NAME_STOP or bare[0] in "\"(":
                break
            words.append(m.end() + tok.start() + len(bare))
            if bare != word or len(words) >= 12:
                break
        if not words:
            continue
        stop = words[-1]
        title = re.sub(r"\s+", " ", match[m.start():stop])
        mention = Mention(span=Span(m.start(), stop), surface="", category="document",
                          iri=mint_named_document_iri(kind, title), label=title, kind=kind)
        found.append(_Candidate(m.start(), stop, _PRIORITY_BLOCK, mention))
    return found


# --- actors --------------------------------------------------------------------------------------


def _actor(vocab: _Vocabulary, start: int, end: int, entry, levels: tuple[str, ...] = ()) -> _Candidate:
    mention = Mention(span=Span(start, end), surface="", category="actor", iri=entry.iri, label=entry.label_vi,
                      kind=entry.kind, known=True, label_en=entry.label_en, levels=levels)
    return _Candidate(start, end, _PRIORITY_ACTOR, mention)


def _levels_after(vocab: _Vocabulary, low: str, pos: int, end: int) -> tuple[tuple[str, ...], int]:
    """Level qualifier right after a name: ('các cấp', 'từ T.Ư đến cơ sở', 'cấp tỉnh', 'các huyện, thành phố')."""
    m = vocab.level_qualifier.match(low, pos, end)
    if not m or m.end() == pos:
        return (), pos
    if m.group("range"):
        a, b = vocab.level_of.get(_norm(m.group("a"))), vocab.level_of.get(_norm(m.group("b")))
        return tuple(x for x in (a, b) if x), m.end()
    parts = [vocab.level_of.get(_norm(p)) for p in re.split(r"\s*,\s*", m.group("list"))]
    joined = vocab.level_of.get(_norm(m.group("list")))
    levels = [joined] if joined else [p for p in parts if p]
    return tuple(dict.fromkeys(levels)), m.end()


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip()).replace(" ,", ",")


def _known_actors(vocab: _Vocabulary, match: str, low: str, start: int, end: int) -> list[_Candidate]:
    found = []
    hits = []
    if vocab.ci_regex is not None:
        hits += [(m.start(1), m.end(1), vocab.compact.get(_compact(low[m.start(1):m.end(1)])))
                 for m in vocab.ci_regex.finditer(low, start, end) if m.end(1) <= end]
    if vocab.cs_regex is not None:
        hits += [(m.start(1), m.end(1), vocab.compact.get(_compact(low[m.start(1):m.end(1)])))
                 for m in vocab.cs_regex.finditer(match, start, end) if m.end(1) <= end]
    for s, e, form in hits:
        if form is None:
            continue
        surface = match[s:e]
        written = form.written
        if (not form.case_sensitive and written[:1].isupper() and len(written.split()) <= 2
                and not surface[:1].isupper()):
            continue   # "Đảng", "Nhà nước", "Chính phủ" as names are capitalised; "quản lý nhà nước" is not an actor
        if _inner_capitals(written) and not _caps_context(match, s, e) and _head_words(surface) != _head_words(written):
            continue   # "Bộ Tư pháp" is written with its capitals; "cán bộ tư pháp" is a people group
        entry = form.entry
        if entry.kind == "PeopleGroup" and _MODIFIER_OF.search(low, max(start, s - 24), s) \
                and low[s:e].split()[-1] == "dân":
            continue   # "thế trận an ninh nhân dân", "nền quốc phòng toàn dân": an attribute, not the people
        if entry.kind == "Organization" and re.search(r"(?<!\w)(?:tại|ở)\s+(?:các\s+)?$", low[max(start, s - 12):s]):
            continue   # "tại địa phương": a place, not an actor
        levels: tuple[str, ...] = ()
        # Function words inside a vocabulary form stay outside the mention span.
        for word in FUNCTION_WORDS_BEFORE:
            if low.startswith(word + " ", s) and s + len(word) + 1 < e:
                s = s + len(word) + 1
                while s < e and low[s].isspace():
                    s += 1
        for word in ("các cấp", *_FUNCTION_WORDS_AFTER):
            if low[s:e].endswith(" " + word) and e - len(word) - 1 > s:
                if word == "các cấp":
                    levels = (PKG + "LevelAll",)
                e = e - len(word) - 1
        after_levels, after_end = _levels_after(vocab, low, e, end)
        if after_levels:
            levels = tuple(dict.fromkeys(levels + after_levels))
            if entry.level in (None, "LevelAll"):
                specific = vocab.level_specific(entry, after_levels[0])
                if specific is not None:
                    entry = specific
        found.append(_actor(vocab, s, e, entry, levels))
    return found


def _head_words(text: str) -> str:
    """The first three words without their first letter: where a proper name shows its capitals."""
    return " ".join(text.split()[:3])[1:]


def _inner_capitals(written: str) -> bool:
    return any(c.isupper() for c in written[1:])


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _pattern_actors(vocab: _Vocabulary, match: str, low: str, start: int, end: int,
                    known: list[_Candidate]) -> list[_Candidate]:
    """Organisations the vocabulary does not know, named head-first: head noun + capitalised domain + level/place."""
    if vocab.head_regex is None:
        return []
    found = []
    tokens = [(t.start(), t.end()) for t in _TOKEN.finditer(match, start, end)]
    index_of = {s: i for i, (s, _) in enumerate(tokens)}
    head_at: dict[int, int] = {}
    for m in vocab.head_regex.finditer(low, start, end):
        head_at.setdefault(m.start(1), m.end(1))
    known_at = {}
    for cand in known:
        known_at.setdefault(cand.start, cand)

    def starts_new_name(i: int) -> bool:
        s = tokens[i][0]
        return s in head_at or s in known_at

    for head_start, head_end in sorted(head_at.items()):
        if head_start not in index_of:
            continue
        head_text = match[head_start:head_end]
        line_caps = _caps_context(match, head_start, head_end)
        if not _is_cap(head_text):
            continue
        if line_caps and not re.search(r"(?:^|\n|[-.,;:/|*#])\s*$", match[max(0, head_start - 40):head_start]):
            continue   # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA": in a capitals line a name starts the line or follows punctuation
        office = vocab.head_kind.get(match_key(head_text)) == "Office"
        i = index_of[head_start]
        while i < len(tokens) and tokens[i][1] <= head_end:
            i += 1
        last_end, content, lower_run, place_only = head_end, False, 0, False
        while i < len(tokens):
            s, e = tokens[i]
            if "\n" in match[last_end:s] and not (line_caps and _HEADER_CONTINUATION.match(match, s)
                                                   and match[last_end:s].count("\n") == 1):
                break
            word = match[s:e]
            lw = low[s:e]
            nxt = match[tokens[i + 1][0]:tokens[i + 1][1]] if i + 1 < len(tokens) else ""
            if word == "," and content and not place_only and i + 1 < len(tokens) and not _is_cap(nxt):
                tail_end = _lowercase_tail(vocab, match, low, tokens, i + 1, known_at)
                if tail_end is not None:
                    last_end = tail_end   # "Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên"
                    break
            if word in (",", "-", "&") or lw == "và":
                if i + 1 >= len(tokens) or not _is_cap(nxt) or starts_new_name(i + 1) or place_only:
                    break
                if word == "," and not _comma_inside_name(match, low, tokens, i, starts_new_name):
                    break
                i += 1
                last_end = e
                continue
            if office and not content and starts_new_name(i):
                break   # "Bộ trưởng | Bộ Công an": the office and the organisation are two actors
            level = vocab.level_word.match(low, s) if match[s].islower() else None
            if level and not line_caps:
                lvl_end = level.end()
                last_end = lvl_end
                while i < len(tokens) and tokens[i][1] <= lvl_end:
                    i += 1
                # a place name after the level word: "tỉnh Sơn La", "huyện Mai Châu"
                while i < len(tokens) and _is_cap(match[tokens[i][0]:tokens[i][1]]) \
                        and "\n" not in match[last_end:tokens[i][0]] and match[tokens[i][0]].isalpha() \
                        and not starts_new_name(i):
                    last_end = tokens[i][1]
                    i += 1
                content = True
                break
            if not word[0].isalnum():
                break
            if _is_cap(word):
                if content and s in known_at and known_at[s].end > e and not line_caps and s not in head_at:
                    break
                content, lower_run, last_end = True, 0, e
                i += 1
                continue
            if not content and not office and word[:1].islower() and len(head_text.split()) >= 2:
                level_at = _lowercase_domain(vocab, match, low, tokens, i, known_at)
                if level_at is not None:
                    # "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực huyện": a lower-case domain up to a level word
                    last_end, i = tokens[level_at - 1][1], level_at
                    continue
            if word.isdigit() and not content and not lower_run:
                content, last_end = True, e   # "Quân khu 7", "Sư đoàn 304"
                i += 1
                break
            # the syllable right after a capitalised one usually ends its word ("Đào tạo", "Y tế"): only a
            # function word or a verb of two or more syllables ("chủ trì") ends the name there
            if not content or lower_run >= 3 or lw in _NAME_STOP_WORDS or _starts_verb(low, s, 1 if lower_run else 2):
                break
            lower_run += 1
            last_end = e
            i += 1
        if not content:
            continue
        # trailing lower-case syllables that are not followed by anything name-like stay only when short
        name_end = last_end
        known = known_at.get(head_start)
        if known is not None and known.end >= name_end:
            continue
        if known is not None and _only_levels(vocab, low, known.end, name_end) and not _has_place(match, known.end, name_end):
            continue   # "Mặt trận Tổ quốc tỉnh": the known actor at a level, not a new organisation
        # (only when the known name covers the head: "Đảng | ủy Quân sự tỉnh" is the head "Đảng ủy", not "Đảng" + qualifier)
        rest = match[known.end:name_end].split() if known is not None and known.end >= head_end else []
        if rest and rest[0][:1].islower() and not vocab.level_word.fullmatch(low[known.end:name_end].split()[0]):
            continue   # "Bộ Chính trị khóa X": the known actor and a qualifier, not a new organisation
        surface = match[head_start:name_end]
        label = _canonical_name(vocab, surface, known, match[head_start:known.end] if known else None)
        kind = vocab.head_kind.get(match_key(head_text), "Organization")
        mention = Mention(span=Span(head_start, name_end), surface="", category="actor", iri=mint_actor_iri(label),
                          label=label, kind=kind, known=False)
        found.append(_Candidate(head_start, name_end, _PRIORITY_ACTOR, mention))
    return found


def _lowercase_tail(vocab: _Vocabulary, match: str, low: str, tokens, j: int, known_at) -> int | None:
    """After a comma inside a name: the end of a short lower-case tail that completes it, else None.

    "Vụ Phổ biến, giáo dục pháp luật | chủ trì", "Công tác học sinh, sinh viên | ;": two to five lower-case
    syllables (no function word, level word or known actor) followed by a verb of two or more syllables,
    the end of the clause or the end of the line.
    """
    words = 0
    line_end = match.find("\n", tokens[j][0])
    while j < len(tokens):
        s, e = tokens[j]
        word = match[s:e]
        if words >= 2 and (word in (".", ";", ":", ")") or (0 <= line_end < s) or _starts_verb(low, s, 2)):
            return tokens[j - 1][1]
        if (not word.isalpha() or not word.islower() or low[s:e] in _NAME_STOP_WORDS or s in known_at
                or vocab.level_word.fullmatch(low[s:e]) or words >= 5 or (0 <= line_end < s)):
            return None
        words += 1
        j += 1
    return tokens[j - 1][1] if words >= 2 else None


def _lowercase_domain(vocab: _Vocabulary, match: str, low: str, tokens, i: int, known_at) -> int | None:
    """Index of the level word that ends a lower-case domain after a multi-word head noun, else None.

    Lower-case words and commas between them, no function word, known actor or line break, at most ten tokens.
    """
    last_end = tokens[i][0]
    for k in range(i, min(len(tokens), i + 10)):
        s, e = tokens[k]
        if "\n" in match[last_end:s]:
            return None
        word = match[s:e]
        if word == ",":
            if k == i or match[tokens[k - 1][0]:tokens[k - 1][1]] == ",":
                return None
            last_end = e
            continue
        if not word.isalpha() or not word.islower() or low[s:e] in _NAME_STOP_WORDS or s in known_at:
            return None
        if vocab.level_word.fullmatch(low[s:e]):
            return k if k > i and match[tokens[k - 1][0]:tokens[k - 1][1]] != "," else None
        last_end = e
    return None


def _caps_context(match: str, start: int, end: int) -> bool:
    """True inside an all-capitals line (document headers), where capitals say nothing about names."""
    line_start = match.rfind("\n", 0, start) + 1
    line_end = match.find("\n", end)
    return _is_caps_line(match[line_start:line_end if line_end >= 0 else len(match)])


@functools.lru_cache(maxsize=4096)
def _is_caps_line(line: str) -> bool:
    # Cached: a paragraph-long line is asked about once per candidate name inside it.
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _starts_verb(low: str, pos: int, shortest: int = 1) -> bool:
    for n in range(3, shortest - 1, -1):
        words = low[pos:pos + 40].split()[:n]
        if len(words) == n and " ".join(w.strip(",.;:") for w in words) in ACTION_VERBS:
            return True
    return False


def _comma_inside_name(match: str, low: str, tokens, i: int, starts_new_name) -> bool:
    """A comma inside a name ("Sở Văn hóa, Thể thao và Du lịch"): capitalised items up to a 'và' + capitalised word."""
    j = i + 1
    while j < len(tokens):
        s, e = tokens[j]
        word = match[s:e]
        if low[s:e] == "và":
            return j + 1 < len(tokens) and _is_cap(match[tokens[j + 1][0]:tokens[j + 1][1]]) and not starts_new_name(j + 1)
        if word == ",":
            if j + 1 >= len(tokens) or not _is_cap(match[tokens[j + 1][0]:tokens[j + 1][1]]) or starts_new_name(j + 1):
                return False
        elif not word[0].isalnum() or low[s:e] in _NAME_STOP_WORDS or _starts_verb(low, s):
            return False
        j += 1
    return False


def _only_levels(vocab: _Vocabulary, low: str, start: int, end: int) -> bool:
    rest = low[start:end].strip()
    return bool(rest) and bool(re.fullmatch(rf"(?:(?:các|cấp)\s+)?(?:{vocab.level_alts})", rest))


def _has_place(match: str, start: int, end: int) -> bool:
    return any(w[:1].isupper() for w in match[start:end].split()[1:])


def _canonical_name(vocab: _Vocabulary, surface: str, known, known_surface: str | None) -> str:
    """The name an unknown organisation gets its IRI from: capitals of headers undone, abbreviations expanded."""
    name = re.sub(r"\s+", " ", surface).strip()
    letters = [c for c in name if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        # an all-capitals header line: the known part as the vocabulary writes it, level words lower-case,
        # every other word capitalised ("ỦY BAN NHÂN DÂN TỈNH SƠN LA" -> "Ủy ban nhân dân tỉnh Sơn La")
        prefix, rest = "", name
        if known is not None and known_surface:
            form = vocab.compact.get(_compact(lower_same_length(match_key_cased(known_surface))))
            if form is not None and not form.case_sensitive:
                prefix = form.written
                rest = name[len(re.sub(r"\s+", " ", known_surface).strip()):]
        rest_words = []
        for word in rest.split():
            lw = word.lower()
            rest_words.append(lw if lw in vocab.level_of or lw in ("thành", "phố", "thị", "trấn") else word.capitalize())
        name = (prefix + " " + " ".join(rest_words)).strip()
    words = []
    for word in name.split(" "):
        bare = word.strip(",")
        if _is_abbreviation(bare) and bare.upper() in vocab.expansions:
            words.append(vocab.expansions[bare.upper()] + word[len(bare):])
        else:
            words.append(word)
    name = " ".join(words)
    return name[:1].upper() + name[1:]

"""What every relation family of the assertions reads and writes: the text at hand, the assertions so far, and
the helpers that find actor lists around a trigger word. The text forms a document is read in (``low``, ``scan``,
``gaps``) and the mentions it keeps are made in ``textforms.py`` (moved there in round 34)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policykg.core.iris import mint_document_iri
from policykg.graph_builder import cues, deadlinecues, dutycues
from policykg.graph_builder.assertions.conditionruns import condition_goes_on
from policykg.graph_builder.model import Assertion, DocumentInfo, Mention, Section, Sentence, SourceText, Span
from policykg.graph_builder.vocabulary import lower_same_length
from policykg.graph_builder.assertions.textforms import reading_forms, without_scope
from policykg.graph_builder.layout import find_layout_tables
from policykg.graph_builder.linebreaks import BULLET_MARK
from policykg.graph_builder.assertions.listgaps import (WORD as _WORD, gap_ok as _gap_ok,
                                                        member_qualifier as _member_qualifier,
                                                        verb_conjuncts as _verb_conjuncts)
from policykg.graph_builder.assertions.passiveagents import passive_agent
from policykg.graph_builder.assertions.roleblocks import is_label_line
from policykg.graph_builder.assertions.unnamedholders import last_member_unnamed, middle_member_unnamed
from policykg.graph_builder.tabular import Table, TableRow, duty_columns, find_tables
from policykg.ontology.lexicon import Lexicon

__all__ = ["DUTY_PARTS", "Context", "Sent", "State"]

# the parts of a document whose sentences state duties (``segment.section_role``)
DUTY_PARTS = ("tasks", "organisation", "funding", "reporting")

_OPENS_BRACKET = re.compile(r"\s*\(\s*")
_CLOSES_BRACKET = re.compile(r"\s*\)")
_DASH = re.compile(r"\s*[-–]\s*")   # "Cục Quản lý xuất nhập cảnh - Bộ Công an": the unit, then its ministry
_COMMA = re.compile(r"\s*,\s*")


@dataclass
class Sent:
    """One sentence with what the extraction needs at hand."""

    sentence: Sentence
    role: str
    start: int              # content start (after numbering)
    end: int
    actors: list[Mention]
    mentions: list[Mention]


_DIRECT_AGAIN = re.compile(r"\s*(?:,|và)\s*(?:lãnh đạo|chỉ đạo)(?!\w)")
_FIRST_COMMA = re.compile(r"(?:[^,()]|\([^()]*\))*,")   # up to the first comma outside brackets


@dataclass
class State:
    """What carries over from one sentence to the next: lead-in addressees, actor headings, the open task."""

    addressees: list[Mention] = field(default_factory=list)
    addressee_section: int | None = None
    heading: list[Mention] = field(default_factory=list)
    heading_section: int | None = None
    heading_rank: int = 2   # numbering rank of the heading: 0 "Điều 5." / "II.", 1 "2.", 2 none
    heading_atx: int | None = None   # the Markdown level of the heading ("## Sở Y tế": 2), None when not Markdown
    heading_lead: int | None = None   # the lead-in's coordination ("Giao X chủ trì, phối hợp với Y ... sau:")
    heading_lead_marker: str | None = None   # the list marker of a lead-in under a heading ("- Phối hợp với Y:")
    directed_marker: tuple[list, str] | None = None   # a heading of bodies directed ("- Chỉ đạo Sở Y tế:") and its marker
    given_marker: tuple[list, str, list, int] | None = None   # "- Giao X là đơn vị ...:": X, its marker, the heading's
    delegates: list[Mention] = field(default_factory=list)   # who a delegation names ("Ủy quyền cho X ...")
    listed_upto: int | None = None   # the last line of a lead-in's holders listed as bullets ("Giao ... gồm:" / "- Sở A;")
    listed: list[Mention] | None = None   # those holders: while they are the heading, each leads on its own (no pairs)
    period: tuple[int | None, str] | None = None   # a schedule's period heading: its section and the period as written
    last_task: int | None = None
    last_task_section: int | None = None
    last_request: int | None = None   # the last "X yêu cầu / đề nghị Y <duty>" record: a run of Y's duties may go on
    open_coordination: int | None = None
    # an item's coordination made of its block of role lines, and whether a lead label named its leads yet
    item_roles: dict[int, tuple[int, bool]] = field(default_factory=dict)
    sibling_roles: dict[int, int] = field(default_factory=dict)   # sub-item before a block -> its coordination
    role_label: tuple | None = None   # a bare role label over bodies listed below it: (section, sentence, role, task)


class Context:
    """One document being read: its text forms, sections, mentions, the assertions found so far and the state
    carried from sentence to sentence."""

    def __init__(self, source: SourceText, document: DocumentInfo, sections: list[Section], sentences: list[Sentence],
                 mentions: list[Mention], lexicon: Lexicon):
        self.source = source
        self.text = source.text
        self.match = source.match
        self.low, self.scan, self.gaps = reading_forms(source.match, mentions)   # (``textforms``)
        self.sections = {s.index: s for s in sections}
        self.sentences = sentences
        self.opening: dict[int, Sentence] = {}   # section index -> the sentence that opens it
        for sentence in sentences:
            if sentence.section is not None:
                self.opening.setdefault(sentence.section, sentence)
        self.items: dict[int, int] = {}          # section index -> the record made of a heading item's words
        self.mentions = without_scope(sorted(mentions, key=lambda m: (m.span.start, m.span.end)), self.low)
        self.lexicon = lexicon
        policy = document
        if document.kind == "NewsArticle" and document.reports_on is not None:
            policy = document.reports_on
        self.document = document
        self.policy = policy
        self.self_iri = mint_document_iri(policy.identifier) if policy.identifier else None
        self.issuer = policy.issuer or (document.issuer if policy is not document else None)
        # a directive, plan, guidance ... prescribes: its plain "X <verb> ..." sentences state duties
        self.prescribes = document.kind not in cues.NARRATIVE_KINDS
        self.out: list[Assertion] = []
        self.first_tasks: dict[int, int] = {}   # sentence -> its first task in ``out`` (first_task_of)
        self.tasks_indexed = 0
        self.state = State()
        self.seen: set[tuple] = set()
        # rows of division-of-labour tables by sentence index (None: the header row)
        # tables of layout text: their rows, read once, where the walk meets them; their lines are no sentences
        self.layout = [(table, row) for table in find_layout_tables(source.text) for row in table.rows]
        self.layout_spans = [table.span for table in {id(t): t for t, _ in self.layout}.values()]
        self.layout_done: set[int] = set()
        self.table_rows: dict[int, tuple[Table, TableRow | None]] = {}
        for table in find_tables(source, sentences):
            if duty_columns(table) is not None:
                for header in (table.header_row, *table.header_rows):
                    self.table_rows[header.sentence] = (table, None)
                for row in table.rows:
                    self.table_rows[row.sentence] = (table, row)
    # --- helpers ---------------------------------------------------------------------------

    def in_layout_table(self, span) -> bool:
        return any(t.start <= span.start < t.end for t in self.layout_spans)

    def layout_rows_upto(self, end: int) -> list:
        """The rows of layout tables that start before ``end`` and were not read yet (each is read once)."""
        rows = [(k, table, row) for k, (table, row) in enumerate(self.layout)
                if k not in self.layout_done and row.span.start < end]
        self.layout_done.update(k for k, _, _ in rows)
        return [(table, row) for _, table, row in rows]

    def item_task(self, s: Sent) -> int | None:
        """The record of the numbered item a line belongs to ("1.1. Xây dựng ..." and below it "- Đơn vị chủ trì:
        X", "- Thời gian hoàn thành: Quý IV/2025"): the task its opening sentence made, or one made of the item's
        own words (its title and the words below it up to its first label: "1.2. Về tuyên truyền" / "Phổ biến pháp
        luật ..." / "- Cơ quan thực hiện: ..."; in an item without sub-items whose title
        ends without a colon, up to its first bullet: "- Bảo đảm ..." says how, it is no part of what); the last task when the line is in no numbered item."""
        section = self.sections.get(s.sentence.section) if s.sentence.section is not None else None
        climbed = False
        while section is not None and (section.number is None or self._labels_item(section)):
            climbed = climbed or section.number is not None
            section = self.sections.get(section.parent) if section.parent is not None else None
        opening = self.opening.get(section.index) if section is not None else None
        if opening is None or opening.index == s.sentence.index:
            return self.state.last_task
        if section.index in self.items:
            return self.items[section.index]
        made = self.first_task_of(opening.index)
        if made is not None:
            return made
        numbering = dutycues.ITEM_NUMBERING.match(self.match, opening.span.start, opening.span.end)
        end = self._block_content_end(section, opening, s.sentence.index, bullets_end=not climbed and not self.match[
            opening.span.start:opening.span.end].rstrip().endswith(":"))   # "6.1. Tham gia ...:" / "- <its content>"
        start, end = self.span_text(numbering.end() if numbering else opening.span.start, end)
        if end - start < 4:
            return self.state.last_task
        index = self.add(Assertion("task", Span(start, end), opening.index, subjects=self.iris(self.state.heading),
                                   text=self.text[start:end].rstrip(". "), levels=self.levels(self.state.heading)))
        self.items[section.index] = index
        return index

    def _labels_item(self, section: Section) -> bool:
        """A numbered part that only labels the item above it ("2. Cơ quan chủ trì, phối hợp", "a) Cơ quan chủ trì: X",
        "3. Thời gian thực hiện: Quý II/2026"): its lines belong to that item."""
        opening = self.opening.get(section.index)
        return opening is not None and is_label_line(self.match, opening)

    def _block_content_end(self, section: Section, opening: Sentence, before: int, bullets_end: bool = False) -> int:
        """The end of an item's words before its first label ("I. CÔNG TÁC TUYÊN TRUYỀN" / "1. Nội dung" / "a) ..." /
        "2. Cơ quan chủ trì ...") and before the sentence ``before`` that gives roles in it: its title and its content,
        the task its labels give roles in."""
        end = opening.span.end
        for sentence in self.sentences[opening.index + 1:before]:
            if not self.within(sentence.section, section.index) or is_label_line(self.match, sentence) \
                    or bullets_end and BULLET_MARK.match(self.match, sentence.span.start):
                break
            end = sentence.span.end
        return end

    def first_task_of(self, sentence: int) -> int | None:
        """The first task (or requirement) made from a sentence: an index of ``out`` kept up to date as it grows, each
        assertion looked at once (a scan of ``out`` per question made big documents quadratic)."""
        for i in range(self.tasks_indexed, len(self.out)):
            if self.out[i].relation in ("task", "requirement"):
                self.first_tasks.setdefault(self.out[i].sentence, i)
        self.tasks_indexed = len(self.out)
        return self.first_tasks.get(sentence)

    def role_of(self, section_index: int | None) -> str:
        section = self.sections.get(section_index) if section_index is not None else None
        return section.role if section else "body"

    def within(self, section_index: int | None, ancestor: int | None) -> bool:
        """True when ``section_index`` is ``ancestor`` or inside it."""
        seen = set()
        while section_index is not None and section_index not in seen:
            if section_index == ancestor:
                return True
            seen.add(section_index)
            section = self.sections.get(section_index)
            section_index = section.parent if section else None
        return False

    def add(self, assertion: Assertion, key: tuple | None = None) -> int | None:
        if key is not None:
            if key in self.seen:
                return None
            self.seen.add(key)
        self.out.append(assertion)
        return len(self.out) - 1

    def span_text(self, start: int, end: int) -> tuple[int, int]:
        """Trim spaces and trailing punctuation that is not part of the statement."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;:"):
            end -= 1
        return start, end

    def words_between(self, start: int, end: int) -> list[str]:
        return [w.group(0) for w in _WORD.finditer(self.low, start, end)]

    def is_filler_gap(self, start: int, end: int, loose: int = 0) -> bool:
        """The text between two list members (or a member and a trigger) holds only list filler."""
        gap = cues.MANDATE.sub(" ", self.gaps[start:end])
        if not dutycues.BARE_BODY_WORD.search(self.low, max(0, start - 12), start) \
                and not dutycues.DESCRIBED_ASSIGNEE.match(self.low, end):
            gap = dutycues.ASSIGNED_IT.sub(" ", gap)   # "X | được phân công | chủ trì"
        if re.search(r"[.;!?\"]", gap) or "\n" in gap.strip(" "):
            return False
        low = lower_same_length(gap)
        if _verb_conjuncts(low):
            return True    # "X triệu tập, chủ trì ...", "X triệu tập và chủ trì ...": X is the subject of both verbs
        if dutycues.WHERE_CLAUSE.fullmatch(low):
            return True    # "Ủy ban nhân dân cấp xã | nơi xảy ra vụ việc | chủ trì ...": says which body it is
        others = 0
        words = [w.group(0) for w in _WORD.finditer(low)]
        for k, word in enumerate(words):
            if word in cues.LIST_FILLER or self.is_level_word(word):
                continue
            pair = " ".join(words[k:k + 2])
            if word in cues.ACTION_VERBS or pair in cues.ACTION_VERBS:
                return False
            others += 1
        return others <= loose

    def is_level_word(self, word: str) -> bool:
        return word in cues.LEVEL_WORDS

    def chain_after(self, pos: int, end: int, actors: list[Mention], gap_chars: str = "") -> list[Mention]:
        """The actor list starting right after ``pos`` ("yêu cầu | các cấp ủy, chính quyền và MTTQ ...")."""
        chain: list[Mention] = []
        cursor = pos
        for m in actors:
            if m.span.start < cursor:
                continue
            if m.span.start >= end:
                break
            gap = self.gaps[cursor:m.span.start]
            if gap_chars:
                gap = gap.replace(gap_chars, " ")
            if not chain:
                if re.search(r"[.;!?]", gap) or not self.gap_ok(gap):
                    break
            elif not self.gap_ok(gap) and not _member_qualifier(gap) \
                    and not dutycues.WHERE_MEMBER.fullmatch(lower_same_length(gap)) \
                    and not dutycues.PLACE_KIND_MEMBER.fullmatch(lower_same_length(gap)):
                break
            chain.append(m)
            cursor = m.span.end
        return chain

    def gap_ok(self, gap: str) -> bool:
        return _gap_ok(gap)

    def without_appositives(self, chain: list[Mention]) -> list[Mention]:
        """The members of an actor list less those in brackets right after another ("Bộ Công an (Cục Cảnh sát kinh
        tế)", "Cục Cảnh sát điều tra tội phạm về ma túy (Bộ Công an)"), a ministry after a dash ("Cục Quản lý xuất
        nhập cảnh - Bộ Công an") or a body after "thuộc" ("Phòng A thuộc Sở B", and the ministry after a comma that
        closes such an owner: "Cục A thuộc Tổng cục B, Bộ C"): the unit or the owner of the body before it, named to
        say which body is meant, not one more holder."""
        kept: list[Mention] = []
        owner = False
        for k, m in enumerate(chain):
            before = chain[k - 1].span.end if k else -1
            owner = k > 0 and (
                (_OPENS_BRACKET.fullmatch(self.match, before, m.span.start)
                 or dutycues.RENAMING_BRACKET.fullmatch(self.match, before, m.span.start))
                and bool(_CLOSES_BRACKET.match(self.match, m.span.end))
                or bool(_DASH.fullmatch(self.match, before, m.span.start)) and (m.label or "").startswith("Bộ ")
                and not (chain[k - 1].label or "").startswith("Bộ ")
                or bool(dutycues.OWNED_BY.fullmatch(self.low, before, m.span.start))
                or owner and _COMMA.fullmatch(self.match, before, m.span.start) is not None
                and (m.label or "").startswith("Bộ "))
            if not owner:
                kept.append(m)
        return kept

    def chain_before(self, pos: int, start: int, actors: list[Mention], loose: int = 3) -> list[Mention]:
        """The actor list ending right before ``pos`` ("các cấp ủy, chính quyền | phải ...")."""
        before = [m for m in actors if start <= m.span.start and m.span.end <= pos]
        pos, before = passive_agent(self.low, before, pos)   # "X được | Y giao | chủ trì": X, not its assigner Y
        last = before[-1] if before else None
        if last is None or not self.is_filler_gap(last.span.end, pos, loose=loose) \
                and not last_member_unnamed(self.gaps[last.span.end:pos]):   # "..., Câu lạc bộ c | có trách nhiệm"
            return []
        chain = [last]
        for m in reversed(before[:-1]):
            if self.after_preposition(chain[0].span.start, start):
                break   # "... của Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành": a possessive, not a subject
            gap = self.gaps[m.span.end:chain[0].span.start]
            if not self.gap_ok(gap) and not re.fullmatch(r"\s*;\s*(?:và\s+)?", gap) \
                    and not dutycues.PLACE_KIND_MEMBER.fullmatch(lower_same_length(gap)) and not middle_member_unnamed(gap):
                break   # "Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã; ... chịu trách nhiệm": a list
            chain.insert(0, m)
        if self.after_preposition(chain[0].span.start, start) and len(chain) > 1:
            chain = chain[1:]
        if len(chain) == 1 and cues.BELONGS_BEFORE.search(self.low, max(start, chain[0].span.start - 12),
                                                          chain[0].span.start):
            owner = [m for m in before if m.span.end <= chain[0].span.start
                     and cues.BELONGS_BEFORE.fullmatch(self.low, m.span.end, chain[0].span.start)]
            if owner:
                chain = owner[-1:]   # "Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì": the body, not its owner
        return chain

    def after_preposition(self, pos: int, floor: int) -> bool:
        return bool(cues.PREPOSITION_BEFORE.search(self.low[max(floor, pos - 20):pos]))

    def iris(self, chain: list[Mention]) -> list[str]:
        """The actors of a list as holders: each once, those in brackets after another left out (``without_appositives``)."""
        return list(dict.fromkeys(m.iri for m in self.without_appositives(chain)))

    @staticmethod
    def levels(chain: list[Mention]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(level for m in chain for level in m.levels))

    def shared_cell(self, actors: list[Mention], ordered: bool = False) -> tuple[list[Mention], list[Mention]]:
        """The lead and partners among all who carry a task out ("Đơn vị thực hiện: Sở A (chủ trì), Sở B"): the actor
        marked "(chủ trì)" (or "Sở A chủ trì, Sở B phối hợp"), or named before a label "Phối hợp:" in the list ("Chủ
        trì: Sở A. Phối hợp: Sở B"), the others cooperating; else every one of them carries it out as a co-lead
        (GUIDELINES.md: two co-leads of one task are a pair), or, ``ordered``, in a list titled for both roles ("Cơ
        quan chủ trì, phối hợp"), the first leads."""
        marked = [a for a in actors if dutycues.CELL_LEAD_MARK.match(self.match, a.span.end)]
        label = dutycues.CELL_PARTNER_LABEL.search(self.low, actors[0].span.end, actors[-1].span.start) \
            if len(actors) > 1 and not marked else None
        leads = marked or (actors[:1] if ordered and label is None else
                           [a for a in actors if label is None or a.span.end <= label.start()])
        return leads, [a for a in actors if a not in leads]

    def has_trigger(self, start: int, end: int) -> bool:
        part = self.scan[start:end]
        return any(p.search(part) for p in (dutycues.REQUIRE, dutycues.RESPONSIBLE, dutycues.LEAD, dutycues.COOPERATE))

    def opening_chain(self, s: Sent, start: int, end: int) -> list[Mention]:
        """The actor list that opens a sentence and is followed by a verb ("2. Bộ Tài chính bố trí ..."), after a time
        that opens the clause ("Hằng năm, Sở Y tế báo cáo ...", "Định kỳ 6 tháng, ...", "Từ năm 2028, ...")."""
        first = start + len(self.low[start:end]) - len(self.low[start:end].lstrip())
        time = deadlinecues.DEADLINE.match(self.low, first) or deadlinecues.FRONTED_TIME.match(self.low, first)
        if time is not None and self.low.startswith(",", time.end()):
            start = time.end() + 1
        start = self.after_frame(start, end)
        opening = self.chain_after(start, end, s.actors)
        if not opening or not self.gap_ok(self.gaps[start:opening[0].span.start]):
            after = self.after_condition(start, end, s.actors)
            opening = self.chain_after(after, end, s.actors) if after is not None else []
            if not opening or not self.gap_ok(self.gaps[after:opening[0].span.start]):
                return []
        if self.verb_after(opening[-1].span.end, end) or self.condition_then_duty(opening[-1].span.end, end):
            return opening
        # "Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Ủy ban nhân dân các tỉnh ... tiếp tục triển khai ...":
        # the holders' list cut by semicolons, each body with its own words, before the one verb
        listed = self.chain_after(start, end, s.actors, gap_chars=";")
        if len(listed) > len(opening) and self.verb_after(listed[-1].span.end, end):
            return listed
        return []

    def after_frame(self, start: int, end: int) -> int:
        """Where the reported clause starts after the frame a news article or a letter puts before it ("Theo đó, | Sở Y
        tế ...", "Theo dự thảo, | Bộ Tài chính có trách nhiệm:", "Văn bản nêu rõ, | các sở ... cần ..."); ``start``
        when the sentence opens with no such frame (``cues.reported_frame``)."""
        frame = cues.reported_frame(self.lexicon).match(self.low, start, end)
        return frame.end() if frame is not None else start

    def names_itself(self, start: int, end: int) -> bool:
        """The words from ``start`` open, after an item's mark, with the document naming itself as their subject
        ("Hướng dẫn này có hiệu lực ...", "- Quy định này áp dụng ..."): a kind word that is also a verb ("hướng dẫn",
        "quy định", "thông báo") is no verb of a duty left without its subject there."""
        mark = re.match(cues.ITEM_MARK, self.low[start:end])
        return cues.self_reference(self.lexicon).match(self.low, start + (mark.end() if mark else 0), end) is not None

    def after_condition(self, start: int, end: int, actors: list[Mention]) -> int | None:
        """Where the main clause starts after a condition or a topic fronted up to its comma ("Khi có quyết định thu
        hồi dự án (kể cả ...), | Ủy ban nhân dân tỉnh chỉ đạo ...", "Trong trường hợp không đủ cơ sở pháp lý, | phải
        ban hành ..."): after the first comma outside brackets when the words there open with a verb, a duty word or
        names and a verb; None otherwise. A basis fronted so ("Căn cứ Kế hoạch này, | các sở ... xây dựng ...") may list
        documents: its main clause starts after the first comma that the clause follows ("Trên cơ sở nội dung Chỉ thị
        ..., Kế hoạch hành động, | các bộ ..."), not after a later one that ends a body it names, in its list ("Trên cơ sở
        đề nghị của ..., xác nhận của Kho bạc ..., các đơn vị thuộc Sở ..., Giám đốc Sở ... ban hành")."""
        basis = dutycues.FRONTED_BASIS.match(self.low, start, end) is not None
        if not basis and dutycues.FRONTED_CONDITION.match(self.low, start, end) is None:
            return None
        pos = start
        while (comma := _FIRST_COMMA.match(self.match, pos, min(end, start + 300))) is not None:
            first, pos = pos == start, comma.end()
            if basis and not first:
                before = len(self.match[:pos - 1].rstrip())   # where the words before this comma end
                listed = any(m.span.end == before for m in actors)
            else:
                listed = False
            chain = [] if listed else self.chain_after(pos, end, actors)
            if chain and self.gap_ok(self.gaps[pos:chain[0].span.start]) and self.verb_after(chain[-1].span.end, end) \
                    or self.verb_after(pos, end) or dutycues.RESPONSIBLE.match(self.low, pos + 1, end) \
                    and self.low[pos:pos + 1].isspace():
                return pos
            if not basis and not condition_goes_on(self.match, self.low, pos):
                return None   # (a condition run over commas: "Trong quá trình thực hiện, | nếu có vướng mắc, | X ...")
        return None

    def condition_then_duty(self, pos: int, end: int) -> bool:
        """After the holders, a condition and then a duty word ("X, Y khi quyết định tạm hoãn ... phải gửi ...", "X
        khi phát hiện vi phạm có trách nhiệm ..."): the one reading of the form, for the opening chain and for the
        holders of a duty word (``holderforms.conditioned``)."""
        condition = dutycues.CONDITION.match(self.low, pos, end)
        return condition is not None and dutycues.RESPONSIBLE.search(self.scan, condition.end(), end) is not None

    def directed_chain(self, holders: list[Mention], end: int, actors: list[Mention], pos: int | None = None
                       ) -> list[Mention]:
        """After "X chỉ đạo" (or from ``pos``, where an item of X's opens with "Chỉ đạo"): the actors directed ("Y")
        when a verb follows them; else []."""
        if not holders:
            return []
        pos = holders[-1].span.end if pos is None else pos
        verb = dutycues.DIRECT_VERB.search(self.scan, pos, end)
        if verb is None or not self.gap_ok(self.gaps[pos:verb.start()]):
            return []
        while (more := _DIRECT_AGAIN.match(self.scan, verb.end(), end)) is not None:
            verb = more   # "lãnh đạo, chỉ đạo Chính phủ ...": the directed after the last verb
        directed = self.chain_after(verb.end(), end, actors)
        directed = [m for m in directed if m.iri not in self.iris(holders)]
        if directed and self.verb_after(directed[-1].span.end, end):
            return directed
        return []

    def verb_after(self, pos: int, end: int) -> bool:
        """The words after an actor list (level qualifiers and filler skipped) start with a verb."""
        found = list(_WORD.finditer(self.low, pos, min(end, pos + 120)))
        k = 2 if dutycues.MANNER.match(self.low, pos) else 0   # "X trực tiếp quản lý ...": the manner of its verb
        while k < len(found) and (found[k].group(0) in cues.LIST_FILLER or self.is_level_word(found[k].group(0))):
            k += 1
        remit = dutycues.REMIT_FIRST.match(self.low, found[k].start(), end) if k < len(found) else None
        remit = remit or (dutycues.PLACE_KIND.match(self.low, found[k].start(), end) if k < len(found) else None)
        if remit:   # "trong phạm vi nhiệm vụ, quyền hạn của mình thực hiện ...", "... thành phố ven biển chỉ đạo ..."
            found, k = list(_WORD.finditer(self.low, remit.end(), min(end, remit.end() + 60))), 0
        time = deadlinecues.DEADLINE.match(self.low, found[k].start(), end) if k < len(found) else None
        if time:    # "Cục Thuế định kỳ hằng quý báo cáo ...", "Sở Y tế hằng năm tổ chức ..."
            after = deadlinecues.TIME_TAIL.match(self.low, time.end(), end).end()
            found, k = list(_WORD.finditer(self.low, after, min(end, after + 60))), 0
        words = [w.group(0) for w in found]
        if k < len(found) and dutycues.HOLDER_VERB.match(self.low, found[k].start(), end):
            return True   # "Bộ trưởng Bộ Y tế quy định mẫu hồ sơ ...", "Sở Tư pháp giúp ...": verbs of a holder only
        return any(" ".join(words[k:k + n]) in cues.ACTION_VERBS for n in (1, 2, 3))

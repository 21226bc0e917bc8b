"""Assertions: the grammar of duty — who issues, directs, requires, leads, cooperates, aims at what.

This module owns turning sentences and their mentions into plain ``Assertion`` records
(independent of RDF). It reads ``SourceText.match`` (same offsets as the text), the
sections' roles from ``segment`` and the mentions from ``recognise``. The patterns are
those of the genre (see GENRE.md, "The grammar of duty"):

- issues: "<actor> (vừa) ban hành <document>", plus the issuer the metadata found;
- directs: "<actor> lãnh đạo, chỉ đạo <X>" and the nominal "sự lãnh đạo của <actor> đối với <X>";
- requires: "<issuer> yêu cầu / đề nghị <actors> <duty>" (the issuer is the policy's issuer when the
  subject is the document itself: "Chỉ thị yêu cầu"); "Giao X ..." and "Đề nghị X ..." assign tasks;
- responsible: "<actors> có trách nhiệm / chịu trách nhiệm / phải <duty>";
- coordination: "X chủ trì, phối hợp với Y, Z ...", "phối hợp giữa X với Y", "X phối hợp (với) Y",
  "Cơ quan chủ trì: X. / Cơ quan phối hợp: Y; Z." per task, and "X: a) Chủ trì ..." (actor headings);
- mobilises (huy động, vận động), participates (tham gia + an initiative);
- objective: "nhằm", "để", "mục tiêu ... là", "Mục tiêu:" and sentences of an objectives section, one
  assertion per objective clause (a list is split where a new verb phrase starts);
- task: each sentence of a tasks section and each duty with a named holder elsewhere; a task without a
  named subject inherits the actor heading above it or the addressees of the section's lead-in
  ("Chỉ thị yêu cầu: <actors> ..."); a task nobody holds is kept as a requirement;
- cites / implements: "căn cứ", "theo", "thay thế" (cites, with a qualifier), "thực hiện <document>"
  (implements); concerns: a task naming a campaign, movement or regulation.

Recipients ("Nơi nhận:") and signature blocks are never duty holders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policykg.graph_builder.model import Assertion, DocumentInfo, Mention, Section, Sentence, SourceText, Span
from policykg.graph_builder.recognise import ACTION_VERBS, lower_same_length
from policykg.graph_builder.segment import Table, TableRow, find_tables
from policykg.core.iris import mint_document_iri
from policykg.core.textnorm import match_key

__all__ = ["extract_assertions", "split_objectives"]

_SKIPPED_ROLES = ("recipients", "footer")
_NUMBERING = re.compile(
    r"^\s*(?:(?:Điều|ĐIỀU)\s+\d+\s*[.:]?\s*|(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+|[-+•*]\s+)")
_TOP_NUMBERING = re.compile(r"^\s*(?:(?:Điều|ĐIỀU)\s+\d+|[IVXL]{1,5}[.)]|\d{1,2}[.)])\s")
# filler words allowed between the members of an actor list ("X, Y và các Z từ T.Ư đến cơ sở")
_LIST_FILLER = frozenset(
    "và hoặc cùng các những cả toàn thể mọi cấp từ đến tới trực thuộc có liên quan ở".split())
# "X, Y theo chức năng, nhiệm vụ được giao có trách nhiệm ...": a parenthetical between subject and verb
_MANDATE = re.compile(r"(?i)\s*,?\s*(?:theo|trong phạm vi|căn cứ)\s+chức năng,?\s+nhiệm vụ(?:,?\s+quyền hạn)?(?:\s+được giao)?"
                      r"(?:\s+của mình)?\s*,?")
_WORD = re.compile(r"[^\W_]+(?:[.&][^\W_]+)*")
_RESPONSIBLE = re.compile(r"(?<!\w)(?:(cùng)\s+)?(có trách nhiệm|chịu trách nhiệm|cần phải|phải|cần(?!\s+thiết))(?!\w)")
_REQUIRE = re.compile(r"(?<!\w)(yêu cầu|đề nghị|giao)(?!\w)")
_LEAD = re.compile(r"(?<!\w)(?:đồng\s+)?chủ trì(?!\w)")
_COOPERATE = re.compile(r"(?<!\w)phối hợp(?:\s+chặt chẽ)?(?:\s+(với|giữa))?(?!\w)")
_DIRECT_VERB = re.compile(r"(?<!\w)(?:lãnh đạo|chỉ đạo)(?!\w)")
_DIRECT_NOUN = re.compile(r"(?<!\w)sự (?:lãnh đạo|chỉ đạo)(?:,\s*(?:lãnh đạo|chỉ đạo))?\s+của(?!\w)")
_MOBILISE = re.compile(r"(?<!\w)(?<!cuộc )(?:huy động|vận động)(?!\w)")
_PARTICIPATE = re.compile(r"(?<!\w)tham gia(?!\w)")
_OBJECTIVE = re.compile(r"(?<!\w)(nhằm|để)(?!\w)")
# "không để dịch lan rộng", "không được để": a prohibition, not a purpose
_NOT_PURPOSE = re.compile(r"(?<!\w)không(?:\s+được)?\s+$")
# verbs that open the main clause after a purpose clause ("Để ..., Thủ tướng Chính phủ chỉ thị:")
_MAIN_CLAUSE_VERBS = frozenset(("chỉ thị", "kết luận", "quyết nghị", "quyết định", "ban hành"))
_GOAL = re.compile(r"(?<!\w)mục tiêu(?:\s+(?:chung|cụ thể))?(?:\s*:|(?:\s+[^.;:]{0,160}?)?\s+là)(?!\w)")
_ISSUE = re.compile(r"(?<!\w)ban hành(?!\w)")
_IMPLEMENT = re.compile(r"(?<!\w)thực hiện(?:\s+(?:tốt|có hiệu quả|nghiêm))?\s*$")
_CITE_BASIS = re.compile(r"(?<!\w)căn cứ(?!\w)")
_REPLACE = re.compile(r"(?<!\w)thay thế(?!\w)")
_ACCORDING = re.compile(r"(?<!\w)theo(?!\w)")
_ATTRIBUTE = re.compile(r"^\s*(?:[-+•]\s*)?(?P<label>[^\W\d][\w ]{0,40}?)\s*:\s*")
_LEAD_ROLE = re.compile(r"^\s*(?:cơ quan|đơn vị)\s+(chủ trì|phối hợp)\s*:", re.I)
# column headers of a division-of-labour table ("| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |"),
# as match keys; a header matches when it is one of these or starts with one and goes on after a non-letter
_TASK_COLUMNS = ("nội dung công việc", "nội dung nhiệm vụ", "nhiệm vụ", "nội dung", "công việc", "nhiệm vụ, giải pháp")
_LEAD_COLUMNS = ("cơ quan chủ trì", "đơn vị chủ trì", "chủ trì")
_PARTNER_COLUMNS = ("cơ quan phối hợp", "đơn vị phối hợp", "phối hợp")
_SELF_REFERENCE = re.compile(r"(?<!\w)(?:chỉ thị|nghị quyết|kết luận|quyết định|kế hoạch|nghị định|thông tư|quy định"
                             r"|hướng dẫn|chương trình|thông tư liên tịch|luật|đề án)\s+này(?!\w)")
_KIND_SUBJECT = re.compile(r"(?<!\w)(?:chỉ thị|nghị quyết|kết luận|quyết định|kế hoạch|nghị định|thông tư|quy định"
                           r"|hướng dẫn|chương trình|ban bí thư|bộ chính trị)\s*$")


@dataclass
class _Sent:
    """One sentence with what the extraction needs at hand."""

    sentence: Sentence
    role: str
    start: int              # content start (after numbering)
    end: int
    actors: list[Mention]
    mentions: list[Mention]


@dataclass
class _State:
    """What carries over from one sentence to the next: lead-in addressees, actor headings, the open task."""

    addressees: list[Mention] = field(default_factory=list)
    addressee_section: int | None = None
    heading: list[Mention] = field(default_factory=list)
    heading_section: int | None = None
    heading_rank: int = 2   # numbering rank of the heading: 0 "Điều 5." / "II.", 1 "2.", 2 none
    last_task: int | None = None
    last_task_section: int | None = None
    open_coordination: int | None = None


class _Extractor:
    def __init__(self, source, document, sections, sentences, mentions, lexicon):
        self.source = source
        self.text = source.text
        self.match = source.match
        self.low = lower_same_length(source.match)
        # where triggers are searched: names of campaigns and documents blanked ("Không để ai bị bỏ lại phía sau")
        scan = list(self.low)
        for m in mentions:
            if m.category in ("initiative", "document"):
                scan[m.span.start:m.span.end] = "·" * (m.span.end - m.span.start)
        self.scan = "".join(scan)
        self.sections = {s.index: s for s in sections}
        self.sentences = sentences
        self.mentions = sorted(mentions, key=lambda m: (m.span.start, m.span.end))
        self.lexicon = lexicon
        policy = document
        if document.kind == "NewsArticle" and document.reports_on is not None:
            policy = document.reports_on
        self.document = document
        self.policy = policy
        self.self_iri = mint_document_iri(policy.identifier) if policy.identifier else None
        self.issuer = policy.issuer or (document.issuer if policy is not document else None)
        self.out: list[Assertion] = []
        self.state = _State()
        self.seen: set[tuple] = set()
        # rows of division-of-labour tables by sentence index (None: the header row)
        self.table_rows: dict[int, tuple[Table, TableRow | None]] = {}
        for table in find_tables(source, sentences):
            if _duty_columns(table) is not None:
                self.table_rows[table.header_row.sentence] = (table, None)
                for row in table.rows:
                    self.table_rows[row.sentence] = (table, row)

    # --- helpers ---------------------------------------------------------------------------

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
        gap = _MANDATE.sub(" ", self.match[start:end])
        if re.search(r"[.;!?\"]", gap) or "\n" in gap.strip(" "):
            return False
        others = 0
        words = [w.group(0) for w in _WORD.finditer(lower_same_length(gap))]
        for k, word in enumerate(words):
            if word in _LIST_FILLER or self.is_level_word(word):
                continue
            pair = " ".join(words[k:k + 2])
            if word in ACTION_VERBS or pair in ACTION_VERBS:
                return False
            others += 1
        return others <= loose

    def is_level_word(self, word: str) -> bool:
        return word in ("tỉnh", "huyện", "xã", "quận", "phường", "thành", "phố", "thị", "trấn", "trung", "ương",
                        "t.ư", "tw", "cơ", "sở", "thôn", "khu", "dân", "cư", "địa", "phương")

    def chain_after(self, pos: int, end: int, actors: list[Mention], gap_chars: str = "") -> list[Mention]:
        """The actor list starting right after ``pos`` ("yêu cầu | các cấp ủy, chính quyền và MTTQ ...")."""
        chain: list[Mention] = []
        cursor = pos
        for m in actors:
            if m.span.start < cursor:
                continue
            if m.span.start >= end:
                break
            gap = self.match[cursor:m.span.start]
            if gap_chars:
                gap = gap.replace(gap_chars, " ")
            if not chain:
                if re.search(r"[.;!?]", gap) or not self._gap_ok(gap):
                    break
            elif not self._gap_ok(gap):
                break
            chain.append(m)
            cursor = m.span.end
        return chain

    def _gap_ok(self, gap: str) -> bool:
        words = [w.group(0) for w in _WORD.finditer(lower_same_length(gap))]
        if re.search(r"[.;!?\"]", gap):
            return False
        return all(w in _LIST_FILLER or self.is_level_word(w) for w in words)

    def chain_before(self, pos: int, start: int, actors: list[Mention], loose: int = 3) -> list[Mention]:
        """The actor list ending right before ``pos`` ("các cấp ủy, chính quyền | phải ...")."""
        before = [m for m in actors if start <= m.span.start and m.span.end <= pos]
        if not before:
            return []
        last = before[-1]
        if not self.is_filler_gap(last.span.end, pos, loose=loose):
            return []
        chain = [last]
        for m in reversed(before[:-1]):
            if self._after_preposition(chain[0].span.start, start):
                break   # "... của Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành": a possessive, not a subject
            if not self._gap_ok(self.match[m.span.end:chain[0].span.start]):
                break
            chain.insert(0, m)
        if self._after_preposition(chain[0].span.start, start) and len(chain) > 1:
            chain = chain[1:]
        return chain

    def _after_preposition(self, pos: int, floor: int) -> bool:
        return bool(re.search(r"(?<!\w)(?:của|với|cho|về|đối với|giữa|theo|tại)\s+(?:các\s+|những\s+)?$",
                              self.low[max(floor, pos - 20):pos]))

    @staticmethod
    def iris(chain: list[Mention]) -> list[str]:
        return list(dict.fromkeys(m.iri for m in chain))

    @staticmethod
    def levels(chain: list[Mention]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(level for m in chain for level in m.levels))

    # --- the walk over sentences -------------------------------------------------------------

    def run(self) -> list[Assertion]:
        for sentence in self.sentences:
            role = self.role_of(sentence.section)
            if role in _SKIPPED_ROLES:
                continue
            span = sentence.span
            if any(s.start <= span.start and span.end <= s.end for s in self.source.skipped):
                continue
            numbering = _NUMBERING.match(self.match[span.start:span.end])
            start = span.start + (numbering.end() if numbering else 0)
            mentions = [m for m in self.mentions if span.start <= m.span.start and m.span.end <= span.end]
            sent = _Sent(sentence, role, start, span.end, [m for m in mentions if m.category == "actor"], mentions)
            self.sentence(sent, top_numbered=bool(_TOP_NUMBERING.match(self.match[span.start:span.end])))
        self.issuer_from_metadata()
        return self.finish()

    def sentence(self, s: _Sent, top_numbered: bool) -> None:
        low = self.low
        state = self.state
        if state.heading and not self.within(s.sentence.section, state.heading_section):
            state.heading = []
        if state.addressees and not (self.within(s.sentence.section, state.addressee_section) or s.role == "tasks"):
            state.addressees = []
        self.references(s)
        if s.sentence.index in self.table_rows:
            table, row = self.table_rows[s.sentence.index]
            if row is not None:
                self.table_row(s, table, row)
            return
        self.directs(s)
        if s.role == "header":
            self.issues(s)
            return
        self.issues(s)
        if self.lead_role_line(s):
            return
        heading = self.heading_actors(s)
        if heading is not None:
            state.heading, state.heading_section = heading, s.sentence.section
            state.heading_rank = _numbering_rank(self.match[s.sentence.span.start:s.sentence.span.end])
            return
        if top_numbered and _numbering_rank(self.match[s.sentence.span.start:s.sentence.span.end]) <= state.heading_rank:
            state.heading = []   # a sibling heading ends the actor heading; "1." items under "Điều 5. ..." do not
        if self.is_heading(s):
            return
        attribute = _ATTRIBUTE.match(self.match[s.start:s.end])
        content_start = s.start
        if attribute and len(attribute.group("label").split()) <= 4 and not self.has_trigger(s.start, s.start + attribute.end()):
            label = match_key(attribute.group("label"))
            from policykg.graph_builder.segment import section_role

            label_role = section_role(label)
            if label_role == "objectives":
                self.objectives(s, s.start + attribute.end(), s.end, parent=None, whole=True)
                return
            if label_role != "tasks":
                return   # "Thời gian thực hiện: năm 2024."
            content_start = s.start + attribute.end()
        self.duties(s, content_start)

    # --- pieces ------------------------------------------------------------------------------

    def has_trigger(self, start: int, end: int) -> bool:
        part = self.scan[start:end]
        return any(p.search(part) for p in (_REQUIRE, _RESPONSIBLE, _LEAD, _COOPERATE))

    def is_heading(self, s: _Sent) -> bool:
        raw = self.match[s.start:s.end].strip()
        letters = [c for c in raw if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
            return True
        section = self.sections.get(s.sentence.section)
        if section is not None and section.title and s.sentence.span.start == section.span.start:
            title = match_key(section.title)
            body = match_key(raw).rstrip(".:")
            return body == title or (body.endswith(title) and len(body) - len(title) < 8)
        return False

    def heading_actors(self, s: _Sent) -> list[Mention] | None:
        """'1. Sở Văn hóa, Thể thao và Du lịch:' or 'Điều 2. Trách nhiệm của Bộ Công an': duties below are theirs."""
        raw_low = self.low[s.start:s.end]
        if not s.actors:
            return None
        m = re.match(r"\s*trách nhiệm (?:của\s+)?", raw_low)
        start = s.start + (m.end() if m else 0)
        chain = self.chain_after(start, s.end, s.actors)
        if not chain:
            return None
        rest = self.match[chain[-1].span.end:s.end]
        if re.fullmatch(r"[\s,;.:]*", rest) and (rest.strip().startswith(":") or m or self.is_heading(s)):
            return chain
        return None

    def table_row(self, s: _Sent, table: Table, row: TableRow) -> None:
        """A row of a "Nội dung | Cơ quan chủ trì | Cơ quan phối hợp" table: a task held by the actors of the lead
        cell, and a coordination duty with the actors of the partner cell; the row is the evidence."""
        task_col, lead_col, partner_col = _duty_columns(table)
        cell = row.cells[task_col] if task_col < len(row.cells) else None
        if cell is None:
            return
        tstart, tend = self.span_text(cell.start, cell.end)
        if tend <= tstart:
            return

        def actors_in(column: int | None) -> list[Mention]:
            if column is None or column >= len(row.cells):
                return []
            span = row.cells[column]
            return [a for a in s.actors if span.start <= a.span.start and a.span.end <= span.end]

        leads, partners = actors_in(lead_col), actors_in(partner_col)
        lead_text = row.cells[lead_col] if lead_col < len(row.cells) else None
        if not leads and not partners and (lead_text is None or lead_text.start == lead_text.end):
            return   # "| I | Nhóm nhiệm vụ tuyên truyền | | |": a group heading inside the table
        evidence = Span(*self.span_text(row.span.start, row.span.end))
        task_text = self.text[tstart:tend]
        index = self.add(Assertion("task", evidence, s.sentence.index, subjects=self.iris(leads), text=task_text,
                                   levels=self.levels(leads)))
        self.state.last_task, self.state.open_coordination = index, None
        lead_iris = self.iris(leads)
        partner_iris = [p for p in self.iris(partners) if p not in lead_iris]
        if lead_iris or len(partner_iris) >= 2:
            self.state.open_coordination = self.add(Assertion(
                "coordination", evidence, s.sentence.index, subjects=lead_iris, objects=partner_iris,
                text=task_text, levels=self.levels(leads + partners), parent=index))
        self.concerns(s, index)

    def lead_role_line(self, s: _Sent) -> bool:
        """'Cơ quan chủ trì: X.' / 'Cơ quan phối hợp: Y; Z.' below a task."""
        m = _LEAD_ROLE.match(self.match[s.start:s.end])
        if not m:
            return False
        state = self.state
        # the line is a list by construction: every actor named on it counts
        chain = [a for a in s.actors if a.span.start >= s.start + m.end()]
        if not chain or state.last_task is None:
            return True
        task = self.out[state.last_task]
        if m.group(1).lower() == "chủ trì":
            task.subjects = self.iris(chain)
            task.levels = tuple(dict.fromkeys(task.levels + self.levels(chain)))
            coordination = Assertion("coordination", Span(*self.span_text(s.start, s.end)), s.sentence.index,
                                     subjects=self.iris(chain), text=task.text, parent=state.last_task)
            state.open_coordination = self.add(coordination)
        else:
            if state.open_coordination is not None and self.out[state.open_coordination].parent == state.last_task:
                coordination = self.out[state.open_coordination]
                coordination.objects = list(dict.fromkeys(coordination.objects + self.iris(chain)))
                coordination.evidence = Span(coordination.evidence.start, self.span_text(s.start, s.end)[1])
            else:
                coordination = Assertion("coordination", Span(*self.span_text(s.start, s.end)), s.sentence.index,
                                         subjects=list(task.subjects), objects=self.iris(chain), text=task.text,
                                         parent=state.last_task)
                state.open_coordination = self.add(coordination)
        return True

    def duties(self, s: _Sent, content_start: int) -> None:
        """Tasks, requirements, responsibilities and coordination of one sentence."""
        low, state = self.low, self.state
        start, end = content_start, s.end
        requester: list[str] = []
        addressees: list[Mention] = []
        request_kind = None
        duty_start = start
        # 1. "X yêu cầu / đề nghị / giao Y ..."
        for m in _REQUIRE.finditer(self.scan, start, end):
            chain = self.chain_after(m.end(), end, s.actors, gap_chars=":")
            if not chain:
                continue
            before = self.chain_before(m.start(), start, s.actors, loose=2)
            if before:
                requester = self.iris(before)
            elif _KIND_SUBJECT.search(low[max(start, m.start() - 30):m.start()]) or m.start() == start \
                    or not low[start:m.start()].strip(" ,:"):
                kind_word = _KIND_SUBJECT.search(low[max(start, m.start() - 30):m.start()])
                if kind_word and self.lexicon.lookup(kind_word.group(0).strip()) is not None:
                    requester = [self.lexicon.lookup(kind_word.group(0).strip()).iri]
                elif self.issuer:
                    requester = [self.issuer]
            addressees, request_kind = chain, m.group(1)
            duty_start = chain[-1].span.end
            break
        # 2. subjects named before a duty trigger, or at the start of the sentence
        triggers = sorted(
            [(m.start(), m.end(), "lead") for m in _LEAD.finditer(self.scan, duty_start, end)]
            + [(m.start(), m.end(), "cooperate") for m in _COOPERATE.finditer(self.scan, duty_start, end)]
            + [(m.start(), m.end(), "responsible") for m in _RESPONSIBLE.finditer(self.scan, duty_start, end)])
        subjects = list(addressees)
        first_trigger = triggers[0] if triggers else None
        # a duty list item: numbered, or under an actor heading ("Điều 5. Trách nhiệm của X" / "1. ...")
        duty_item = s.role in ("tasks", "organisation") or (
            s.role == "body" and (s.start > s.sentence.span.start or bool(state.heading)))
        opening = self.opening_chain(s, start, end) if duty_item or first_trigger is not None else []
        # "X chỉ đạo Y <duty>": X holds the duty of directing, Y the duty itself
        directed = self.directed_chain(addressees or opening, end, s.actors)
        if directed and not addressees:
            subjects = opening
        if not subjects and first_trigger is not None:
            subjects = self.chain_before(first_trigger[0], start, s.actors)
        opened = False
        if not subjects and duty_item and opening:
            subjects, opened = opening, True
        explicit = bool(subjects)
        inherited = False
        if not subjects and (s.role in ("tasks", "organisation") or (s.role == "body" and state.heading)):
            if state.heading:
                subjects, inherited = list(state.heading), True
            elif state.addressees and s.role == "tasks":
                subjects, inherited = list(state.addressees), True
        text_start = start
        if addressees and first_trigger is None:
            text_start = addressees[-1].span.end
        elif addressees:
            text_start = addressees[0].span.start
            lead_words = re.search(r"(?<!\w)(?:toàn thể|các|những|cả|mọi)\s+$", self.low[start:text_start], re.I)
            if lead_words:
                text_start = start + lead_words.start()
        tstart, tend = self.span_text(text_start, end)
        task_text = self.text[tstart:tend]
        is_lead_in = self.match[s.start:s.end].rstrip().endswith(":")
        # lead-in addressees for the items below ("Chỉ thị yêu cầu: <actors> ...", "... các nhiệm vụ sau:")
        if addressees and (is_lead_in or s.role == "tasks"):
            state.addressees, state.addressee_section = list(addressees), s.sentence.section
        # 3. what record the sentence makes
        index = None
        in_task_section = s.role == "tasks"
        if requester and addressees and not in_task_section and request_kind != "giao":
            # "Ban Bí thư yêu cầu các cấp ủy ... triển khai thực hiện tốt Chỉ thị này." / "Thủ tướng đề nghị MTTQ ..."
            rs, re_ = self.span_text(addressees[-1].span.end, end)
            index = self.add(Assertion("requires", Span(*self.span_text(s.start, end)), s.sentence.index,
                                       subjects=requester, objects=self.iris(addressees), text=self.text[rs:re_] or None,
                                       levels=self.levels(addressees), qualifier="requested" if request_kind == "đề nghị" else None))
            holders = addressees
        elif in_task_section or (subjects and (explicit and (first_trigger or s.role == "organisation" or addressees
                                                             or opened or directed) or inherited)):
            if tend <= tstart:
                return
            if is_lead_in and not first_trigger and addressees:
                self.objectives(s, start, end, parent=None, whole=False)
                return   # a pure lead-in: its addressees hold the items below
            if subjects or in_task_section:
                index = self.add(Assertion("task", Span(tstart, tend), s.sentence.index, subjects=self.iris(subjects),
                                           text=task_text, levels=self.levels(subjects),
                                           qualifier="requested" if request_kind == "đề nghị" else None))
            else:
                index = self.add(Assertion("requirement", Span(tstart, tend), s.sentence.index, text=task_text))
            holders = subjects
            state.last_task, state.open_coordination = index, None
        elif first_trigger is not None and first_trigger[2] == "responsible" and not subjects:
            # "Phong trào ... phải được chỉ đạo chặt chẽ ...": a requirement nobody in particular holds
            index = self.add(Assertion("requirement", Span(tstart, tend), s.sentence.index, text=task_text))
            holders = []
        elif re.match(r"\s*(?:theo đó,\s*)?yêu cầu (?:đặt ra|chung|cụ thể)?\s*(?:là|:)", low[start:end]):
            m = re.match(r"\s*(?:theo đó,\s*)?yêu cầu (?:đặt ra|chung|cụ thể)?\s*(?:là|:)", low[start:end])
            rs, re_ = self.span_text(start + m.end(), end)
            index = self.add(Assertion("requirement", Span(rs, re_), s.sentence.index, text=self.text[rs:re_]))
            holders = []
        else:
            holders = subjects
        if index is not None and directed:
            ds, de = self.span_text(directed[0].span.start, end)
            if de > ds:
                self.add(Assertion("task", Span(ds, de), s.sentence.index, subjects=self.iris(directed),
                                   text=self.text[ds:de], levels=self.levels(directed), parent=index),
                         key=("directed", s.sentence.index, tuple(self.iris(directed))))
        # 4. responsibility, coordination, mobilisation, participation, objectives, concerns
        if index is not None and holders and self.out[index].relation == "task":
            resp = next((t for t in triggers if t[2] == "responsible"), None)
            if resp is not None and explicit:
                joint = "jointly" if (len(self.iris(holders)) > 1 or re.match(r"cùng", low[resp[0]:resp[1]])) else None
                self.add(Assertion("responsible", Span(tstart, tend), s.sentence.index, subjects=self.iris(holders),
                                   text=task_text, levels=self.levels(holders), qualifier=joint, parent=index))
        self.coordination(s, start, end, subjects, triggers, index, task_text, (tstart, tend))
        self.mobilises(s, start, end, holders if holders else subjects)
        self.participates(s, start, end, holders if holders else subjects)
        whole = s.role == "objectives" and index is None and not _OBJECTIVE.search(self.scan, start, end)
        if s.role == "objectives" or index is not None or _OBJECTIVE.search(self.scan, start, end) \
                or _GOAL.search(self.scan, start, end):
            self.objectives(s, start, end, parent=index, whole=whole)
        if index is not None:
            self.concerns(s, index)

    def opening_chain(self, s: _Sent, start: int, end: int) -> list[Mention]:
        """The actor list that opens a sentence and is followed by a verb ("2. Bộ Tài chính bố trí ...")."""
        opening = self.chain_after(start, end, s.actors)
        if opening and self._gap_ok(self.match[start:opening[0].span.start]) and self._verb_after(opening[-1].span.end, end):
            return opening
        return []

    def directed_chain(self, holders: list[Mention], end: int, actors: list[Mention]) -> list[Mention]:
        """After "X chỉ đạo": the actors directed ("Y") when a verb follows them; else []."""
        if not holders:
            return []
        pos = holders[-1].span.end
        verb = _DIRECT_VERB.search(self.scan, pos, end)
        if verb is None or not self._gap_ok(self.match[pos:verb.start()]):
            return []
        directed = self.chain_after(verb.end(), end, actors)
        directed = [m for m in directed if m.iri not in self.iris(holders)]
        if directed and self._verb_after(directed[-1].span.end, end):
            return directed
        return []

    def _verb_after(self, pos: int, end: int) -> bool:
        """The words after an actor list (level qualifiers and filler skipped) start with a verb."""
        words = self.words_between(pos, min(end, pos + 120))
        k = 0
        while k < len(words) and (words[k] in _LIST_FILLER or self.is_level_word(words[k])):
            k += 1
        return any(" ".join(words[k:k + n]) in ACTION_VERBS for n in (1, 2, 3))

    def coordination(self, s: _Sent, start: int, end: int, subjects: list[Mention], triggers, index, task_text, span):
        low = self.low
        lead = next((t for t in triggers if t[2] == "lead"), None)
        coop = next((t for t in triggers if t[2] == "cooperate"), None)
        if lead is None and coop is None:
            return
        leads: list[Mention] = []
        partners: list[Mention] = []
        if coop is not None and low[coop[0]:coop[1]].endswith("giữa"):
            first = self.chain_after(coop[1], end, s.actors)
            if not first:
                return
            with_ = re.compile(r"(?<!\w)với(?!\w)").search(low, first[-1].span.end, end)
            if with_ is None:
                return
            leads, partners = first[:1], first[1:] + self.chain_after(with_.end(), end, s.actors)
        else:
            if lead is not None:
                leads = self.chain_before(lead[0], start, s.actors) or subjects
            elif coop is not None:
                leads = self.chain_before(coop[0], start, s.actors) or subjects
            if coop is not None:
                partners = self.chain_after(coop[1], end, s.actors)
        if not leads and not partners:
            return
        if not leads and len(partners) < 2:
            return
        lead_iris = self.iris(leads)
        partner_iris = [p for p in self.iris(partners) if p not in lead_iris]
        if not partner_iris and lead is None:
            return
        self.add(Assertion("coordination", Span(*span), s.sentence.index, subjects=lead_iris, objects=partner_iris,
                           text=task_text, levels=self.levels(leads + partners), parent=index))

    def mobilises(self, s: _Sent, start: int, end: int, holders: list[Mention]) -> None:
        if not holders:
            return
        for m in _MOBILISE.finditer(self.scan, start, end):
            if self.low[max(0, m.start() - 5):m.start()].endswith("cuộc "):
                continue
            objects = self.chain_after(m.end(), end, s.actors)
            objects = [o for o in objects if o.iri not in self.iris(holders)]
            if objects:
                self.add(Assertion("mobilises", Span(*self.span_text(m.start(), objects[-1].span.end)), s.sentence.index,
                                   subjects=self.iris(holders), objects=self.iris(objects)))

    def participates(self, s: _Sent, start: int, end: int, holders: list[Mention]) -> None:
        for m in _PARTICIPATE.finditer(self.scan, start, end):
            initiative = next((x for x in s.mentions if x.category == "initiative" and x.span.start >= m.end()
                               and len(self.words_between(m.end(), x.span.start)) <= 4), None)
            if initiative is None:
                continue
            who = self.chain_before(m.start(), start, s.actors, loose=2)
            if not who:
                # "vận động nhân dân ... tham gia phong trào": the people mobilised take part
                mobilised = [a for a in self.out if a.relation == "mobilises" and a.sentence == s.sentence.index
                             and a.evidence.end <= m.start()]
                who_iris = mobilised[-1].objects if mobilised else []
            else:
                who_iris = self.iris(who)
            if who_iris:
                begin = who[0].span.start if who else m.start()
                self.add(Assertion("participates", Span(*self.span_text(begin, initiative.span.end)),
                                   s.sentence.index, subjects=list(who_iris), objects=[initiative.iri]),
                         key=("participates", tuple(who_iris), initiative.iri, s.sentence.index))

    def concerns(self, s: _Sent, index: int) -> None:
        task = self.out[index]
        objects = [m.iri for m in s.mentions
                   if task.evidence.start <= m.span.start and m.span.end <= task.evidence.end
                   and (m.category == "initiative" or (m.category == "document" and m.kind == "Regulation"))]
        objects = list(dict.fromkeys(objects))
        if objects:
            self.add(Assertion("concerns", task.evidence, s.sentence.index, objects=objects, parent=index))

    def objectives(self, s: _Sent, start: int, end: int, parent: int | None, whole: bool) -> None:
        low = self.low
        pieces: list[tuple[int, int]] = []
        goal = _GOAL.search(self.scan, start, end)
        markers = sorted([(m.start(), m.end()) for m in _OBJECTIVE.finditer(self.scan, start, end)
                          if not _NOT_PURPOSE.search(low, max(0, m.start() - 12), m.start())]
                         + ([(goal.start(), goal.end())] if goal else []))
        if whole and not markers:
            pieces.append((start, end))
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
            pieces.append((m_end, stop))
        for p_start, p_end in pieces:
            for o_start, o_end in split_objectives(self.match, p_start, p_end, s.actors):
                o_start, o_end = self.span_text(o_start, o_end)
                o_end = self._trim_objective_end(o_start, o_end)
                if o_end - o_start < 4 or len(self.words_between(o_start, o_end)) < 2:
                    continue
                objective_text = self.text[o_start:o_end]
                self.add(Assertion("objective", Span(o_start, o_end), s.sentence.index, text=objective_text,
                                   parent=parent), key=("objective", match_key(objective_text)))

    def _trim_objective_end(self, start: int, end: int) -> int:
        while end > start and self.text[end - 1] in ".…!?,;: ":
            end -= 1
        if self.match[max(start, end - 3):end] == "...":
            end -= 3
        return end

    def references(self, s: _Sent) -> None:
        """cites / implements for every cited document (not the document itself)."""
        low = self.low
        basis_used: set[int] = set()
        for m in s.mentions:
            if m.category != "document" or m.iri == self.self_iri:
                continue
            if _SELF_REFERENCE.search(low, m.span.start, m.span.end):
                continue
            before = low[s.sentence.span.start:m.span.start]
            if s.role == "header" and re.search(r"(?<!\w)số\s*:?\s*$", before[-12:]) or (
                    s.role == "header" and m.span.start == s.sentence.span.start):
                continue   # the document's own number in its header
            clause = next((c for c in s.sentence.clauses if c.start <= m.span.start < c.end), s.sentence.span)
            clause_before = low[clause.start:m.span.start]
            relation, qualifier = None, None
            numbered = bool(re.search(r"\d", m.label))
            if _IMPLEMENT.search(clause_before[-40:]):
                relation = "implements" if numbered else None
            elif _REPLACE.search(clause_before[-40:]):
                relation, qualifier = "cites", "replaces"
            elif _CITE_BASIS.search(clause_before) and clause.start not in basis_used:
                relation, qualifier = "cites", "basis"
                basis_used.add(clause.start)
            elif re.search(r"(?<!\w)theo\s*$", clause_before):
                relation, qualifier = "cites", "according"
            elif numbered:
                relation = "cites"
            if relation is None:
                continue
            ev = Span(*self.span_text(clause.start, clause.end))
            self.add(Assertion(relation, ev, s.sentence.index, objects=[m.iri], qualifier=qualifier),
                     key=(relation, m.iri))

    def directs(self, s: _Sent) -> None:
        low = self.low
        span = s.sentence.span
        for m in _DIRECT_NOUN.finditer(self.scan, span.start, span.end):
            who = self.chain_after(m.end(), span.end, s.actors)
            if not who:
                continue
            target_at = re.compile(r"(?<!\w)đối với(?!\w)").search(low, who[-1].span.end, span.end)
            if target_at is None or len(self.words_between(who[-1].span.end, target_at.start())) > 2:
                continue
            target = next((x for x in s.mentions if x.span.start >= target_at.end() and x.category in ("initiative", "actor")
                           and len(self.words_between(target_at.end(), x.span.start)) <= 2), None)
            if target is None:
                continue
            self.add(Assertion("directs", Span(*self.span_text(m.start(), target.span.end)), s.sentence.index,
                               subjects=self.iris(who), objects=[target.iri]),
                     key=("directs", tuple(self.iris(who)), target.iri))
        for m in _DIRECT_VERB.finditer(self.scan, span.start, span.end):
            if low[max(0, m.start() - 4):m.start()] == "sự ":
                continue
            who = self.chain_before(m.start(), span.start, s.actors, loose=2)
            if not who:
                continue
            clause_end = next((c.end for c in s.sentence.clauses if c.start <= m.start() < c.end), span.end)
            target = next((x for x in s.mentions if m.end() <= x.span.start < clause_end
                           and x.category in ("initiative", "actor") and x.iri not in self.iris(who)), None)
            if target is None:
                continue
            self.add(Assertion("directs", Span(*self.span_text(who[0].span.start, target.span.end)), s.sentence.index,
                               subjects=self.iris(who), objects=[target.iri]),
                     key=("directs", tuple(self.iris(who)), target.iri))

    def issues(self, s: _Sent) -> None:
        low = self.low
        span = s.sentence.span
        for m in _ISSUE.finditer(self.scan, span.start, span.end):
            who = self.chain_before(m.start(), span.start, s.actors, loose=2)
            if not who:
                continue
            doc = next((x for x in s.mentions if x.category == "document" and x.span.start >= m.end()
                        and len(self.words_between(m.end(), x.span.start)) <= 2), None)
            if doc is not None:
                target = doc.iri
            elif self.self_iri and re.match(r"\s*(?:kèm theo\s+)?(?:chỉ thị|nghị quyết|kết luận|quyết định|kế hoạch|nghị định"
                                            r"|thông tư|quy định|hướng dẫn|chương trình)", low[m.end():span.end]):
                target = self.self_iri
            else:
                continue
            self.add(Assertion("issues", Span(*self.span_text(who[0].span.start, span.end)), s.sentence.index,
                               subjects=self.iris(who)[:1], objects=[target]), key=("issues", target))

    def issuer_from_metadata(self) -> None:
        if not (self.issuer and self.self_iri) or ("issues", self.self_iri) in self.seen:
            return
        evidence = self.policy.evidence or self.document.evidence
        if evidence is None:
            return
        sentence = next((s.index for s in self.sentences if s.span.start <= evidence.start < s.span.end), 0)
        self.add(Assertion("issues", evidence, sentence, subjects=[self.issuer], objects=[self.self_iri]),
                 key=("issues", self.self_iri))

    def finish(self) -> list[Assertion]:
        # a task nobody holds (no subject, no heading, no addressees, no "Cơ quan chủ trì") stays a requirement
        for a in self.out:
            if a.relation == "task" and not a.subjects:
                a.relation = "requirement"
        return self.out


def _duty_columns(table: Table) -> tuple[int, int, int | None] | None:
    """(task, lead, partner) column indices of a division-of-labour table, or None for any other table.

    >>> from policykg.graph_builder.segment import TableRow
    >>> row = TableRow(0, Span(0, 1), [])
    >>> _duty_columns(Table(["tt", "nội dung nhiệm vụ", "cơ quan chủ trì", "cơ quan phối hợp", "thời gian"], row))
    (1, 2, 3)
    >>> _duty_columns(Table(["tỉnh ủy bình định", "đảng cộng sản việt nam"], row)) is None
    True
    """
    task, lead = table.column(*_TASK_COLUMNS), table.column(*_LEAD_COLUMNS)
    if task is None or lead is None or task == lead:
        return None
    partner = table.column(*_PARTNER_COLUMNS)
    return task, lead, partner if partner not in (task, lead) else None


def split_objectives(match: str, start: int, end: int, actors: list[Mention] = ()) -> list[tuple[int, int]]:
    """Split an objective list into clauses where a new verb phrase starts.

    Takes the match-form text and the [start, end) range after "nhằm"/"để"/"mục tiêu là"; returns
    [start, end) ranges, one per objective. Splits at a comma (or "và") followed by a verb of the genre,
    never inside "trật tự, an toàn xã hội" (a noun list) or "xây dựng và bảo vệ Tổ quốc" (two
    verbs sharing an object); stops where a comma introduces an actor (the main clause).

    >>> t = "giữ vững ổn định chính trị, bảo đảm trật tự, an toàn xã hội, bảo vệ Đảng và góp phần xây dựng và bảo vệ Tổ quốc"
    >>> [t[a:b] for a, b in split_objectives(t, 0, len(t))]
    ['giữ vững ổn định chính trị', 'bảo đảm trật tự, an toàn xã hội', 'bảo vệ Đảng', 'góp phần xây dựng và bảo vệ Tổ quốc']
    """
    low = lower_same_length(match)
    pieces = []
    piece_start = start
    pos = start
    separators = list(re.finditer(r",\s*|\s+và\s+", low[start:end]))
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
        if not rest_words or not re.match(r"[^\W\d_]", rest_words[0]):
            continue   # "... hợp tác và phát triển": a verb with nothing after it is not a new objective
        before_words = low[piece_start:s_start].split()
        if "và" in sep.group(0):
            if before_words and (before_words[-1] in ACTION_VERBS or " ".join(before_words[-2:]) in ACTION_VERBS):
                continue   # "xây dựng và bảo vệ Tổ quốc": two verbs share one object
        elif before_words and before_words[-1] in ACTION_VERBS:
            continue   # "phòng, chống tham nhũng": a one-syllable verb before the comma shares the object
        pieces.append((piece_start, s_start))
        piece_start = s_end
    pieces.append((piece_start, end))
    return [p for p in pieces if p[1] > p[0]]


def _main_clause_starts(low: str, pos: int, end: int, actors) -> bool:
    """After a comma: an actor list followed by a verb ("..., Bộ Chính trị yêu cầu ...")."""
    first = next((a for a in actors if a.span.start >= pos), None)
    if first is None or low[pos:first.span.start].strip() not in ("", "các", "những", "cả"):
        return False
    last = first
    for a in actors:
        if a.span.start > last.span.end and re.fullmatch(r"[\s,]*(?:và\s+)?(?:các\s+)?", low[last.span.end:a.span.start]):
            last = a
    words = [w for w in low[last.span.end:min(end, last.span.end + 80)].split()]
    words = [w.strip(",:;.") for w in words]
    while words and words[0] in _LIST_FILLER:
        words.pop(0)
    return any(" ".join(words[:n]) in ACTION_VERBS or " ".join(words[:n]) in _MAIN_CLAUSE_VERBS for n in (1, 2, 3))


def _numbering_rank(line: str) -> int:
    """How high a numbered line sits: 0 for "Điều 5." and "II.", 1 for "2.", 2 for anything else.

    >>> [_numbering_rank(x) for x in ("Điều 5. Trách nhiệm", "II. NHIỆM VỤ", "2. Sở Y tế:", "a) Chủ trì")]
    [0, 0, 1, 2]
    """
    if re.match(r"\s*(?:(?:Điều|ĐIỀU)\s+\d+|[IVXL]{1,5}[.)])", line):
        return 0
    if re.match(r"\s*\d{1,2}[.)]\s", line):
        return 1
    return 2


def _leading_verb(text: str) -> str | None:
    words = text.split()
    for n in (3, 2, 1):
        candidate = " ".join(w.strip(",.;:") for w in words[:n])
        if len(words) >= n and candidate in ACTION_VERBS and candidate not in ("theo", "để", "nhằm", "căn cứ", "cấp"):
            return candidate
    return None


def extract_assertions(source: SourceText, document: DocumentInfo, sections: list[Section],
                       sentences: list[Sentence], mentions: list[Mention], lexicon) -> list[Assertion]:
    """Derive the statements a text makes: who issues, directs, requires, leads, cooperates, aims at what.

    Takes the source text, its ``DocumentInfo`` (for the issuer and the document's own number), the
    sections and sentences from ``segment``, the mentions from ``recognise.find_mentions`` and the
    lexicon. Returns the assertions in document order of the sentences; ``Assertion.parent`` is an
    index into the returned list. Every ``task`` has at least one subject (a task nobody holds is
    returned as a ``requirement``). Never raises on text.

    >>> from policykg.graph_builder.read import source_from_string
    >>> from policykg.graph_builder.segment import segment
    >>> from policykg.graph_builder.recognise import find_mentions
    >>> from policykg.ontology import load_lexicon
    >>> lex = load_lexicon()
    >>> src = source_from_string("Sở Tư pháp chủ trì, phối hợp với Công an tỉnh tổ chức tuyên truyền pháp luật.")
    >>> sections, sentences = segment(src)
    >>> found = extract_assertions(src, DocumentInfo(kind="Plan"), sections, sentences,
    ...                            find_mentions(src, sentences, lex), lex)
    >>> [(a.relation, [x.rsplit('/', 1)[1] for x in a.subjects], [x.rsplit('/', 1)[1] for x in a.objects]) for a in found]
    [('task', ['so-tu-phap'], []), ('coordination', ['so-tu-phap'], ['cong-an-tinh'])]
    """
    return _Extractor(source, document, sections, sentences, mentions, lexicon).run()

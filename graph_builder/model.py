"""The plain records passed between the builder's steps.

text --read--> SourceText --metadata--> DocumentInfo
SourceText --segment--> Section / Paragraph / Sentence (with Clause spans)
Sentence --recognise--> Mention
Sentence + Mentions --assert--> Assertion
everything --emit--> RDF quads in the source's named graph

All offsets are [start, end) code-point offsets into ``SourceText.text``
(see ``policykg.core.textnorm``); ``text[start:end]`` is the exact quote.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int

    def quote(self, text: str) -> str:
        return text[self.start:self.end]

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


class SpanReach:
    """Whether any of many spans overlaps a given one, in log time: the spans sorted by start, with the furthest end
    reached by the first k of them (a scan of every span per question made big documents quadratic).

    >>> reach = SpanReach([Span(10, 20), Span(0, 5)])
    >>> [reach.overlaps(Span(*s)) for s in ((5, 10), (4, 6), (19, 30), (20, 30))]
    [False, True, True, False]
    """

    def __init__(self, spans):
        pairs = sorted((s.start, s.end) for s in spans)
        self.starts = [start for start, _ in pairs]
        self.reach = list(itertools.accumulate((end for _, end in pairs), max))

    def overlaps(self, span: Span) -> bool:
        """True when one of the spans shares at least one character with ``span`` (as :meth:`Span.overlaps`)."""
        before = bisect.bisect_left(self.starts, span.end)   # the spans that start before ``span`` ends
        return before > 0 and self.reach[before - 1] > span.start


@dataclass
class SourceText:
    """One input, decoded and normalised. ``text`` and ``match`` have the same length."""

    key: str                 # stable key of the source, e.g. the file stem 'ct09-nhandan-2023-12-09'
    name: str                # what the user gave: a path or '<stdin>'
    text: str                # NFC source text; offsets index this
    match: str               # match form (policykg.core.textnorm.match_form) with markup blanked and broken lines joined
    media_type: str = "text/plain"   # text/plain, text/markdown, text/html
    skipped: list[Span] = field(default_factory=list)  # regions to ignore: repeated lead paragraph, debris
    sha256: str = ""         # of the source text, for incremental builds

    def unskipped(self, start: int, end: int) -> list[tuple[int, int]]:
        """The non-empty pieces of [start, end) outside the skipped spans, in order.

        >>> SourceText("k", "k", "abcdefgh", "abcdefgh", skipped=[Span(2, 4)]).unskipped(0, 8)
        [(0, 2), (4, 8)]
        """
        pieces = [(start, end)]
        for skip in self.skipped:
            kept = []
            for a, b in pieces:
                if skip.end <= a or skip.start >= b:
                    kept.append((a, b))
                    continue
                if a < skip.start:
                    kept.append((a, skip.start))
                if skip.end < b:
                    kept.append((skip.end, b))
            pieces = kept
        return [(a, b) for a, b in pieces if a < b]


@dataclass(frozen=True)
class ActorRef:
    """An actor named in the document's frame (an issuer, the organ of a post): IRI, Vietnamese label, kind."""

    iri: str
    label: str | None = None
    kind: str | None = None     # ontology class local name: 'Authority', 'Office', ...


@dataclass
class Signature:
    """One signature block: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A"."""

    post: str | None                   # the post signed in, as the ontology writes it: 'Phó Chủ tịch'; None when a
    #                                    "TM." block prints none ("T/M BAN BÍ THƯ" / name)
    person: str | None                 # the signer's name as written (NFC), None when the block has no name
    mode: str | None                   # 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.' (the innermost), None when signed directly
    organ: ActorRef | None             # the organ the post belongs to (the block's "TM. <organ>" or the issuer)
    span: Span                         # the block


@dataclass
class FrameBlock:
    """A part of the document's frame, where no actor of the document is named: the header's organ, motto,
    number and date lines ('header'), a signature block ('footer') or the recipients list ('recipients')."""

    role: str
    span: Span
    actor: ActorRef | None = None      # a header organ line: the organ it names (an issuer, the body above it)


@dataclass
class DocumentInfo:
    """What a text is: a policy document itself, or a news article reporting on one."""

    kind: str                          # local name of an ontology class: 'Directive', 'Decree', 'NewsArticle', ...
    identifier: str | None = None      # số hiệu, normalised: '09-CT/TW'
    title: str | None = None           # subject / headline
    issuer: str | None = None          # actor IRI of the issuing body
    date: str | None = None            # ISO date of the document itself (never guessed)
    place: str | None = None           # 'Hà Nội'
    publisher: str | None = None       # for articles: the newspaper
    published: str | None = None       # for articles: ISO date of the article
    reports_on: DocumentInfo | None = None   # for articles: the document they report
    evidence: Span | None = None       # where the number / kind / issuer is stated
    issuer_label: str | None = None    # canonical Vietnamese name of the issuer (for issuers not in the vocabulary)
    issuer_kind: str | None = None     # its ontology class local name: 'Authority', 'PartyCommittee', ...
    issuers: list[ActorRef] = field(default_factory=list)   # every issuer (joint documents: several), first = issuer
    parents: dict[str, ActorRef] = field(default_factory=dict)  # issuer IRI -> the body the header names above it
    signatures: list[Signature] = field(default_factory=list)
    frame: list[FrameBlock] = field(default_factory=list)    # header, signature and recipients blocks


@dataclass
class Section:
    index: int
    span: Span
    title: str | None          # heading text as written, if any
    number: str | None         # 'I', '2', 'a', ...
    role: str                  # 'header', 'situation', 'objectives', 'requirements', 'tasks', 'organisation', 'funding', 'reporting', 'footer', 'recipients', 'body'
    parent: int | None = None  # index of the enclosing section


@dataclass
class Sentence:
    index: int
    span: Span
    section: int | None        # Section.index
    paragraph: int             # paragraph number in the document
    clauses: list[Span] = field(default_factory=list)   # split at ';' and list-level commas; cover the sentence


@dataclass
class Mention:
    span: Span
    surface: str               # text[span] as written
    category: str              # 'actor', 'initiative', 'document', 'level'
    iri: str                   # actor / initiative / document / level IRI
    label: str                 # canonical Vietnamese label
    kind: str                  # ontology class local name: 'PartyCommittee', 'Campaign', 'Directive', 'LevelCentral', ...
    known: bool = True         # found in the ontology's lexicon (False: recognised by naming pattern)
    label_en: str | None = None
    levels: tuple[str, ...] = ()   # level IRIs qualifying an actor mention ('các cấp', 'từ Trung ương đến cơ sở')
    office: str | None = None      # office words right before the span, as written ('Giám đốc '): the body acts through them
    generic: bool = False          # a kind of body named in general terms ('cơ quan điều tra'): an actor only where it acts
    identifier: str | None = None  # a document mention: its số hiệu, normalised ('10-NQ/TW'), when the text gives it


@dataclass
class Assertion:
    """One statement the text makes, independent of RDF.

    relation is one of:
      issues        subjects=[issuer]           objects=[document IRI]
      directs       subjects=[actor]            objects=[actor/initiative/task IRIs]   (lãnh đạo, chỉ đạo)
      requires      subjects=[issuer or None]   objects=[addressee actors]  text=the requirement  (yêu cầu, giao, đề nghị)
      responsible   subjects=[actors]           text=the duty                           (có trách nhiệm, phải;
                    qualifier 'cooperating': "phối hợp với Y, Z" with no first party, Y and Z cooperate in the task)
      coordination  subjects=[lead actors]      objects=[cooperating actors]  text=the task  (chủ trì / phối hợp)
      mobilises     subjects=[actors]           objects=[actors or groups]              (huy động, vận động)
      participates  subjects=[actors]           objects=[initiative IRIs]               (tham gia)
      objective     text=one objective clause                                          (mục tiêu, nhằm, để)
      task          subjects=[responsible actors, may be empty]  text=the task          (nhiệm vụ và giải pháp)
      requirement   subjects=[actors]           text=the requirement                    (yêu cầu)
      cites         objects=[document IRIs]     (căn cứ, theo, thay thế: see qualifier)
                    subjects=[the cited document's issuer, when written after it]  date=its date (ISO)
      implements    objects=[document IRIs]     (thực hiện Chỉ thị ...); subjects and date as for cites
      concerns      objects=[initiative or document IRIs]  (a task/requirement names a campaign, movement, regulation)
      lead-in       subjects=[leads]  objects=[partners]  the roles a lead-in names over the items below it, no task of
                    its own ("1. Bộ Y tế chủ trì, phối hợp với A, B:"); the items carry them; no record in the graph
    """

    relation: str
    evidence: Span                      # the exact words
    sentence: int                       # Sentence.index
    subjects: list[str] = field(default_factory=list)
    objects: list[str] = field(default_factory=list)
    text: str | None = None             # the duty / task / objective as a clause (a slice of the source)
    levels: tuple[str, ...] = ()        # level IRIs the statement applies at
    qualifier: str | None = None        # e.g. 'jointly' for "cùng chịu trách nhiệm", 'unled' for "X phối hợp với Y"; cites: 'basis' (căn cứ),
                                        # 'replaces' (thay thế, bãi bỏ), 'according' (theo)
    date: str | None = None             # cites / implements: the cited document's date as the text gives it (ISO)
    parent: int | None = None           # index (in the document's assertion list) of the task this belongs to
    deadline: str | None = None         # when a task is due, as written ("Quý III/2026", "trước ngày 30/6/2026")
    reported: bool = False              # coordination: an act a news item or report says was done; no partner's duty


@dataclass
class BuildResult:
    """Everything the builder derived from one source text."""

    source: SourceText
    document: DocumentInfo
    sections: list[Section]
    sentences: list[Sentence]
    mentions: list[Mention]
    assertions: list[Assertion]


def uncovered_sentences(result: BuildResult) -> list[Sentence]:
    """Sentences that produced no assertion, in document order (skipped regions excluded).

    A sentence counts as covered when an assertion names it or its evidence overlaps it.

    >>> src = SourceText("k", "k.txt", "A làm X. B nói.", "A làm X. B nói.")
    >>> s = [Sentence(0, Span(0, 8), None, 0), Sentence(1, Span(9, 15), None, 0)]
    >>> r = BuildResult(src, DocumentInfo(kind="Document"), [], s, [], [Assertion("task", Span(0, 7), 0)])
    >>> [x.index for x in uncovered_sentences(r)]
    [1]
    """
    covered_index = {a.sentence for a in result.assertions}
    evidence = SpanReach(a.evidence for a in result.assertions)
    skipped = result.source.skipped
    out = []
    for s in sorted(result.sentences, key=lambda s: (s.span.start, s.index)):
        if s.index in covered_index or evidence.overlaps(s.span):
            continue
        if any(k.start <= s.span.start and s.span.end <= k.end for k in skipped):
            continue
        if not result.source.text[s.span.start:s.span.end].strip():
            continue
        out.append(s)
    return out

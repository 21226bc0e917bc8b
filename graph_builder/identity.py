"""Who is who in one document: offices resolved to the bodies they head, local bodies named by their locality.

Recognition (:mod:`recognise`) finds names; this step, which knows the document (its issuer), decides which
actor each name denotes:

- **Offices act for their body** ("Bộ trưởng Bộ Công an", "Giám đốc Công an tỉnh", "Chủ tịch UBND tỉnh",
  "Thủ trưởng các sở, ban, ngành"): the office words in front of a body's name join its mention, which keeps the
  body's identity, so the duty goes to the body and the evidence keeps the office. A bare office ("Bộ trưởng quy
  định ...") is the issuing body when the office heads bodies of the issuer's kind (``pkg:headOffice``); otherwise
  it stays unresolved and is no actor at all. Offices in their own right (``pkg:officeInOwnRight``: the Prime
  Minister, the President) stay actors. ``Mention.office`` keeps the office words (they sit right before the span). The office words are the ontology's (``pkg:Office`` head nouns and
  ``pkg:headOffice``).
- **Local bodies are the locality's**: in a document issued in a locality ("Ủy ban nhân dân tỉnh Lào Cai"), a body
  of that level named without its place ("Công an tỉnh", "UBND tỉnh", "Ban Thường vụ Tỉnh ủy", and the
  departments "Sở Tài chính") is that locality's body: its name and IRI get the place ("Sở Tài chính tỉnh Lào
  Cai"), so the Sở Tài chính of Lào Cai and of Phú Thọ are two actors, and "UBND tỉnh" / "Ủy ban nhân dân tỉnh Lào
  Cai" one (docs/DATA_MODEL.md, "Identity of actors").

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.graph_builder.model import DocumentInfo
>>> from policykg.ontology import load_lexicon
>>> lex = load_lexicon()
>>> src = source_from_string("Giám đốc Công an tỉnh chủ trì, phối hợp với Sở Tài chính; Bộ trưởng quy định.")
>>> doc = DocumentInfo(kind="Plan", issuer=mint_actor_iri("Ủy ban nhân dân tỉnh Lào Cai"),
...                    issuer_label="Ủy ban nhân dân tỉnh Lào Cai", issuer_kind="Authority")
>>> found = identify_actors(find_mentions(src, [], lex), src, doc, lex)
>>> [(m.surface, m.label) for m in found], found[0].office
([('Công an tỉnh', 'Công an tỉnh Lào Cai'), ('Sở Tài chính', 'Sở Tài chính tỉnh Lào Cai')], 'Giám đốc ')
"""

from __future__ import annotations

import dataclasses
import functools
import re

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.bareheads import named_heads
from policykg.graph_builder.cited import outside_cited_titles
from policykg.graph_builder.collectiveforms import fuller_collectives
from policykg.graph_builder.headingnames import outside_headings
from policykg.graph_builder.firstwords import first_word_names, short_forms
from policykg.graph_builder.initialisms import with_and_without_country, with_initialisms
from policykg.graph_builder.jointissuers import local_issuers
from policykg.graph_builder.levels import (distributed_level, echoed_level, every_locality_short, header_locality,
                                          one_place, one_tier, organising_level, read_as_name, same_level)
from policykg.graph_builder.model import DocumentInfo, Mention, SourceText, Span, SpanReach
from policykg.graph_builder.youthunion import youth_union_committees
from policykg.graph_builder.samebody import same_bodies
from policykg.graph_builder.vocabulary import (caps_context, first_character_first, form_pattern, lower_same_length,
                                               starts_verb, vocabulary)
from policykg.ontology.lexicon import Lexicon

__all__ = ["actor_iri_in_context", "document_locality", "identify_actors"]

# the level words a locality is named with ("tỉnh Lào Cai", "xã Lương Minh")
_LOCALITY = re.compile(rf"(?:^|\s)({cues.LEVEL_PATTERN})\s+"
                       r"(?![UỦ][yỷ]\b)((?:[A-ZĐ]\w*)(?:(?:\s+|\s*-\s*)[A-ZĐ]\w*)*)\s*$")   # "Bà Rịa-Vũng Tàu"    # not "tỉnh Ủy X" (a committee)
# committees named after their level: "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Đảng ủy xã"; the Youth Union's "Tỉnh đoàn"
_COMMITTEE_LEVEL = {"tỉnh": "tỉnh", "thành": "thành phố", "huyện": "huyện", "quận": "quận"}
# the place of such a committee: "Tỉnh ủy Quảng Trị", "Ban Thường vụ Tỉnh ủy Quảng Trị" -> tỉnh, Quảng Trị
_COMMITTEE_PLACE = re.compile(r"(?i:(?<!\w)(tỉnh|thành|huyện|quận)\s+(?:[uủ][yỷ]|đoàn))\s+((?:[A-ZĐ]\w*)(?:\s+[A-ZĐ]\w*)*)\s*$")


def identify_actors(mentions: list[Mention], source: SourceText, document: DocumentInfo,
                    lexicon: Lexicon) -> list[Mention]:
    """The mentions with offices resolved (or dropped) and local bodies qualified by the document's locality.

    Takes the mentions of :func:`recognise.find_mentions`, the source, the document's ``DocumentInfo`` (its issuer)
    and the lexicon; returns a new list sorted by offset (mentions of other categories unchanged). Never raises.
    """
    low = lower_same_length(source.match)
    resolved = _Offices(source, low, document, lexicon).resolve(mentions)
    resolved = distributed_level(same_level(organising_level(resolved, source, low), source, low, lexicon), source,
                                 lexicon)
    reported = document.reports_on if document.kind == "NewsArticle" else None     # an article: its document's place
    locality = document_locality(reported or document, lexicon, source)
    if locality is not None:
        home = _issuer_entry(document, locality, lexicon)
        resolved = _with_and_without_level([_qualified(m, locality, lexicon, document.issuer_label)
                                            if not _is_issuer(m, document, home)
                                            else m for m in resolved], locality)
    else:
        home = None
    resolved = [dataclasses.replace(m, iri=document.issuer, label=document.issuer_label)
                if _is_issuer(m, document, home) and m.iri != document.issuer else m for m in resolved]
    resolved = local_issuers(resolved, document, lexicon)   # a joint document's other local issuers, named bare
    # last, so that no step above names an actor again in the words of a cited document's title
    resolved = sorted(resolved, key=lambda m: (m.span.start, m.span.end))
    resolved = one_place(short_forms(every_locality_short(resolved) if locality is None else resolved))
    resolved = first_word_names(resolved, locality)   # "Bộ Nông nghiệp": the one fuller name it begins
    resolved = with_and_without_country(one_tier(with_initialisms(resolved)),
                                        (document.issuer or "", document.issuer_label or ""))
    resolved = youth_union_committees(fuller_collectives(echoed_level(resolved, source, lexicon), lexicon, low),
                                      document.issuers, lexicon)
    resolved = same_bodies(resolved, lexicon, None if locality is not None else
                           lambda name, place: actor_iri_in_context(name, place, lexicon, document),
                           document.issuer, low)
    resolved = named_heads(resolved, source, lexicon, document.issuer)   # "Đề nghị Sở ...": the one Sở named
    return outside_headings(outside_cited_titles(resolved, low, vocabulary(lexicon)), source.match)


def _is_issuer(m: Mention, document: DocumentInfo, home: str | None = None) -> bool:
    """The mention names the issuer as the header does ("Sở Nông nghiệp và Môi trường" in its own plan, under "UBND
    TỈNH X" / "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), or by another name of the same body of the vocabulary (``home``: "Ban
    Chấp hành Đảng bộ phường" in a document of the "Đảng ủy phường Thuận Giao"): the issuer, not another body."""
    if m.category != "actor" or not (document.issuer and document.issuer_label):
        return False
    if home is not None and m.known and m.iri == home and _singular(m.surface) and not m.office:
        return True
    return not m.known and match_key(m.label) == match_key(document.issuer_label)


def _issuer_entry(document: DocumentInfo, locality: tuple[str, str], lexicon: Lexicon) -> str | None:
    """The vocabulary body the issuer is the locality's instance of ("Đảng ủy phường Thuận Giao": the đảng ủy xã), or
    None: its label without the place, looked up, at the locality's level."""
    suffix = " " + locality[1]
    label = document.issuer_label or ""
    if lexicon is None or not label.endswith(suffix):
        return None
    entry = lexicon.lookup(label[:-len(suffix)])
    if entry is None or entry.generic or not _at_level(entry, locality[0], lexicon):
        return None
    return entry.iri


def _with_and_without_level(mentions: list[Mention], locality: tuple[str, str]) -> list[Mention]:
    """A body the vocabulary does not know, named with the document's level ("Phòng Văn hóa - Xã hội xã", named "...
    xã Tân Phú") and without it ("Phòng Văn hóa - Xã hội"): one body, the locality's."""
    suffix = f" {locality[0]} {locality[1]}"
    labels = {m.label: m for m in mentions if m.category == "actor" and not m.known and not m.generic}
    fuller = {label[:-len(suffix)]: m for label, m in labels.items() if label.endswith(suffix)}
    return [dataclasses.replace(m, iri=fuller[m.label].iri, label=fuller[m.label].label)
            if m.category == "actor" and not m.known and not m.generic and m.label in fuller else m for m in mentions]


def document_locality(document: DocumentInfo, lexicon: Lexicon,
                      source: SourceText | None = None) -> tuple[str, str] | None:
    """(level word, place) of the document's issuer: ("tỉnh", "Lào Cai") for "Ủy ban nhân dân tỉnh Lào Cai"; without
    an issuer that names one, the locality a capitals line of the header names ("TỈNH LÀO CAI").

    >>> document_locality(DocumentInfo(kind="Plan", issuer_label="Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ"), None)
    ('tỉnh', 'Phú Thọ')
    >>> document_locality(DocumentInfo(kind="Directive", issuer_label="Ban Thường vụ Tỉnh ủy Quảng Trị"), None)
    ('tỉnh', 'Quảng Trị')
    >>> document_locality(DocumentInfo(kind="Decree", issuer_label="Chính phủ"), None) is None
    True
    """
    label = document.issuer_label
    if not label and document.issuer and lexicon is not None:
        entry = lexicon.get(document.issuer)
        label = entry.label_vi if entry is not None else None
    label = cues.COUNCIL_TERM.sub("", label or "")   # "Hội đồng nhân dân tỉnh Hà Giang khóa XVII": the place ends
    found = _LOCALITY.search(label)
    if found:
        return found.group(1), found.group(2)
    committee = _COMMITTEE_PLACE.search(label)
    if committee:
        return _COMMITTEE_LEVEL[committee.group(1).lower()], committee.group(2)
    return header_locality(source, lexicon) if source is not None else None


def actor_iri_in_context(name: str, locality: tuple[str, str] | None, lexicon: Lexicon,
                         document: DocumentInfo | None = None) -> str | None:
    """The IRI a name as written gets in a document of ``locality`` (for gold files and queries that name actors);
    an office names the body it heads, or the ``document``'s issuer, or nothing (None).

    >>> from policykg.ontology import load_lexicon
    >>> actor_iri_in_context("Sở Tư pháp", ("tỉnh", "Sơn La"), load_lexicon()).rsplit("/", 1)[1]
    'so-tu-phap-tinh-son-la'
    >>> actor_iri_in_context("UBND tỉnh", ("tỉnh", "Sơn La"), load_lexicon()).rsplit("/", 1)[1]
    'uy-ban-nhan-dan-tinh-son-la'
    >>> actor_iri_in_context("UBND tỉnh", None, load_lexicon()).rsplit("/", 1)[1]
    'uy-ban-nhan-dan-cap-tinh'
    >>> actor_iri_in_context("Giám đốc Công an tỉnh", ("tỉnh", "Sơn La"), load_lexicon()).rsplit("/", 1)[1]
    'cong-an-tinh-son-la'
    >>> ministry = DocumentInfo(kind="Circular", issuer=mint_actor_iri("Bộ Quốc phòng"))
    >>> actor_iri_in_context("Bộ trưởng", None, load_lexicon(), ministry).rsplit("/", 1)[1]
    'bo-quoc-phong'
    >>> actor_iri_in_context("Bộ trưởng", None, load_lexicon()) is None
    True
    """
    entry = lexicon.lookup(name) if lexicon is not None else None
    if entry is None and lexicon is not None:
        before, _, heads = _office_patterns(lexicon)
        low = name.lower()
        for k in range(len(low), 0, -1):   # the longest run of office words at the start of the name
            if low[k - 1].isspace() and before.search(low, 0, k) and before.search(low, 0, k).start() == 0:
                return actor_iri_in_context(name[k:].strip(), locality, lexicon, document)
        title = match_key(name)
        if title in heads or any(title == h for h, kind in lexicon.head_nouns() if kind == "Office"):
            return _bare_issuer(title, document, lexicon, heads)
    mention = read_as_name(name, lexicon) if entry is None else None
    if mention is not None:   # "Ủy ban MTTQ tỉnh": the name the builder reads in it
        return _qualified(mention, locality, lexicon, document.issuer_label if document is not None else None).iri \
            if locality is not None else mention.iri
    if locality is not None and entry is not None and entry.level == "LevelAll" and not entry.generic \
            and _singular(name) and (mine := _of_issuer(_expanded(name, lexicon), locality,
                                                        document.issuer_label if document is not None else None)):
        return mint_actor_iri(mine)   # "Thường trực Hội đồng nhân dân" in the council's own resolution: its own
    if locality is not None and (entry is None or (not entry.generic and _singular(name)
                                                   and _at_level(entry, locality[0], lexicon))):
        written = _expanded(name, lexicon) if entry is not None else name
        qualified = _with_place(written, locality[0], locality[1], lexicon)
        if qualified is not None:
            return mint_actor_iri(qualified)
    return entry.iri if entry is not None else mint_actor_iri(name)


def _bare_issuer(title: str, document: DocumentInfo | None, lexicon: Lexicon, heads: dict) -> str | None:
    if document is None or not document.issuer:
        return None
    entry = lexicon.get(document.issuer)
    kind = document.issuer_kind or (entry.kind if entry is not None else None)
    label = entry.label_vi if entry is not None else document.issuer_label
    return document.issuer if kind and label and _heads(title, kind, label, heads) else None


# ------------------------------------------------------------------------------------------------ offices


@functools.lru_cache(maxsize=4)
def _office_patterns(lexicon: Lexicon) -> tuple[re.Pattern, re.Pattern, dict[str, tuple[str, ...]]]:
    """A regex of office words (one or a list, "Giám đốc, Thủ trưởng các") ending where a body's name starts, one
    of an office written as a title before a verb ("Bộ trưởng quy định"), and the kinds of body each office heads."""
    heads = dict(lexicon.office_titles())
    titles = {h for h, kind in lexicon.head_nouns() if kind == "Office"} | set(heads)
    title = "(?:" + "|".join(form_pattern(t) for t in sorted(titles, key=lambda t: (-len(t), t))) + ")"
    one = rf"(?:(?:phó|q\.|quyền)\s+)?{title}(?:\s+{title})?"   # also "Phó Chủ tịch Thường trực", "Phó Bí thư Thường trực"
    before = re.compile(rf"(?<![\w.])({one}(?:\s*(?:,|và|hoặc)\s*{one})*)\s+(?:(?:các|của)\s+)?$")
    # written as a title ("Bộ trưởng"), followed by a lower-case word that is not the start of a body's name
    capital = first_character_first([t[:1].upper() + t[1:] for t in sorted(titles, key=lambda t: (-len(t), t))], r"[\w.]")
    # ... or standing ("Phó Chủ tịch Thường trực, phụ trách ...")
    nouns = "|".join(cues.BODY_NOUNS_AFTER_OFFICE)   # "Thủ trưởng | cơ quan": the head of a body the text leaves open
    bare = re.compile(rf"({capital})(?=[ \t]+(?!các\b|của\b|những\b|(?:{nouns})\b)"   # (no "\w" or "." before it)
                      rf"[a-zđàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]"
                      rf"|[ \t]+[Tt]hường trực(?:[ \t]*[,;.:(]|[ \t]*$))", re.M)
    return before, bare, heads


class _Offices:
    """Office words in front of a body join its mention; a bare office becomes the issuer or nothing; an office
    recognised as a name of its own ("Phó Chủ tịch Thường trực") is no actor unless it is one in its own right."""

    def __init__(self, source: SourceText, low: str, document: DocumentInfo, lexicon: Lexicon):
        self.text, self.match, self.low = source.text, source.match, low
        self.document, self.lexicon = document, lexicon
        self.before, self.bare, self.heads = _office_patterns(lexicon)
        self.issuer_kind = document.issuer_kind
        self.issuer_entry = lexicon.get(document.issuer) if document.issuer and lexicon is not None else None
        if self.issuer_entry is not None and not self.issuer_kind:
            self.issuer_kind = self.issuer_entry.kind

    def resolve(self, mentions: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        floor = 0
        for m in sorted(mentions, key=lambda m: (m.span.start, m.span.end)):
            if m.category != "actor":
                out.append(m)
            elif m.kind != "Office" or self._in_own_right(m):
                out.append(self._with_office(m, max(floor, m.span.start - 80)))
            elif (body := self._body_of_head(m)) is not None:
                out.append(body)   # "Trưởng Công an xã": the head of the Công an xã
            floor = max(floor, m.span.end)
        # (an office written before its body's name is that body's: "Người đứng đầu | cơ quan chuyên môn ...")
        out.extend(self._bare_offices(SpanReach(Span(m.span.start - len(m.office or ""), m.span.end) for m in out)))
        out.extend(self._bare_heads(SpanReach(m.span for m in out)))
        return out

    def _bare_heads(self, taken: SpanReach) -> list[Mention]:
        """The issuer named by its head noun alone ("báo cáo về Sở", "Đảng ủy lãnh đạo ...", "Lãnh đạo Bộ" in a
        document of a Sở, a Đảng ủy, a Bộ): a capitalised head noun that begins the issuer's name, followed by no
        name, office title, document kind or verb."""
        issuer, label = self.document.issuer, self.document.issuer_label
        if self.issuer_entry is not None:
            label = self.issuer_entry.label_vi
        if not issuer or not label or self.lexicon is None:
            return []
        vocab = vocabulary(self.lexicon)
        key = match_key(label)
        heads = [h for h, _ in self.lexicon.head_nouns() if key.startswith(h + " ") and " " not in key[len(h) + 1:][:0]]
        if not heads:
            return []
        head = max(heads, key=len)
        found = []
        for m in re.finditer(rf"(?<![\w.]){form_pattern(head)}(?=[ \t]*[,.;:)]|[ \t]+[^\W\d_])", self.low):
            s, e = m.start(), m.end()
            if not self.match[s].isupper() or taken.overlaps(Span(s, e)) or caps_context(self.match, s, e) \
                    or re.match(r"\s+khác(?!\w)", self.low[e:e + 8]):
                continue   # "các Ủy ban khác": the other bodies of the issuer's kind, not the issuer
            words = self.low[s:s + 60].split()
            nxt = " ".join(words[:len(head.split()) + 1]).strip(",.;:)")
            if nxt != head and (nxt in vocab.office_words or nxt in vocab.document_kind_of or starts_verb(self.low, s, 2)
                                or self.match[e:].lstrip()[:1].isupper()):
                continue   # "Bộ trưởng", "Bộ luật", "Ban hành", "Sở Y tế"
            entry = self.issuer_entry
            found.append(Mention(span=Span(s, e), surface=self.text[s:e], category="actor", iri=issuer, label=label,
                                 kind=self.issuer_kind or "Organization", known=entry is not None,
                                 label_en=entry.label_en if entry is not None else None))
        return found

    def _body_of_head(self, m: Mention) -> Mention | None:
        """An office read as one name with its body ("Trưởng Công an xã"): the body's mention, the office kept."""
        head = cues.HEAD_OF_BODY.match(m.surface)
        body = read_as_name(m.surface[head.end():], self.lexicon) if head is not None else None
        if body is None or body.kind in ("Office", "PeopleGroup"):
            return None
        start = m.span.start + head.end()
        return dataclasses.replace(body, span=Span(start + body.span.start, start + body.span.end),
                                   surface=self.text[start + body.span.start:start + body.span.end],
                                   office=self.text[m.span.start:start])

    def _in_own_right(self, m: Mention) -> bool:
        entry = self.lexicon.get(m.iri) if self.lexicon is not None else None
        return entry is not None and entry.in_own_right

    def _with_office(self, m: Mention, floor: int) -> Mention:
        """The mention extended back over the office words right in front of it ("Giám đốc | Công an tỉnh")."""
        found = self.before.search(self.low, floor, m.span.start)
        if found is None:
            return m
        return dataclasses.replace(m, office=self.text[found.start():m.span.start])

    def _bare_offices(self, taken: SpanReach) -> list[Mention]:
        """Offices named without their body ("Bộ trưởng quy định ..."): the issuer, when the office heads it."""
        issuer, kind = self.document.issuer, self.issuer_kind
        label = self.issuer_entry.label_vi if self.issuer_entry is not None else self.document.issuer_label
        if not issuer or not kind or not label:
            return []
        found = []
        for m in self.bare.finditer(self.match):
            span = Span(m.start(1), m.end(1))
            title = match_key(m.group(1))
            if taken.overlaps(span) or not _heads(title, kind, label, self.heads):
                continue
            iri, name, entry = issuer, label, self.issuer_entry
            parent = self.document.parents.get(issuer)
            if parent is not None and parent.iri and _board_and_its_body(title, label, parent, self.heads):
                iri, name = parent.iri, parent.label or label   # "Phó Chủ tịch" of a Ban Thường trực: of the Ủy ban
                entry = self.lexicon.get(parent.iri) if self.lexicon is not None else None
            found.append(Mention(span=span, surface=self.text[span.start:span.end], category="actor", iri=iri,
                                 label=name, kind=kind, known=entry is not None,
                                 label_en=entry.label_en if entry is not None else None,
                                 office=self.text[span.start:span.end]))
        return found


def _board_and_its_body(title: str, issuer_label: str, parent, heads: dict[str, tuple[str, ...]]) -> bool:
    """The issuer is a board of the body above it ("Ban Thường trực" of an "Ủy ban Mặt trận ...") and the office is
    not a board's ("Trưởng ban") but the body's ("Chủ tịch", "Phó Chủ tịch"): the office is the body's."""
    return (match_key(issuer_label).startswith("ban ") and not title.endswith("trưởng ban")
            and bool(parent.kind and parent.label) and _heads(title, parent.kind, parent.label, heads))


# the offices that head a body whatever its name; the others name it ("Bộ trưởng" a "Bộ", "Cục trưởng" a "Cục")
_HEADS_ANY_NAME = frozenset(("chủ tịch", "phó chủ tịch", "thủ trưởng", "người đứng đầu", "giám đốc", "phó giám đốc",
                             "bí thư", "phó bí thư", "trưởng ban", "phó trưởng ban"))


def _heads(title: str, kind: str, issuer_label: str, heads: dict[str, tuple[str, ...]]) -> bool:
    """Whether an office title heads the issuing body: the body is of a kind the office heads, and the office is
    one that heads any such body or shares its head word ("Bộ trưởng" / "Bộ Quốc phòng", not "Chính phủ")."""
    if kind not in heads.get(title, ()):
        return False
    if title in _HEADS_ANY_NAME:
        return True
    issuer_words = set(match_key(issuer_label).split())
    return any(word in issuer_words for word in title.split() if word not in ("phó", "tổng", "trưởng"))


# ------------------------------------------------------------------------------------------------ locality


def _qualified(m: Mention, locality: tuple[str, str], lexicon: Lexicon, issuer_label: str | None = None) -> Mention:
    """A body of the locality's level named without its place, named with it ("Công an tỉnh" -> "... tỉnh Lào Cai");
    a unit of the issuer named with the issuer's name without its place, the issuer's ("Thường trực Hội đồng nhân dân"
    in a resolution of the "Hội đồng nhân dân tỉnh Lào Cai")."""
    if m.category != "actor" or m.kind in ("Office", "PeopleGroup"):
        return m
    level, place = locality
    entry = lexicon.get(m.iri) if lexicon is not None else None
    if entry is not None:
        if entry.generic or not _singular(m.surface):
            return m
        name = _expanded(m.surface, lexicon)
        if not _at_level(entry, level, lexicon):   # a body at every level: the issuer's own, or none of the locality
            qualified = _of_issuer(name, locality, issuer_label) if entry.level == "LevelAll" else None
            return m if qualified is None else dataclasses.replace(
                m, iri=mint_actor_iri(qualified), label=qualified, known=False, label_en=None)
    else:
        name = m.label
    qualified = _with_place(name, level, place, lexicon) or _of_issuer(name, locality, issuer_label)
    if qualified is None:
        return m
    return dataclasses.replace(m, iri=mint_actor_iri(qualified), label=qualified, known=False, label_en=None)


def _of_issuer(name: str, locality: tuple[str, str], issuer_label: str | None) -> str | None:
    """``name`` ends with the issuer's name without its level and place ("Thường trực | Hội đồng nhân dân" under the
    "Hội đồng nhân dân tỉnh Hà Giang"): the issuer's unit, named with them; else None."""
    suffix = f" {locality[0]} {locality[1]}"
    if not issuer_label or not issuer_label.endswith(suffix) or locality[1].lower() in name.lower():
        return None
    body = match_key(issuer_label[:-len(suffix)])
    return f"{name}{suffix}" if len(body.split()) > 1 and match_key(name).endswith(" " + body) else None


def _at_level(entry, level_word: str, lexicon: Lexicon) -> bool:
    """The vocabulary entry is a body of the locality's level ("Ủy ban nhân dân cấp tỉnh" for "tỉnh")."""
    level = lexicon.level(level_word) if lexicon is not None else None
    return level is not None and entry.level is not None and level.iri.endswith("#" + entry.level)


def _singular(surface: str) -> bool:
    """One body, not a list or a class of them ("UBND tỉnh", not "UBND các tỉnh, thành phố")."""
    low = surface.lower()
    return "," not in low and not re.search(r"(?<!\w)(?:các|cấp|những)(?!\w)", low)


def _expanded(surface: str, lexicon: Lexicon) -> str:
    """A vocabulary name as written, abbreviations expanded and the first letter capitalised ("UBND tỉnh")."""
    expansions = vocabulary(lexicon).expansions if lexicon is not None else {}
    words = [expansions.get(w.upper(), w) if w.isupper() and len(w) > 1 else w for w in surface.split()]
    name = " ".join(words)
    return name[:1].upper() + name[1:]


def _with_place(name: str, level: str, place: str, lexicon: Lexicon) -> str | None:
    """``name`` with ``place`` after its level word, or after a provincial department's name; None when the name
    already has a place or names another level."""
    words = name.split()
    if place.lower() in name.lower():
        return None
    level_words = level.split()
    for i in range(len(words) - 1, -1, -1):
        word = words[i].lower()
        if i + 1 < len(words) and words[i + 1].lower() in ("ủy", "uỷ", "đoàn"):
            if _COMMITTEE_LEVEL.get(word) != level:
                continue   # "Tỉnh ủy": the committee of the level, named "Tỉnh ủy Lào Cai"
            after = words[i + 2:]
            if after and after[0][:1].isupper():
                return None
            return " ".join(words[:i + 2] + [place] + after)
        if word == "xã" and words[i + 1:i + 2] and words[i + 1].lower() == "hội":
            continue   # "Phòng Văn hóa - Xã hội": society, not the commune
        if word == level_words[0] and [w.lower() for w in words[i:i + len(level_words)]] == level_words:
            after = words[i + len(level_words):]
            if after and after[0][:1].isupper():
                return None
            cut = i + len(level_words)
            return " ".join(words[:cut] + [place] + words[cut:])
    heads = {h for h, _ in _level_heads(lexicon, level)}
    if any(match_key(name).startswith(h + " ") for h in heads):
        return f"{name} {level} {place}"
    return None


def _level_heads(lexicon: Lexicon, level: str) -> list[tuple[str, str]]:
    """Head nouns of bodies that exist only at this level ("Sở" at the provincial level)."""
    out = []
    for entry in getattr(lexicon, "levels", ()):
        if level in (match_key(a) for a in entry.aliases):
            out.extend((match_key(h), entry.iri) for h in getattr(entry, "head_nouns", ()))
    return out

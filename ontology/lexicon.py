"""The read-only view of the vocabulary the builder recognises text with.

Parsed once (cached) from ``core.ttl`` (document kinds, actor kinds with their head
nouns, administrative levels) and ``actors.ttl`` (the actor vocabulary). Nothing
else in policykg parses those files for recognition data; everything asks this view.

All lookups go through ``policykg.core.textnorm.match_key``, so case, old/new tone
placement ("uỷ"/"ủy"), look-alike letters ("Ð"/"Đ") and odd spaces do not matter.

>>> lex = load_lexicon()
>>> lex.lookup("MTTQ").iri
'https://w3id.org/policykg/actor/mat-tran-to-quoc-viet-nam'
>>> lex.lookup("các cấp uỷ Đảng").label_vi
'cấp ủy đảng'
>>> lex.lookup("Ban Bí thư T.Ư Đảng").kind
'PartyOrgan'
>>> lex.kind_labels("Directive")
('Chỉ thị', 'Directive')
>>> [k.kind for k in lex.document_kinds if "CT" in k.codes]
['Directive']
>>> [d.label_vi for d in lex.named_documents if "Luật BVMT" in d.alt_labels]
['Luật Bảo vệ môi trường']
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Protocol

from policykg.core.iris import PKG, PREFIXES
from policykg.core.textnorm import match_key
from policykg.ontology.files import ACTORS_FILE, CORE_FILE, DOCUMENTS_FILE
from policykg.ontology.triples import Triples as _Triples, by_length as _by_length, local_name as _local
from policykg.ontology.triples import parse_turtle as _parse
from policykg.ontology.unitranks import UnitRanks, read_unit_ranks


_RDF_TYPE = PREFIXES["rdf"] + "type"
_RDFS_LABEL = PREFIXES["rdfs"] + "label"
_SUBCLASS = PREFIXES["rdfs"] + "subClassOf"
_PREF = PREFIXES["skos"] + "prefLabel"
_ALT = PREFIXES["skos"] + "altLabel"
_DEFINITION = PREFIXES["skos"] + "definition"

# Function words around names that are not part of them (docs/GENRE.md, "Names of actors").
_LEADING_FUNCTION_WORDS = ("toàn thể ", "các ", "những ", "cả ")
_TRAILING_FUNCTION_WORDS = (" có liên quan", " liên quan", " các cấp")


@dataclass(frozen=True)
class LexiconEntry:
    """An actor of the vocabulary.

    ``kind`` is the local name of its pkg: class (e.g. ``"PartyOrgan"``); ``parents``
    are the IRIs it is ``pkg:partOf`` / ``pkg:memberOf`` (sorted); ``level`` the local
    name of its ``pkg:atLevel`` level individual, if the vocabulary gives one.
    """

    iri: str
    label_vi: str
    label_en: str | None
    alt_labels: tuple[str, ...]
    kind: str
    parents: tuple[str, ...] = ()
    level: str | None = None
    short_name: str | None = None         # pkg:shortName: "Đảng", "Mặt trận Tổ quốc"
    issues_through_organs: bool = False   # pkg:issuesThroughOrgans: its name heads its organs' documents
    generic: bool = False                 # pkg:genericActor (or a people group): an actor only where given a duty
    in_own_right: bool = False            # pkg:officeInOwnRight: an office that holds duties itself
    local_name: str | None = None         # pkg:localName: the name of its body at a level ("Ủy ban Mặt trận Tổ quốc Việt Nam")
    number_codes: tuple[str, ...] = ()    # pkg:numberCode: its code inside document numbers ("BYT", "TTg")
    short_form_in: str | None = None      # pkg:shortFormIn: the fuller collective it is a short form of, in its document


@dataclass(frozen=True)
class LevelEntry:
    """An administrative level individual (``pkg:LevelCentral`` ...) with its surface forms."""

    iri: str
    label_vi: str
    label_en: str
    aliases: tuple[str, ...]
    head_nouns: tuple[str, ...] = ()   # pkg:levelHeadNoun: heads of bodies only this level has ("Sở")
    city_names: tuple[str, ...] = ()   # pkg:levelCityName: its places written after "thành phố" ("Hải Phòng")


@dataclass(frozen=True)
class DocumentKindEntry:
    """A kind of policy document: class local name, labels, names as written ("chỉ thị") and number codes ("CT")."""

    kind: str
    label_vi: str
    label_en: str
    names: tuple[str, ...]
    codes: tuple[str, ...]


@dataclass(frozen=True)
class NamedDocumentEntry:
    """A document texts cite by name (a law, a code): IRI, kind, full name, short names and abbreviations, and its
    number when it has had one only (``documents.ttl``)."""

    iri: str
    kind: str
    label_vi: str
    alt_labels: tuple[str, ...]
    identifier: str | None = None


class Lexicon(Protocol):
    """What the builder asks of a vocabulary (:class:`OntologyLexicon` is the ontology's; tests may bring a smaller
    stand-in). Every lookup compares by ``match_key``."""

    entries: tuple[LexiconEntry, ...]
    levels: tuple[LevelEntry, ...]
    document_kinds: tuple[DocumentKindEntry, ...]
    named_documents: tuple[NamedDocumentEntry, ...]

    def get(self, iri: str) -> LexiconEntry | None: ...
    def lookup(self, surface: str) -> LexiconEntry | None: ...
    def by_number_code(self, code: str) -> LexiconEntry | None: ...
    def surface_forms(self) -> list[tuple[str, LexiconEntry]]: ...
    def head_nouns(self) -> list[tuple[str, str]]: ...
    def head_noun_forms(self) -> list[str]: ...
    def office_titles(self) -> list[tuple[str, tuple[str, ...]]]: ...
    def proper_names(self) -> list[str]: ...
    def post_names(self) -> list[str]: ...
    def kind_labels(self, kind: str) -> tuple[str, str]: ...
    def is_subclass(self, kind: str, ancestor: str) -> bool: ...
    def level(self, surface: str) -> LevelEntry | None: ...
    def unit_rank(self, name: str) -> int | None: ...


class OntologyLexicon:
    """Read-only view of the actor vocabulary, levels, document kinds and classes. Build it with ``load_lexicon()``."""

    def __init__(
        self,
        entries: tuple[LexiconEntry, ...],
        levels: tuple[LevelEntry, ...],
        document_kinds: tuple[DocumentKindEntry, ...],
        class_labels: dict[str, tuple[str, str]],
        class_parents: dict[str, tuple[str, ...]],
        head_nouns: tuple[tuple[str, str], ...],
        named_documents: tuple[NamedDocumentEntry, ...] = (),
        post_names: tuple[str, ...] = (),
        head_offices: tuple[tuple[str, tuple[str, ...]], ...] = (),
        head_forms: tuple[str, ...] = (),
        unit_ranks: UnitRanks = UnitRanks(),
    ):
        self.entries = entries
        self._unit_ranks = unit_ranks
        self._head_forms = head_forms
        self.named_documents = named_documents
        self._post_names = post_names
        self.levels = levels
        self.document_kinds = document_kinds
        self._class_labels = class_labels
        self._class_parents = class_parents
        self._head_nouns = head_nouns
        self._head_offices = head_offices
        self._by_iri = {e.iri: e for e in entries}
        by_key: dict[str, LexiconEntry] = {}
        for entry in entries:  # entries are sorted by IRI, so a (tested-against) clash resolves the same way every run
            for form in (entry.label_vi, *entry.alt_labels):
                by_key.setdefault(match_key(form), entry)
        self._by_key = by_key
        self._by_code = {code.upper(): e for e in entries for code in e.number_codes}
        self._surface_forms = sorted(by_key.items(), key=lambda kv: (-len(kv[0]), kv[0]))

    def get(self, iri: str) -> LexiconEntry | None:
        """The vocabulary actor with this IRI, or None.

        >>> load_lexicon().get("https://w3id.org/policykg/actor/ban-bi-thu").label_en
        'Secretariat of the Party Central Committee'
        >>> load_lexicon().get("https://example.org/nobody") is None
        True
        """
        return self._by_iri.get(iri)

    def lookup(self, surface: str) -> LexiconEntry | None:
        """The actor a written name denotes, or None.

        Compares by ``match_key`` (case, tone placement, look-alikes folded). When the exact
        form is unknown, leading function words ("các", "những", "cả", "toàn thể") and
        trailing ones ("các cấp", "có liên quan", "liên quan") are dropped and it tries again.

        >>> load_lexicon().lookup("UBND").iri
        'https://w3id.org/policykg/actor/uy-ban-nhan-dan-cac-cap'
        >>> load_lexicon().lookup("những Bộ Công an có liên quan").label_vi
        'Bộ Công an'
        >>> load_lexicon().lookup("Bộ Không Có") is None
        True
        """
        key = match_key(surface)
        found = self._by_key.get(key)
        if found is not None or not key:
            return found
        stripped = key
        changed = True
        while changed:
            changed = False
            for word in _LEADING_FUNCTION_WORDS:
                if stripped.startswith(word):
                    stripped, changed = stripped[len(word):], True
            for word in _TRAILING_FUNCTION_WORDS:
                if stripped.endswith(word):
                    stripped, changed = stripped[: -len(word)], True
            found = self._by_key.get(stripped)
            if found is not None:
                return found
        return None

    def by_number_code(self, code: str) -> LexiconEntry | None:
        """The body whose code a document number carries ("BYT" in "12/2019/TTLT-BYT-BCA"), or None.

        >>> load_lexicon().by_number_code("BYT").label_vi, load_lexicon().by_number_code("TTg").label_vi
        ('Bộ Y tế', 'Thủ tướng Chính phủ')
        """
        return self._by_code.get(code.upper())

    def surface_forms(self) -> list[tuple[str, LexiconEntry]]:
        """Every (match_key form, entry) of the vocabulary, longest form first (ties: alphabetical).

        >>> forms = load_lexicon().surface_forms()
        >>> len(forms[0][0]) >= len(forms[-1][0])
        True
        >>> ("mttq", load_lexicon().lookup("MTTQ")) in forms
        True
        """
        return list(self._surface_forms)

    def head_nouns(self) -> list[tuple[str, str]]:
        """Every (match_key head noun, kind local name), longest first, for recognising unknown organisations.

        >>> dict(load_lexicon().head_nouns())["ủy ban nhân dân"]
        'Authority'
        >>> dict(load_lexicon().head_nouns())["sở"]
        'StateBody'
        """
        return list(self._head_nouns)

    def head_noun_forms(self) -> list[str]:
        """Every head noun as the ontology writes it ("Ban Chỉ đạo", "Kho bạc"), sorted: the case of a name read from
        capitals."""
        return list(self._head_forms)

    def office_titles(self) -> list[tuple[str, tuple[str, ...]]]:
        """Every (match_key office title, kinds of the bodies it heads), longest first: the words of an office
        that acts for its body ("Bộ trưởng" heads a State body; ``pkg:headOffice`` in core.ttl).

        >>> dict(load_lexicon().office_titles())["bộ trưởng"]
        ('StateBody',)
        >>> "Authority" in dict(load_lexicon().office_titles())["chủ tịch"]
        True
        """
        return list(self._head_offices)

    def post_names(self) -> list[str]:
        """Names of posts as signature blocks write them, longest first: the head nouns of ``pkg:Office`` and the
        ``pkg:postName`` values of ``pkg:Post``, as the ontology writes them.

        >>> names = load_lexicon().post_names()
        >>> "Phó Chủ tịch" in names and "Chánh Văn phòng" in names and "Thứ trưởng" in names
        True
        """
        return list(self._post_names)

    def proper_names(self) -> list[str]:
        """Names always written with capitals, longest first: every actor's Vietnamese label that starts with a
        capital, and every short name ("Đảng", "Mặt trận Tổ quốc").

        >>> names = load_lexicon().proper_names()
        >>> "Đảng" in names and "Chính phủ" in names and "cấp ủy đảng" not in names
        True
        """
        names = {e.label_vi for e in self.entries if e.label_vi[:1].isupper()}
        names.update(e.short_name for e in self.entries if e.short_name)
        return sorted(names, key=lambda n: (-len(n), n))

    def classes(self) -> list[str]:
        """The local names of the ontology's classes, each after all its subclasses (siblings by name).

        >>> order = load_lexicon().classes()
        >>> order.index("JointCircular") < order.index("Circular") < order.index("PolicyDocument") < order.index("Document")
        True
        """
        children: dict[str, list[str]] = {}
        for kind, parents in self._class_parents.items():
            for parent in parents:
                children.setdefault(parent, []).append(kind)
        order: list[str] = []

        def visit(kind: str) -> None:
            for child in sorted(children.get(kind, ())):
                visit(child)
            if kind not in order:
                order.append(kind)

        for root in sorted(k for k, parents in self._class_parents.items() if not parents):
            visit(root)
        return order

    def root_class(self, kind: str) -> str | None:
        """The top class above ``kind`` ('Actor', 'Document', 'Statement', 'Initiative', ...); None if unknown.

        >>> load_lexicon().root_class("ArmedForce"), load_lexicon().root_class("Decree")
        ('Actor', 'Document')
        """
        if kind not in self._class_parents:
            return None
        while self._class_parents.get(kind):
            kind = self._class_parents[kind][0]
        return kind

    def kind_labels(self, kind: str) -> tuple[str, str]:
        """The (vi, en) ``rdfs:label`` of a pkg: class by local name; raises KeyError for an unknown class.

        >>> load_lexicon().kind_labels("PartyOrgan")
        ('Cơ quan của Đảng', 'Party organ')
        """
        try:
            return self._class_labels[kind]
        except KeyError:
            raise KeyError(f"no class pkg:{kind} in the ontology") from None

    def is_subclass(self, kind: str, ancestor: str) -> bool:
        """True when pkg:``kind`` is pkg:``ancestor`` or a (transitive) subclass of it.

        >>> load_lexicon().is_subclass("Directive", "PolicyDocument")
        True
        >>> load_lexicon().is_subclass("NewsArticle", "PolicyDocument")
        False
        """
        seen: set[str] = set()
        todo = [kind]
        while todo:
            current = todo.pop()
            if current == ancestor:
                return True
            if current not in seen:
                seen.add(current)
                todo.extend(self._class_parents.get(current, ()))
        return False

    def unit_rank(self, name: str) -> int | None:
        """The rank of the head noun a body's name opens with (``pkg:unitRank``: lower is higher up), or None.

        >>> [load_lexicon().unit_rank(n) for n in ("Bộ Y tế", "Cục Quản lý Dược", "Hội Nông dân tỉnh")]
        [0, 2, None]
        """
        return self._unit_ranks.of(name)

    def level(self, surface: str) -> LevelEntry | None:
        """The administrative level a written form denotes ("tỉnh", "T.Ư", "các cấp"), or None.

        >>> load_lexicon().level("T.Ư").iri
        'https://w3id.org/policykg/ontology#LevelCentral'
        """
        key = match_key(surface)
        for entry in self.levels:
            if key in (match_key(a) for a in entry.aliases):
                return entry
        return None


def _actor_entries(g: _Triples, actor_kinds: set[str], stub: "OntologyLexicon") -> tuple[LexiconEntry, ...]:
    """Every actor of the vocabulary (a subject typed with an actor kind and labelled in Vietnamese)."""
    entries = []
    for s in g.subjects:
        kinds = g.kinds(s, actor_kinds)
        if not kinds or g.label(s, _PREF, "vi") is None:
            continue
        level = sorted(_local(x) for x in g.links.get((s, PKG + "atLevel"), ()))
        entries.append(LexiconEntry(
            iri=s,
            label_vi=g.label(s, _PREF, "vi"),
            label_en=g.label(s, _PREF, "en"),
            alt_labels=g.alt_labels(s),
            kind=kinds[0],
            parents=tuple(sorted(set(g.links.get((s, PKG + "partOf"), [])) | set(g.links.get((s, PKG + "memberOf"), [])))),
            level=level[0] if level else None,
            short_name=g.label(s, PKG + "shortName", "vi"),
            issues_through_organs=g.flag(s, "issuesThroughOrgans"),
            number_codes=g.texts(s, PKG + "numberCode"),
            generic=g.flag(s, "genericActor") or stub.is_subclass(kinds[0], "PeopleGroup"),
            in_own_right=g.flag(s, "officeInOwnRight"),
            local_name=g.label(s, PKG + "localName", "vi"),
            short_form_in=min(g.links.get((s, PKG + "shortFormIn"), ()), default=None),
        ))
    return tuple(entries)


def _head_tables(tr: _Triples, classes: list[str]) -> tuple[tuple, tuple]:
    """(head noun -> kind, office title -> kinds of the bodies it heads), both longest first."""
    heads: dict[str, str] = {}
    head_offices: dict[str, set[str]] = {}
    for c in classes:
        for noun in tr.texts(c, PKG + "headNoun"):
            heads.setdefault(match_key(noun), _local(c))
        for title in tr.texts(c, PKG + "headOffice"):
            head_offices.setdefault(match_key(title), set()).add(_local(c))
    offices = tuple(sorted(((title, tuple(sorted(kinds))) for title, kinds in head_offices.items()),
                           key=lambda kv: (-len(kv[0]), kv[0])))
    return _by_length(heads), offices


def _named_documents(g: _Triples, document_kinds: set[str]) -> tuple[NamedDocumentEntry, ...]:
    found = []
    for s in g.subjects:
        kinds = g.kinds(s, document_kinds)
        if kinds and g.label(s, _PREF, "vi") is not None:
            numbers = g.texts(s, PREFIXES["dcterms"] + "identifier")
            found.append(NamedDocumentEntry(iri=s, kind=kinds[0], label_vi=g.label(s, _PREF, "vi"),
                                            alt_labels=g.alt_labels(s), identifier=numbers[0] if numbers else None))
    return tuple(found)


@functools.cache
def load_lexicon() -> OntologyLexicon:
    """Parse core.ttl, actors.ttl and documents.ttl once and return the shared, read-only ``Lexicon``.

    Raises ``InputError`` when an ontology file is missing or is not valid Turtle.

    >>> load_lexicon() is load_lexicon()
    True
    """
    g = _Triples(_parse(CORE_FILE) + _parse(ACTORS_FILE) + _parse(DOCUMENTS_FILE))
    classes = sorted(s for s in g.subjects if PREFIXES["owl"] + "Class" in g.links.get((s, _RDF_TYPE), ()) and _local(s))
    class_parents = {
        _local(c): tuple(sorted(p for p in (_local(x) for x in g.links.get((c, _SUBCLASS), ())) if p)) for c in classes
    }
    class_labels = {
        _local(c): (g.label(c, _RDFS_LABEL, "vi") or _local(c), g.label(c, _RDFS_LABEL, "en") or _local(c))
        for c in classes
    }
    lexicon_stub = OntologyLexicon((), (), (), class_labels, class_parents, ())
    actor_kinds = {k for k in class_parents if lexicon_stub.is_subclass(k, "Actor")}

    levels = tuple(
        LevelEntry(iri=s, label_vi=g.label(s, _PREF, "vi") or "", label_en=g.label(s, _PREF, "en") or "",
                   aliases=g.texts(s, PKG + "levelAlias"), head_nouns=g.texts(s, PKG + "levelHeadNoun"),
                   city_names=g.texts(s, PKG + "levelCityName"))
        for s in g.subjects if PKG + "AdministrativeLevel" in g.links.get((s, _RDF_TYPE), ())
    )
    document_kinds = tuple(
        DocumentKindEntry(kind=_local(c), label_vi=class_labels[_local(c)][0], label_en=class_labels[_local(c)][1],
                          names=g.texts(c, PKG + "kindName"), codes=g.texts(c, PKG + "numberCode"))
        for c in classes if (c, PKG + "kindName") in g.literals or (c, PKG + "numberCode") in g.literals
    )
    heads, offices = _head_tables(g, classes)
    posts = set(g.texts(PKG + "Office", PKG + "headNoun")) | set(g.texts(PKG + "Post", PKG + "postName"))
    return OntologyLexicon(_actor_entries(g, actor_kinds, lexicon_stub), levels, document_kinds, class_labels,
                           class_parents, heads, _named_documents(g, {k.kind for k in document_kinds}),
                           tuple(sorted(posts, key=lambda n: (-len(n), n))), offices,
                           tuple(sorted({n for c in classes for n in g.texts(c, PKG + "headNoun")})), read_unit_ranks(g))

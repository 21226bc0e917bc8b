"""Namespaces and the one IRI minter.

Every IRI policykg writes is minted here, from a slug of the normalised name, so
the same actor, document or initiative gets the same IRI in every document and
every run, and no IRI can carry a character that breaks Turtle or SPARQL.

>>> slugify("Mặt trận Tổ quốc Việt Nam")
'mat-tran-to-quoc-viet-nam'
>>> slugify("Các cấp uỷ Ðảng") == slugify("các cấp ủy Đảng")
True
>>> mint_actor_iri("Mặt trận Tổ quốc Việt Nam")
'https://w3id.org/policykg/actor/mat-tran-to-quoc-viet-nam'
>>> mint_document_iri("06/2014/NĐ- CP")
'https://w3id.org/policykg/id/doc/06-2014-nd-cp'
>>> mint_document_iri("09-CT/TW") == mint_document_iri("09-CT/T.Ư")
True
>>> slugify('x" } ; DROP ALL ; #<script>')
'x-drop-all-script'
>>> slugify("!!!")[:2]
'x-'
"""

from __future__ import annotations

import functools
import hashlib
import re

from policykg.core.textnorm import ascii_fold, match_form, match_key, source_text

BASE = "https://w3id.org/policykg/"
PKG = BASE + "ontology#"           # classes and properties
ONTOLOGY_IRI = BASE + "ontology"   # the owl:Ontology itself
ACTOR = BASE + "actor/"            # actors (vocabulary and recognised)
ID = BASE + "id/"                  # instance data
GRAPH = BASE + "graph/"            # one named graph per source document
MERGED_GRAPH = BASE + "merged"     # on a SPARQL server: the merged view (the embedded store's default graph)

PREFIXES = {
    "pkg": PKG,
    "actor": ACTOR,
    "pkgid": ID,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "oa": "http://www.w3.org/ns/oa#",
    "sh": "http://www.w3.org/ns/shacl#",
}

_MAX_SLUG = 80


@functools.lru_cache(maxsize=1 << 16)  # pure and hot: every IRI of every item goes through it
def slugify(name: str) -> str:
    """Lower-case ASCII slug of a normalised name; never empty, at most ~90 characters."""
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_fold(name)).strip("-")
    digest = hashlib.sha1(match_key(name).encode("utf-8")).hexdigest()[:8]
    if not slug:
        return "x-" + digest
    if len(slug) > _MAX_SLUG:
        return slug[:_MAX_SLUG].rstrip("-") + "-" + digest
    return slug


def normalize_document_number(number: str) -> str:
    """Canonical số hiệu: no spaces, ASCII dashes, 'T.Ư'/'TƯ' -> 'TW', upper case.

    >>> normalize_document_number("06/2014/NĐ- CP")
    '06/2014/NĐ-CP'
    >>> normalize_document_number("09-CT/T.Ư")
    '09-CT/TW'
    >>> normalize_document_number("1237/QĐ–TTg")   # the case of codes is kept: TTg, QĐi
    '1237/QĐ-TTg'
    >>> normalize_document_number("889/CĐ- -TTg")
    '889/CĐ-TTg'
    """
    key = re.sub(r"[\s\\]+", "", match_form(source_text(number)))     # spaces, Markdown escapes "57\\-NQ/TW"
    key = re.sub(r"T\.?[ƯW]\.?(?=$|[-/])", "TW", key, flags=re.I)
    return re.sub(r"-{2,}", "-", key)       # a dash doubled over a line break or by OCR: "889/CĐ- -TTg"


def mint_actor_iri(name: str) -> str:
    """IRI of an actor from its canonical Vietnamese name."""
    return ACTOR + slugify(name)


# Issuer codes of local bodies: every province (and district) numbers its own "96/KH-UBND" or "18-CT/TU",
# so such a number names a document only together with its issuer.
LOCAL_ISSUER_CODES = frozenset({"UBND", "HĐND", "TU", "HU", "ĐU", "QU", "THU", "TXU", "BCĐ", "BTV"})


def issuer_code(number: str) -> str:
    """The issuer part of a số hiệu: '96/KH-UBND' -> 'UBND', '18-CT/TU' -> 'TU', '06/2014/NĐ-CP' -> 'CP'.

    >>> issuer_code("96/KH-UBND"), issuer_code("18-CT/TU"), issuer_code("32/2004/QH11")
    ('UBND', 'TU', 'QH11')
    """
    return re.split(r"[-/]", normalize_document_number(number))[-1].upper()


def is_local_number(number: str) -> bool:
    """True when the number is only unique together with a local issuer (UBND, HĐND, TU, HU, ĐU, ...)."""
    return issuer_code(number) in LOCAL_ISSUER_CODES


def mint_document_iri(number: str, issuer_iri: str | None = None) -> str:
    """IRI of a policy document from its số hiệu (shared across the corpus, so citations link up).

    A local number ('96/KH-UBND') is qualified by its issuer when the issuer is known,
    so the plans of two provinces never merge; a national number never is.

    >>> mint_document_iri("96/KH-UBND", ACTOR + "uy-ban-nhan-dan-tinh-son-la")
    'https://w3id.org/policykg/id/doc/96-kh-ubnd/uy-ban-nhan-dan-tinh-son-la'
    >>> mint_document_iri("09-CT/TW", ACTOR + "ban-bi-thu")
    'https://w3id.org/policykg/id/doc/09-ct-tw'
    """
    base = ID + "doc/" + slugify(normalize_document_number(number))
    if issuer_iri and is_local_number(number):
        return base + "/" + slugify(issuer_iri.rstrip("/").rsplit("/", 1)[-1])
    return base


def mint_named_document_iri(kind: str, title: str) -> str:
    """IRI of a document known only by kind and name (e.g. 'Quy chế dân chủ ở cơ sở')."""
    return ID + "doc/" + slugify(kind + " " + title)


def mint_person_iri(name: str) -> str:
    """IRI of a person named in a document (a signer): never an actor IRI.

    >>> mint_person_iri("Nguyễn Văn A")
    'https://w3id.org/policykg/id/person/nguyen-van-a'
    """
    return ID + "person/" + slugify(name)


def mint_post_iri(organ_iri: str | None, post: str) -> str:
    """IRI of a post in an organ ("Phó Chủ tịch" of a People's Committee): ``pkgid:post/<organ slug>/<post slug>``.

    >>> mint_post_iri(ACTOR + "uy-ban-nhan-dan-tinh-lao-cai", "Phó Chủ tịch")
    'https://w3id.org/policykg/id/post/uy-ban-nhan-dan-tinh-lao-cai/pho-chu-tich'
    """
    organ = slugify(organ_iri.rstrip("/").rsplit("/", 1)[-1]) if organ_iri else "x-unknown"
    return f"{ID}post/{organ}/{slugify(post)}"


def mint_initiative_iri(name: str) -> str:
    """IRI of a movement or campaign (phong trào, cuộc vận động), shared across documents."""
    return ID + "initiative/" + slugify(name)


def mint_source_iri(source_key: str) -> str:
    """IRI of a source text (an input file) by its key."""
    return ID + "source/" + slugify(source_key)


def mint_graph_iri(source_key: str) -> str:
    """IRI of the named graph holding everything derived from one source text."""
    return GRAPH + slugify(source_key)


def mint_item_iri(source_key: str, kind: str, *parts: object) -> str:
    """IRI of an item derived from one source: task, objective, evidence, sentence, ...

    >>> mint_item_iri("ct09", "task", 3)
    'https://w3id.org/policykg/id/ct09/task/3'
    >>> mint_item_iri("ct09", "evidence", 10, 42)
    'https://w3id.org/policykg/id/ct09/evidence/10-42'
    """
    tail = "-".join(slugify(str(p)) if not isinstance(p, int) else str(p) for p in parts)
    return f"{ID}{slugify(source_key)}/{slugify(kind)}/{tail}"

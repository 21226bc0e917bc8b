"""The document's frame from a web copy's fields (``sitefields``) where its own header and footer lack it: the number
when no "Số:" line is read, the issuer when neither header, preamble nor number names one, a signer when no block
prints a name, the date when no place-and-date line gives one. What the document's text says always comes first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policykg.graph_builder.model import ActorRef, DocumentInfo, Signature, SourceText, Span
from policykg.graph_builder.numbers import DocumentNumber
from policykg.graph_builder.organs import actors_listed, of_entry, person_name
from policykg.graph_builder.sitefields import SiteFields, read_site_fields
from policykg.ontology.lexicon import Lexicon

__all__ = ["coded_body", "fill_from_site", "site_fields", "site_issuers", "with_listed_signer"]


def site_fields(source: SourceText) -> SiteFields | None:
    """The copy's fields about its document (its original text: the front matter is blanked in the match form)."""
    return read_site_fields(source.text)


def site_issuers(site: SiteFields | None, lexicon: Lexicon) -> list[ActorRef]:
    """The issuing body the fields name ("Cơ quan ban hành: UBND tỉnh Sơn La": the whole value one actor or a list of
    them), else the one the number's code names alone ("/NQ-CP", "/QĐ-TTg"; never a code of a kind of body, "UBND",
    whose place only the text gives); [] when they name none."""
    if site is None:
        return []
    if site.issuer:
        listed = actors_listed(site.issuer, lexicon)
        if listed:
            return listed
    coded = coded_body(site.number, lexicon) if site.number is not None else None
    return [coded] if coded is not None else []


def coded_body(number: DocumentNumber, lexicon: Lexicon) -> ActorRef | None:
    """The body a document number's code names alone ("/NQ-CP": Chính phủ, "/QĐ-TTg": Thủ tướng Chính phủ); None for
    the Party's "TW", a code of several parts ("UBND-VP") or a kind of body whose place only the text gives ("các
    cấp")."""
    if number.issuer_code == "TW" or "-" in number.issuer_code:
        return None
    entry = lexicon.by_number_code(number.issuer_code) or lexicon.lookup(number.issuer_code)
    return of_entry(entry) if entry is not None and "các cấp" not in entry.label_vi else None


def fill_from_site(info: DocumentInfo, site: SiteFields | None) -> None:
    """Number, date and signer of a formal document's frame from the copy's fields, each only where the document's
    header and footer gave none: the signer only on a block that prints no name (a copy without a block has no
    signer: GUIDELINES); the issuer: ``site_issuers``, tried after the text's own statements."""
    if site is None:
        return
    if info.identifier is None and site.number is not None:
        info.identifier = site.number.identifier
        info.evidence = info.evidence or site.number.span
    if info.date is None and site.date:
        info.date = site.date
    name = person_name(site.signer) if site.signer else None
    if name is not None and info.signatures and not any(s.person for s in info.signatures):
        # a block that prints no name ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "(Đã ký)"); no block, no signer (round 10)
        info.signatures = [replace(info.signatures[0], person=name)] + info.signatures[1:]


# a web copy's table (or list) of the document's data before its text: "| Người ký | Hồ Quốc Dũng |", "Người ký: ..."
_LISTED_SIGNER = re.compile(r"(?im)^[ \t|*_-]*(?:Người\s+ký|nguoiky)[ \t*_]*[|:][ \t*_]*(?P<name>[^|\n*_]+?)[ \t*_]*(?:\||$)")


def _listed_signer(head: str) -> tuple[str, int] | None:
    """The signer a web copy's table of the document's data names before the document's header, and where: the
    first such row that holds a person's name; None when there is none."""
    for m in _LISTED_SIGNER.finditer(head):
        name = person_name(m.group("name"))
        if name is not None:
            return name, m.start("name")
    return None


def with_listed_signer(info: DocumentInfo, footer, head: str) -> None:
    """A footer whose one block prints no name: the signer a web copy's table before the header names (``head``: the
    text up to the header's end), on the block or, with none, signing for the footer's organ."""
    listed = _listed_signer(head) if not any(s.person for s in footer.signatures) else None
    if listed is not None and (footer.signatures or footer.signed_for) and len(footer.signatures) <= 1:
        name, at = listed
        info.signatures = [replace(s, person=name) for s in footer.signatures] or \
            [Signature(None, name, "TM.", footer.signed_for[0], Span(at, at + len(name)))]

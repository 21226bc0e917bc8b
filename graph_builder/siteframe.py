"""The document's frame from a web copy's fields (``sitefields``) where its own header and footer lack it: the number
when no "Số:" line is read, the issuer when neither header, preamble nor number names one, a signer when no block
prints a name, the date when no place-and-date line gives one. What the document's text says always comes first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from policykg.graph_builder.model import ActorRef, DocumentInfo, Signature, SourceText, Span
from policykg.graph_builder.numbers import DocumentNumber
from policykg.graph_builder.organs import actors_listed, of_entry, person_name
from policykg.graph_builder.sitefields import SiteFields, read_site_fields
from policykg.ontology.lexicon import Lexicon

__all__ = ["coded_body", "fill_from_site", "site_fields", "site_issuers"]


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


def fill_from_site(info: DocumentInfo, site: SiteFields | None, signed_for: Sequence[ActorRef] = ()) -> None:
    """Number, date and signer of a formal document's frame from the copy's fields (``site_fields``, read once per
    document), each only where the document's header and footer gave none. The signer only where no block prints a
    name: on the first block ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "(Đã ký)"), or, with no block, signing for the organ
    the footer's "TM." line names (``signed_for``: "TM. ỦY BAN NHÂN DÂN" over nothing); a copy without a block has no
    signer (GUIDELINES). The issuer: ``site_issuers``, tried after the text's own statements.

    >>> from policykg.graph_builder.sitefields import read_site_fields
    >>> site = read_site_fields("| Số hiệu | 88/2025/QĐ-UBND |\\n| Người ký | Đặng Hữu Sơn |\\n")
    >>> info = DocumentInfo(kind="Decision")
    >>> fill_from_site(info, site)
    >>> info.identifier, info.signatures
    ('88/2025/QĐ-UBND', [])
    >>> fill_from_site(info, site, [ActorRef("urn:x:ubnd", "Ủy ban nhân dân tỉnh Hòa Bình", "Organization")])
    >>> [(s.person, s.mode, s.organ.label) for s in info.signatures]
    [('Đặng Hữu Sơn', 'TM.', 'Ủy ban nhân dân tỉnh Hòa Bình')]
    """
    if site is None:
        return
    if info.identifier is None and site.number is not None:
        info.identifier = site.number.identifier
        info.evidence = info.evidence or site.number.span
    if info.date is None and site.date:
        info.date = site.date
    name = person_name(site.signer) if site.signer else None
    if name is None or any(s.person for s in info.signatures):
        return
    if info.signatures:
        info.signatures = [replace(info.signatures[0], person=name)] + info.signatures[1:]
    elif signed_for:
        at = site.span("signer") or Span(0, 0)
        info.signatures = [Signature(None, name, "TM.", signed_for[0], Span(at.start, at.start + len(name)))]

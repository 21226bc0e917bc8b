"""A web copy's fields about the document: what a legal-text portal prints about it above its text (or a converter
stores in its front matter): its number, kind, issuing body, signer and date of issue. They are no words of the
document; ``metadata`` takes them for the frame only where the document's own header and footer lack them (a copy
that lost its header, a block that prints no name).

Two forms say the same: front matter keys as sites write them, unaccented with "_" ("so_hieu", "nguoi_ky",
"co_quan_ban_hanh", "ngay_ban_hanh", "loai_van_ban"; YAML or JSON, ``frontmatter``), and a table or list of
"Key: value" lines in the copy's top part ("Số hiệu: 12/KH-UBND", "| Người ký | Lò Văn Hải |", "- **Cơ quan ban
hành**: UBND tỉnh Sơn La").

>>> text = "Số hiệu: 12/KH-UBND\\nNgười ký: Lò Văn Hải\\nCơ quan ban hành: UBND tỉnh Sơn La\\nNgày ban hành: 3/2/2026\\n"
>>> site = read_site_fields(text)
>>> site.number.identifier, site.signer, site.issuer, site.date
('12/KH-UBND', 'Lò Văn Hải', 'UBND tỉnh Sơn La', '2026-02-03')
>>> site = read_site_fields('---\\nso_hieu: "07/QĐ-UBND"\\nnguoi_ky: Quàng Thị Mai\\nngay_ban_hanh: 2026-04-09\\n---\\n')
>>> site.number.identifier, site.signer, site.issuer, site.date
('07/QĐ-UBND', 'Quàng Thị Mai', None, '2026-04-09')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.core.iris import normalize_document_number
from policykg.core.textnorm import ascii_fold
from policykg.graph_builder.dates import DATE_DMY, iso_date
from policykg.graph_builder.frontmatter import read_front_matter
from policykg.graph_builder.model import Span
from policykg.graph_builder.numbers import NUMBER, DocumentNumber, _parts

__all__ = ["SiteFields", "read_site_fields", "site_field_lines"]


@dataclass(frozen=True)
class SiteFields:
    """The fields a copy prints about its document; None where it prints none. ``spans``: where each value stands in
    the text (its key: "number", "signer", "issuer", "date", "kind")."""
    number: DocumentNumber | None = None
    signer: str | None = None
    issuer: str | None = None
    date: str | None = None
    kind: str | None = None
    spans: tuple[tuple[str, int, int], ...] = ()

    def span(self, what: str) -> Span | None:
        return next((Span(a, b) for key, a, b in self.spans if key == what), None)


# each field's keys, unaccented, without spaces, "_" or case: front matter's and a portal's labels alike
_KEYS = {
    "number": ("sohieu", "sokyhieu", "sovanban", "sohieuvanban"),
    "signer": ("nguoiky", "nguoikyvanban"),
    "issuer": ("coquanbanhanh", "noibanhanh", "bophanbanhanh", "donvibanhanh"),
    "date": ("ngaybanhanh", "ngayky"),
    "kind": ("loaivanban",),
}
_KEY_OF = {key: what for what, keys in _KEYS.items() for key in keys}

# a "Key: value" line of a portal's list or table: "Số hiệu: ...", "| Người ký | ... |", "- **Cơ quan ban hành**: ..."
_LABEL_LINE = re.compile(r"(?im)^[ \t|>*_-]*(?P<key>(?:s[ốo]|ng[ưu][ờo]i|c[ơo]|n[ơo]i|ng[àa]y|lo[ạa]i|b[ộo]|đ[ơo]n)"
                         r"(?:[ \t]+\w+){1,3}?)[ \t*_]*(?:\||:)[ \t*_]*(?P<value>[^|\n]*?)[ \t*_]*(?:\|[ \t]*)?$")
_TOP = 4000     # a portal's fields stand above the document's text


def _key(label: str) -> str:
    return re.sub(r"[\W_]+", "", ascii_fold(label).lower())


def _number(value: str, start: int) -> DocumentNumber | None:
    m = NUMBER.search(value)
    if m is None:
        return None
    code, issuer, year = _parts(m)
    return DocumentNumber(m.group(0), normalize_document_number(m.group(0)), code, issuer, year,
                          Span(start + m.start(), start + m.end()))


def _date(value: str) -> str | None:
    m = re.match(r"\s*['\"]?(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)", value) or \
        re.match(r"\s*(?:ngày\s+)?" + DATE_DMY, value, re.I)
    return iso_date(m.group("d"), m.group("m"), m.group("y")) if m else None


def read_site_fields(text: str) -> SiteFields | None:
    """The fields a copy prints about its document (front matter first, then "Key: value" lines in its top part),
    the first of each; None when there is none."""
    found: dict[str, tuple[str, int]] = {}
    front = read_front_matter(text)
    for field in front.fields if front is not None else ():
        what = _KEY_OF.get(_key(field.key))
        if what and field.value and field.spans and what not in found:
            found[what] = (field.value, field.spans[0][0])
    for m in _LABEL_LINE.finditer(text, 0, min(len(text), _TOP)):
        what = _KEY_OF.get(_key(m.group("key")))
        if what and m.group("value").strip() and what not in found:
            found[what] = (m.group("value").strip(), m.start("value"))
    if not found:
        return None
    number = _number(*found["number"]) if "number" in found else None
    date = _date(found["date"][0]) if "date" in found else None
    spans = tuple((what, at, at + len(value)) for what, (value, at) in found.items())
    return SiteFields(number=number, signer=found.get("signer", (None,))[0], issuer=found.get("issuer", (None,))[0],
                      date=date, kind=found.get("kind", (None,))[0], spans=spans)


def site_field_lines(text: str) -> list[tuple[int, int]]:
    """The portal's "Key: value" lines of the fields above (their whole line), when its top part prints two of them
    or more (a portal's table or list: one such line alone may be the document's own); [] else.

    >>> text = "| Số hiệu | 12/KH-UBND |\\n| Người ký | Lò Văn Hải |\\n\\nKẾ HOẠCH\\n"
    >>> [text[a:b] for a, b in site_field_lines(text)]
    ['| Số hiệu | 12/KH-UBND |', '| Người ký | Lò Văn Hải |']
    """
    lines = [(m.start(), m.end()) for m in _LABEL_LINE.finditer(text, 0, min(len(text), _TOP))
             if _KEY_OF.get(_key(m.group("key"))) and m.group("value").strip()]
    return lines if len(lines) >= 2 else []

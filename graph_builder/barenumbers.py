"""Documents cited by their serial number alone, the codes left off: "Nghị quyết số 19 của Chính phủ", "Quyết định
số 123 ngày 5/3/2024", and the numbers a list goes on with ("Kế hoạch số 12, 15 và 17 của Ủy ban nhân dân tỉnh").
A kind word of the ontology's (``Vocabulary.document_kind_of``) and "số" must stand before the first number. A Party
number printed without its issuer's code ("Quyết định số 23-QĐ") is cited so too, when the code is the kind's own.

The identifier is the number as written ("19"). A serial number the text also writes in full with a code of the same
kind ("Công văn số 07/CV-BCA" ... "Công văn số 07") is that document (its full number and IRI; the document's own
number too, which the citations then pass over); the others are named by kind and number ("Nghị quyết số 19").

A number written with its issuer's code alone, the kind code left off, is cited as written when a kind word stands
right before it: the acts of the Council of Ministers ("Quyết định số 176/HĐBT", "Nghị định 299/HĐBT"), of the
Government of the 1990s ("Nghị định 15/CP") and letters numbered so ("Công văn số 125/SYT"); not a kind's code, the
rest of a full number cut or glued to it ("Chỉ thị số 33/CT" of "33/CT-TTg", "Quyết định số 1254/QĐBTC").

>>> from policykg.ontology import load_lexicon
>>> from policykg.graph_builder.vocabulary import vocabulary
>>> text = "Thực hiện Nghị quyết số 19 của Chính phủ và Kế hoạch số 12, 15 và 17; Quyết định số 8/QĐ-UBND và Quyết định số 8; Quyết định số 19 TC/QĐ/CĐKT; Quyết định số 23-QĐ về Quy chế."
>>> [(c.mention.identifier, c.mention.kind) for c in bare_candidates(vocabulary(load_lexicon()), text, text.lower(), 0, len(text))]
[('19', 'Resolution'), ('12', 'Plan'), ('15', 'Plan'), ('17', 'Plan'), ('8/QĐ-UBND', 'Decision'), ('23-QĐ', 'Decision')]
>>> text = "Theo Quyết định 176/HĐBT và Nghị định số 15/CP; tỷ lệ 1/500, Chỉ thị số 33/CT, mục 12/SYT của bảng."
>>> [(c.mention.identifier, c.mention.kind) for c in bare_candidates(vocabulary(load_lexicon()), text, text.lower(), 0, len(text))]
[('176/HĐBT', 'Decision'), ('15/CP', 'Decree')]
"""

from __future__ import annotations

import functools
import re

from policykg.core.iris import mint_document_iri, mint_named_document_iri, normalize_document_number
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.numbers import number_codes, number_matches
from policykg.graph_builder.vocabulary import PRIORITY_BLOCK, Candidate, Vocabulary

__all__ = ["bare_candidates"]

# digits the number ends with: never "19/2025/NĐ-CP", "12-KH", "1.5", "19 TC/QĐ/CĐKT" (a code after a space)
_SERIAL = r"\d{1,5}(?![\w/.,-]*\w|/|-|[ \t]*[^\W\d_]{1,8}[ \t]*/)"
_BARE = re.compile(r"(?<!\w)số[ \t]*:?[ \t]*(?P<first>" + _SERIAL + r")(?P<more>(?:[ \t]*(?:,|và|;)[ \t]*" + _SERIAL + r")*)")
# a Party number printed without its issuer's code: "Quyết định số 23-QĐ về việc ..." (searched in the match form)
_CODED = re.compile(r"(?<!\w)(?:số|Số)[ \t]*:?[ \t]*(?P<first>\d{1,4})[ \t]*-[ \t]*(?P<code>[A-ZĐ][A-ZĐa-zđ]{0,4})(?![\w/-])")

# a number with its issuer's code alone: "176/HĐBT", "15/CP" (searched in the match form; never a longer number)
_ISSUER_ONLY = re.compile(r"(?<![\w/.-])(?P<first>\d{1,5})[ \t]*/[ \t]*(?P<code>[A-ZĐ]{2,8}[a-zđ]{0,2})(?![\w/-])")


@functools.lru_cache(maxsize=4)
def _full_numbers(match: str) -> dict[tuple[str, str], str]:
    """(serial without leading zeros, kind code) -> the normalised number, of every full number in ``match``."""
    found: dict[tuple[str, str], str] = {}
    for m in number_matches(match):
        number = normalize_document_number(m.group(0))
        codes = number_codes(number)
        serial = re.match(r"\d+", number)
        if codes and serial:
            found.setdefault((serial.group(0).lstrip("0"), codes[0].upper()), number)
    return found


def bare_candidates(vocab: Vocabulary, match: str, low: str, start: int, end: int) -> list[Candidate]:
    """Candidates for the documents cited by bare serial numbers in ``match[start:end]`` (see the module)."""
    found: list[Candidate] = []
    for m in [*_BARE.finditer(low, start, end), *_CODED.finditer(match, start, end)]:
        kind_m = vocab.kind_before_number.search(low, max(start, m.start() - 40), m.start() + 3)
        if kind_m is None or kind_m.end() < m.start() - 1 or not match[kind_m.start()].isupper():
            continue
        word = re.sub(r"\s+", " ", kind_m.group(1))
        kind = vocab.document_kind_of[word]
        codes = {c for c, k in vocab.document_codes.items() if k == kind}
        if "code" in m.groupdict():     # "Quyết định số 23-QĐ": the kind's own code, no issuer's
            if m.group("code").upper() in codes:
                found.append(_as_written(match, kind_m.start(), m.end(), kind, f"{m.group('first')}-{m.group('code')}"))
            continue
        for serial in re.finditer(r"\d+", low[m.start("first"):m.end("more") or m.end("first")]):
            a = m.start("first") + serial.start()
            b = a + len(serial.group(0))
            full = next((n for c in sorted(codes) if (n := _full_numbers(match).get((serial.group(0).lstrip("0"), c)))),
                        None)
            number = full or serial.group(0)
            iri = mint_document_iri(full) if full else mint_named_document_iri(kind, f"{word} số {serial.group(0)}")
            begin = kind_m.start() if not found or found[-1].end < kind_m.start() else a
            mention = Mention(span=Span(begin, b), surface="", category="document", iri=iri,
                              label=re.sub(r"\s+", " ", match[begin:b]), kind=kind, identifier=number)
            found.append(Candidate(begin, b, PRIORITY_BLOCK, mention))
    return found + _issuer_only(vocab, match, low, start, end)


def _issuer_only(vocab: Vocabulary, match: str, low: str, start: int, end: int) -> list[Candidate]:
    """Candidates for the numbers with the issuer's code alone, right after a kind word (see the module)."""
    found = []
    for m in _ISSUER_ONLY.finditer(match, start, end):
        code = m.group("code").upper()
        if any(code.startswith(c) for c in vocab.document_codes):
            continue    # a kind's code: a full number cut or glued ("33/CT" of "33/CT-TTg", "1254/QĐBTC"), no issuer's
        kind_m = vocab.kind_before_number.search(low, max(start, m.start() - 40), m.start())
        if kind_m is None or not match[kind_m.start()].isupper():
            continue
        kind = vocab.document_kind_of[re.sub(r"\s+", " ", kind_m.group(1))]
        found.append(_as_written(match, kind_m.start(), m.end(), kind, normalize_document_number(match[m.start():m.end()])))
    return found


def _as_written(match: str, start: int, end: int, kind: str, number: str) -> Candidate:
    """The candidate of a document cited by its kind word and a number kept as written, ``match[start:end]``."""
    mention = Mention(span=Span(start, end), surface="", category="document", iri=mint_document_iri(number),
                      label=re.sub(r"\s+", " ", match[start:end]), kind=kind, identifier=number)
    return Candidate(start, end, PRIORITY_BLOCK, mention)

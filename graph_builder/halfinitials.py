"""A body's name written half in full and half in initials: "Sở Nông nghiệp và PTNT tỉnh Kiên Giang", "Sở Lao động -
TB&XH", "Bộ NN và PTNT", "Sở Tài nguyên và MT". The vocabulary knows the name in full and in its usual short forms
("Sở NN&PTNT"); a mixed spelling it does not know is read as a new body ("Sở Nông nghiệp và PTNT ..."), a second node
beside the one the same text names in full elsewhere. :func:`expand_half_initials` gives such a name the vocabulary's
full name when its initials spell the full name's words: each word in capitals stands for as many words of the full
name as it has letters, each letter the first letter of its word ("PTNT": "Phát triển nông thôn"), "&" the word "và";
the other words are the full name's own. The words after the full name (a level, a place) stay as written. Only
unknown names with at least one such word in capitals, and only when one full name of the vocabulary fits.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Bộ Nông nghiệp và PTNT chủ trì.")
>>> [(m.surface, m.label) for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"]
[('Bộ Nông nghiệp và PTNT', 'Bộ Nông nghiệp và Phát triển nông thôn')]
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder.model import Mention

__all__ = ["expand_half_initials"]

_TOKEN = re.compile(r"[^\W\d_]+(?:&[^\W\d_]+)*|&|[-–,]")
_FULL_NAMES: dict[int, dict[str, list[tuple[tuple[str, ...], object]]]] = {}


def expand_half_initials(mentions: list[Mention], lexicon) -> list[Mention]:
    """``mentions`` with each unknown actor name that mixes words in full and in initials given the full name of the
    vocabulary or of another mention of the document (see the module's text); the others unchanged."""
    names = {first: list(found) for first, found in _full_names(lexicon).items()}
    for m in mentions:
        if m.category == "actor":
            words = _words(m.label)
            if len(words) >= 3 and not any(_initials(w) for w in words):
                names.setdefault(words[0].lower(), []).append((words, m))
    return [_expanded(m, names, lexicon) if m.category == "actor" and not m.known else m for m in mentions]


@functools.lru_cache(maxsize=1 << 14)
def _words(name: str) -> tuple[str, ...]:
    # Memoised: the same labels (the vocabulary's, the document's names) are read in every call
    return tuple(t.group(0) for t in _TOKEN.finditer(unicodedata.normalize("NFC", name)))


def _full_names(lexicon) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """The vocabulary's names written in full (no word in capitals), as words, by their first word."""
    key = id(lexicon)
    if key not in _FULL_NAMES:
        by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for entry in sorted(lexicon.entries, key=lambda e: e.iri):
            for name in (entry.label_vi, *entry.alt_labels):
                words = _words(name)
                if len(words) >= 3 and not any(_initials(w) for w in words):
                    by_first.setdefault(words[0].lower(), []).append((words, entry))
        _FULL_NAMES[key] = by_first
    return _FULL_NAMES[key]


def _expanded(m: Mention, names, lexicon) -> Mention:
    """``m`` named by the one full name its initials spell (a mention of the document or the vocabulary's entry)."""
    label = unicodedata.normalize("NFC", m.label)
    tokens = list(_TOKEN.finditer(label))
    if len(tokens) < 2 or not any(_initials(t.group(0)) for t in tokens[1:]):
        return m
    fits = {}
    for words, twin in names.get(tokens[0].group(0).lower(), ()):
        used = _fit([t.group(0) for t in tokens], words)
        if used is not None:
            fits.setdefault(twin.iri, (twin, used))
    if len(fits) != 1:
        return m
    twin, used = next(iter(fits.values()))
    rest = label[tokens[used - 1].end():].strip() if used < len(tokens) else ""
    if isinstance(twin, Mention) and not rest:
        return dataclasses.replace(m, iri=twin.iri, label=twin.label, kind=twin.kind, known=twin.known,
                                   label_en=twin.label_en)
    name = f"{twin.label if isinstance(twin, Mention) else twin.label_vi} {rest}".strip()
    known = lexicon.lookup(name)
    if known is not None:
        return dataclasses.replace(m, iri=known.iri, label=known.label_vi, kind=known.kind, known=True,
                                   label_en=known.label_en)
    return dataclasses.replace(m, iri=mint_actor_iri(name), label=name)


def _fit(tokens: list[str], words: tuple[str, ...]) -> int | None:
    """How many of ``tokens`` spell ``words`` whole, with at least one in initials; None when they do not."""
    j, initials = 0, False
    for i, token in enumerate(tokens):
        if j == len(words):
            return i if initials else None
        if _initials(token) and i > 0:
            for part in re.findall(r"&|[^\W\d_]", token):
                if j == len(words) or not _same_initial(part, words[j]):
                    return None
                j += 1
            initials = True
        elif token.lower() == words[j].lower():
            j += 1
        else:
            return None
    return len(tokens) if j == len(words) and initials else None


def _initials(token: str) -> bool:
    """A word in capitals that stands for several ("PTNT", "TB&XH", "MT"): two letters or more, all capitals."""
    letters = token.replace("&", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _same_initial(part: str, word: str) -> bool:
    if part == "&":
        return word.lower() == "và"
    return word[:1].upper() == part and word.lower() != "và"

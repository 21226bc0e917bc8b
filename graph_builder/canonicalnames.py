"""The name an organisation the vocabulary does not know is given (its label, and the IRI minted from it): a
header's capitals undone in the official case, abbreviations expanded, the ontology's head nouns written out where
a document writes them short (:mod:`shortheads`). Read by the head-first name scan (:mod:`names`) and the
recognisers that name bodies (:mod:`recognise`, :mod:`introduced`)."""

from __future__ import annotations

import functools
import re

from policykg.graph_builder.namecase import official_case, written_once, written_out
from policykg.graph_builder.vocabulary import (Vocabulary, compact, is_abbreviation, lower_same_length,
                                               match_key_cased, mostly_capitals)

__all__ = ["canonical_name", "capitals_undone"]


def capitals_undone(vocab: Vocabulary, text: str, before: str | None = "") -> str:
    """A capitals line in the official case (``namecase.official_case``): level words in lower case, the place after
    them capitalised, other words as the vocabulary's labels write them ("TỈNH BẮC NINH" -> "tỉnh Bắc Ninh");
    abbreviations kept (they are expanded later). ``before``: the name's known part before ``text`` ("" when
    unsaid), None when ``text`` is a whole name (its head noun starts its specific part)."""
    def keep(word: str) -> bool:         # "ỦY BAN MTTQ VIỆT NAM": the abbreviation is expanded below
        return word.strip(",").upper() in vocab.expansions or word.strip(",") in vocab.capital_words
    return " ".join(official_case(text.split(), vocab.word_cases, vocab.level_of, vocab.head_kind, keep, before))


def canonical_name(vocab: Vocabulary, surface: str, known, known_surface: str | None) -> str:
    """The name an unknown organisation gets its IRI from: capitals of headers undone, abbreviations expanded.

    Memoised per vocabulary (``_canonical``): a body's name recurs in a document and across a corpus, and the name
    depends on ``known`` only as whether the name opens with a known one."""
    return _canonical(vocab, surface, known is not None, known_surface)


@functools.lru_cache(maxsize=1 << 14)
def _canonical(vocab: Vocabulary, surface: str, known: bool, known_surface: str | None) -> str:
    name = vocab.written_out(re.sub(r"\s+", " ", surface).strip())   # "CA tỉnh": "Công an tỉnh"
    if mostly_capitals(name):
        # an all-capitals header line: the known part as the vocabulary writes it, level words lower-case,
        # every other word capitalised ("ỦY BAN NHÂN DÂN TỈNH SƠN LA" -> "Ủy ban nhân dân tỉnh Sơn La")
        prefix, rest = "", name

        def form_of(text: str | None):
            found = vocab.compact.get(compact(lower_same_length(match_key_cased(text)))) if text else None
            return found if found is not None and not found.case_sensitive else None
        if form_of(known_surface if known else None) is None:
            words = name.split()    # "CÔNG AN TỈNH BẮC NINH": the words the vocabulary knows before the level ("Công an")
            known_surface = next((" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)
                                  if form_of(" ".join(words[:k])) and vocab.level_word.fullmatch(words[k].lower())), None)
        if form_of(known_surface) is not None:
            prefix = form_of(known_surface).written
            rest = name[len(re.sub(r"\s+", " ", known_surface).strip()):]
        name = (prefix + " " + capitals_undone(vocab, rest, prefix or None)).strip()
    name = written_out(name)
    words = []
    for word in name.split(" "):
        bare = word.strip(",")
        parts = bare.split("-")   # "HĐND-UBND": two abbreviations, two bodies one office serves
        if is_abbreviation(bare) and bare.upper() in vocab.expansions:
            words.append(vocab.expansions[bare.upper()] + word[len(bare):])
        elif len(parts) > 1 and all(is_abbreviation(p) and p.upper() in vocab.expansions for p in parts):
            words.append(" - ".join(vocab.expansions[p.upper()] for p in parts) + word[len(bare):])
        else:
            words.append(word)
    name = written_once(re.sub(r"(?<=\w) & (?=\w)", " và ", " ".join(words)))   # "Sở Khoa học & Công nghệ": its "và"
    return name[:1].upper() + name[1:]

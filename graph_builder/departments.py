"""Where the name of a department or ministry ends: its domain is written with capitals ("Sở Ngoại vụ", "Bộ Tài
chính"), read by the head-first name scan of :mod:`names`."""

from __future__ import annotations

import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.vocabulary import Vocabulary, is_abbreviation

__all__ = ["capitalised_domain"]

_WORD_TOKEN = re.compile(r"[^\W_]+(?:[.&][^\W_]+)*|[^\w\s]")


def capitalised_domain(vocab: Vocabulary, match: str, where: tuple[int, int, int]) -> int:
    """Where the name of a department or ministry ends (``cues.CAPITALISED_DOMAIN_HEADS``): its domain is written
    with capitals, so lower-case words after the last one's second syllable are not the name's ("Sở Ngoại vụ |
    thông tin cho ..."), unless a ministry has that domain ("Sở Nông nghiệp và Phát triển nông thôn", also before
    the plural of its level: "... nông thôn | các tỉnh")."""
    head_start, head_end, name_end = where
    if match_key(match[head_start:head_end]) not in cues.CAPITALISED_DOMAIN_HEADS:
        return name_end
    words = list(_WORD_TOKEN.finditer(match, head_end, name_end))
    last_cap = max((k for k, w in enumerate(words) if w.group(0)[:1].isupper()), default=None)
    if last_cap is not None and is_abbreviation(words[last_cap].group(0)) and last_cap + 1 < len(words):
        return words[last_cap].end()   # "Sở KH&CN | gửi": no lower-case word goes on an abbreviation
    if last_cap is None or len(words) - last_cap <= 2:
        return name_end
    plural = next((w.start() for k, w in enumerate(words) if k > last_cap and w.group(0).lower() == "các"), None)
    domain = match[head_end:plural or name_end]   # "... nông thôn | các tỉnh Khánh Hòa, ...": the levels after it
    if vocab.lexicon.lookup("Bộ " + domain.strip()) is not None:
        return name_end
    return words[last_cap + 1].end()


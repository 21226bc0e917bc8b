"""A foreign government and its bodies: "Chính phủ" followed by the proper name of a country ("Chính phủ Lào") is that
country's government, not Vietnam's, and a body named head-first right before it ("Ủy ban Chuyên trách | Chính phủ
Campuchia") is that government's body, one name. A person's name after it is no country: a deputy's post names the
government and its holder ("Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình"), a family name and two words or more.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> def actors(text):
...     return [m.label for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]
>>> actors("Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình có ý kiến."), actors("Nguồn vốn do Chính phủ Nhật Bản đã tài trợ.")
(['Chính phủ'], ['Chính phủ Nhật Bản'])

(Tested in tests/test_actor_names_round11.py.)
"""

from __future__ import annotations

import dataclasses
import re

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import lower_same_length, starts_verb

__all__ = ["foreign_governments"]

GOVERNMENT = "Chính phủ"
_WORDS = re.compile(r"(?:[ \t]+[^\W\d_]+)+")
_WORD = re.compile(r"[^\W\d_]+")
_HOME = ("Việt", "Trung")   # Vietnam's own government ("Chính phủ Việt Nam"), and no country ("Chính phủ Trung ương")


def foreign_governments(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` with each "Chính phủ" that a country's proper name follows read as that country's government,
    taken into the unknown body named right before it (separated by one space) when there is one."""
    out: list[Mention] = []
    for m in mentions:
        country = _country_after(m, match)
        if country is None:
            out.append(m)
            continue
        end = country
        before = out[-1] if out else None
        if before is not None and before.category == "actor" and not before.known \
                and match[before.span.end:m.span.start] == " ":
            out[-1] = _named(before, before.span.start, end, match)
        else:
            out.append(_named(m, m.span.start, end, match))
    return out


def _country_after(m: Mention, match: str) -> int | None:
    """Where the country's name after the government ``m`` ends, or None: one to three capitalised words (not in
    capitals) on the line, then no other capitalised word and no lower-case word of the name ("Chính phủ Hoàng | gia"):
    a function word or a verb; no verb or cited title among them ("Chính phủ | Quy định ...")."""
    if m.category != "actor" or not m.known or m.label != GOVERNMENT:
        return None
    run = _WORDS.match(match, m.span.end, min(len(match), m.span.end + 60))
    words = [w.span() for w in _WORD.finditer(match, run.start(), run.end())] if run else []
    title = 0
    while title < len(words) and _title_case(match[words[title][0]:words[title][1]]):
        title += 1
    if not 1 <= title <= 3 or match[words[0][0]:words[title - 1][1]].startswith(_HOME) \
            or (title >= 3 and match_key(match[words[0][0]:words[0][1]]) in cues.FAMILY_NAMES):
        return None   # Vietnam's own government, or a person's name ("Chính phủ | Nguyễn Hòa Bình": its deputy head's)
    low = lower_same_length(match)
    if starts_verb(low, words[0][0]) or cues.CITED_TITLE.match(low, words[0][0]) \
            or low[words[0][0]:words[0][1]] in cues.TERM_WORDS:
        return None
    if title < len(words) and (match[words[title][0]].isupper() or (low[words[title][0]:words[title][1]] not in
                                                                    cues.NAME_STOP_WORDS and not starts_verb(low, words[title][0]))):
        return None
    return words[title - 1][1]


def _title_case(word: str) -> bool:
    return word[0].isupper() and not (len(word) > 1 and word.isupper())


def _named(m: Mention, start: int, end: int, match: str) -> Mention:
    label = re.sub(r"\s+", " ", match[start:end])
    return dataclasses.replace(m, span=Span(start, end), label=label, iri=mint_actor_iri(label), known=False,
                               kind="StateBody", label_en=None, levels=())

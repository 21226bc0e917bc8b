"""Initiatives: quoted campaigns and movements after their trigger word, unquoted "phong trào ..." names, and quotes
that block the actors inside them (nothing inside quotes is an actor). Moved out of ``recognise`` unchanged."""

from __future__ import annotations

import re

from policykg.core.iris import mint_initiative_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import PRIORITY_BLOCK, Candidate

__all__ = ["movements", "quoted_names"]

_QUOTE = re.compile('"')


def _initiative(start: int, end: int, name: str, kind: str) -> Candidate:
    name = re.sub(r"\s+", " ", name).strip(" .,;:…")
    prefix = "cuộc vận động " if kind == "Campaign" else "phong trào "
    key = name if match_key(name).startswith(match_key(prefix)) else prefix + name
    mention = Mention(span=Span(start, end), surface="", category="initiative", iri=mint_initiative_iri(key),
                      label=name, kind=kind)
    return Candidate(start, end, PRIORITY_BLOCK, mention)


def quoted_names(match: str, low: str, start: int, end: int, text: str = "") -> list[Candidate]:
    """Quoted names: a campaign or movement after its trigger word; any other quote just blocks actors. Curly quotes
    of the ``text`` pair by their direction (a closing one whose opening was lost opens nothing)."""
    quotes = [m.start() for m in _QUOTE.finditer(match, start, end)]
    paired: list[int] = []
    for q in quotes:
        opens = len(paired) % 2 == 0
        if opens and text[q:q + 1] == "”":
            continue            # a closing quote whose opening was lost
        if not opens and text[q:q + 1] == "“":
            paired[-1] = q      # an opening quote again: the first one's close was lost
            continue
        paired.append(q)
    quotes = paired
    found = []
    for open_, close in zip(quotes[0::2], quotes[1::2]):
        inner = match[open_ + 1:close]
        if not inner.strip():
            continue
        trigger = cues.QUOTE_TRIGGER.search(low[max(start, open_ - 30):open_])
        if not trigger and (cues.SAID_BEFORE.search(low, max(start, open_ - 40), open_)
                            or cues.SAID_AFTER.match(low, close + 1, min(end, close + 120))):
            continue            # a quotation of what someone said: its names are the text's, not a quoted title
        if trigger:
            kind = "Movement" if trigger.group(1).startswith("phong trào") else "Campaign"
            begin = open_ if trigger.group(1) == "việc" else max(start, open_ - 30) + trigger.start()
            found.append(_initiative(begin, close + 1, inner, kind))
        else:
            found.append(Candidate(open_, close + 1, PRIORITY_BLOCK, None))
    return found


def movements(match: str, low: str, start: int, end: int) -> list[Candidate]:
    """Unquoted movements: 'phong trào' + a name of at least two words, up to a stop word or punctuation."""
    found = []
    for m in re.finditer(r"(?<!\w)phong trào(?!\w)", low[start:end]):
        begin = start + m.start()
        pos = start + m.end()
        words = []
        for tok in re.finditer(r"\S+", match[pos:end]):
            word = tok.group(0)
            bare = word.rstrip(".,;:…!?)")
            if not bare or bare.startswith('"') or bare.lower() in cues.MOVEMENT_STOP:
                break
            words.append((pos + tok.start(), pos + tok.start() + len(bare)))
            if bare != word or len(words) >= 12:
                break
        if len(words) >= 2 and match[words[0][0]:words[0][1]].lower() not in ("thi",):
            name = match[begin:words[-1][1]]
            found.append(_initiative(begin, words[-1][1], name[:1].lower() + name[1:], "Movement"))
    return found

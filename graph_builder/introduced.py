"""Short names a document introduces in brackets right after a name: "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã
hội và ... tỉnh (sau đây gọi tắt là Ban Chỉ đạo 138 tỉnh)", "Tổ công tác ... (sau đây gọi tắt là Tổ công tác)",
"Tập đoàn Điện lực Việt Nam (EVN)" (``cues.INTRODUCED_NAME``). Two things follow from such a bracket:

- the name before it ends right at the bracket: a name scan that stopped inside it ("Ban Chỉ đạo phòng, chống tội
  phạm, tệ nạn xã hội") runs on to the bracket when what lies between is still name-like (no clause punctuation, no
  verb of the duty grammar, no "của", "với", "giao" ...);
- the short name, in the bracket and wherever the document writes it later, is that body: its mentions take the
  long name's identity;
- unless the bracket closes a list of bodies that each open with the short name ("Viện kiểm sát nhân dân, Viện kiểm
  sát quân sự các cấp (sau đây viết tắt là Viện kiểm sát)"): then the short name names them all, a body of its own as
  written, not the list's last item (``Introduction.own``).

The short name must look like an actor's (a head noun of the vocabulary, a known name, or an abbreviation), so that
"(sau đây gọi tắt là Quy chế)" after a document's title is left alone.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Thành lập Tổ công tác rà soát thủ tục hành chính về đất đai (sau đây gọi tắt là Tổ "
...                          "công tác). Tổ công tác chủ trì, phối hợp với Sở Tư pháp.")
>>> [(m.surface, m.label) for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"][:3]
[('Tổ công tác rà soát thủ tục hành chính về đất đai', 'Tổ công tác rà soát thủ tục hành chính về đất đai'), ('Tổ công tác', 'Tổ công tác rà soát thủ tục hành chính về đất đai'), ('Tổ công tác', 'Tổ công tác rà soát thủ tục hành chính về đất đai')]
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.canonicalnames import canonical_name
from policykg.graph_builder.vocabulary import PRIORITY_ACTOR, PRIORITY_BLOCK, Candidate, Vocabulary, form_pattern, is_abbreviation

__all__ = ["Introduction", "introductions", "introduced_candidates", "link_introduced"]

_GAP_MOST = 200          # the longest stretch a name scan may have left before the bracket
_GAP_PUNCTUATION = re.compile(r"[.;:()\[\]\"“”]|\n\s*\n")


@dataclass(frozen=True)
class Introduction:
    """A bracket at ``bracket`` (its "(") that introduces ``short`` for the name from ``name_start`` to ``name_end``."""

    bracket: int
    short: str
    pattern: re.Pattern      # the short name wherever the text writes it
    name_start: int
    name_end: int
    own: Mention | None = None   # the short name as a body of its own: it names a whole list (``_names_a_list``)


def introductions(vocab: Vocabulary, match: str) -> list[Introduction]:
    """The brackets of the text that introduce a short name of an actor (one scan of the whole text)."""
    found = []
    if "(" not in match or vocab.head_regex is None:
        return found
    for m in cues.INTRODUCED_NAME.finditer(match):
        short = re.sub(r"\s+", " ", m.group("short")).strip(" ,.")
        explicit = m.group(0) != "(" + m.group("short") + ")" and re.search(r"(?i)\blà\b", m.group(0)) is not None
        if not short or not _actor_like(vocab, short, explicit):
            continue
        if not explicit and (match_key(short) in vocab.forms or re.match(r"[ \t]*[A-ZĐ]", match[m.end():m.end() + 3])):
            continue   # "Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam xã": a known abbreviation inside a name that goes on
        name_end = len(match[:m.start()].rstrip())
        name_start = _name_start(vocab, match, name_end, strict=not explicit)
        if name_start is not None:
            pattern = re.compile(rf"(?<![\w.&]){form_pattern(short)}(?![\w&])")
            own = _candidate(vocab, match, m.start("short"), m.end("short")).mention \
                if explicit and _names_a_list(match, pattern, name_end) else None
            found.append(Introduction(m.start(), short, pattern, name_start, name_end, own))
    return found


def _names_a_list(match: str, pattern: re.Pattern, name_end: int) -> bool:
    """The clause before a bracket at ``name_end`` lists two names or more that open with the short name, parted by
    commas or "và" ("Toà án nhân dân, Toà án quân sự các cấp (sau đây viết tắt là Toà án)")."""
    clause = max(match.rfind(c, max(0, name_end - _GAP_MOST), name_end) for c in ".;:(")
    items = [m.start() for m in pattern.finditer(match, clause + 1, name_end)]
    return len(items) >= 2 and all(re.search(r"(?:,|\bvà)\s*$", match[a:b]) for a, b in zip(items, items[1:]))


def _actor_like(vocab: Vocabulary, short: str, explicit: bool) -> bool:
    """A short name of an actor: an abbreviation ("EVN", "CDC tỉnh"); after "gọi tắt là", also a capitalised name
    that starts with a head noun of the vocabulary or is a known name ("Tổ công tác", "Ban Chỉ đạo 138 tỉnh")."""
    first = short.split()[0]
    if is_abbreviation(first) and not first.isdigit() and len(short.split()) <= 3:
        return True
    if not explicit or not short[:1].isupper():
        return False
    if vocab.head_regex.regex.match(short.lower()) is not None:
        return True
    return match_key(short) in vocab.forms


def _name_start(vocab: Vocabulary, match: str, name_end: int, strict: bool) -> int | None:
    """Where the name before a bracket starts: the last capitalised head noun of the vocabulary in the clause, when
    what follows it up to the bracket can be the rest of a name ("Tập đoàn Điện lực Việt Nam (EVN)"; not "vốn đầu tư
    trực tiếp nước ngoài (FDI)"). After "gọi tắt là" the text says a name ends there: only clause punctuation and
    the words that end a name's subject ("là", "được", "giao" ...) rule a head out; a bare abbreviation also needs
    no verb of the duty grammar in between."""
    floor = max(0, name_end - _GAP_MOST)
    clause = max(match.rfind(c, floor, name_end) for c in ".;:\n(")
    low = match[:name_end].lower()
    heads = [h for h in vocab.head_matches(low, max(floor, clause + 1), name_end) if match[h.start(1)].isupper()]
    if not heads or not _name_like(match, low, heads[-1].end(1), name_end, strict):
        return None
    return heads[-1].start(1)


def introduced_candidates(vocab: Vocabulary, match: str, start: int, end: int,
                          found: list[Introduction], named: list[Candidate]) -> list[Candidate]:
    """Candidates of one region: every occurrence of an introduced short name, and each name before a bracket of
    the region as far as the bracket (``named``: the region's actor candidates so far; one that already spans the
    name keeps its identity)."""
    out = [_candidate(vocab, match, m.start(), m.end()) for intro in found for m in intro.pattern.finditer(match, start, end)]
    spans = {(c.start, c.end) for c in named if c.mention is not None}
    for intro in found:
        if start <= intro.name_start and intro.bracket <= end and (intro.name_start, intro.name_end) not in spans:
            longer = _candidate(vocab, match, intro.name_start, intro.name_end)
            out.append(Candidate(longer.start, longer.end, PRIORITY_BLOCK, longer.mention))   # (a movement inside
            # the name, "... xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh", is the name's)
    return out


def _name_like(match: str, low: str, start: int, end: int, strict: bool) -> bool:
    """What lies between a head noun's end and the bracket could be the rest of the name."""
    if _GAP_PUNCTUATION.search(match[start:end]):
        return False
    words = [w.strip(",-") for w in low[start:end].split()]
    if any(w in (cues.INTRODUCED_GAP_STOPS if strict else cues.NAME_SUBJECT_ENDS) for w in words):
        return False
    text = " ".join(words)
    return not strict or not any(re.search(rf"(?<!\w){verb}(?!\w)", text) for verb in cues.DUTY_VERBS)


def _candidate(vocab: Vocabulary, match: str, start: int, end: int) -> Candidate:
    label = canonical_name(vocab, match[start:end], None, None)
    head = vocab.head_regex.regex.match(match[start:end].lower()) if vocab.head_regex is not None else None
    kind = vocab.head_kind.get(match_key(head.group(1)), "Organization") if head else "Organization"
    mention = Mention(span=Span(start, end), surface="", category="actor", iri=mint_actor_iri(label), label=label,
                      kind=kind, known=False)
    return Candidate(start, end, PRIORITY_ACTOR, mention)


def link_introduced(mentions: list[Mention], found: list[Introduction], text: str) -> list[Mention]:
    """The mentions with every introduced short name taking the identity of the name before its bracket."""
    if not found:
        return mentions
    actors = [m for m in mentions if m.category == "actor"]
    targets: dict[str, Mention] = {}
    for intro in found:
        if intro.own is not None:
            targets.setdefault(match_key(intro.short), intro.own)
            continue
        longer = [m for m in actors if m.span.end == intro.name_end and m.span.start <= intro.name_start]
        if longer:
            targets.setdefault(match_key(intro.short), max(longer, key=lambda m: m.span.end - m.span.start))
    if not targets:
        return mentions
    out = []
    for m in mentions:
        target = _target(match_key(m.surface), targets) if m.category == "actor" else None
        if target is not None and target is not m:
            m = dataclasses.replace(m, iri=target.iri, label=target.label, kind=target.kind, known=target.known,
                                    label_en=target.label_en, generic=target.generic, levels=target.levels)
        out.append(m)
    return out


def _target(key: str, targets: dict[str, Mention]) -> Mention | None:
    """The body a mention's key names: its short name, or the long name's head noun with the short name ("Tập đoàn
    Công nghiệp - Viễn thông Quân đội (Viettel)", later "Tập đoàn Viettel")."""
    if key in targets:
        return targets[key]
    words = key.split()
    for n in range(1, min(3, len(words) - 1) + 1):
        head, rest = " ".join(words[:n]), " ".join(words[n:])
        if rest in targets and match_key(targets[rest].label).startswith(head + " "):
            return targets[rest]
    return None

"""An optional learnt acceptance of the rules' actors: a logistic regression that keeps or drops each actor.

Off by default. With a model (``policykg build --actor-model PATH`` with an acceptance file, ``build_source(...,
actor_model=load_actor_model(PATH))``) each actor the rules found in a document is scored once the assertions are
made; an actor whose probability of being one of the annotators' is below the model's threshold is dropped with
its mentions and its places in the statements (so its duties, leads and pairs go too). The actors the document's
frame names (issuers, the organs of signers' posts) are always kept. Without a model everything is as the rules
made it. ``bench/accept_actors.py`` trains the model on the gold of published documents and measures it
leave-one-document-out; the committed model and how it was made: ``bench/models/README.md``.

The features of an actor (:func:`actor_features`) are what the builder knows of it in the document: its head noun
and kind, whether the ontology knows it, how many words of its name the ontology's names use, how many times and in
how many forms it is written, where (header, recipients, body, table rows, which part), the roles the statements
give it (lead, partner, duty holder, addressee, only mentioned), capitals, length, level words, and whether its
name is a part of another actor's name (or holds one). The model is a small text file: a header line
(:data:`MAGIC`), the threshold, the bias and one weight per feature (tab-separated); scoring is a sum over the
actor's features, deterministic and cheap.

>>> model = AcceptanceModel({"bias": 1.0, "role=none": -3.0}, threshold=0.5)
>>> round(model.probability({"role=none": 1.0}), 3), round(model.probability({}), 3)
(0.119, 0.731)
"""

from __future__ import annotations

import bisect
import hashlib
import math
import os
import re
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from policykg.core.errors import InputError
from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.emitframe import frame_actors
from policykg.graph_builder.model import BuildResult, Mention
from policykg.graph_builder.terms import ACTOR, actor_iris
from policykg.graph_builder.vocabulary import starts_verb
from policykg.ontology.lexicon import Lexicon

__all__ = ["MAGIC", "AcceptanceModel", "actor_features", "is_acceptance_file", "train_acceptance"]

MAGIC = "# policykg actor acceptance model 1"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LENGTHS = ((1, "1"), (2, "2"), (3, "3"), (4, "4"), (6, "5-6"), (9, "7-9"))


def is_acceptance_file(data: bytes) -> bool:
    """True when ``data`` (a file's first bytes) starts like an acceptance model."""
    return data.startswith(MAGIC.encode("utf-8"))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


class AcceptanceModel:
    """Weights by feature name (``bias`` the intercept) and the threshold under which an actor is dropped."""

    magic = MAGIC   # the file's first line (a subclass reads and writes its own)

    def __init__(self, weights: dict[str, float], threshold: float = 0.5, sha256: str = ""):
        self.weights, self.threshold = dict(weights), threshold
        self.sha256 = sha256 or hashlib.sha256(self.text().encode("utf-8")).hexdigest()

    @classmethod
    def read(cls, path: str | os.PathLike) -> "AcceptanceModel":
        """The model in the file ``path``; InputError (one line) when it is not one."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read the actor model ({exc.strerror})") from None
        weights, threshold = {}, None
        lines = data.decode("utf-8", errors="replace").splitlines()
        if not lines or lines[0] != cls.magic:
            raise InputError(f"{path}: not an actor {cls.__name__} (its first line is not {cls.magic!r})")
        for number, line in enumerate(lines[1:], 2):
            if not line.strip() or line.startswith("#"):
                continue
            name, _, value = line.rpartition("\t")
            try:
                number_value = float(value)
            except ValueError:
                raise InputError(f"{path}:{number}: not 'feature<TAB>weight'") from None
            if not name:
                raise InputError(f"{path}:{number}: not 'feature<TAB>weight'")
            if name == "threshold":
                threshold = number_value
            else:
                weights[name] = number_value
        if threshold is None:
            raise InputError(f"{path}: the acceptance model gives no threshold")
        return cls(weights, threshold, hashlib.sha256(data).hexdigest())

    def text(self, comments: tuple[str, ...] = ()) -> str:
        """The model as its file's text (weights sorted by name, six decimals: the same model, the same bytes)."""
        lines = [self.magic, *(f"# {c}" for c in comments), f"threshold\t{self.threshold:.6f}"]
        lines += [f"{name}\t{self.weights[name]:.6f}" for name in sorted(self.weights)]
        return "\n".join(lines) + "\n"

    def probability(self, feats: dict[str, float]) -> float:
        """The probability that an actor with the features ``feats`` is one of the annotators'."""
        z = self.weights.get("bias", 0.0)
        for name in sorted(feats):
            z += self.weights.get(name, 0.0) * feats[name]
        return _sigmoid(z)

    def dropped(self, result: BuildResult, lexicon: Lexicon) -> set[str]:
        """The actors of ``result`` the model drops (never one the frame names)."""
        kept = set(frame_actors(result, lexicon))
        return {iri for iri, f in actor_features(result, lexicon).items()
                if iri not in kept and self.probability(f) < self.threshold}

    def filter(self, source, mentions: list[Mention], lexicon: Lexicon, document=None) -> list[Mention]:
        """Before the statements: nothing (this model judges actors once the statements are made)."""
        return mentions

    def accept(self, result: BuildResult, lexicon: Lexicon) -> BuildResult:
        """``result`` without the actors the model drops: their mentions and their places in the statements."""
        return without_actors(result, self.dropped(result, lexicon))


def without_actors(result: BuildResult, dropped: set[str]) -> BuildResult:
    """``result`` without the actor IRIs ``dropped``: their mentions, and them among statements' parties."""
    if not dropped:
        return result
    mentions = [m for m in result.mentions if not (m.category == "actor" and m.iri in dropped)]
    assertions = [replace(a, subjects=[s for s in a.subjects if s not in dropped],
                          objects=[o for o in a.objects if o not in dropped]) for a in result.assertions]
    return replace(result, mentions=mentions, assertions=assertions)


# ------------------------------------------------------------------------------------------------ features


def _words_of(lexicon: Lexicon) -> frozenset[str]:
    """Every word of the ontology's actor names, head nouns and proper names (lower case)."""
    cached = getattr(lexicon, "_acceptance_words", None)
    if cached is not None:
        return cached
    texts = [form for form, _ in lexicon.surface_forms()] + [h for h, _ in lexicon.head_nouns()]
    texts += list(lexicon.proper_names())
    words = frozenset(w for t in texts for w in _WORD.findall(match_key(t)))
    try:
        setattr(lexicon, "_acceptance_words", words)
    except AttributeError:
        pass
    return words


def _length(n: int) -> str:
    return next((name for top, name in _LENGTHS if n <= top), "10+")


def _places(result: BuildResult) -> dict[int, str]:
    """Section role of each mention's start offset, by a search in the sentences sorted by start."""
    roles = {s.index: s.role for s in result.sections}
    ordered = sorted(result.sentences, key=lambda s: s.span.start)
    starts = [s.span.start for s in ordered]
    places = {}
    for m in result.mentions:
        k = bisect.bisect_right(starts, m.span.start) - 1
        sentence = ordered[k] if k >= 0 and m.span.start < ordered[k].span.end else None
        places[m.span.start] = roles.get(sentence.section, "body") if sentence is not None else "none"
    return places


def _in_table(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return "|" in line or "\t" in line


def _roles(result: BuildResult) -> dict[str, Counter]:
    roles: dict[str, Counter] = defaultdict(Counter)
    for a in result.assertions:
        for iri in actor_iris(a.subjects):
            roles[iri][f"{a.relation}:subject"] += 1
        for iri in actor_iris(a.objects):
            roles[iri][f"{a.relation}:object"] += 1
    return roles


def _label_features(label: str, words: frozenset[str], heads: list[tuple[str, str]]) -> dict[str, float]:
    key = match_key(label)
    tokens = _WORD.findall(key)
    f: dict[str, float] = {f"length={_length(len(tokens))}": 1.0}
    unknown = [w for w in tokens if w not in words]
    f["unknown words"] = len(unknown) / len(tokens) if tokens else 1.0
    if unknown:
        f["some unknown word"] = 1.0
    head = next((h for h, _ in heads if key == h or key.startswith(h + " ")), None)
    f[f"head={head}" if head else "head=none"] = 1.0
    if head is not None and key == head:
        f["head alone"] = 1.0
    after = len(head) + 1 if head else key.find(" ") + 1
    starts = [m.start() for m in _WORD.finditer(key) if m.start() >= after > 0]
    if any(starts_verb(key, k) and not key.startswith(cues.DOMAIN_VERBS, k) for k in starts):
        f["verb in name"] = 1.0
    if tokens and tokens[-1] not in words:
        f["last word unknown"] = 1.0
    if any(c.isdigit() for c in label):
        f["digit"] = 1.0
    if re.search(r"\b(?:các cấp|cấp tỉnh|cấp xã|cấp huyện|cấp trung ương|các tỉnh|các xã)\b", key):
        f["level words"] = 1.0
    if "," in label or " và " in key:
        f["list in name"] = 1.0
    names = label.split()
    capitals = sum(1 for w in names[1:] if w[:1].isupper())
    f["capitalised words"] = capitals / max(1, len(names) - 1)
    return f


def actor_features(result: BuildResult, lexicon: Lexicon) -> dict[str, dict[str, float]]:
    """The features of each actor of ``result`` (by IRI): see the module's docstring.

    >>> from policykg.graph_builder.pipeline import build_source, source_from_string
    >>> from policykg.ontology import load_lexicon
    >>> r = build_source(source_from_string("Sở Tư pháp chủ trì, phối hợp với Công an tỉnh tuyên truyền pháp luật."))
    >>> f = actor_features(r, load_lexicon())
    >>> sorted(k for k in f[ACTOR + "so-tu-phap"] if k.startswith(("role", "head", "known", "pattern")))
    ['head=sở', 'pattern', 'role=coordination:subject', 'role=task:subject']
    """
    text = result.source.match
    places = _places(result)
    roles = _roles(result)
    words = _words_of(lexicon)
    heads = lexicon.head_nouns()
    by_iri: dict[str, list[Mention]] = defaultdict(list)
    for m in result.mentions:
        if m.category == "actor" and m.iri.startswith(ACTOR):
            by_iri[m.iri].append(m)
    iris = sorted(set(by_iri) | set(roles))
    labels = {}
    for iri in iris:
        entry = lexicon.get(iri)
        labels[iri] = entry.label_vi if entry else (by_iri[iri][0].label if by_iri[iri] else iri.rsplit("/", 1)[-1])
    keys = {iri: match_key(label) for iri, label in labels.items()}
    out = {}
    for iri in iris:
        entry, mentions = lexicon.get(iri), by_iri[iri]
        f = _label_features(labels[iri], words, heads)
        kind = entry.kind if entry else (mentions[0].kind if mentions else "Actor")
        f[f"kind={kind}"] = 1.0
        f["known" if entry is not None or any(m.known for m in mentions) else "pattern"] = 1.0
        if (entry is not None and entry.generic) or any(m.generic for m in mentions):
            f["generic"] = 1.0
        n = len(mentions)
        f["mentions"] = math.log1p(n)
        if n <= 1:
            f["mentioned once" if n else "never mentioned"] = 1.0
        f["forms"] = math.log1p(len({m.surface for m in mentions}))
        for place, count in Counter(places.get(m.span.start, "none") for m in mentions).items():
            f[f"in={place}"] = count / n
        if mentions:
            f["in table"] = sum(_in_table(text, m.span.start) for m in mentions) / n
            f["first at"] = min(m.span.start for m in mentions) / max(1, len(text))
        if any("\n" in m.surface for m in mentions):
            f["line break in name"] = 1.0
        if mentions and all(m.surface.isupper() for m in mentions):
            f["capitals only"] = 1.0
        if any(m.office for m in mentions):
            f["after an office"] = 1.0
        if any(m.levels for m in mentions):
            f["with levels"] = 1.0
        for role in roles.get(iri, {}):
            f[f"role={role}"] = 1.0
        f["statements"] = math.log1p(sum(roles.get(iri, Counter()).values()))
        if not roles.get(iri):
            f["role=none"] = 1.0
        key = keys[iri]
        if any(other != iri and len(k) > len(key) and key in k for other, k in keys.items()):
            f["part of another name"] = 1.0
        if any(other != iri and len(k) < len(key) and k in key for other, k in keys.items()):
            f["holds another name"] = 1.0
        out[iri] = f
    return out


# ------------------------------------------------------------------------------------------------ training


def train_acceptance(examples: list[tuple[dict[str, float], int]], l2: float = 1.0, rounds: int = 400,
                     rate: float = 0.5, threshold: float = 0.5) -> AcceptanceModel:
    """A logistic regression fitted to ``examples`` ((features, 1 keep / 0 drop) in order) by full-batch gradient
    descent with an L2 penalty ``l2`` on the weights (not the bias). Deterministic: the same examples, the same model.

    >>> m = train_acceptance([({"a": 1.0}, 1), ({"b": 1.0}, 0)] * 5)
    >>> m.probability({"a": 1.0}) > 0.5 > m.probability({"b": 1.0})
    True
    """
    names = sorted({name for feats, _ in examples for name in feats})
    index = {name: k for k, name in enumerate(names)}
    rows = [([(index[n], v) for n, v in sorted(feats.items())], y) for feats, y in examples]
    w, bias, n = [0.0] * len(names), 0.0, max(1, len(rows))
    for _ in range(rounds):
        grad, grad_bias = [0.0] * len(names), 0.0
        for row, y in rows:
            z = bias + sum(w[k] * v for k, v in row)
            err = _sigmoid(z) - y
            grad_bias += err
            for k, v in row:
                grad[k] += err * v
        bias -= rate * grad_bias / n
        for k in range(len(w)):
            w[k] -= rate * (grad[k] + l2 * w[k]) / n
    weights = {name: w[k] for name, k in index.items() if abs(w[k]) >= 5e-7}
    weights["bias"] = bias
    return AcceptanceModel(weights, threshold)

"""An optional learnt filter of the rules' actor names: a CRF (python-crfsuite) over the tokens of the match form.

(``load_actor_model`` also opens the other optional models, the acceptance of whole actors once the statements are
made, :mod:`policykg.graph_builder.actoraccept`, and the decision on candidate collectives,
:mod:`policykg.graph_builder.collectivemodel`; the file says which it is.)

Off by default. With a model (``build_source(..., actor_model=load_actor_model(PATH))``, ``build_corpus(...,
actor_model=PATH)``, ``policykg build --actor-model PATH``) an actor mention of the rules is kept only when the
model tags a span that overlaps it; every other mention, and everything when no model is given, is as the rules
made it. This is the "rules&crf" variant of ``bench/crf_actors.py``, which trains the model on the tune gold and
measures it leave-one-document-out; the committed model and how it was made: ``bench/models/README.md``.

Features of a token (the same code trains and tags): the token in lower case, its shape, its neighbours two each
side (word, shape, rules' tag), whether a head noun of the ontology starts at it, and the B/I/O tag the rules'
actor mentions give it, so that the model learns where the rules are wrong. Tagging is deterministic. A model is
read once per process (:func:`load_actor_model` caches it by path, size and modification time).

>>> toks = tokens("Sở Y tế, Công an tỉnh")
>>> bio(toks, [(0, 7), (9, 21)])
['B', 'I', 'I', 'O', 'B', 'I', 'I']
>>> spans_of(toks, ['B', 'I', 'I', 'O', 'B', 'I', 'O'])
[(0, 7), (9, 16)]
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
from pathlib import Path

from policykg.core.errors import InputError
from policykg.graph_builder.actoraccept import AcceptanceModel, is_acceptance_file
from policykg.graph_builder.collectivemodel import CollectiveModel, is_collective_file
from policykg.graph_builder.model import Mention, SourceText
from policykg.graph_builder.vocabulary import vocabulary
from policykg.ontology.lexicon import Lexicon

__all__ = ["ActorModel", "CRF_MISSING", "TRAIN_PARAMS", "bio", "features", "load_actor_model", "rule_spans",
           "spans_of", "tokens", "train_actor_model"]

CRF_MISSING = "--actor-model needs python-crfsuite: pip install 'policykg[crf]'"
TRAIN_PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_NEIGHBOURS = (-2, -1, 1, 2)


def tokens(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each token: a run of letters and digits, or one other non-space character."""
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if not word[0].isalnum():
        return "p"
    if word.isupper() and len(word) > 1:
        return "X"
    return "Xx" if word[0].isupper() else "x"


def bio(toks: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[str]:
    """B/I/O per token: the tokens wholly inside each span (in order; a later span overwrites), B first."""
    tags = ["O"] * len(toks)
    starts = [s for s, _ in toks]
    for a, b in spans:
        k = bisect.bisect_left(starts, a)
        first = k
        while k < len(toks) and toks[k][1] <= b:
            tags[k] = "B" if k == first else "I"
            k += 1
    return tags


def spans_of(toks: list[tuple[int, int]], tags: list[str]) -> list[tuple[int, int]]:
    """The character spans of the B I* runs of ``tags``."""
    spans, start = [], None
    for k, tag in enumerate([*tags, "O"]):
        if start is not None and tag != "I":
            spans.append((toks[start][0], toks[k - 1][1]))
            start = None
        if tag == "B":
            start = k
    return spans


def rule_spans(mentions: list[Mention]) -> list[tuple[int, int]]:
    """The distinct spans of the actor mentions, sorted."""
    return sorted({(m.span.start, m.span.end) for m in mentions if m.category == "actor"})


def features(text: str, spans: list[tuple[int, int]], lexicon: Lexicon
             ) -> tuple[list[tuple[int, int]], list[dict[str, str]]]:
    """The tokens of ``text`` (the match form) and each one's features, given the rules' actor ``spans``."""
    toks = tokens(text)
    rules = bio(toks, spans)
    heads = {m.start(1) for m in vocabulary(lexicon).head_matches(text.lower())}
    words = [text[s:e] for s, e in toks]
    shapes = [_shape(w) for w in words]
    out = []
    for k, (s, _) in enumerate(toks):
        f = {"w": words[k].lower(), "shape": shapes[k], "rule": rules[k], "head": str(s in heads)}
        for d in _NEIGHBOURS:
            j = k + d
            if 0 <= j < len(words):
                f[f"w{d}"], f[f"shape{d}"], f[f"rule{d}"] = words[j].lower(), shapes[j], rules[j]
            else:
                f[f"w{d}"] = "<edge>"
        f["rule|shape"] = rules[k] + "|" + shapes[k]
        out.append(f)
    return toks, out


def _crfsuite():
    try:
        import pycrfsuite
    except ImportError:
        raise InputError(CRF_MISSING) from None
    return pycrfsuite


def train_actor_model(examples: list[tuple[list[dict[str, str]], list[str]]], path: str | os.PathLike) -> None:
    """Train a model on ``examples`` ((features, gold B/I/O tags) per document, in order) and write it to ``path``
    (L-BFGS, :data:`TRAIN_PARAMS`: the same examples give the same model)."""
    trainer = _crfsuite().Trainer(verbose=False)
    for feats, labels in examples:
        trainer.append(feats, labels)
    trainer.set_params(TRAIN_PARAMS)
    trainer.train(str(path))


class ActorModel:
    """A trained actor model, opened from a file. ``sha256`` identifies it (a build records it)."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read the actor model ({exc.strerror})") from None
        self.sha256 = hashlib.sha256(data).hexdigest()
        self._tagger = _crfsuite().Tagger()
        try:
            self._tagger.open(str(self.path))
        except (ValueError, OSError):
            raise InputError(f"{path}: not an actor model (a python-crfsuite model file)") from None
        if not set(self._tagger.labels()) <= {"B", "I", "O"}:
            raise InputError(f"{path}: not an actor model (its labels are not B, I, O)")

    def tag(self, text: str, spans: list[tuple[int, int]], lexicon: Lexicon) -> list[tuple[int, int]]:
        """The actor spans the model tags in ``text`` (the match form), given the rules' actor ``spans``."""
        return self.tag_tokens(*features(text, spans, lexicon))

    def tag_tokens(self, toks: list[tuple[int, int]], feats: list[dict[str, str]]) -> list[tuple[int, int]]:
        """The spans the model tags, given the tokens and their :func:`features`."""
        return spans_of(toks, self._tagger.tag(feats)) if toks else []

    def filter(self, source: SourceText, mentions: list[Mention], lexicon: Lexicon, document=None) -> list[Mention]:
        """``mentions`` without the actor mentions that overlap no span the model tags (others unchanged)."""
        tagged = self.tag(source.match, rule_spans(mentions), lexicon)
        ends = [e for _, e in tagged]

        def agreed(m: Mention) -> bool:
            k = bisect.bisect_right(ends, m.span.start)   # the first tagged span ending after the mention starts
            return k < len(tagged) and tagged[k][0] < m.span.end

        return [m for m in mentions if m.category != "actor" or agreed(m)]

    def accept(self, result, lexicon: Lexicon):
        """After the statements: nothing (this model filters the mentions before them)."""
        return result


_LOADED: dict[tuple, ActorModel | AcceptanceModel] = {}


def _first_bytes(path: str | os.PathLike) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(64)
    except OSError:
        return b""


def load_actor_model(path: str | os.PathLike) -> ActorModel | AcceptanceModel:
    """The actor model at ``path``, read once per process (again only when the file changes): an
    :class:`~policykg.graph_builder.actoraccept.AcceptanceModel` or a
    :class:`~policykg.graph_builder.collectivemodel.CollectiveModel` when the file is one (a text file that starts
    with its header line), else a CRF :class:`ActorModel`.

    Raises InputError (one line) when python-crfsuite is missing or the file is missing or not a model.

    >>> load_actor_model("no/such.crfsuite")
    Traceback (most recent call last):
    ...
    policykg.core.errors.InputError: no/such.crfsuite: cannot read the actor model (No such file or directory)
    """
    try:
        st = os.stat(path)
        key = (os.path.realpath(path), st.st_size, st.st_mtime_ns)
    except OSError:
        key = None
    if key is None or key not in _LOADED:
        head = _first_bytes(path)
        model = AcceptanceModel.read(path) if is_acceptance_file(head) else \
            CollectiveModel.read(path) if is_collective_file(head) else ActorModel(path)
        if key is not None:
            _LOADED.clear()
            _LOADED[key] = model
        return model
    return _LOADED[key]

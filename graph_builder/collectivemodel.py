"""An optional learnt decision on candidate collectives: actors the rules do not make, added where a model says so.

Where the acceptance model (:mod:`policykg.graph_builder.actoraccept`) judges the rules' own actors, this one only
*adds*: the candidates of :mod:`policykg.graph_builder.collectivecands` (lower-case or qualified collectives no actor
mention covers, and the rules' generic bodies no statement names) are scored by a logistic regression over their
features, and each candidate node whose probability reaches the model's threshold becomes an actor of the document
before the statements are made (so the duty rules read it as a party). Everything the rules made stays.

The model is a text file like the acceptance model's, with its own first line (:data:`MAGIC`);
``bench/collective_actors.py`` trains it on the development gold and cross-validates it by document
(``bench/models/README.md``). Off by default: ``policykg build --actor-model bench/models/collectives.tsv``.

>>> from policykg.graph_builder.pipeline import build_source, source_from_string
>>> text = "Hội nghị có sự tham dự của Sở Tư pháp, các hội nghề nghiệp."
>>> def actors(model):
...     return sorted(m.label for m in build_source(source_from_string(text), actor_model=model).mentions
...                   if m.category == "actor" and not m.generic)
>>> actors(None), actors(CollectiveModel({"bias": 2.0}, threshold=0.5))
(['Sở Tư pháp'], ['Sở Tư pháp', 'hội nghề nghiệp'])
"""

from __future__ import annotations

from dataclasses import replace

from policykg.graph_builder.actoraccept import AcceptanceModel
from policykg.graph_builder.collectivecands import widenable, candidate_features, generic_candidates, span_candidates
from policykg.graph_builder.model import Mention, Span
from policykg.ontology.lexicon import Lexicon

__all__ = ["MAGIC", "CollectiveModel", "document_candidates", "is_collective_file"]

MAGIC = "# policykg collective candidates model 1"


def is_collective_file(data: bytes) -> bool:
    """True when ``data`` (a file's first bytes) starts like a collective-candidates model."""
    return data.startswith(MAGIC.encode("utf-8"))


def _candidates(source, mentions: list[Mention], lexicon: Lexicon):
    spans = span_candidates(source, mentions, lexicon)
    return sorted(spans + generic_candidates(mentions, lexicon, spans), key=lambda c: (c.start, c.end))


def document_candidates(result, lexicon: Lexicon) -> dict[str, tuple[dict[str, float], str]]:
    """(features, label) of each candidate node of a built document (by IRI), as the model judges them."""
    found = _candidates(result.source, result.mentions, lexicon)
    feats = candidate_features(result.source, found, result.mentions, result.document.kind)
    labels = {}
    for c in found:
        labels.setdefault(c.iri, c.label)
    return {iri: (f, labels[iri]) for iri, f in feats.items()}


class CollectiveModel(AcceptanceModel):
    """Weights by feature name and the threshold from which a candidate collective becomes an actor."""

    magic = MAGIC

    def filter(self, source, mentions: list[Mention], lexicon: Lexicon, document=None) -> list[Mention]:
        """``mentions`` with the candidates the model accepts: new actor mentions, or generic ones made actors."""
        found = _candidates(source, mentions, lexicon)
        if not found:
            return mentions
        kind = document.kind if document is not None else "Document"
        feats = candidate_features(source, found, mentions, kind)
        accepted = {iri for iri, f in feats.items() if self.probability(f) >= self.threshold}
        if not accepted:
            return mentions
        added = [(c.start, c.end) for c in found if c.origin == "span" and c.iri in accepted]
        out = [replace(m, generic=False) if m.category == "actor" and m.generic and m.iri in accepted else m
               for m in mentions
               if not (widenable(m) and any(a < m.span.end and m.span.start < b for a, b in added))]
        out += [Mention(span=Span(c.start, c.end), surface=source.text[c.start:c.end], category="actor", iri=c.iri,
                        label=c.label, kind=c.kind, known=False)
                for c in found if c.origin == "span" and c.iri in accepted]
        return sorted(out, key=lambda m: (m.span.start, m.span.end))

    def accept(self, result, lexicon: Lexicon):
        """After the statements: nothing (this model adds before them)."""
        return result

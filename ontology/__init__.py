"""The policykg ontology: Turtle files (the single source of truth for the vocabulary), the lexicon view
the builder recognises text with, SHACL validation and HTML documentation.

- ``ONTOLOGY_FILES``: core.ttl (classes, properties, levels, document and actor kinds) and actors.ttl
  (the actor vocabulary), in load order.
- ``SHAPES_FILE``: shapes.ttl, the SHACL rules every built graph obeys.
- ``load_lexicon()``: the cached read-only ``Lexicon``; ``validate(data)``: run the shapes on instance data.

>>> [p.name for p in ONTOLOGY_FILES]
['core.ttl', 'actors.ttl']
>>> SHAPES_FILE.name
'shapes.ttl'
"""

from __future__ import annotations

from policykg.ontology.files import ONTOLOGY_FILES, SHAPES_FILE
from policykg.ontology.lexicon import (
    DocumentKindEntry,
    LevelEntry,
    Lexicon,
    LexiconEntry,
    OntologyLexicon,
    load_lexicon,
)
from policykg.ontology.validation import ValidationReport, Violation, validate


__all__ = [
    "ONTOLOGY_FILES",
    "SHAPES_FILE",
    "DocumentKindEntry",
    "LevelEntry",
    "Lexicon",
    "LexiconEntry",
    "OntologyLexicon",
    "load_lexicon",
    "validate",
    "ValidationReport",
    "Violation",
]

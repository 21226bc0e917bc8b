"""The policykg ontology: Turtle files (the single source of truth for the vocabulary), the lexicon view
the builder recognises text with, SHACL validation and HTML documentation.

- ``ONTOLOGY_FILES``: core.ttl (classes, properties, levels, document and actor kinds), actors.ttl
  (the actor vocabulary) and documents.ttl (documents cited by name, with their aliases), in load order.
- ``SHAPES_FILE``: shapes.ttl, the SHACL rules every built graph obeys.
- ``load_lexicon()``: the cached read-only ``OntologyLexicon`` (modules: ``lexicon``, ``files``); ``validation.validate``
  runs the shapes on instance data and ``docs.write_docs`` writes the HTML documentation (imported on use: they
  load rdflib and pySHACL, which the builder does not need).

>>> [p.name for p in ONTOLOGY_FILES]
['core.ttl', 'actors.ttl', 'documents.ttl']
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
    NamedDocumentEntry,
    OntologyLexicon,
    load_lexicon,
)


__all__ = [
    "ONTOLOGY_FILES",
    "SHAPES_FILE",
    "DocumentKindEntry",
    "LevelEntry",
    "Lexicon",
    "LexiconEntry",
    "NamedDocumentEntry",
    "OntologyLexicon",
    "load_lexicon",
]

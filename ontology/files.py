"""The ontology's files: the single source of truth for the vocabulary, in load order, and the SHACL shapes.

>>> [p.name for p in ONTOLOGY_FILES], SHAPES_FILE.name
(['core.ttl', 'actors.ttl', 'documents.ttl'], 'shapes.ttl')
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["CORE_FILE", "ACTORS_FILE", "DOCUMENTS_FILE", "ONTOLOGY_FILES", "SHAPES_FILE"]

_HERE = Path(__file__).resolve().parent
CORE_FILE = _HERE / "core.ttl"          # classes, properties, levels, document and actor kinds
ACTORS_FILE = _HERE / "actors.ttl"      # the actor vocabulary
DOCUMENTS_FILE = _HERE / "documents.ttl"   # documents cited by name: laws, codes, regulations and their aliases
ONTOLOGY_FILES: tuple[Path, ...] = (CORE_FILE, ACTORS_FILE, DOCUMENTS_FILE)
SHAPES_FILE: Path = _HERE / "shapes.ttl"

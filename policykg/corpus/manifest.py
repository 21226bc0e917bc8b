"""``OUT/manifest.json``: per document, the input it came from, its content hash, the builder version, its counts.

A document is unchanged (not rebuilt) when its text hashes the same, this builder version built it, and its
cache files are present.
"""

from __future__ import annotations

import json
from pathlib import Path

from policykg import __version__
from policykg.core.atomic import write_text
from policykg.corpus.outcome import DocumentOutcome

__all__ = ["MANIFEST_VERSION", "Manifest"]

MANIFEST_VERSION = 1


class Manifest:
    """The documents of a build directory by key; read at the start of a build, written at its end."""

    def __init__(self, path: Path, documents: dict[str, dict] | None = None):
        self.path = path
        self.documents: dict[str, dict] = documents or {}

    @classmethod
    def load(cls, path: Path) -> "Manifest":
        """The manifest at ``path``; an empty one when it is missing, unreadable or of another version."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path)
        if not isinstance(data, dict) or data.get("manifest") != MANIFEST_VERSION:
            return cls(path)
        return cls(path, data.get("documents", {}))

    def write(self) -> None:
        """Write the manifest (sorted keys, atomically)."""
        data = {"manifest": MANIFEST_VERSION, "documents": self.documents}
        write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")

    def is_unchanged(self, key: str, sha256: str) -> bool:
        """True when the document ``key`` was built from the same text by this builder version."""
        entry = self.documents.get(key)
        return bool(entry) and entry.get("sha256") == sha256 and entry.get("builder") == __version__

    def record(self, outcome: DocumentOutcome) -> None:
        """Remember a document that was just built."""
        self.documents[outcome.key] = {"name": outcome.name, "sha256": outcome.sha256, "builder": __version__,
                                       "heading": outcome.part.heading, "anchor": outcome.part.anchor,
                                       "counts": outcome.counts, "actors": outcome.actors}

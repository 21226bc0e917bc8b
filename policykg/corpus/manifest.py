"""``manifest.json`` of a generation: per document, the input it came from, its content hash, the builder version,
its counts.

A document is unchanged (not rebuilt) when its text hashes the same, this builder version built it, and its
cache files are present. The manifest also remembers each input's real path, so a file keeps its key when it is
named another way or edited.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from policykg import __version__
from policykg.core.atomic import write_text
from policykg.corpus.outcome import DocumentOutcome

__all__ = ["MANIFEST_VERSION", "Manifest", "builder_id"]

MANIFEST_VERSION = 1


def builder_id(actor_model_sha256: str | None = None) -> str:
    """What builds the documents: this version, and the actor model when one filters the actor names.

    >>> builder_id() == __version__, builder_id("ab" * 32).endswith("+actors-abababababababab")
    (True, True)
    """
    return __version__ if actor_model_sha256 is None else f"{__version__}+actors-{actor_model_sha256[:16]}"


class Manifest:
    """The documents of a build directory by key; read from the published generation, written into the new one."""

    def __init__(self, path: Path | None = None, documents: dict[str, dict] | None = None,
                 outputs: dict | None = None):
        self.path = path
        self.builder = builder_id()   # what builds the documents (:func:`builder_id`); recorded per document
        self.documents: dict[str, dict] = documents or {}
        self.outputs: dict = outputs or {}   # what the generation's outputs were made from, and their totals

    @classmethod
    def load(cls, path: Path) -> "Manifest":
        """The manifest at ``path``; an empty one when it is missing, unreadable or of another version."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path)
        if not isinstance(data, dict) or data.get("manifest") != MANIFEST_VERSION:
            return cls(path)
        return cls(path, data.get("documents", {}), data.get("outputs") or {})

    def write(self, path: Path) -> None:
        """Write the manifest to ``path`` (sorted keys, atomically)."""
        data = {"manifest": MANIFEST_VERSION, "documents": self.documents, "outputs": self.outputs}
        write_text(path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")

    def is_unchanged(self, key: str, sha256: str) -> bool:
        """True when the document ``key`` was built from the same text by this builder (``self.builder``)."""
        entry = self.documents.get(key)
        return bool(entry) and entry.get("sha256") == sha256 and entry.get("builder") == self.builder

    def known_paths(self) -> dict[str, str]:
        """Real path of each input built before -> its key."""
        return {entry["path"]: key for key, entry in self.documents.items() if entry.get("path")}

    def record(self, outcome: DocumentOutcome, path: str | None) -> None:
        """Remember a document that was just built (``path``: the real path of its input; None for stdin)."""
        entry = {"name": outcome.name, "sha256": outcome.sha256, "builder": self.builder,
                 "heading": outcome.part.heading, "anchor": outcome.part.anchor,
                 "counts": outcome.counts, "actors": outcome.actors}
        if path:
            entry["path"] = path
        if outcome.identity:
            entry["identity"] = list(outcome.identity)
        self.documents[outcome.key] = entry

    def fingerprint(self, keys: list[str], extra: object) -> str:
        """A hash of everything the outputs of the documents ``keys`` are made from (``extra``: the rest, e.g. the
        failed inputs); equal fingerprints mean byte-identical outputs."""
        made_from = [[key, {f: v for f, v in self.documents[key].items() if f != "path"}] for key in keys]
        text = json.dumps([__version__, made_from, extra], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def published(self, keys: set[str]) -> tuple[list[str], list[tuple[str, str]]]:
        """Of the documents ``keys`` (those with cache files), the ones a generation publishes, and the others as
        ``(key, kept key)``: one per (số hiệu, issuer) — the smallest key — the others repeat it.

        >>> m = Manifest(documents={"b": {"identity": ["1/CT", "x"]}, "a": {"identity": ["1/CT", "x"]}, "c": {}})
        >>> m.published({"a", "b", "c"})
        (['a', 'c'], [('b', 'a')])
        """
        first: dict[tuple, str] = {}
        kept, repeats = [], []
        for key in sorted(keys):
            identity = tuple(self.documents.get(key, {}).get("identity") or ())
            if identity and identity in first:
                repeats.append((key, first[identity]))
                continue
            if identity:
                first[identity] = key
            kept.append(key)
        return kept, repeats

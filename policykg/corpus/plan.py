"""Step 1 of a corpus build: check everything, decide what to build, write nothing.

Every input must exist, every option must be valid and the ontology must load before the build directory is
created or touched: a missing input is one line and an unchanged ``OUT/``. Texts are hashed (stdin is read
here, once) and compared with the manifest to find the documents that are unchanged.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from policykg.core.errors import InputError, PolicyKGError
from policykg.corpus.distributed import check_scheduler
from policykg.corpus.exports import check_formats
from policykg.corpus.inputs import INPUT_SUFFIXES, collect_inputs, file_sha256
from policykg.corpus.manifest import Manifest
from policykg.corpus.outcome import one_line
from policykg.corpus.summary import BuildSummary
from policykg.graph_builder.model import SourceText
from policykg.graph_builder.read import read_source
from policykg.ontology.lexicon import load_lexicon
from policykg.queries.store import STORE_DIRNAME

__all__ = ["BuildPlan", "plan_build"]


@dataclass
class BuildPlan:
    """What a build will do: where, in which formats, with how many workers, and which documents to (re)build."""

    out: Path
    formats: list[str]
    jobs: int = 1
    scheduler: str | None = None    # build on Dask (local:N or tcp://HOST:PORT) instead of the process pool
    spool: str | None = None        # with a scheduler: the folder workers write their results into
    viz: bool = True
    prune: bool = False
    quiet: bool = False
    manifest: Manifest | None = None
    to_build: list[tuple[str, str, str]] = field(default_factory=list)   # (path, key, sha256); path '-' is stdin
    stdin: SourceText | None = None
    current_keys: set[str] = field(default_factory=set)
    failed: list[tuple[str, str]] = field(default_factory=list)          # inputs that exist but cannot be read
    unchanged: int = 0

    @property
    def graphs_dir(self) -> Path:
        return self.out / "graphs"

    @property
    def parts_dir(self) -> Path:
        return self.out / "parts"

    @property
    def store_dir(self) -> Path:
        return self.out / STORE_DIRNAME

    def summary(self) -> BuildSummary:
        """A fresh summary that starts with what the plan already knows."""
        return BuildSummary(out_dir=str(self.out), unchanged=self.unchanged, failed=list(self.failed))

    def _cached(self, key: str) -> bool:
        return (self.graphs_dir / f"{key}.nq").exists() and (self.parts_dir / f"{key}.html").exists()

    def _add(self, path: str, key: str, incremental: bool) -> None:
        """Hash one input and either count it unchanged or schedule it."""
        if path == "-":
            try:
                self.stdin = read_source("-")
            except PolicyKGError as exc:
                self.failed.append(("<stdin>", one_line(exc)))
                return
            key, sha = self.stdin.key, self.stdin.sha256
        else:
            try:
                sha = file_sha256(path)
            except OSError as exc:
                self.failed.append((path, f"{path}: cannot read ({exc.strerror})"))
                return
        self.current_keys.add(key)
        if incremental and self.manifest.is_unchanged(key, sha) and self._cached(key):
            self.unchanged += 1
            return
        self.to_build.append((path, key, sha))


def plan_build(inputs: list[str | os.PathLike], out_dir: str | os.PathLike, *, formats: Iterable[str] = ("trig", "ttl"),
               jobs: int = 1, incremental: bool = True, viz: bool = True, prune: bool = False,
               quiet: bool = False, scheduler: str | None = None, spool: str | os.PathLike | None = None) -> BuildPlan:
    """Check the inputs and options of a build and decide what to build; nothing is created or written.

    Raises InputError (one line) for an unknown format, ``jobs < 1``, an ``out_dir`` that is a file, an input
    that does not exist, no input documents at all, an ontology that does not load, a bad ``scheduler`` (or no
    Dask installed), or a ``spool`` without a scheduler.
    """
    if scheduler is not None:
        check_scheduler(scheduler)
    elif spool is not None:
        raise InputError("--spool needs --scheduler (the folder Dask workers write their results into)")
    wanted = check_formats(formats)
    if jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {jobs}")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a directory")
    pairs, missing = collect_inputs(inputs)
    if missing:
        more = f" (and {len(missing) - 1} more missing input(s))" if len(missing) > 1 else ""
        raise InputError(missing[0][1] + more)
    if not pairs:
        raise InputError("no input documents found (looked for " + ", ".join(INPUT_SUFFIXES) + " files)")
    plan = BuildPlan(out=out, formats=wanted, jobs=jobs, viz=viz, prune=prune, quiet=quiet, scheduler=scheduler,
                     spool=None if spool is None else str(spool),
                     manifest=Manifest.load(out / "manifest.json"))  # kept with --force: documents not rebuilt stay
    for path, key in pairs:
        plan._add(path, key, incremental)
    if plan.to_build:
        load_lexicon()   # a broken ontology stops the build here; forked workers inherit the loaded lexicon
    return plan

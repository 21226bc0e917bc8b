"""Step 1 of a corpus build: check everything, decide what to build, write nothing.

Every input must exist, every option must be valid, ``OUT`` must be free to write (empty, or a policykg build
directory, or ``--force``) and the ontology must load before the build directory is created or touched: a missing
input is one line and an unchanged ``OUT/``. Texts are hashed (stdin is read here, once), keyed
(:func:`~policykg.corpus.inputs.assign_keys`) and compared with the manifest of the published generation to find
the documents that are unchanged.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from policykg.core.builddir import GRAPHS, PARTS, graph_file, part_file
from policykg.core.errors import InputError, PolicyKGError
from policykg.corpus.builddir import check_ownership, previous_generation
from policykg.corpus.distributed import check_scheduler
from policykg.corpus.exports import check_formats
from policykg.corpus.inputs import INPUT_SUFFIXES, assign_keys, collect_inputs, file_sha256
from policykg.corpus.manifest import Manifest, builder_id
from policykg.corpus.outcome import one_line
from policykg.corpus.serverpush import ServerTarget
from policykg.corpus.summary import BuildSummary
from policykg.graph_builder.actormodel import load_actor_model
from policykg.graph_builder.model import SourceText
from policykg.core.limits import MAX_DOCUMENT_BYTES, check_input_file
from policykg.graph_builder.read import read_source
from policykg.ontology.lexicon import load_lexicon
from policykg.queries.store import STORE_DIRNAME

__all__ = ["BuildPlan", "plan_build"]


@dataclass
class BuildPlan:
    """What a build will do: where, in which formats, with how many workers, and which documents to (re)build.

    ``previous`` is the published generation the build starts from (None for a first build); ``gen`` the staging
    generation it writes (set once the build directory is held).
    """

    out: Path
    formats: list[str]
    jobs: int = 1
    scheduler: str | None = None    # build on Dask (local:N or tcp://HOST:PORT) instead of the process pool
    spool: str | None = None        # with a scheduler: the folder workers write their results into
    server: ServerTarget | None = None   # build --endpoint: the SPARQL server that follows the published generation
    viz: bool = True
    prune: bool = False
    quiet: bool = False
    max_size: int | None = MAX_DOCUMENT_BYTES   # bytes per document (None: no limit)
    incremental: bool = True
    force: bool = False
    actor_model: str | None = None      # the real path of the actor model that filters the actor names, if any
    actor_sha256: str | None = None     # and its hash: the manifest records it, another model rebuilds
    manifest: Manifest = field(default_factory=Manifest)
    before: dict[str, dict] = field(default_factory=dict)               # the previous manifest's documents
    before_outputs: dict = field(default_factory=dict)                  # and what its outputs were made from
    previous: Path | None = None
    gen: Path | None = None
    hashed: list[tuple[str, str]] = field(default_factory=list)        # (path, sha256) of every readable file
    to_build: list[tuple[str, str, str]] = field(default_factory=list)   # (path, key, sha256); path '-' is stdin
    paths: dict[str, str] = field(default_factory=dict)                 # key -> real path of its input
    stdin: SourceText | None = None
    current_keys: set[str] = field(default_factory=set)
    failed: list[tuple[str, str]] = field(default_factory=list)          # inputs that exist but cannot be read
    skipped: list[tuple[str, str]] = field(default_factory=list)         # files left out of input folders, why
    duplicates: list[tuple[str, str]] = field(default_factory=list)      # (input, input with the same text)
    notes: list[str] = field(default_factory=list)
    unchanged: int = 0
    published: list[str] = field(default_factory=list)   # set by the finish step: the generation's documents,
    changed: list[str] = field(default_factory=list)     # those whose graph differs from the previous generation's,
    removed: list[str] = field(default_factory=list)     # and those the previous generation had and this one has not

    @property
    def graphs_dir(self) -> Path:
        return self.gen / GRAPHS

    @property
    def parts_dir(self) -> Path:
        return self.gen / PARTS

    @property
    def store_dir(self) -> Path:
        return self.gen / STORE_DIRNAME

    def summary(self) -> BuildSummary:
        """A fresh summary that starts with what the plan already knows."""
        notes = list(self.notes)
        notes.extend(f"{dup} has the same text as {kept}: built once" for dup, kept in self.duplicates)
        return BuildSummary(out_dir=str(self.out), unchanged=self.unchanged, failed=list(self.failed),
                            notes=notes, skipped=list(self.skipped))

    def cached(self, key: str, where: Path | None = None) -> bool:
        """True when the cache files of ``key`` are in the generation ``where`` (default: the previous one)."""
        where = where or self.previous
        return where is not None and graph_file(where / GRAPHS, key).exists() \
            and part_file(where / PARTS, key).exists()

    def _hash(self, path: str) -> None:
        """Hash one input (stdin is read now)."""
        if path == "-":
            try:
                self.stdin = read_source("-", max_size=self.max_size)
            except PolicyKGError as exc:
                self.failed.append(("<stdin>", one_line(exc)))
            return
        try:
            check_input_file(path, self.max_size)   # a FIFO, a device or a huge file is refused unread
        except PolicyKGError as exc:
            self.failed.append((path, one_line(exc)))
            return
        try:
            self.hashed.append((path, file_sha256(path)))
        except OSError as exc:
            self.failed.append((path, f"{path}: cannot read ({exc.strerror})"))

    def decide(self, previous: Path | None) -> None:
        """Key every input against the manifest of ``previous`` and decide what is rebuilt."""
        self.previous = previous
        self.manifest = Manifest.load(previous / "manifest.json") if previous is not None else Manifest()
        self.manifest.builder = builder_id(self.actor_sha256)
        self.before = {key: dict(entry) for key, entry in self.manifest.documents.items()}
        self.before_outputs = dict(self.manifest.outputs)
        keys, self.duplicates = assign_keys(self.hashed, self.manifest.known_paths())
        jobs = [(path, keys[path], sha) for path, sha in self.hashed if path in keys]
        if self.stdin is not None:
            jobs.append(("-", self.stdin.key, self.stdin.sha256))
        self.to_build, self.current_keys, self.unchanged, self.paths = [], set(), 0, {}
        for path, key, sha in jobs:
            self.current_keys.add(key)
            if path != "-":
                self.paths[key] = os.path.realpath(path)
            if self.incremental and self.manifest.is_unchanged(key, sha) and self.cached(key):
                self.unchanged += 1
                if path != "-":
                    self.manifest.documents[key]["path"] = self.paths[key]
                continue
            self.to_build.append((path, key, sha))


def plan_build(inputs: list[str | os.PathLike], out_dir: str | os.PathLike, *, formats: Iterable[str] = ("trig", "ttl"),
               jobs: int = 1, incremental: bool = True, viz: bool = True, prune: bool = False,
               quiet: bool = False, force: bool = False, scheduler: str | None = None,
               spool: str | os.PathLike | None = None, actor_model: str | os.PathLike | None = None,
               server: ServerTarget | None = None, max_size: int | None = MAX_DOCUMENT_BYTES) -> BuildPlan:
    """Check the inputs and options of a build and decide what to build; nothing is created or written.

    Raises InputError (one line) for an unknown format, ``jobs < 1``, an ``out_dir`` that is a file or a non-empty
    folder that is not a build directory (unless ``force``), an input that does not exist, no input documents at
    all, an ontology that does not load, a bad ``scheduler`` (or no Dask installed), a ``spool`` without a
    scheduler, or an ``actor_model`` that cannot be read as one (or no python-crfsuite installed); EndpointError
    for a ``server`` whose URLs or credentials are unusable. An input that is not a regular file or is bigger than
    ``max_size`` bytes is not read: it fails alone (``plan.failed``).
    """
    if server is not None:
        server.writer()
    actor_sha256 = None
    if actor_model is not None:   # read here, once: forked workers inherit it
        actor_sha256 = load_actor_model(actor_model).sha256
        actor_model = os.path.realpath(actor_model)
    if scheduler is not None:
        check_scheduler(scheduler)
    elif spool is not None:
        raise InputError("--spool needs --scheduler (the folder Dask workers write their results into)")
    wanted = check_formats(formats)
    if jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {jobs}")
    out = Path(out_dir)
    notes = check_ownership(out, force)
    found = collect_inputs(inputs, out)
    if found.missing:
        more = f" (and {len(found.missing) - 1} more missing input(s))" if len(found.missing) > 1 else ""
        raise InputError(found.missing[0][1] + more)
    if not found.files:
        raise InputError("no input documents found (looked for " + ", ".join(INPUT_SUFFIXES) + " files"
                         + (f"; skipped {len(found.skipped)}" if found.skipped else "") + ")")
    plan = BuildPlan(out=out, formats=wanted, jobs=jobs, viz=viz, prune=prune, quiet=quiet, incremental=incremental,
                     force=force, skipped=found.skipped, notes=notes, scheduler=scheduler,
                     spool=None if spool is None else str(spool), actor_model=actor_model,
                     actor_sha256=actor_sha256, server=server, max_size=max_size)
    for path in found.files:
        plan._hash(path)
    plan.decide(previous_generation(out))
    if plan.to_build:
        load_lexicon()   # a broken ontology stops the build here; forked workers inherit the loaded lexicon
    return plan

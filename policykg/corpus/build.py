"""``build_corpus``: files and directories of texts into a build directory, in three steps (plan, run, finish).

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "out"
>>> build_corpus([out.parent / "nosuch.txt"], out)
Traceback (most recent call last):
...
policykg.core.errors.InputError: .../nosuch.txt: no such file or directory
>>> out.exists()
False
"""

from __future__ import annotations

import os
from typing import Iterable

from policykg.corpus.finish import finish_build
from policykg.corpus.plan import plan_build
from policykg.corpus.run import run_build
from policykg.corpus.summary import BuildSummary

__all__ = ["build_corpus"]


def build_corpus(inputs: list[str | os.PathLike], out_dir: str | os.PathLike, *,
                 formats: Iterable[str] = ("trig", "ttl"), jobs: int = 1, quiet: bool = False,
                 incremental: bool = True, viz: bool = True, prune: bool = False, scheduler: str | None = None,
                 spool: str | os.PathLike | None = None) -> BuildSummary:
    """Build files and directories into ``out_dir`` (the layout: :mod:`policykg.corpus`).

    Takes input paths (files, directories, '-' for stdin), the output directory, the RDF formats to write (of
    ttl, trig, nt, nq, jsonld, rdfxml), the number of worker processes, whether to show no progress bar,
    whether to reuse unchanged documents, whether to write the actor view, and whether to drop documents no
    longer among the inputs; ``scheduler`` builds the documents on Dask instead (``local:N`` starts a LocalCluster
    of N worker processes for the build, ``tcp://HOST:PORT`` uses a running scheduler) and ``spool`` is a folder its
    workers write their results into (:mod:`policykg.corpus.distributed`). Returns a :class:`~policykg.corpus.summary.BuildSummary`; inputs that exist but
    fail are listed in ``summary.failed`` (the others are still built). Raises InputError, before anything is
    written, for an unknown format, a missing input, or when no input document is found.
    """
    plan = plan_build(inputs, out_dir, formats=formats, jobs=jobs, incremental=incremental, viz=viz, prune=prune,
                      quiet=quiet, scheduler=scheduler, spool=spool)
    summary = plan.summary()
    store = run_build(plan, summary)
    try:
        finish_build(plan, store, summary)
    finally:
        del store   # closes the persistent store
    return summary

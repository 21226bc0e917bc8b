"""``build_corpus``: files and directories of texts into a build directory, in three steps (plan, run, finish),
published as one new generation of ``OUT`` only when complete.

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

import errno
import os
from typing import Iterable

from policykg.core.errors import InputError, OutputError
from policykg.corpus.builddir import BuildDirectory, Interrupts
from policykg.corpus.finish import finish_build
from policykg.corpus.plan import BuildPlan, plan_build
from policykg.corpus.run import run_build
from policykg.corpus.summary import BuildSummary
from policykg.queries.store import damaged_store_message

__all__ = ["build_corpus", "output_error"]


def build_corpus(inputs: list[str | os.PathLike], out_dir: str | os.PathLike, *,
                 formats: Iterable[str] = ("trig", "ttl"), jobs: int = 1, quiet: bool = False,
                 incremental: bool = True, viz: bool = True, prune: bool = False, force: bool = False,
                 scheduler: str | None = None, spool: str | os.PathLike | None = None,
                 actor_model: str | os.PathLike | None = None) -> BuildSummary:
    """Build files and directories into ``out_dir`` (the layout: :mod:`policykg.corpus`).

    Takes input paths (files, directories, '-' for stdin), the output directory, the RDF formats to write (of
    ttl, trig, nt, nq, jsonld, rdfxml), the number of worker processes, whether to show no progress bar,
    whether to reuse unchanged documents, whether to write the actor view, whether to drop documents no
    longer among the inputs, and whether to build into a non-empty folder that is not a build directory;
    ``scheduler`` builds the documents on Dask instead (``local:N`` starts a LocalCluster of N worker processes
    for the build, ``tcp://HOST:PORT`` uses a running scheduler) and ``spool`` is a folder its workers write their
    results into (:mod:`policykg.corpus.distributed`). ``actor_model`` (default None: the rules alone) is the path of
    a trained actor model (python-crfsuite, e.g. ``bench/models/actors-tune.crfsuite``) that keeps only the actor
    names it agrees with (:mod:`policykg.graph_builder.actormodel`); a build with another model (or none) rebuilds
    every document. Returns a :class:`~policykg.corpus.summary.BuildSummary`; inputs that exist but fail are listed in
    ``summary.failed`` (the others are still built). When every input fails nothing is published and
    ``summary.published`` is False: OUT is as it was.

    The new generation is published in one atomic switch once complete; until then readers see the previous one.
    Raises InputError, before anything is written, for an unknown format, a missing input, no input document,
    an OUT that is not free to write, or an actor model that cannot be read; OutputError when another build is writing OUT or the disk is full (the
    previous generation kept). SIGINT (KeyboardInterrupt) and SIGTERM (``Terminated``, a KeyboardInterrupt) pass
    through once the staging generation is removed.
    """
    with Interrupts() as interrupts:
        plan = plan_build(inputs, out_dir, formats=formats, jobs=jobs, incremental=incremental, viz=viz,
                          prune=prune, quiet=quiet, force=force, scheduler=scheduler, spool=spool,
                          actor_model=actor_model)
        return _build(plan, interrupts)


def _build(plan: BuildPlan, interrupts: Interrupts) -> BuildSummary:
    """Hold OUT, build a staging generation, publish it; on any failure remove it and leave OUT as it was."""
    held = BuildDirectory(plan.out)
    held.acquire()
    try:
        if held.previous() != plan.previous:   # another build published between the plan and the lock
            plan.decide(held.previous())
        summary = plan.summary()
        summary.notes[:0] = held.notes
        plan.gen = held.new_generation()
        run_build(plan, summary, close_fds=(held.lock_fd,))
        if summary.failed and not summary.built and not plan.unchanged:
            held.discard(plan.gen)
            summary.published = False
            return summary
        finish_build(plan, summary)
        held.publish(plan.gen)
        summary.notes.extend(n for n in held.notes if n not in summary.notes)
        return summary
    except OSError as exc:
        held.discard(plan.gen)
        interrupts.reraise()   # an interrupt inside Oxigraph's reading of a stream comes back as an OSError
        raise output_error(exc, plan.out) from None
    except RuntimeError as exc:   # RocksDB: a damaged block of the previous store, or a full disk
        held.discard(plan.gen)
        if "No space left" in str(exc):
            raise output_error(OSError(errno.ENOSPC, str(exc)), plan.out) from None
        if damaged_store_message(exc):
            raise InputError(damaged_store_message(exc, plan.out / "store")) from None
        raise
    except BaseException:
        held.discard(plan.gen)
        raise
    finally:
        held.release()


def output_error(exc: OSError, out: os.PathLike) -> OutputError:
    """One line for a failed write: disk full, no permission, or what the system said.

    >>> str(output_error(OSError(errno.ENOSPC, "No space left on device"), "out"))
    'no space left on device while writing out: the previous build is kept'
    """
    text = str(exc)
    if exc.errno == errno.ENOSPC or "No space left" in text:
        return OutputError(f"no space left on device while writing {out}: the previous build is kept")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(f"cannot write {exc.filename or out}: {exc.strerror}")
    return OutputError(f"cannot write {out}: {exc.strerror or text.splitlines()[0] if text else type(exc).__name__}")

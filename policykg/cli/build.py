"""``policykg build``: texts into a build directory (:func:`policykg.corpus.build.build_corpus`)."""

from __future__ import annotations

import os
import sys

import click

from policykg.cli.common import AUTH_HELP
from policykg.core.builddir import has_generation
from policykg.core.formats import FORMAT_NAMES
from policykg.corpus.build import build_corpus
from policykg.core.limits import MAX_DOCUMENT_BYTES
from policykg.corpus.builddir import Terminated
from policykg.corpus.serverpush import ServerTarget
from policykg.queries.remote import credentials_from_env

__all__ = ["build_command"]


@click.command("build")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", "-o", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output directory (graph.trig, graph.ttl, report.html, store/, ...).")
@click.option("--format", "-f", "formats", multiple=True, type=click.Choice(FORMAT_NAMES, case_sensitive=False),
              help="Also write OUT/graph.<format> (repeatable; rdfxml: graph.rdf); graph.trig and graph.ttl are "
                   "always written.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1), help="Worker processes.")
@click.option("--scheduler", metavar="local:N|tcp://HOST:PORT",
              help="Build on Dask instead of --jobs: local:N starts N worker processes for the build, tcp://HOST:PORT "
                   "uses a running scheduler (workers need policykg installed).")
@click.option("--spool", metavar="DIR", type=click.Path(file_okay=False),
              help="With --scheduler tcp://...: a folder the workers and this machine share; workers write results "
                   "there (a LocalCluster's workers write into OUT themselves).")
@click.option("--endpoint", metavar="URL", help="Also bring this SPARQL server to the build once it is published: "
                                                "changed graphs replaced, pruned ones dropped, the merged view "
                                                "updated (updates go here without --graph-store).")
@click.option("--graph-store", metavar="URL", help="With --endpoint: its Graph Store HTTP Protocol URL (one PUT per "
                                                   "graph).")
@click.option("--auth-scheme", type=click.Choice(["basic", "digest"]), default=None, help="With --endpoint: "
              + AUTH_HELP)
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors (no progress bar, no summary).")
@click.option("--verbose", "-v", is_flag=True, help="Also list the files of input folders that were skipped.")
@click.option("--no-viz", is_flag=True, help="Do not write OUT/graph.html.")
@click.option("--force", is_flag=True, help="Rebuild every document, even unchanged ones; build into a non-empty "
                                             "folder that is not a build directory.")
@click.option("--prune", is_flag=True, help="Remove documents that are no longer among the inputs.")
@click.option("--max-size", "max_size", type=click.FloatRange(min=0, min_open=True), metavar="MB",
              default=MAX_DOCUMENT_BYTES / 1e6, show_default=True,
              help="The largest input document to read, in megabytes; a bigger one fails alone, unread.")
@click.option("--actor-model", metavar="PATH", type=click.Path(dir_okay=False),
              help="Keep only the actor names a trained actor model also tags (python-crfsuite, policykg[crf]; "
                   "e.g. bench/models/actors-tune.crfsuite), or only the actors an acceptance model keeps "
                   "(e.g. bench/models/actors-accept.tsv). Off by default.")
def build_command(inputs, out_dir, formats, jobs, scheduler, spool, endpoint, graph_store, auth_scheme, quiet, verbose,
                  no_viz, force, prune, actor_model, max_size) -> None:
    """Build the knowledge graph of INPUT files and directories ('-' = stdin) into --out.

    Every input is checked before anything is written: a missing one stops the build with OUT untouched. OUT
    changes all at once when the build is complete: an interrupted or failed build leaves it as it was.
    With --endpoint the server follows OUT once it is published (policykg.corpus.serverpush).
    """
    if graph_store and not endpoint:
        raise click.UsageError("--graph-store needs --endpoint (the server's SPARQL endpoint)")
    server = ServerTarget(endpoint, graph_store, credentials_from_env(auth_scheme)) if endpoint else None
    try:
        summary = build_corpus(list(inputs), out_dir, formats=("trig", "ttl", *formats), jobs=jobs, quiet=quiet,
                               incremental=not force, viz=not no_viz, prune=prune, force=force,
                               scheduler=scheduler, spool=spool, actor_model=actor_model, server=server,
                               max_size=int(max_size * 1e6))
    except KeyboardInterrupt as exc:   # the build has removed its staging generation: OUT is as it was
        kept = "previous build kept" if has_generation(out_dir) else "nothing published"
        click.echo(f"Interrupted: {out_dir} unchanged ({kept})", err=True)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(143 if isinstance(exc, Terminated) else 130)   # no waiting on worker threads at exit: bounded
    if not quiet and summary.published:
        click.echo(summary.text())
        if verbose:
            click.echo("".join(f"skipped: {path} ({reason})\n" for path, reason in summary.skipped), nl=False)
    if not summary.ok:
        for _name, message in summary.failed:
            click.echo(f"Error: {message}", err=True)
        raise SystemExit(1)

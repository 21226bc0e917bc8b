"""Issue 12, round 17: the ways a build's store could be fed its bulk loads, each measured alone.

    python bench/load_options.py BUILD/graphs SCRATCH [--options base,chunk64,...] [--rounds 2] [--docs N]

Loads a build's cache (``graphs/KEY.nq``) into a fresh on-disk store the way ``storing.write_store``'s full way does
(the documents' graphs, the ontology, the merged view from the sorted distinct triples the exports' process writes,
then a flush and compaction), once per option and round, each in a fresh child process: its wall time, its CPU
(``getrusage``: all its threads, Oxigraph's loader and RocksDB's included), its peak resident memory, and each
step's CPU. Options (the merged view's file is written once, before, as the exports' process writes it):

- ``base``: what the build does: 24 MB pieces of N-Quads, one ``bulk_load`` each, lenient;
- ``chunk64`` / ``chunk48`` / ``chunk8``: pieces of 64, 48 or 8 MB;
- ``stream``: one ``bulk_load`` over a reader of every document's file in turn (Oxigraph batches 1M quads and loads
  a batch in a thread while it parses the next);
- ``threads``: the 24 MB pieces shared by two Python threads, each calling ``bulk_load`` (two loads at once);
- ``mergedpath``: as ``base``, the merged view given to one ``bulk_load`` as the file's path (streamed by Oxigraph);
- ``nocompact``: as ``base`` without the final compaction (RocksDB's ``optimize``).

Each round runs every option in turn; the stores' quads are compared (digest of the sorted N-Quads without blank
nodes) on the first round. Ratios are against ``base`` in the same run.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

OPTIONS = ("base", "chunk64", "chunk48", "chunk8", "stream", "threads", "mergedpath", "nocompact")


class _Concat(io.RawIOBase):
    """The documents' files read one after the other, as one binary stream."""

    def __init__(self, paths):
        self.paths, self.handle = iter(paths), None

    def readable(self):
        return True

    def readinto(self, buffer):
        while True:
            if self.handle is None:
                path = next(self.paths, None)
                if path is None:
                    return 0
                self.handle = open(path, "rb")
            got = self.handle.readinto(buffer)
            if got:
                return got
            self.handle.close()
            self.handle = None


def _child(option: str, graphs: Path, keys: list[str], merged: Path, target: Path) -> dict:
    import pyoxigraph as ox
    from policykg.core.builddir import graph_file
    from policykg.core.memory import release_freed
    from policykg.queries.store import GraphStore
    from policykg.queries.writer import byte_chunks

    steps: dict[str, float] = {}

    def usage() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    def step(name, function):
        cpu = usage()
        function()
        steps[name] = round(usage() - cpu, 3)

    start, cpu0 = time.time(), usage()
    store = GraphStore(target)
    size = {"chunk64": 64 << 20, "chunk48": 48 << 20, "chunk8": 8 << 20}.get(option, 24 << 20)
    pieces = lambda: byte_chunks((graph_file(graphs, k).read_bytes() for k in keys), size)

    def documents():
        if option == "stream":
            store.store.bulk_load(io.BufferedReader(_Concat(graph_file(graphs, k) for k in keys), 1 << 20),
                                  format=ox.RdfFormat.N_QUADS, lenient=True)
        elif option == "threads":
            lock = threading.Lock()
            source = pieces()

            def work():
                while True:
                    with lock:
                        chunk = next(source, None)
                    if chunk is None:
                        return
                    store.store.bulk_load(chunk, format=ox.RdfFormat.N_QUADS, lenient=True)
                    release_freed()
            threads = [threading.Thread(target=work) for _ in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        else:
            store.bulk_load_chunks(pieces(), ox.RdfFormat.N_QUADS, own=True)

    def view():
        if option == "mergedpath":
            store.set_merged_view_chunks([], own=True)   # the default graph cleared, the ontology's triples, the mark
            store.store.bulk_load(path=str(merged), format=ox.RdfFormat.N_TRIPLES, lenient=True)
        else:
            store.set_merged_view_from(merged, own=True)

    step("documents' graphs", documents)
    step("ontology", store.load_ontology)
    step("merged view", view)
    step("flush", lambda: store.flush(compact=option != "nocompact"))
    wall, cpu = time.time() - start, usage() - cpu0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # before the digest, which holds every quad
    lines = sorted(store.store.dump(format=ox.RdfFormat.N_QUADS).splitlines())
    digest = hashlib.sha256(b"\n".join(line for line in lines if b"_:" not in line)).hexdigest()[:16]
    return {"wall": wall, "cpu": cpu, "peak_mb": peak,
            "steps": steps, "digest": f"{digest} ({len(lines)} quads)"}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        option, graphs, merged, target, keys_file = argv[1:6]
        keys = Path(keys_file).read_text().split()
        print(json.dumps(_child(option, Path(graphs), keys, Path(merged), Path(target))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graphs", type=Path)
    parser.add_argument("scratch", type=Path)
    parser.add_argument("--options", default="base,chunk64,stream,threads,mergedpath,nocompact")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--docs", type=int, default=0, help="the first N documents only")
    args = parser.parse_args(argv)
    from policykg.corpus.merged import write_merged
    options = args.options.split(",")
    keys = sorted(p.name[:-3] for p in args.graphs.glob("*.nq"))
    keys = keys[:args.docs] if args.docs else keys
    args.scratch.mkdir(parents=True, exist_ok=True)
    keys_file, merged = args.scratch / "keys.txt", args.scratch / "merged.nt"
    keys_file.write_text("\n".join(keys))
    write_merged(args.graphs, keys, merged)
    print(f"store loads of {len(keys)} documents' cache; options {', '.join(options)}; "
          f"load average {os.getloadavg()[0]:.1f}")
    got: dict[str, list[dict]] = {o: [] for o in options}
    for r in range(args.rounds):
        for option in options:
            target = args.scratch / f"store-{option}"
            shutil.rmtree(target, ignore_errors=True)
            out = subprocess.run([sys.executable, __file__, "--child", option, str(args.graphs), str(merged),
                                  str(target), str(keys_file)], check=True, capture_output=True, text=True).stdout
            got[option].append(json.loads(out.splitlines()[-1]))
            shutil.rmtree(target, ignore_errors=True)
            g = got[option][-1]
            print(f"  round {r + 1} {option:10s} wall {g['wall']:6.2f} s  CPU {g['cpu']:6.2f} s  peak "
                  f"{g['peak_mb']:5.0f} MB  " + "  ".join(f"{k} {v:.2f}" for k, v in g["steps"].items())
                  + f"  load {os.getloadavg()[0]:.1f}", flush=True)
    base = got[options[0]]
    print(f"\n  {'option':10s} {'least CPU':>10} {'sum CPU':>8} {'CPU ratio':>9} {'least wall':>10} {'peak MB':>8}"
          "  same quads")
    for option in options:
        runs = got[option]
        print(f"  {option:10s} {min(g['cpu'] for g in runs):10.2f} {sum(g['cpu'] for g in runs):8.2f} "
              f"{sum(g['cpu'] for g in runs) / sum(g['cpu'] for g in base):8.2f}x {min(g['wall'] for g in runs):10.2f} "
              f"{max(g['peak_mb'] for g in runs):8.0f}  {runs[0]['digest'] == base[0]['digest']}")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    merged.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Peak memory of a command's process tree, and of each process in it (issue 12, round 5).

    python bench/tree_peaks.py [--trace FILE] COMMAND ...
        e.g. python bench/tree_peaks.py policykg build C1000 --out DIR --jobs 2 -q

Samples /proc/PID/smaps_rollup (PSS: pages shared by forked workers count once) of every process of the tree every
0.2 s; prints the wall time, the tree's peak (and which processes made it up, in MB) and the largest processes'
own peaks with the second they were reached, to stderr. ``--trace FILE`` also writes, once a second, the time, the
tree's PSS and each process's (its command shortened), one line a sample: which step holds the memory, and when.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def _tree(pid: int) -> list[int]:
    found = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                for child in handle.read().split():
                    found += _tree(int(child))
    except OSError:
        pass
    return found


def _pss_mb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 0


def _command(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().replace(b"\0", b" ").decode(errors="replace")[:120]
    except OSError:
        return "?"


def _short(command: str) -> str:
    """A process's name in a trace line: its module (``-m``) or program, at most 24 characters ('?' when gone)."""
    words = command.split(" -m ")[-1].split()
    return words[0][-24:] if words else "?"


def main(argv: list[str]) -> int:
    trace = None
    if argv[:1] == ["--trace"]:
        trace, argv = open(argv[1], "w"), argv[2:]
    start = time.time()
    last = -1.0
    process = subprocess.Popen(argv)
    peaks: dict[tuple[int, str], tuple[int, float]] = {}
    tree_peak: tuple[int, float, list] = (0, 0.0, [])
    while process.poll() is None:
        sizes = [(pid, _pss_mb(pid)) for pid in _tree(process.pid)]
        now = round(time.time() - start, 1)
        for pid, size in sizes:
            key = (pid, _command(pid))
            if size > peaks.get(key, (0, 0.0))[0]:
                peaks[key] = (size, now)
        total = sum(size for _, size in sizes)
        if trace is not None and now - last >= 1.0:
            last = now
            parts = " ".join(f"{_short(_command(pid))}={size}" for pid, size in sizes if size)
            print(f"{now:7.1f} {total:5d} {parts}", file=trace, flush=True)
        if total > tree_peak[0]:
            tree_peak = (total, now, [(_command(pid)[:60], size) for pid, size in sizes if size])
        time.sleep(0.2)
    print(f"wall {time.time() - start:.1f} s, exit {process.returncode}", file=sys.stderr)
    print(f"tree peak {tree_peak[0]} MB PSS at {tree_peak[1]} s: {tree_peak[2]}", file=sys.stderr)
    for (pid, command), (size, when) in sorted(peaks.items(), key=lambda item: -item[1][0])[:6]:
        print(f"  {size:6d} MB at {when:7.1f} s  pid {pid}  {command}", file=sys.stderr)
    return process.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

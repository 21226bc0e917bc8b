"""Round 27: the live bulk measure of bench/run.py on its own (``--bulk-live STORE``) and the CPU time it reports.

The "per CPU second" figure of a bulk query is what tells a slow query from a loaded machine: a run slower than a
second (its own warm-up) must report its CPU time, not its wall time again.
"""

from __future__ import annotations

import time

import pytest

from bench import querybench, run


def test_a_slow_first_run_reports_its_cpu_time_not_its_wall_time():
    # a run that waits (no CPU) longer than a second: timed once, as its own warm-up
    walls, cpus, rows = querybench.timed_runs(lambda: time.sleep(1.05) or 7, repeat=1, budget=0.0)
    assert rows == 7 and len(walls) == len(cpus) == 1
    assert walls[0] >= 1.0
    assert cpus[0] < 0.5   # it waited: its CPU time is near nothing, not the 1.05 s it took


def test_fast_runs_report_their_own_cpu_times():
    walls, cpus, rows = querybench.timed_runs(lambda: 3, repeat=3, budget=1.0)
    assert rows == 3 and len(walls) == len(cpus) == 3


def _measured(rows_per_s: float, cpu_s: float) -> dict:
    entry = {"rows_per_s": rows_per_s, "cpu_s": cpu_s, "seconds": 1000 / rows_per_s, "runs": 5}
    return {"rows": 1000, "csv": dict(entry), "json": dict(entry)}


@pytest.mark.parametrize("slowest, verdict", [(150_000.0, "PASS"), (90_000.0, "MISS")])
def test_bulk_live_judges_the_slowest_relation(monkeypatch, tmp_path, slowest, verdict):
    queries = {name: _measured(500_000.0, 0.001) for name in querybench.BULK}
    queries["actors"] = _measured(slowest, 1000 / slowest * 2)   # half the wall time on CPU: another load
    asked = {}

    def fake_child(task, args, timeout=3600):
        asked.update(task=task, **args)
        return {"queries": queries}

    monkeypatch.setattr(run, "run_child", fake_child)
    report = run.bulk_live(tmp_path / "store", repeat=5, budget=3.0, timeout=10.0)
    assert asked["task"] == "bulk" and asked["names"] == list(querybench.BULK)
    assert not asked.get("served") and not asked.get("snapshot")   # live: the store itself
    lines = [line for line in report.splitlines() if "live on the store" in line]
    assert len(lines) == 2 and all(line.startswith(verdict) for line in lines)
    assert all(f"slowest actors {slowest:,.0f} rows/s" in line for line in lines)
    assert all(f"per CPU second: slowest actors {slowest / 2:,.0f}" in line for line in lines)


def test_bulk_live_misses_when_a_relation_was_not_measured(monkeypatch, tmp_path):
    queries = {name: _measured(500_000.0, 0.001) for name in querybench.BULK if name != "references"}
    monkeypatch.setattr(run, "run_child", lambda task, args, timeout=3600: {"queries": queries})
    report = run.bulk_live(tmp_path / "store", repeat=5, budget=3.0, timeout=10.0)
    assert [line.split()[0] for line in report.splitlines() if "live on the store" in line] == ["MISS", "MISS"]

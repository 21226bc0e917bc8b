"""What ``bench/run.py`` prints: one table per corpus size (ours, the rdflib baseline, the pyoxigraph floor, ratios),
the query tables, the growth series and the targets of issue 12 as PASS / MISS."""

from __future__ import annotations

import math

from bench import querybench

__all__ = ["format_size", "growth", "targets"]

# the targets of issue 12, judged at TARGET_N documents (and the selective ones also at TARGET_BIG_N)
TARGET_N, TARGET_BIG_N = 1000, 3000
TARGET_BUILD_S = 30.0
TARGET_BUILD_MB_S = 0.35
TARGET_PEAK_MB = 1024.0
TARGET_PEAK_GROWTH = 1.2     # peak memory at TARGET_BIG_N at most this times the peak at TARGET_N
TARGET_SELECTIVE_MS, TARGET_SELECTIVE_BIG_MS = 100.0, 300.0
TARGET_CLI_S = 0.5
TARGET_BULK_ROWS_S = 100_000
TARGET_PATH_MS = 100.0
TARGET_DIFF_MS = 1000.0
TARGET_EXPORT_VS_FLOOR = 2.0
TARGET_GROWTH = 1.25      # cost per MB of text at one size at most this times the cost at the previous size


def get(d: dict, *keys):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return None
        d = d[k]
    return d


def fmt(value, unit: str = "") -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    if unit == "int":
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}" if abs(value) >= 0.1 else f"{value:.3f}"


def ratio(a, b) -> str:
    if a is None or b is None or isinstance(a, str) or isinstance(b, str) or not b:
        return "-"
    return f"{a / b:.2f}x"


def _ms(entry: dict, key: str = "median_ms"):
    """A timing, or why there is none (">60s" cut off, "error", "skipped")."""
    if not entry:
        return None
    if key in entry:
        return entry[key]
    if "timeout_s" in entry:
        return f">{entry['timeout_s']:.0f}s"
    return "skipped" if "skipped" in entry else "error"


def _main_table(r: dict, lines: list[str]) -> None:
    mb = r["text_bytes"] / 1e6
    head = f"  {'measure':<38}{'ours':>12}{'baseline':>12}{'floor':>12}{'ours/base':>11}{'ours/floor':>11}"
    lines += [head, "  " + "-" * (len(head) - 2)]

    def row(name, ours, base=None, floor=None, unit=""):
        lines.append(f"  {name:<38}{fmt(ours, unit):>12}{fmt(base, unit):>12}{fmt(floor, unit):>12}"
                     f"{ratio(ours, base):>11}{ratio(ours, floor):>11}")

    b2, b1, bb = r.get("build_j2", {}), r.get("build_j1", {}), r.get("baseline_build", {})
    row("build to store+TriG+views, jobs=2 (s)", b2.get("seconds"), bb.get("seconds"))
    row("build to store+TriG+views, jobs=1 (s)", b1.get("seconds"), bb.get("seconds"))
    row("  build MB/s of text (jobs=2)", mb / b2["seconds"] if b2.get("seconds") else None,
        mb / bb["seconds"] if bb.get("seconds") else None)
    row("triples (distinct)", b2.get("triples"), None, get(r, "export_floor", "triples"), "int")
    row("quads", b2.get("quads"), bb.get("quads"), get(r, "export_floor", "quads"), "int")
    row("documents built / failed", b2.get("built"), None, None, "int")
    if b2.get("failed"):
        row("  failed", b2.get("failed"), bb.get("failed"), None, "int")
    row("peak memory, process tree (MB)", b2.get("peak_tree_mb"), bb.get("peak_tree_mb"))
    row("  jobs=1 peak (MB)", b1.get("peak_tree_mb"))
    row("load TriG into fresh store (s)", get(r, "load_ours", "seconds"), get(r, "rdflib", "load"),
        get(r, "load_floor", "seconds"))
    for fmt_name, key in (("Turtle", "ttl"), ("TriG", "trig")):
        ours = get(r, "export_ours", key)
        row(f"export {fmt_name} (s) vs build's store", ours, get(r, "rdflib", key), get(r, "export_floor", "store_" + key))
        row("  vs an in-memory copy (s)", ours, None, get(r, "export_floor", key))
    row("  merge of the documents' triples (s)", get(r, "export_ours", "merge"))
    lines.append("  (export floor: pyoxigraph Store.dump of the same data -- from the build's own on-disk store, and from "
                 "an in-memory store holding it; the merge, which a build makes anyway for its merged view and which "
                 "the Turtle export reads, is timed apart)")


def _query_tables(r: dict, lines: list[str], repeat: int) -> None:
    queries = r.get("queries_ours") or {}
    rdflib = get(r, "rdflib", "queries") or {}
    lines.append(f"  {'selective query':<30}{'rows':>8}{'median ms':>11}{'cpu ms':>9}{'rdflib ms':>11}{'ours/rdflib':>12}")
    for name, params in querybench.SELECTIVE:
        key = querybench.label(name, params)
        o, b = (queries.get("selective") or {}).get(key, {}), rdflib.get(key, {})
        runs = f" [{o['runs']}]" if o.get("runs", repeat) < repeat else ""
        lines.append(f"  {key + runs:<30}{fmt(o.get('rows'), 'int'):>8}{fmt(_ms(o)):>11}{fmt(o.get('cpu_ms')):>9}"
                     f"{fmt(_ms(b)):>11}{ratio(_ms(o), _ms(b)):>12}")
    lines.append(f"  (median of {repeat} timed runs in one process after a warm-up; [k]: only k fitted the budget; "
                 "cpu: the process's CPU time, the part a loaded machine does not stretch)")
    for case, entry in sorted((queries.get("cli") or {}).items()):
        lines.append(f"  whole CLI process, {case:<28}{fmt(entry.get('seconds')):>8} s  (cpu {fmt(entry.get('cpu_s'))} s)"
                     if "seconds" in entry else f"  whole CLI process, {case}: {entry.get('error')}")
    bulk = queries.get("bulk") or {}
    disk, memory = get(bulk, "disk", "queries") or {}, get(bulk, "memory", "queries") or {}
    lines.append(f"  {'bulk query (rows/s)':<22}{'rows':>8}{'CSV':>10}{'JSON':>10}{'CSV cpu':>10}{'CSV mem':>10}"
                 f"{'JSON mem':>10}{'rdflib':>10}{'CSV/rdflib':>11}")
    for name in querybench.BULK:
        o, m, b = disk.get(name, {}), memory.get(name, {}), rdflib.get(name + " (bulk)", {})
        base = o.get("rows") / (b["median_ms"] / 1000) if o.get("rows") and b.get("median_ms") else _ms(b)
        cpu = o["rows"] / get(o, "csv", "cpu_s") if o.get("rows") and get(o, "csv", "cpu_s") else None
        lines.append(f"  {name:<22}{fmt(o.get('rows'), 'int'):>8}{fmt(get(o, 'csv', 'rows_per_s')):>10}"
                     f"{fmt(get(o, 'json', 'rows_per_s')):>10}{fmt(cpu):>10}{fmt(get(m, 'csv', 'rows_per_s')):>10}"
                     f"{fmt(get(m, 'json', 'rows_per_s')):>10}{fmt(base):>10}{ratio(get(o, 'csv', 'rows_per_s'), base):>11}")
    made = get(bulk, "memory", "snapshot_s")
    lines.append(f"  (streamed to CSV / JSON by stream_query, wall clock; 'CSV cpu': per second of the process's CPU; "
                 f"'mem': on an in-memory snapshot of the merged view, made in {fmt(made)} s first; rdflib: the same "
                 "SPARQL)")
    served = get(bulk, "served", "queries") or {}
    if served:
        lines.append(f"  {'bulk query as served':<22}{'rows':>8}{'CSV':>12}{'JSON':>12}{'CSV 1st':>12}{'JSON 1st':>12}"
                     f"{'CSV/live':>11}")
        for name in querybench.BULK:
            o = served.get(name, {})
            lines.append(f"  {name:<22}{fmt(o.get('rows'), 'int'):>8}{fmt(get(o, 'csv', 'rows_per_s')):>12}"
                         f"{fmt(get(o, 'json', 'rows_per_s')):>12}{fmt(get(o, 'csv', 'first_rows_per_s')):>12}"
                         f"{fmt(get(o, 'json', 'first_rows_per_s')):>12}"
                         f"{ratio(get(o, 'csv', 'rows_per_s'), get(disk.get(name, {}), 'csv', 'rows_per_s')):>11}")
        lines.append("  (served: stream_query on the build directory, what `policykg query NAME OUT` answers: the whole "
                     "relation the build kept (policykg.queries.tables), byte for byte the live answer; 1st: the first "
                     "run after the build, in a fresh process; live: the table above)")
    for mode in ("served", "disk", "memory"):
        if "error" in bulk.get(mode, {}):
            lines.append(f"  ERROR bulk {mode}: {bulk[mode]['error']}")


def _push_lines(r: dict, lines: list[str]) -> None:
    push = r.get("push") or {}
    if "skipped" in push:
        lines.append(f"  push to Virtuoso: skipped ({push['skipped']})")
        return
    if not push:
        return
    lines.append(f"  push to Virtuoso (triples/s): ours {fmt(get(push, 'ours', 'triples_per_s'))}, rdflib sample "
                 f"{fmt(get(push, 'baseline', 'triples_per_s'))}, Virtuoso bulk loader {fmt(get(push, 'floor', 'triples_per_s'))}"
                 f" (ours {ratio(get(push, 'ours', 'triples_per_s'), get(push, 'floor', 'triples_per_s'))} of the loader; "
                 f"rdflib: INSERT DATA of {get(push, 'baseline', 'chunk')} quads)")
    if get(push, "ours", "diff_equal") is not None:
        lines.append(f"  document-diff on Virtuoso: {get(push, 'ours', 'diff_rows')} rows, "
                     f"{'the same rows as embedded' if get(push, 'ours', 'diff_equal') else 'ROWS DIFFER from embedded'}"
                     f" ({fmt(get(push, 'ours', 'diff_remote_s'))} s)")
    for key in ("ours", "baseline", "floor"):
        if "error" in push.get(key, {}):
            lines.append(f"  ERROR push {key}: {push[key]['error']}")


def format_size(r: dict, repeat: int = 7) -> str:
    """The tables for one N."""
    mb = r["text_bytes"] / 1e6
    lines = [f"N = {r['n']:,} documents, {mb:.2f} MB of text ({r['text_bytes'] / max(1, r['n']) / 1e3:.1f} KB/doc), "
             f"seed {r['seed']}"]
    _main_table(r, lines)
    _query_tables(r, lines, repeat)
    _push_lines(r, lines)
    for key, msg in sorted(r.get("errors", {}).items()):
        lines.append(f"  ERROR {key}: {msg}")
    for f in (r.get("build_j2") or {}).get("failures") or []:
        lines.append(f"  build failure: {f}")
    return "\n".join(lines)


def growth(results: list[dict]) -> tuple[str, dict]:
    """Cost per MB of text for build, load and Turtle export at each N, and the peak memory."""
    lines = ["Growth (cost per MB of text; linear growth = flat columns)",
             f"  {'N':>6}{'MB':>8}{'build j2 s':>12}{'s/MB':>8}{'load s':>9}{'s/MB':>8}{'ttl s':>8}{'s/MB':>8}"
             f"{'triples':>11}{'peak MB':>9}"]
    per_mb: dict[str, list[tuple[int, float]]] = {"build": [], "load": [], "ttl": []}
    for r in results:
        mb = r["text_bytes"] / 1e6
        b, load, ttl = get(r, "build_j2", "seconds"), get(r, "load_ours", "seconds"), get(r, "export_ours", "ttl")
        for key, v in (("build", b), ("load", load), ("ttl", ttl)):
            if v is not None:
                per_mb[key].append((r["n"], v / mb))
        lines.append(f"  {r['n']:>6}{mb:>8.2f}{fmt(b):>12}{fmt(b and b / mb):>8}{fmt(load):>9}"
                     f"{fmt(load and load / mb):>8}{fmt(ttl):>8}{fmt(ttl and ttl / mb):>8}"
                     f"{fmt(get(r, 'build_j2', 'triples'), 'int'):>11}{fmt(get(r, 'build_j2', 'peak_tree_mb')):>9}")
    return "\n".join(lines), per_mb


def _judge(ok) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "MISS")


def _at(results: list[dict], n: int) -> dict | None:
    return next((r for r in results if r["n"] == n), None)


def _worst_selective(r: dict, exclude=(), key: str = "median_ms") -> tuple[str, float] | None:
    """The slowest selective query by its median wall time (``key="cpu_ms"``: by its CPU time)."""
    selective = get(r, "queries_ours", "selective") or {}
    timed = {k: v.get(key, math.inf) for k, v in selective.items() if "skipped" not in v and k not in exclude}
    return max(timed.items(), key=lambda kv: kv[1]) if timed else None


def _cpu_note(entry: dict | None, key: str = "cpu_ms", unit: str = "ms") -> str:
    """' (cpu X ms)': the CPU time beside a wall time, the part a loaded machine does not stretch."""
    value = entry.get(key) if entry else None
    return f" (cpu {fmt(value)} {unit})" if value is not None else ""


def slowest_bulk(measured: dict, fmt_name: str, key: str = "rows_per_s", *, per_cpu: bool = True):
    """(slowest relation and its rows/s or None, slowest relation and its rows per CPU second or None, whether every
    bulk relation has a rate) of the bulk queries ``measured`` (relation -> its child's entry) to ``fmt_name``."""
    rates = {k: get(v, fmt_name, key) for k, v in measured.items() if get(v, fmt_name, key)}
    low = min(rates.items(), key=lambda kv: kv[1], default=None)
    cpu = {k: v["rows"] / get(v, fmt_name, "cpu_s") for k, v in measured.items()
           if per_cpu and v.get("rows") and get(v, fmt_name, "cpu_s")}
    low_cpu = min(cpu.items(), key=lambda kv: kv[1], default=None)
    return low, low_cpu, len(rates) >= len(querybench.BULK)


def _build_targets(results: list[dict], per_mb: dict, big: dict | None) -> list[tuple[str, str, str]]:
    out = []
    s = get(big, "build_j2", "seconds") if big else None
    mb_s = big["text_bytes"] / 1e6 / s if s else None
    out.append((f"build of {TARGET_N:,} to store+TriG+views <= {TARGET_BUILD_S:.0f} s (jobs=2), >= {TARGET_BUILD_MB_S} MB/s",
                f"{fmt(s)} s, {fmt(mb_s)} MB/s" if s else "-", _judge(None if s is None else s <= TARGET_BUILD_S)))
    series = per_mb["build"]
    if len(series) >= 2:
        worst = max(c1 / c0 for (_, c0), (_, c1) in zip(series, series[1:]))
        out.append((f"build s/MB flat ({series[0][0]:,} -> {series[-1][0]:,}; each step <= {TARGET_GROWTH}x)",
                    " -> ".join(f"{c:.1f}" for _, c in series) + f" s/MB (worst step {worst:.2f}x)",
                    _judge(worst <= TARGET_GROWTH)))
    peak = get(big, "build_j2", "peak_tree_mb") if big else None
    out.append((f"peak memory <= {TARGET_PEAK_MB:.0f} MB at {TARGET_N:,}", f"{fmt(peak)} MB" if peak else "-",
                _judge(None if peak is None else peak <= TARGET_PEAK_MB)))
    bigger = _at(results, TARGET_BIG_N)
    later = get(bigger, "build_j2", "peak_tree_mb") if bigger else None
    out.append((f"peak memory flat: {TARGET_BIG_N:,} <= {TARGET_PEAK_GROWTH}x {TARGET_N:,}",
                f"{fmt(later)} MB = {ratio(later, peak)}" if later and peak else "-",
                _judge(None if not (later and peak) else later <= TARGET_PEAK_GROWTH * peak)))
    return out


def _query_targets(results: list[dict], big: dict | None) -> list[tuple[str, str, str]]:
    out = []
    for n, limit in ((TARGET_N, TARGET_SELECTIVE_MS), (TARGET_BIG_N, TARGET_SELECTIVE_BIG_MS)):
        r = _at(results, n)
        worst = _worst_selective(r, exclude=("path", "document-diff")) if r else None
        over = sorted(k for k, v in (get(r, "queries_ours", "selective") or {}).items()
                      if k not in ("path", "document-diff") and v.get("median_ms", math.inf) > limit) if r else []
        cpu = _worst_selective(r, exclude=("path", "document-diff"), key="cpu_ms") if r else None
        measured = "-" if not worst else (f"slowest {worst[0]} {fmt(worst[1])} ms" +
                                          (f"; over: {', '.join(over)}" if over else "") +
                                          (f"; by CPU: slowest {cpu[0]} {fmt(cpu[1])} ms" if cpu else ""))
        out.append((f"selective queries <= {limit:.0f} ms median at {n:,}", measured,
                    _judge(None if worst is None else worst[1] <= limit)))
    cli = get(big, "queries_ours", "cli") or {} if big else {}
    slowest = max(((k, v["seconds"]) for k, v in cli.items() if "seconds" in v), key=lambda kv: kv[1], default=None)
    out.append((f"whole CLI process of a selective query <= {TARGET_CLI_S} s at {TARGET_N:,}",
                f"slowest {slowest[0]} {fmt(slowest[1])} s{_cpu_note(cli[slowest[0]], 'cpu_s', 's')}"
                if slowest else "-",
                _judge(None if slowest is None or len(cli) < len(querybench.CLI_CASES) else slowest[1] <= TARGET_CLI_S)))
    for mode, how in (("served", "as served (the build directory), first run after the build"),
                      ("disk", "live on the store")):
        measured = get(big, "queries_ours", "bulk", mode, "queries") or {} if big else {}
        key = "first_rows_per_s" if mode == "served" else "rows_per_s"
        for fmt_name in querybench.BULK_FORMATS:
            low, low_cpu, complete = slowest_bulk(measured, fmt_name, key, per_cpu=mode == "disk")
            out.append((f"bulk queries >= {TARGET_BULK_ROWS_S:,} rows/s to {fmt_name.upper()} at {TARGET_N:,}, {how}",
                        f"slowest {low[0]} {fmt(low[1])} rows/s" + (
                            f"; per CPU second: slowest {low_cpu[0]} {fmt(low_cpu[1])}" if low_cpu else "") if low else "-",
                        _judge(None if low is None or not complete else low[1] >= TARGET_BULK_ROWS_S)))
    path = get(big, "queries_ours", "selective", "path") if big else None
    out.append((f"path <= {TARGET_PATH_MS:.0f} ms at {TARGET_N:,}", f"{fmt(_ms(path))} ms{_cpu_note(path)}" if path else "-",
                _judge(None if not path or "median_ms" not in path else path["median_ms"] <= TARGET_PATH_MS)))
    diff = get(big, "queries_ours", "selective", "document-diff") if big else None
    out.append((f"document-diff <= {TARGET_DIFF_MS:.0f} ms at {TARGET_N:,}", f"{fmt(_ms(diff))} ms{_cpu_note(diff)}" if diff else "-",
                _judge(None if not diff or "median_ms" not in diff else diff["median_ms"] <= TARGET_DIFF_MS)))
    equal = get(big, "push", "ours", "diff_equal") if big else None
    out.append((f"document-diff: equal rows on Virtuoso at {TARGET_N:,}",
                "-" if equal is None else ("equal" if equal else "different"), _judge(equal)))
    return out


def _export_targets(big: dict | None) -> list[tuple[str, str, str]]:
    out = []
    for name, key in (("Turtle", "ttl"), ("TriG", "trig")):
        ours = get(big, "export_ours", key) if big else None
        store, memory = (get(big, "export_floor", "store_" + key), get(big, "export_floor", key)) if big else (None, None)
        out.append((f"{name} export <= {TARGET_EXPORT_VS_FLOOR:.0f}x pyoxigraph's dump of the same store at {TARGET_N:,}",
                    f"{fmt(ours)} s = {ratio(ours, store)} the build's store, {ratio(ours, memory)} an in-memory copy"
                    if ours and store else "-",
                    _judge(None if not (ours and store) else ours <= TARGET_EXPORT_VS_FLOOR * store)))
    return out


def targets(results: list[dict], per_mb: dict) -> list[tuple[str, str, str]]:
    """(target, measured, PASS/MISS/n.a.) for each target of issue 12, judged at N = 1,000 (and 3,000)."""
    big = _at(results, TARGET_N)
    return _build_targets(results, per_mb, big) + _query_targets(results, big) + _export_targets(big)

"""How fast the workbench's explorer answers on a big corpus: search, expand and click, timed in headless Chromium.

Serves a build directory with ``policykg serve``'s own code (Oxigraph's server on the store, the workbench beside
it), opens the workbench in Debian's Chromium through Playwright and times each action from the moment it starts
(typing in the search box, clicking a result, double-click expand, a click on a node) until the page shows its
answer (``document.body.dataset.explorerDone`` moves on): the wall time Playwright sees and the time the page
measures itself (``window.explorerTimings``). The same actions on a small corpus of the same generator, served and
timed in the same run, are the baseline.

    python bench/bench_explorer.py --data /path/to/build-of-3000 [--baseline-size 30] [--rounds 3]
    python bench/bench_explorer.py --generate 3000 --work /tmp/explorer-bench      # builds it first (long)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate_corpus  # noqa: E402
from policykg.corpus.build import build_corpus  # noqa: E402
from policykg.visualize.serve import open_workbench  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
SEARCHES = ("cong an", "uy ban nhan dan tinh", "so tai chinh", "bo cong an", "mat tran to quoc")


def build(size: int, work: Path) -> Path:
    """Generate ``size`` documents and build them into ``work/out-<size>`` (reused when present)."""
    out = work / f"out-{size}"
    if not (out / "store").is_dir():
        texts = work / f"corpus-{size}"
        generate_corpus(size, texts)
        build_corpus([texts], out, jobs=2, quiet=True, viz=False)
    return out


def _wait_done(page, before: int) -> None:
    page.wait_for_function(f"Number(document.body.dataset.explorerDone || 0) > {before}", timeout=60_000)


def _done(page) -> int:
    return int(page.evaluate("Number(document.body.dataset.explorerDone || 0)"))


def _timed(page, action) -> tuple[float, float]:
    """(wall ms seen by Playwright, ms the page measured) of one explorer action."""
    before, count = _done(page), page.evaluate("window.explorerTimings.length")
    start = time.perf_counter()
    action()
    _wait_done(page, before)
    wall = (time.perf_counter() - start) * 1000
    inner = page.evaluate(f"window.explorerTimings.slice({count}).reduce((s, t) => s + t.ms, 0)")
    return wall, float(inner)


def measure(data: Path, rounds: int) -> dict[str, list[tuple[float, float]]]:
    """Timings per action ('search', 'start', 'expand', 'click') on the served ``data``."""
    from playwright.sync_api import sync_playwright

    times: dict[str, list[tuple[float, float]]] = {"search": [], "start": [], "expand": [], "click": []}
    with open_workbench(data, port=0, page_port=0) as served, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, bypass_csp=True)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("http://127.0.0.1") else r.abort())
        page.goto(served.page)
        page.wait_for_function("document.body.dataset.ready === 'true'")
        page.locator("#ex-network").scroll_into_view_if_needed()
        for _ in range(rounds):
            for text in SEARCHES:
                page.fill("#ex-search", "")
                times["search"].append(_timed(page, lambda: page.fill("#ex-search", text)))
                first = page.locator("#ex-results button").first
                iri = first.get_attribute("data-iri")
                times["start"].append(_timed(page, first.click))
                neighbours = [n for n in page.evaluate("explorerNetwork.body.data.nodes.getIds()") if n != iri]
                target = neighbours[0] if neighbours else iri
                times["expand"].append(_timed(page, lambda: page.evaluate("id => policykgExplorer.expand(id)", target)))
                times["click"].append(_timed(page, lambda: page.evaluate("id => policykgExplorer.select(id)", target)))
        browser.close()
    return times


def _summary(samples: list[tuple[float, float]]) -> tuple[float, float, float]:
    walls = [w for w, _ in samples]
    return statistics.median(walls), max(walls), statistics.median(i for _, i in samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="a build directory of the big corpus")
    parser.add_argument("--generate", type=int, help="generate and build this many documents first")
    parser.add_argument("--baseline-size", type=int, default=30, help="documents of the baseline corpus")
    parser.add_argument("--work", type=Path, help="where generated corpora and builds go (default: a temp dir)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="policykg-explorer-"))
    work.mkdir(parents=True, exist_ok=True)
    big = args.data or build(args.generate or 3000, work)
    baseline = build(args.baseline_size, work)
    results = {"baseline": measure(baseline, args.rounds), "big": measure(big, args.rounds)}
    print(f"explorer timings in headless Chromium, {args.rounds} rounds x {len(SEARCHES)} searches")
    print(f"big: {big}   baseline: {args.baseline_size} documents of the same generator, same run")
    for action, samples in results["big"].items():
        print(f"  big {action}: " + " ".join(f"{w:.0f}" for w, _ in samples))
    print(f"{'action':8} {'big median':>11} {'big max':>8} {'page median':>12} {'base median':>12} {'ratio':>6}")
    for action in ("search", "start", "expand", "click"):
        median, worst, inner = _summary(results["big"][action])
        base, _, _ = _summary(results["baseline"][action])
        print(f"{action:8} {median:9.0f}ms {worst:6.0f}ms {inner:10.0f}ms {base:10.0f}ms {median / base:5.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``policykg serve`` and the workbench in a real browser: Oxigraph's SPARQL server on a built store, the
workbench page driven by headless Debian Chromium through Playwright, every request to another host aborted.

The build holds the bundled directive, the Sơn La plan and a text full of XSS payloads; the hand-made XSS graph
of the view tests is loaded into the same store, so actor names, titles, tasks and quotes carry the payloads."""

import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from policykg.corpus.build import build_corpus
from policykg.queries.data import load_into_store
from policykg.visualize.serve import free_port, open_workbench

from browserpages import Opened, artefact, chromium, require_chromium

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "ct09-nhandan-2023-12-09.txt"
PLAN = Path(__file__).parent / "data" / "queries" / "kh182-son-la.txt"
XSS_GRAPH = Path(__file__).parent / "data" / "visualize" / "fixture.trig"
ACTOR = "https://w3id.org/policykg/actor/"
CAND, QDND = ACTOR + "cong-an-nhan-dan", ACTOR + "quan-doi-nhan-dan"
XSS_AUTHORITY = ACTOR + "uy-ban-nhan-dan-tinh-script-alert-1-script"
PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>')
XSS_TEXT = (
    "KẾ HOẠCH\nSố: 77/KH-UBND\nThực hiện <script>alert(1)</script> phong trào \"><svg onload=alert(1)>\n\n"
    "1. Công an tỉnh <img src=x onerror=alert(1)> chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh "
    "thực hiện tuyên truyền <script>alert(1)</script>.\n"
    "2. Câu này không có gì \"><svg onload=alert(1)>.\n"
)

require_chromium()


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    base = tmp_path_factory.mktemp("workbench")
    xss = base / "kh77-xss.txt"
    xss.write_text(XSS_TEXT, encoding="utf-8")
    out = base / "out"
    build_corpus([ARTICLE, PLAN, xss], out, quiet=True, viz=False)
    xss_graph = ox.NamedNode("https://w3id.org/policykg/graph/kh-xss-2024")   # only the hostile graph of the file
    quads = [q for q in ox.parse(path=str(XSS_GRAPH), format=ox.RdfFormat.TRIG) if q.graph_name == xss_graph]
    ox.serialize(quads, str(base / "xss.nq"), ox.RdfFormat.N_QUADS)
    load_into_store(base / "xss.nq", out / "store")
    return out


@pytest.fixture(scope="module")
def served(build):
    with open_workbench(build, port=0, page_port=0) as urls:
        yield urls


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


class Workbench(Opened):
    """The workbench page, with the explorer's count of finished actions."""

    def __init__(self, browser, url: str):
        super().__init__(browser, url, ready="document.body.dataset.ready === 'true'", viewport=(1400, 1000))

    def wait_done(self, before: int) -> None:
        """Wait until the explorer finished an action started after ``before`` actions."""
        self.page.wait_for_function(f"Number(document.body.dataset.explorerDone || 0) > {before}", timeout=30_000)

    def done(self) -> int:
        return int(self.js("Number(document.body.dataset.explorerDone || 0)"))


@pytest.fixture
def workbench(browser, served):
    opened = Workbench(browser, served.page)
    yield opened
    opened.close()


def test_a_catalogue_query_with_a_parameter_runs_in_the_page(workbench):
    page = workbench.page
    page.click("#wb-queries button[data-query='actor']")
    page.fill("#wb-param-actor", "Công an nhân dân")       # a label: resolved to its IRI by the library
    page.click("#wb-run")
    page.wait_for_function("document.querySelectorAll('#wb-results tbody tr').length > 0")
    header = page.locator("#wb-results th").all_text_contents()
    assert header == ["actor", "actorLabel", "relation", "item", "itemLabel", "document"]
    rows = [r.split("\t") for r in workbench.js(
        "[...document.querySelectorAll('#wb-results tbody tr')].map(r => [...r.cells].map(c => c.textContent).join('\\t'))")]
    assert all(r[0] == "actor:cong-an-nhan-dan" for r in rows)
    assert ["coordinates with", "actor:quan-doi-nhan-dan"] in [[r[2], r[3]] for r in rows]
    assert page.locator(f"#wb-results a[data-iri='{QDND}']").count() >= 1
    # a parameter is bound as a term, never pasted: an injection attempt is only a label that names nothing
    page.fill("#wb-param-actor", '" } } ; DROP ALL ; #')
    page.click("#wb-run")
    page.wait_for_function("document.getElementById('wb-qstatus').textContent.startsWith('0 ')")
    page.screenshot(path=str(artefact("workbench.png")), full_page=True)
    assert workbench.foreign == [] and workbench.errors == [] and workbench.dialogs == []


def test_pages_forbid_scripts_from_elsewhere(served):
    with urllib.request.urlopen(served.page) as answer:
        policy = answer.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "default-src 'self'" in policy


def test_a_missing_parameter_is_one_line_in_the_page(workbench):
    page = workbench.page
    page.click("#wb-queries button[data-query='path']")
    page.fill("#wb-param-from", "Công an nhân dân")
    page.evaluate("document.getElementById('wb-param-to').required = false")
    page.click("#wb-run")
    page.wait_for_function("document.getElementById('wb-qstatus').className === 'error'")
    assert "needs parameter(s) to" in page.locator("#wb-qstatus").text_content()


def test_documents_link_their_report_pages(workbench, served):
    page = workbench.page
    # three built texts, and the graph loaded beside them (no report page: it was not built here)
    page.wait_for_function("document.querySelectorAll('#wb-docs tbody tr').length === 4")
    links = workbench.js("[...document.querySelectorAll('#wb-docs a')].map(a => a.getAttribute('href'))")
    assert sorted(links) == ["report/ct09-nhandan-2023-12-09.html", "report/kh182-son-la.html",
                             "report/kh77-xss.html"]
    assert workbench.js("document.querySelector('#wb-docs-index a').getAttribute('href')") == "report.html"
    with urllib.request.urlopen(served.page + "report/kh182-son-la.html") as answer:
        assert answer.status == 200 and "182/KH-UBND" in answer.read().decode("utf-8")


def test_explorer_searches_without_diacritics_expands_and_shows_quotes(workbench):
    page = workbench.page
    before = workbench.done()
    page.fill("#ex-search", "cong an nhan dan")
    workbench.wait_done(before)
    assert page.locator("#ex-results button").first.get_attribute("data-iri") == CAND
    before = workbench.done()
    page.locator("#ex-results button").first.click()
    workbench.wait_done(before)
    state = workbench.js("policykgExplorer.state()")
    assert state["nodes"] >= 4 and state["history"] == 1
    assert QDND in workbench.js("explorerNetwork.body.data.nodes.getIds()")
    # the panel: duties naming the actor, their quotes, links into the report page at the quote
    panel = page.locator("#ex-panel")
    assert panel.get_attribute("data-node") == CAND
    assert "Tăng cường quan hệ phối hợp" in panel.text_content()
    href = page.locator("#ex-panel a.ex-quote-link").first.get_attribute("href")
    assert re.fullmatch(r"report/ct09-nhandan-2023-12-09\.html#o\d+", href)
    # double-click a neighbour: it expands
    nodes = state["nodes"]
    page.locator("#ex-network").scroll_into_view_if_needed()
    page.wait_for_function("document.body.dataset.settled === 'true'", timeout=60_000)
    point = workbench.js("""id => { const p = explorerNetwork.getPositions([id])[id];
        const d = explorerNetwork.canvasToDOM(p); const r = document.querySelector('#ex-network canvas').getBoundingClientRect();
        return {x: r.left + d.x, y: r.top + d.y}; }""", QDND)
    before = workbench.done()
    page.mouse.dblclick(point["x"], point["y"])
    page.wait_for_function(f"policykgExplorer.state().history === 2", timeout=30_000)
    assert workbench.js("policykgExplorer.state()")["nodes"] > nodes
    ids = workbench.js("explorerNetwork.body.data.nodes.getIds()")
    assert ACTOR + "canh-sat-bien-viet-nam" in ids
    page.screenshot(path=str(artefact("explorer.png")), full_page=False)
    # back and forward
    page.click("#ex-back")
    assert workbench.js("policykgExplorer.state()")["nodes"] == nodes
    page.click("#ex-forward")
    assert workbench.js("policykgExplorer.state()")["nodes"] > nodes
    assert workbench.foreign == [] and workbench.errors == [] and workbench.dialogs == []


def test_report_page_has_the_anchor_the_explorer_links_to(workbench, served):
    page = workbench.page
    before = workbench.done()
    workbench.js(f"policykgExplorer.start('{CAND}')")
    workbench.wait_done(before)
    href = page.locator("#ex-panel a.ex-quote-link").first.get_attribute("href")
    report = Opened(workbench.page.context.browser, served.page + href)
    try:
        anchor = href.split("#", 1)[1]
        assert report.js(f"!!document.getElementById('{anchor}')")
        assert report.foreign == [] and report.errors == []
    finally:
        report.close()


def test_xss_payloads_stay_inert_in_the_workbench(workbench):
    page = workbench.page
    before = workbench.done()
    page.fill("#ex-search", "<script>alert")
    workbench.wait_done(before)
    texts = page.locator("#ex-results button").all_text_contents()
    assert any("<script>alert(1)</script>" in t for t in texts)
    before = workbench.done()
    workbench.js(f"policykgExplorer.start('{XSS_AUTHORITY}')")
    workbench.wait_done(before)
    assert "<script>alert(1)</script>" in page.locator("#ex-panel h3").first.text_content()
    # a task and a quote with payloads, through the catalogue (table cells) and the panel
    page.click("#wb-queries button[data-query='tasks']")
    page.click("#wb-run")
    page.wait_for_function("document.querySelectorAll('#wb-results tbody tr').length > 0")
    cells = page.locator("#wb-results").text_content()
    assert "<img src=x onerror=alert(1)>" in cells
    page.fill("#wb-doc-filter", "svg onload")     # a title with a payload
    assert '"><svg onload=alert(1)>' in page.locator("#wb-docs").text_content()
    page.wait_for_timeout(300)
    assert workbench.dialogs == []
    assert workbench.js("document.querySelectorAll('img, svg, iframe, object, embed, [onerror], [onload]').length") == 0
    assert workbench.js("[...document.scripts].filter(s => s.textContent.includes('alert(1)')).length") == 0
    assert workbench.errors == [] and workbench.foreign == []


def test_report_pages_are_inert_too(browser, served):
    for path in ("report.html", "report/kh77-xss.html"):
        opened = Opened(browser, served.page + path)
        try:
            text = opened.js("document.body.textContent")
            if path != "report.html":
                assert all(payload in text for payload in PAYLOADS)
            assert opened.js("document.querySelectorAll('script, img, svg, [onerror], [onload]').length") == 0
            assert opened.dialogs == [] and opened.errors == [] and opened.foreign == []
        finally:
            opened.close()


def test_yasgui_page_of_the_endpoint_works_offline(browser, served):
    """Oxigraph's own YASGUI page runs a query with every foreign request aborted; the one it tries is its
    prefix-completion list (prefix.cc), which it does without."""
    opened = Opened(browser, served.yasgui)
    try:
        opened.page.wait_for_selector(".yasqe_queryButton", timeout=30_000)
        opened.page.click(".yasqe_queryButton")
        opened.page.wait_for_selector(".yasr table tbody tr, .yasr_results table tr, .dataTable tbody tr",
                                      timeout=30_000)
        assert all("prefix.cc/" in url for url in opened.foreign), opened.foreign
    finally:
        opened.close()


def _serve(out: Path, port: int) -> tuple[subprocess.Popen, dict[str, str]]:
    process = subprocess.Popen([sys.executable, "-m", "policykg", "serve", str(out), "--port", str(port),
                                "--page-port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    urls: dict[str, str] = {}
    deadline = time.monotonic() + 90
    while len(urls) < 3 and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        name, _, url = line.partition(":")
        if url.strip().startswith("http"):
            urls[name.strip()] = url.strip()
    return process, urls


def test_cli_serve_answers_query_and_sparqlwrapper_and_stops_cleanly_on_ctrl_c(build):
    from SPARQLWrapper import JSON, SPARQLWrapper

    port = free_port()
    process, urls = _serve(build, port)
    try:
        assert urls["SPARQL endpoint"] == f"http://127.0.0.1:{port}/query", urls
        assert urls["Workbench"].startswith("http://127.0.0.1:")
        result = subprocess.run([sys.executable, "-m", "policykg", "query", "coordination", "--endpoint",
                                 urls["SPARQL endpoint"], "--format", "csv"], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert "https://w3id.org/policykg/actor/quan-doi-nhan-dan" in result.stdout
        client = SPARQLWrapper(urls["SPARQL endpoint"])
        client.setQuery("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                        f"SELECT ?l WHERE {{ <{CAND}> skos:prefLabel ?l }}")
        client.setReturnFormat(JSON)
        labels = {b["l"]["value"] for b in client.query().convert()["results"]["bindings"]}
        assert "Công an nhân dân" in labels
        with urllib.request.urlopen(urls["Workbench"]) as answer:
            assert "policykg workbench" in answer.read().decode("utf-8")
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Stopped." in out and "Traceback" not in err
    with pytest.raises(OSError):   # the Oxigraph child is gone with it
        urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=5)


def test_serve_needs_a_store_and_says_so_in_one_line(tmp_path):
    (tmp_path / "g.ttl").write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "policykg", "serve", str(tmp_path), "--port", "0"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "serve needs a store" in result.stderr and "Traceback" not in result.stderr


def test_report_page_missed_mode_shows_only_what_was_missed(browser, served):
    opened = Opened(browser, served.page + "report/ct09-nhandan-2023-12-09.html")
    try:
        page = opened.page
        page.screenshot(path=str(artefact("report.png")))
        style = "sel => { const e = document.querySelector(sel); const s = getComputedStyle(e); " \
                "return [s.backgroundColor, s.color, s.borderBottomStyle]; }"
        assert opened.js(style, "a.ev")[2] == "solid"
        page.check("input.mode-missed")
        background, colour, _ = opened.js(style, ".src .unc")
        assert background == "rgb(255, 240, 160)" and colour == "rgb(29, 29, 31)"
        assert opened.js(style, ".src a.ev")[2] == "none"                      # found text is faded, not underlined
        assert opened.js(style, ".src a.ev")[1] == "rgb(196, 196, 196)"
        assert opened.js("getComputedStyle(document.querySelector('.legend-missed')).display") != "none"
        assert "never analysed" in page.locator(".legend-missed").text_content()
        page.screenshot(path=str(artefact("report-missed.png")))
        assert opened.clean()
    finally:
        opened.close()

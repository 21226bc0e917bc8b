"""The HTML views in a real browser: headless Debian Chromium through Playwright, every request to another
host aborted. Skips only when /usr/bin/chromium is missing and CI is not "true"."""

from pathlib import Path

import pytest

from policykg.queries.data import open_data
from policykg.visualize.views import write_view

from browserpages import Opened, artefact, chromium, require_chromium

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "data" / "visualize" / "fixture.trig"
ARTICLE = ROOT / "examples" / "ct09-nhandan-2023-12-09.txt"
ACTOR = "https://w3id.org/policykg/actor/"
CAND, QDND = ACTOR + "cong-an-nhan-dan", ACTOR + "quan-doi-nhan-dan"
XSS_AUTHORITY = ACTOR + "uy-ban-nhan-dan-tinh-script-alert-1-script"
XSS_POLICE = ACTOR + "cong-an-tinh-img-src-x-onerror-alert-1"
SETTLED = "document.body.dataset.settled === 'true'"

require_chromium()


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    store = open_data(FIXTURE)
    out = tmp_path_factory.mktemp("views")
    write_view(store, "actors", out / "actors.html")
    write_view(store, "full", out / "full.html")
    return out


@pytest.fixture
def actors_page(browser, pages):
    opened = Opened(browser, (pages / "actors.html").as_uri(), ready=SETTLED)
    yield opened
    opened.close()


def test_page_loads_offline_draws_everything_and_settles(actors_page):
    assert actors_page.js("[network.body.data.nodes.length, network.body.data.edges.length]") == [13, 14]
    assert actors_page.js("network.physics.options.enabled") is False
    assert actors_page.js("window.network === network && typeof vis.Network") == "function"
    assert actors_page.foreign == [] and actors_page.errors == [] and actors_page.dialogs == []


def test_search_box_focuses_and_selects_the_node(actors_page):
    page = actors_page.page
    page.fill("#pkg-search", "quan doi")          # without diacritics, as people type
    assert page.locator("#pkg-results button").first.text_content().startswith("Quân đội nhân dân")
    page.press("#pkg-search", "Enter")
    assert actors_page.js("network.getSelectedNodes()") == [QDND]
    assert page.locator("#pkg-details h2").text_content() == "Quân đội nhân dân"
    centre = actors_page.js("network.getViewPosition()")
    node = actors_page.js(f"network.getPositions(['{QDND}'])['{QDND}']")
    assert abs(centre["x"] - node["x"]) < 1 and abs(centre["y"] - node["y"]) < 1


def test_clicking_an_edge_shows_its_evidence_with_documents(actors_page):
    page = actors_page.page
    edge_id = actors_page.js(f"network.body.data.edges.get().find(e => e.from === '{CAND}' && e.to === '{QDND}').id")
    point = actors_page.js("""id => {
        const p = network.body.edges[id].edgeType.getPoint(0.5);
        const d = network.canvasToDOM(p);
        const r = document.querySelector('#mynetwork canvas').getBoundingClientRect();
        return {x: r.left + d.x, y: r.top + d.y}; }""", edge_id)
    page.mouse.click(point["x"], point["y"])
    details = page.locator("#pkg-details")
    assert details.get_attribute("data-item") == "edge"
    text = details.text_content()
    assert "Tăng cường quan hệ phối hợp giữa công an nhân dân với quân đội nhân dân" in text
    assert "09-CT/TW" in text and "182/KH-UBND" in text and "2" in text
    assert page.locator("#pkg-details blockquote").count() == 2


def test_xss_payloads_show_as_text_and_run_nothing(browser, pages):
    opened = Opened(browser, (pages / "full.html").as_uri(), ready=SETTLED)
    try:
        page = opened.page
        for node in (XSS_AUTHORITY, XSS_POLICE):
            assert opened.js("id => policykg.focusNode(id)", node)
            page.locator("#pkg-details").wait_for()
        page.fill("#pkg-search", "script")
        details_text = opened.js(f"policykg.showNode('{XSS_AUTHORITY}') && document.getElementById('pkg-details').textContent")
        assert "Ủy ban nhân dân tỉnh <script>alert(1)</script>" in details_text
        task = "https://w3id.org/policykg/id/kh-xss-2024/task/1"
        opened.js(f"policykg.showNode('{task}')")
        quotes = page.locator("#pkg-details blockquote").all_text_contents()
        assert any('<img src=x onerror=alert(1)> "><svg onload=alert(1)>' in q for q in quotes)
        # hover tooltips are plain text too
        opened.js(f"network.selectNodes(['{XSS_POLICE}'])")
        page.wait_for_timeout(200)
        assert opened.dialogs == []
        assert opened.js("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
        assert opened.js("[...document.scripts].filter(s => s.id !== 'policykg-data' && "
                         "s.textContent.includes('alert(1)')).length") == 0
        assert opened.js("document.querySelectorAll('[onerror], [onload]').length") == 0
        assert opened.js("document.getElementById('pkg-results').textContent").count("<script>alert(1)</script>") >= 1
        # an actor's duties and their quotes carry payloads too
        opened.js(f"policykg.showNode('{XSS_POLICE}')")
        assert "<img src=x onerror=alert(1)>" in page.locator("#pkg-details").text_content()
        assert page.locator("#pkg-details .pkg-duty").count() >= 1
        assert opened.errors == [] and opened.foreign == []
    finally:
        opened.close()


def test_filters_by_kind_and_document(actors_page):
    page = actors_page.page
    page.locator("#pkg-kinds input[data-kind='ArmedForce']").uncheck()
    assert actors_page.js(f"network.body.data.nodes.get('{CAND}').hidden") is True
    assert actors_page.js(f"!!network.body.data.nodes.get('{ACTOR}ban-bi-thu').hidden") is False
    page.locator("#pkg-kinds input[data-kind='ArmedForce']").check()
    page.select_option("#pkg-document", label="182/KH-UBND")
    assert actors_page.js(f"network.body.data.nodes.get('{ACTOR}ban-bi-thu').hidden") is True
    assert actors_page.js(f"!!network.body.data.nodes.get('{CAND}').hidden") is False
    assert actors_page.js("network.body.data.edges.get({filter: e => !e.hidden}).length") == 5


def test_language_switch_relabels_nodes(actors_page):
    actors_page.page.select_option("#pkg-lang", "en")
    assert actors_page.js(f"network.body.data.nodes.get('{CAND}').label") == "People's Public Security"
    # no English label in the data: the Vietnamese one stays
    assert actors_page.js(f"network.body.data.nodes.get('{ACTOR}ban-nganh-doan-the').label") == "Các ban, ngành, đoàn thể"
    assert "Node kinds" in actors_page.page.locator("#pkg-kinds legend").text_content()


def test_actor_panel_shows_the_duties_and_quotes_that_name_it(actors_page):
    actors_page.js(f"policykg.showNode('{CAND}')")
    details = actors_page.page.locator("#pkg-details")
    heading = details.locator("h3").first.text_content()
    assert heading.startswith("Nhiệm vụ nêu tên chủ thể này (") and not heading.endswith("(0)")
    assert "chủ trì" in details.text_content()
    quotes = details.locator("blockquote").all_text_contents()
    assert any("Tăng cường quan hệ phối hợp" in q for q in quotes)
    assert len(quotes) == len(set(quotes))          # each quote once per duty


def test_edge_labels_only_on_hover_or_zoomed_in(actors_page):
    page = actors_page.page
    assert actors_page.js("network.body.data.edges.get().filter(e => e.label).length") == 0
    box = page.locator("#mynetwork canvas").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(12):
        page.mouse.wheel(0, -300)
        page.wait_for_timeout(30)
    assert actors_page.js("network.getScale()") >= 1.4
    labelled = actors_page.js("network.body.data.edges.get().filter(e => e.label).length")
    assert labelled == actors_page.js("network.body.data.edges.length")


def test_document_filter_recounts_and_refits(actors_page):
    page = actors_page.page
    edge_id = actors_page.js(f"network.body.data.edges.get().find(e => e.from === '{CAND}' && e.to === '{QDND}').id")
    actors_page.js(f"policykg.showEdge('{edge_id}')")
    assert "phối hợp với ×2" in page.locator("#pkg-details .pkg-kindline").text_content()
    page.select_option("#pkg-document", label="182/KH-UBND")
    actors_page.js(f"policykg.showEdge('{edge_id}')")
    assert page.locator("#pkg-details .pkg-kindline").text_content() == "phối hợp với"   # one statement in that plan
    assert page.locator("#pkg-details blockquote").count() == 1
    # re-fitted: every node left visible is inside the canvas
    inside = actors_page.js("""() => { const r = document.querySelector('#mynetwork canvas').getBoundingClientRect();
        const ids = network.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.id);
        const pos = network.getPositions(ids);
        return ids.every(id => { const d = network.canvasToDOM(pos[id]);
            return d.x >= 0 && d.y >= 0 && d.x <= r.width && d.y <= r.height; }); }""")
    assert inside


def test_panel_speaks_plainly_and_every_kind_is_told_apart(actors_page):
    actors_page.js(f"policykg.showNode('{CAND}')")
    text = actors_page.page.locator("#pkg-details").text_content()
    assert "Vai trò cầu nối" in text and "betweenness" not in text.lower()
    legend = actors_page.js("""[...document.querySelectorAll('#pkg-kinds .pkg-kind')].map(l =>
        [l.querySelector('.pkg-swatch').textContent, l.querySelector('.pkg-swatch').style.color, l.textContent])""")
    assert len(legend) == len({(shape, colour) for shape, colour, _ in legend}) == len({c for _, c, _ in legend})
    assert len({label for *_, label in legend}) == len(legend)


def test_actor_view_of_the_bundled_directive(browser, tmp_path):
    """Screenshot artefact: the coordination web of the bundled Chỉ thị 09-CT/TW, built by the builder."""
    from policykg.graph_builder.emit import emit_quads
    from policykg.graph_builder.pipeline import build_file
    from policykg.ontology import load_lexicon
    from policykg.core.iris import mint_graph_iri
    from policykg.queries.store import GraphStore

    result = build_file(ARTICLE)
    store = GraphStore()
    store.replace_graph(mint_graph_iri(result.source.key), emit_quads(result, load_lexicon()))
    write_view(store, "actors", tmp_path / "graph.html")
    opened = Opened(browser, (tmp_path / "graph.html").as_uri(), ready=SETTLED)
    try:
        ids = set(opened.js("network.body.data.nodes.getIds()"))
        assert {CAND, QDND, ACTOR + "mat-tran-to-quoc-viet-nam", ACTOR + "cap-uy-dang", ACTOR + "chinh-quyen"} <= ids
        assert opened.js(f"network.getConnectedNodes('{CAND}').length") >= 3
        # actors no link reaches are hidden, counted beside the toggle that shows them
        hidden = opened.js("network.body.data.nodes.get({filter: n => n.hidden}).map(n => n.id)")
        # (a people group the text gives no duty, "đảng viên", is no actor of the graph at all: docs/DATA_MODEL.md)
        assert ACTOR + "dang-cong-san-viet-nam" in hidden and CAND not in hidden and ACTOR + "dang-vien" not in ids
        assert f"({len(hidden)})" in opened.page.locator("#pkg-isolated-label").text_content()
        opened.page.screenshot(path=str(artefact("actor-view.png")))
        assert artefact("actor-view.png").stat().st_size > 20_000
        opened.page.check("#pkg-isolated")
        assert opened.js("network.body.data.nodes.get({filter: n => n.hidden}).length") == 0
        assert opened.clean()
    finally:
        opened.close()

"""A large view keeps its duties and quotes in script files beside the page (policykg/visualize/details.py): in a
real browser (headless Debian Chromium through Playwright, every request to another host aborted) clicking an
actor or an edge loads its file and shows the same panel as a page that carries its details inline; quotes stay
text. The threshold is lowered so that the small fixture is drawn as a large view would be."""

from pathlib import Path

import pytest

import policykg.visualize.page as page_module
from policykg.queries.data import open_data
from policykg.visualize.details import details_dir
from policykg.visualize.views import write_view

from browserpages import Opened
from test_viz_browser import CAND, FIXTURE, QDND, SETTLED, XSS_POLICE, browser  # noqa: F401 (browser: the fixture)

pytestmark = pytest.mark.browser

SHOWN = "document.getElementById('pkg-details').dataset.item === '{}'"


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("details")
    store = open_data(FIXTURE)
    write_view(store, "actors", out / "inline.html")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(page_module, "DETAILS_APART_ABOVE", 0)
        write_view(store, "actors", out / "apart.html")
    return out


@pytest.fixture
def apart(browser, pages):
    with Opened(browser, (pages / "apart.html").as_uri(), ready=SETTLED) as opened:
        yield opened


def test_the_page_apart_carries_no_quote_and_its_files_carry_them(pages):
    page = (pages / "apart.html").read_text(encoding="utf-8")
    inline = (pages / "inline.html").read_text(encoding="utf-8")
    quote = "Tăng cường quan hệ phối hợp giữa công an nhân dân với quân đội nhân dân"
    assert quote in inline and quote not in page and len(page) < len(inline)
    files = sorted(details_dir(pages / "apart.html").iterdir())
    assert files and all(f.name.endswith(".js") for f in files)
    assert any(quote in f.read_text(encoding="utf-8") for f in files)
    assert not details_dir(pages / "inline.html").exists()


def _panel(opened: Opened, show: str, item: str) -> str:
    opened.js(show)
    opened.page.wait_for_function(SHOWN.format(item), timeout=30_000)
    return opened.page.locator("#pkg-details").inner_html()


def test_an_actor_and_an_edge_show_what_the_inline_page_shows(browser, pages, apart):
    with Opened(browser, (pages / "inline.html").as_uri(), ready=SETTLED) as inline:
        edge = f"network.body.data.edges.get().find(e => e.from === '{CAND}' && e.to === '{QDND}').id"
        for show, item in ((f"policykg.showNode('{CAND}')", "node"), (f"policykg.showNode('{XSS_POLICE}')", "node"),
                           (f"policykg.showEdge({edge})", "edge")):
            assert _panel(apart, show, item) == _panel(inline, show, item), show
        details = apart.page.locator("#pkg-details")
        _panel(apart, f"policykg.showNode('{XSS_POLICE}')", "node")
        assert "<img src=x onerror=alert(1)>" in details.text_content() and details.locator(".pkg-duty").count() >= 1
        _panel(apart, f"policykg.showNode('{CAND}')", "node")
        assert "chủ trì" in details.text_content()
        assert any("Tăng cường quan hệ phối hợp" in q for q in details.locator("blockquote").all_text_contents())
        assert apart.js("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
        assert apart.clean() and inline.clean()


def test_search_then_click_loads_the_details(apart):
    page = apart.page
    page.fill("#pkg-search", "cong an nhan dan")
    page.locator("#pkg-results button").first.click()
    page.wait_for_function(SHOWN.format("node"), timeout=30_000)
    assert page.locator("#pkg-details h2").text_content() == "Công an nhân dân"
    assert page.locator("#pkg-details .pkg-duty").count() >= 1
    assert apart.clean()


def test_a_missing_details_file_is_said_not_thrown(pages, browser, tmp_path):
    page = tmp_path / "apart.html"
    page.write_bytes((pages / "apart.html").read_bytes())   # no details folder beside it
    with Opened(browser, page.as_uri(), ready=SETTLED) as opened:
        opened.js(f"policykg.showNode('{CAND}')")
        opened.page.wait_for_function("document.getElementById('pkg-details').textContent.includes('tệp chi tiết')",
                                      timeout=30_000)
        assert opened.foreign == [] and opened.dialogs == []

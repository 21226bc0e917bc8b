"""The explorer's questions (search, a neighbourhood page by page, a node's duties and quotes) on the embedded
store of the view fixture, through the same run_query the workbench calls on the served endpoint."""

from pathlib import Path

import pytest

from policykg.queries.data import open_data
from policykg.queries.engine import run_query
from policykg.visualize import explore

FIXTURE = Path(__file__).parent / "data" / "visualize" / "fixture.trig"
ACTOR = "https://w3id.org/policykg/actor/"
CAND, QDND = ACTOR + "cong-an-nhan-dan", ACTOR + "quan-doi-nhan-dan"
CT09 = "https://w3id.org/policykg/id/doc/09-ct-tw"


@pytest.fixture(scope="module")
def run():
    store = open_data(FIXTURE)
    return lambda info, params: run_query(info, params, data=store)


def test_search_ignores_diacritics_and_case_and_puts_prefixes_first(run):
    hits = explore.search(run, "CONG AN NHAN DAN")
    assert hits[0]["id"] == CAND and hits[0]["lv"] == "Công an nhân dân" and hits[0]["kind"] == "ArmedForce"
    assert [h["id"] for h in explore.search(run, "quân đội")][:1] == [QDND]
    assert any(h["id"] == CT09 and h["group"] == "document" for h in explore.search(run, "09-ct/tw"))
    assert explore.search(run, "   ") == []


def test_search_text_is_a_bound_term_never_query_text(run):
    assert explore.search(run, '" ) } } ; DROP ALL ; # <script>') == []
    assert any("<script>alert(1)</script>" in h["lv"] for h in explore.search(run, "<script>"))


def test_fold_table_and_expression_agree_on_every_vietnamese_letter(run):
    letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
    folded = explore.search_fold(letters + letters.upper())
    assert set(folded) <= set("aeiouyd")
    from policykg.queries.catalogue import QueryInfo

    text = f'SELECT ?f WHERE {{ BIND("{letters + letters.upper()}" AS ?l) BIND({explore.fold_expression("?l")} AS ?f) }}'
    assert run(QueryInfo("fold", text), {}).rows[0]["f"].value == folded


def test_expand_pages_through_the_neighbourhood(run):
    whole = explore.expand(run, CAND, limit=100)
    assert not whole["more"] and QDND in {n["id"] for n in whole["nodes"]}
    edge = next(e for e in whole["edges"] if {e["from"], e["to"]} == {CAND, QDND})
    assert edge["kind"] == "coordinates"
    pages, offset = [], 0
    while True:
        page = explore.expand(run, CAND, offset=offset, limit=2)
        pages.append(page)
        if not page["more"]:
            break
        offset += 2
    assert len(pages) > 1 and all(len(p["edges"]) <= 2 for p in pages)   # a page is so many links
    edges = [(e["from"], e["to"], e["kind"]) for p in pages for e in p["edges"]]
    assert sorted(edges) == sorted((e["from"], e["to"], e["kind"]) for e in whole["edges"])
    assert {n["id"] for p in pages for n in p["nodes"]} == {n["id"] for n in whole["nodes"]}


def test_a_document_neighbourhood_has_its_issuer_and_the_actors_it_assigns(run):
    page = explore.expand(run, CT09, limit=100)
    kinds = {(e["kind"], e["to"]) for e in page["edges"] if e["from"] == CT09}
    assert ("issues", ACTOR + "ban-bi-thu") in kinds
    assert any(kind == "assigns" for kind, _ in kinds)


def test_node_details_give_duties_with_quotes_linked_to_the_report_page(run):
    details = explore.node_details(run, CAND)
    assert details["lv"] == "Công an nhân dân" and details["isActor"]
    lead = next(d for d in details["duties"] if d["role"] == "lead")
    assert "Tăng cường quan hệ phối hợp" in lead["text"] and lead["docLabel"] == "09-CT/TW"
    quote = lead["quotes"][0]
    assert quote["page"] == "report/ct09-nhandan-2023-12-09.html" and quote["start"] >= 0
    document = explore.node_details(run, CT09)
    assert document["number"] == "09-CT/TW" and document["issuerLabel"] == "Ban Bí thư"
    assert {d["role"] for d in document["duties"]} >= {"task"}

"""The graph views: what the actor and full networks contain, merging across documents, and the HTML page."""

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from policykg.core.errors import InputError
from policykg.queries.data import open_data
from policykg.visualize.views import actor_network, full_network, write_view

FIXTURE = Path(__file__).parent / "data" / "visualize" / "fixture.trig"
ACTOR = "https://w3id.org/policykg/actor/"
ID = "https://w3id.org/policykg/id/"
PKG = "https://w3id.org/policykg/ontology#"
CAND, QDND = ACTOR + "cong-an-nhan-dan", ACTOR + "quan-doi-nhan-dan"
CT09, KH182 = ID + "doc/09-ct-tw", ID + "doc/182-kh-ubnd"
XSS_AUTHORITY = ACTOR + "uy-ban-nhan-dan-tinh-script-alert-1-script"
XSS_POLICE = ACTOR + "cong-an-tinh-img-src-x-onerror-alert-1"
PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>')


@pytest.fixture(scope="module")
def store():
    return open_data(FIXTURE)


def page_data(page: str) -> dict:
    block = re.search(r'<script id="policykg-data" type="application/json">(.*?)</script>', page, re.DOTALL)
    return json.loads(block.group(1))


def test_actor_network_has_actors_documents_and_kinds(store):
    graph = actor_network(store)
    actors = [n for n, a in graph.nodes(data=True) if a["group"] == "actor"]
    assert len(actors) == 11
    assert graph.nodes[CAND]["kind"] == "ArmedForce"
    assert graph.nodes[CAND]["label_vi"] == "Công an nhân dân"
    assert graph.nodes[CAND]["label_en"] == "People's Public Security"
    assert graph.nodes[ACTOR + "ban-nganh-doan-the"]["label_en"] == ""     # no English label in the data
    assert graph.nodes[CT09]["kind"] == "Directive" and graph.nodes[CT09]["label_vi"] == "09-CT/TW"
    assert set(graph.nodes[CAND]["documents"]) == {CT09, KH182}


def test_coordination_is_merged_across_documents_with_count_and_evidence(store):
    graph = actor_network(store)
    edge = graph.edges[CAND, QDND, "coordinates"]
    assert edge["count"] == 2
    assert edge["documents"] == (CT09, KH182)
    quotes = [e.quote for e in edge["evidence"]]
    assert len(quotes) == 2 and any(q.startswith("Tăng cường quan hệ phối hợp") for q in quotes)
    # coordinatesWith is written both ways; the view draws it once, from the lead
    assert not graph.has_edge(QDND, CAND)


def test_actor_edges_of_every_kind(store):
    graph = actor_network(store)
    kinds = {(u, v): k for u, v, k in graph.edges(keys=True)}
    assert kinds[(ACTOR + "dang-cong-san-viet-nam", ACTOR + "cap-uy-dang")] == "directs"
    assert kinds[(ACTOR + "mat-tran-to-quoc-viet-nam", ACTOR + "nhan-dan")] == "mobilises"
    assert kinds[(CT09, ACTOR + "ban-bi-thu")] == "issues"
    assert graph.edges[CT09, ACTOR + "ban-bi-thu", "issues"]["evidence"][0].quote.startswith("Ban Bí thư")
    # responsibility: the document assigns tasks/requirements to actors, counted per statement
    assert graph.edges[CT09, ACTOR + "chinh-quyen", "assigns"]["count"] == 2
    # initiatives are not actors: the party's direction of the movement is in the full view only
    assert not any(n.startswith(ID + "initiative/") for n in graph)


def test_membership_edges(store):
    extra = open_data(FIXTURE)
    g = "https://w3id.org/policykg/graph/membership"
    extra.replace_graph(g, [
        ox.Quad(ox.NamedNode(ACTOR + "ban-nganh-doan-the"), ox.NamedNode(PKG + "memberOf"),
                ox.NamedNode(ACTOR + "mat-tran-to-quoc-viet-nam"), ox.NamedNode(g)),
        ox.Quad(ox.NamedNode(XSS_POLICE), ox.NamedNode("http://www.w3.org/ns/org#subOrganizationOf"),
                ox.NamedNode(CAND), ox.NamedNode(g)),
    ])
    graph = actor_network(extra)
    assert graph.has_edge(ACTOR + "ban-nganh-doan-the", ACTOR + "mat-tran-to-quoc-viet-nam", "memberOf")
    assert graph.has_edge(XSS_POLICE, CAND, "partOf")


def test_centrality_makes_the_coordination_hub_the_biggest_actor(store):
    graph = actor_network(store)
    sizes = {n: a["size"] for n, a in graph.nodes(data=True) if a["group"] == "actor"}
    assert max(sizes, key=sizes.get) == CAND
    assert graph.nodes[CAND]["centrality"] > 0 == graph.nodes[ACTOR + "nhan-dan"]["centrality"]


def test_document_filter_keeps_what_that_document_states(store):
    graph = actor_network(store, document="182/KH-UBND")
    assert XSS_AUTHORITY in graph and XSS_POLICE in graph
    assert ACTOR + "ban-bi-thu" not in graph
    assert graph.edges[CAND, QDND, "coordinates"]["count"] == 1
    assert actor_network(store, document=KH182).number_of_edges() == graph.number_of_edges()


def test_unknown_document_is_a_one_line_error(store):
    with pytest.raises(InputError) as err:
        actor_network(store, document="99-CT/TW")
    assert "\n" not in str(err.value) and "09-CT/TW" in str(err.value)


def test_full_network_has_documents_statements_initiatives(store):
    graph = full_network(store)
    kinds = {a["kind"] for _, a in graph.nodes(data=True)}
    assert {"Directive", "Plan", "NewsArticle", "Requirement", "Task", "Objective", "Campaign", "Movement",
            "ArmedForce"} <= kinds
    assert "CoordinationDuty" not in kinds
    task5 = ID + "ct09-nhandan-2023-12-09/task/5"
    assert graph.has_edge(CT09, task5, "hasTask")
    assert graph.has_edge(task5, ID + "ct09-nhandan-2023-12-09/objective/1", "hasObjective")
    assert graph.has_edge(CAND, task5, "leads")
    assert graph.has_edge(KH182, CT09, "implements")
    assert graph.has_edge(ACTOR + "dang-cong-san-viet-nam",
                          ID + "initiative/phong-trao-toan-dan-bao-ve-an-ninh-to-quoc", "directs")
    assert graph.edges[CT09, task5, "hasTask"]["evidence"][0].quote.startswith("Tăng cường quan hệ")


def test_document_view_is_one_documents_graph(store, tmp_path):
    write_view(store, "document", tmp_path / "doc.html", document="09-CT/TW")
    data = page_data((tmp_path / "doc.html").read_text(encoding="utf-8"))
    ids = {n["id"] for n in data["nodes"]}
    assert ID + "ct09-nhandan-2023-12-09/task/5" in ids
    assert ID + "kh-xss-2024/task/1" not in ids and XSS_AUTHORITY not in ids
    with pytest.raises(InputError):
        write_view(store, "document", tmp_path / "doc2.html")


def test_page_is_self_contained_and_writes_nothing_else(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_view(store, "actors", "view.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["view.html"]    # no lib/ folder
    page = (tmp_path / "view.html").read_text(encoding="utf-8")
    code = re.sub(r'<script id="policykg-data" type="application/json">.*?</script>', "", page, flags=re.DOTALL)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", code, re.IGNORECASE)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "bootstrap" not in page.lower()
    assert "vis.Network" in page and "policykgAttach(network)" in page


def test_document_strings_reach_the_page_only_as_escaped_json(store, tmp_path):
    write_view(store, "full", tmp_path / "full.html")
    page = (tmp_path / "full.html").read_text(encoding="utf-8")
    for payload in PAYLOADS:
        assert payload not in page
    assert "<svg onload" not in page and "<img src=x" not in page
    data = page_data(page)
    labels = {n["id"]: n["lv"] for n in data["nodes"]}
    assert labels[XSS_AUTHORITY] == "Ủy ban nhân dân tỉnh <script>alert(1)</script>"
    assert not re.search(r"innerHTML\s*=", page)


def test_same_data_same_bytes(store, tmp_path):
    write_view(store, "actors", tmp_path / "a.html", lang="en")
    write_view(store, "actors", tmp_path / "b.html", lang="en")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_unknown_view_and_language(store, tmp_path):
    with pytest.raises(InputError, match="unknown view"):
        write_view(store, "pie", tmp_path / "x.html")
    with pytest.raises(InputError, match="unknown language"):
        write_view(store, "actors", tmp_path / "x.html", lang="fr")
    assert not (tmp_path / "x.html").exists()


def test_every_kind_has_its_own_colour_and_words_and_no_two_kinds_share_colour_and_shape():
    from policykg.visualize.kinds import NODE_STYLES, node_style

    colours = [s.colour.lower() for s in NODE_STYLES] + [node_style("NotAClass").colour.lower()]
    assert len(colours) == len(set(colours))
    assert len({(s.colour, s.shape) for s in NODE_STYLES}) == len(NODE_STYLES)
    for lang in ("vi", "en"):
        assert len({s.label(lang) for s in NODE_STYLES}) == len(NODE_STYLES)


def test_links_between_the_same_two_nodes_are_one_drawn_edge_with_their_counts():
    import networkx as nx

    from policykg.visualize.page import _page_data

    graph = nx.MultiDiGraph()
    for iri in ("urn:a", "urn:b"):
        graph.add_node(iri, kind="StateBody", label_vi=iri, documents=("urn:d1", "urn:d2"))
    graph.add_edge("urn:a", "urn:b", key="coordinates", kind="coordinates", count=2, documents=("urn:d1", "urn:d2"),
                   document_counts=(("urn:d1", 1), ("urn:d2", 1)))
    graph.add_edge("urn:b", "urn:a", key="directs", kind="directs", count=3, documents=("urn:d2",),
                   document_counts=(("urn:d2", 3),))
    (edge,) = _page_data(graph, {}, "vi")["edges"]
    assert [(p["kind"], p["count"], p["dc"]) for p in edge["parts"]] == [
        ("coordinates", 2, {"0": 1, "1": 1}), ("directs", 3, {"1": 3})]
    assert edge["arrow"] is False and edge["docs"] == [0, 1]


def test_actor_nodes_carry_the_duties_that_name_them(store):
    graph = actor_network(store)
    duties = graph.nodes[CAND]["duties"]
    assert {"lead", "coordination"} <= {d.role for d in duties}
    assert any("Tăng cường quan hệ phối hợp" in e.quote for d in duties for e in d.evidence)
    only = actor_network(store, document=KH182).nodes[CAND]["duties"]
    assert only and all(d.document == KH182 for d in only)


def test_a_large_page_writes_its_nodes_and_edges_made_one_at_a_time(tmp_path):
    import networkx as nx

    from policykg.visualize.details import bucket_of, details_script
    from policykg.visualize.graphdata import Evidence
    from policykg.visualize.page import _Items, _payload, page_buckets, safe_json, write_network_page

    graph = nx.MultiDiGraph()   # an invented network above DETAILS_APART_ABOVE nodes: its details beside the page
    for number in range(330):
        graph.add_node(f"urn:x:agency/{number:03d}", kind="StateBody" if number % 3 else "Ministry",
                       label_vi=f"Cơ quan <{number}> & co", documents=(f"urn:x:doc/{number % 7}",), duties=())
    for number in range(329):
        here, there = f"urn:x:agency/{number:03d}", f"urn:x:agency/{number + 1:03d}"
        graph.add_edge(here, there, key="directs", kind="directs", count=2, documents=("urn:x:doc/1",),
                       document_counts=(("urn:x:doc/1", 2),))
        if number % 5 == 0:   # a second link between the same two nodes, the other way: one drawn edge
            graph.add_edge(there, here, key="reportsTo", kind="reportsTo", count=1, documents=("urn:x:doc/2",),
                           document_counts=(("urn:x:doc/2", 1),),
                           evidence=(Evidence("urn:x:doc/2", "", 4, f"báo cáo lần {number}"),))
    target = tmp_path / "graph.html"
    write_network_page(target, graph, title="t")

    payload = _payload(graph, "t", "vi", {}, None, None, page_buckets(graph))
    assert isinstance(payload["nodes"], _Items) and isinstance(payload["edges"], _Items)
    assert iter(payload["edges"]) is not iter(payload["edges"])   # made anew at each reading, never held
    held = dict(payload, nodes=list(payload["nodes"]), edges=list(payload["edges"]), details="graph-details/")
    assert len(held["nodes"]) == len(payload["nodes"]) == 330 and len(held["edges"]) == len(payload["edges"]) == 329
    assert [p["kind"] for p in held["edges"][0]["parts"]] == ["directs", "reportsTo"]
    page = target.read_text(encoding="utf-8")
    data = re.search(r'<script id="policykg-data" type="application/json">(.*?)</script>', page, re.DOTALL).group(1)
    assert data == safe_json(held)
    assert "<3>" not in data and "Cơ quan \\u003c3\\u003e \\u0026 co" in data
    # the quotes of the second part of drawn edge e5 (agencies 005 and 006) in the details file of that pair
    number = bucket_of("urn:x:agency/005\u0000urn:x:agency/006\u0000", page_buckets(graph))
    script = (tmp_path / "graph-details" / details_script(number)).read_text(encoding="utf-8")
    details = json.loads(script[len(f"policykgDetails({number},"):-len(");\n")])
    assert [q["q"] for q in details["e"]["e5"]["1"]] == ["báo cáo lần 5"] and "0" not in details["e"]["e5"]


def test_a_details_file_is_written_a_duty_at_a_time_with_the_bytes_of_its_whole_data():
    """A details file's text made in pieces (each node's duties made as they are written) is the JSON of its data
    held whole: sorted nodes, escaped quotes, the nodes that show nothing left out, no edges as well."""
    from policykg.visualize.details import Detail
    from policykg.visualize.graphdata import Evidence
    from policykg.visualize.page import _details_pieces, _Items, _node_detail, safe_json
    from policykg.visualize.views import Duty

    quote = Evidence("urn:y:plan/2", "urn:y:site/a", 7, "rà soát </script> & báo cáo")
    hub = Detail()
    hub.duties.update(Duty("lead", f"urn:y:task/{n}", f"Nhiệm vụ {n} <b>", "urn:y:plan/2", (quote,)) for n in range(40))
    hub.evidence.add(quote)
    nodes = {"urn:y:office/z": hub, "urn:y:office/a": Detail(), "urn:y:office/m": Detail(evidence={quote})}
    index, labels = {"urn:y:plan/2": 0}, {"urn:y:site/a": "Cổng A"}
    for edges in ({}, {"e3": {"0": [{"q": "x"}]}}):
        held = {"e": edges, "n": {iri: _node_detail(d, index, labels) for iri, d in nodes.items()
                                  if _node_detail(d, index, labels)}}
        assert "".join(_details_pieces(edges, nodes, index, labels)) == safe_json(held)
    assert isinstance(_node_detail(hub, index, labels, held=False)["du"], _Items)
    assert "urn:y:office/a" not in held["n"] and len(held["n"]["urn:y:office/z"]["du"]) == 40

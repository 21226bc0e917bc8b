"""The query catalogue: every .rq file has its header, parses, returns exactly its declared variables,
and answers its question on the hand-made fixture (tests/data/queries/fixture.trig, see DATA_MODEL.md)."""

from pathlib import Path

import pytest

from policykg.core.errors import QueryError
from policykg.queries.catalogue import CATALOGUE_DIR, get_query, list_queries
from policykg.queries.data import open_data
from policykg.queries.engine import run_query

FIXTURE = Path(__file__).parent / "data" / "queries" / "fixture.trig"
ACTOR = "https://w3id.org/policykg/actor/"
ID = "https://w3id.org/policykg/id/"
PKG = "https://w3id.org/policykg/ontology#"
DIRECTIVE = ID + "doc/09-ct-tw"
PLAN = ID + "doc/182-kh-ubnd"
ART = ID + "ct09-nhandan-2023-12-09/"
KH = ID + "kh182-son-la/"

REQUIRED = {
    "documents": "document identifier kind title issuer issuerLabel date",
    "actors": "actor label labelEn kind",
    "coordination": "actorA actorALabel actorB actorBLabel task document quote",
    "responsibilities": "actor actorLabel role task taskText document quote",
    "tasks": "task text document quote deadline dueDate",
    "objectives": "objective text document scope",
    "references": "document identifier cited citedIdentifier relation",
}
from queryfixture import PARAMS  # noqa: E402  (tests/ is on sys.path via conftest.py)


@pytest.fixture(scope="module")
def store():
    return open_data(FIXTURE)


def values(result, *names):
    """Rows as tuples of plain values (IRI or literal text), for readable expectations."""
    return [tuple(row[n].value if n in row else None for n in names) for row in result.rows]


def test_catalogue_has_the_analysts_questions():
    names = {q.name for q in list_queries()}
    assert set(REQUIRED) | {"actor", "path", "actors-by-kind", "tasks-without-lead", "busiest-actors",
                            "document-diff", "campaigns", "evidence"} <= names


@pytest.mark.parametrize("info", list_queries(), ids=lambda q: q.name)
def test_every_query_has_its_header_and_returns_exactly_its_variables(info, store):
    assert info.name == Path(info.path).stem
    assert info.answers and info.returns
    assert "ORDER BY" in info.text.upper()
    assert info.form == "SELECT"
    result = run_query(info, PARAMS.get(info.name, {}), data=store)
    assert result.variables == list(info.returns)
    assert result.rows, f"{info.name} returns nothing on the fixture"
    if info.name in REQUIRED:
        assert result.variables == REQUIRED[info.name].split()


def test_unknown_query_lists_the_catalogue():
    with pytest.raises(QueryError, match="unknown query 'cordination'.*coordination"):
        get_query("cordination")
    with pytest.raises(QueryError, match="unknown query"):
        get_query("../store")


def test_every_rq_file_is_in_the_catalogue():
    assert sorted(p.stem for p in CATALOGUE_DIR.glob("*.rq")) == [q.name for q in list_queries()]


def test_documents(store):
    rows = values(run_query("documents", {}, data=store), "document", "identifier", "kind", "issuer", "date")
    assert rows == [
        (ID + "source/ct09-nhandan-2023-12-09", None, PKG + "NewsArticle", None, "2023-12-09"),
        (DIRECTIVE, "09-CT/TW", PKG + "Directive", ACTOR + "ban-bi-thu", None),   # the article date is not the directive's
        (PLAN, "182/KH-UBND", PKG + "Plan", ACTOR + "uy-ban-nhan-dan-tinh-son-la", "2024-03-15"),
        (ID + "doc/30-2023-qh15", "30/2023/QH15", PKG + "Law", None, None),
    ]
    directive = run_query("documents", {}, data=store).rows[1]
    assert directive["issuerLabel"].value == "Ban Bí thư" and directive["issuerLabel"].lang == "vi"
    assert directive["title"].value.startswith("Về tăng cường sự lãnh đạo của Đảng")


def test_actors_one_row_per_actor_found_in_the_documents(store):
    result = run_query("actors", {}, data=store)
    actors = [row["actor"].value for row in result.rows]
    assert len(actors) == len(set(actors)) == 15   # not the whole vocabulary of the ontology graph
    police = next(row for row in result.rows if row["actor"].value == ACTOR + "cong-an-nhan-dan")
    assert (police["label"].value, police["labelEn"].value, police["kind"].value) == (
        "Công an nhân dân", "People's Public Security", PKG + "ArmedForce")
    pattern = next(row for row in result.rows if row["actor"].value == ACTOR + "cong-an-tinh-son-la")
    assert "labelEn" not in pattern


def test_coordination_lists_lead_with_each_partner_and_the_quote(store):
    result = run_query("coordination", {}, data=store)
    pairs = values(result, "actorA", "actorB", "task", "document")
    assert pairs == [
        (ACTOR + "cong-an-nhan-dan", ACTOR + "ban-nganh-doan-the", ART + "task/2", DIRECTIVE),
        (ACTOR + "cong-an-nhan-dan", ACTOR + "mat-tran-to-quoc-viet-nam", ART + "task/2", DIRECTIVE),
        (ACTOR + "cong-an-nhan-dan", ACTOR + "quan-doi-nhan-dan", ART + "task/2", DIRECTIVE),
        (ACTOR + "cong-an-tinh-son-la", ACTOR + "bo-chi-huy-quan-su-tinh-son-la", KH + "task/1", PLAN),
        (ACTOR + "cong-an-tinh-son-la", ACTOR + "uy-ban-mat-tran-to-quoc-viet-nam-tinh-son-la", KH + "task/1", PLAN),
    ]
    first = result.rows[0]
    assert first["quote"].value.startswith("Tăng cường quan hệ phối hợp giữa công an nhân dân với quân đội nhân dân")
    assert (first["actorALabel"].value, first["actorBLabel"].value) == ("Công an nhân dân", "ban, ngành, đoàn thể")


def test_coordination_without_a_lead_pairs_the_partners_that_coordinate_once(tmp_path):
    # "a phối hợp với b, c": no lead; a coordinates with b and with c (pkg:coordinatesWith), b not with c
    data = tmp_path / "between.trig"
    data.write_text("""@prefix pkg: <https://w3id.org/policykg/ontology#> .
@prefix actor: <https://w3id.org/policykg/actor/> .
<https://w3id.org/policykg/graph/x> {
  <urn:duty> a pkg:CoordinationDuty ; pkg:cooperatingActor actor:a , actor:b , actor:c .
  actor:a pkg:coordinatesWith actor:b , actor:c .
  actor:b pkg:coordinatesWith actor:a .
  actor:c pkg:coordinatesWith actor:a .
}""", encoding="utf-8")
    rows = values(run_query("coordination", {}, data=data), "actorA", "actorB")
    assert rows == [(ACTOR + "a", ACTOR + "b"), (ACTOR + "a", ACTOR + "c")]


def test_responsibilities_distinguish_lead_cooperating_and_responsible(store):
    rows = values(run_query("responsibilities", {}, data=store), "actor", "role", "task")
    assert (ACTOR + "cong-an-nhan-dan", "lead", ART + "task/2") in rows
    assert (ACTOR + "quan-doi-nhan-dan", "cooperating", ART + "task/2") in rows
    assert (ACTOR + "cap-uy-dang", "responsible", ART + "task/1") in rows
    assert (ACTOR + "cap-uy-dang", "responsible", ART + "task/3") in rows        # assigned only
    assert (ACTOR + "cong-an-nhan-dan", "responsible", ART + "task/2") not in rows  # assigned, but it leads
    assert {r[1] for r in rows} == {"lead", "cooperating", "responsible"}
    assert len(rows) == 14


def test_tasks_and_objectives(store):
    tasks = values(run_query("tasks", {}, data=store), "task", "document")
    assert tasks == [(ART + f"task/{i}", DIRECTIVE) for i in range(1, 5)] + [(KH + f"task/{i}", PLAN) for i in range(1, 4)]
    quotes = [row["quote"].value for row in run_query("tasks", {}, data=store).rows]
    assert quotes[4].startswith("Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy quân sự tỉnh")
    objectives = values(run_query("objectives", {}, data=store), "objective", "document")
    assert objectives == [(ART + "objective/1", DIRECTIVE), (ART + "objective/2", DIRECTIVE), (KH + "objective/1", PLAN)]
    scopes = values(run_query("objectives", {}, data=store), "objective", "scope")
    assert [scope for _, scope in scopes] == ["document", "task", "document"], scopes


def test_references(store):
    rows = values(run_query("references", {}, data=store), "document", "identifier", "citedIdentifier", "relation")
    assert rows == [
        (PLAN, "182/KH-UBND", "30/2023/QH15", PKG + "cites"),
        (PLAN, "182/KH-UBND", "09-CT/TW", PKG + "implements"),
        (ID + "source/ct09-nhandan-2023-12-09", None, "09-CT/TW", PKG + "reportsOn"),
    ]


@pytest.mark.parametrize("value", ["Công an nhân dân", "CÔNG AN NHÂN DÂN", "actor:cong-an-nhan-dan", ACTOR + "cong-an-nhan-dan"])
def test_actor_by_label_or_iri(store, value):
    rows = values(run_query("actor", {"actor": value}, data=store), "actor", "relation", "item")
    assert {r[0] for r in rows} == {ACTOR + "cong-an-nhan-dan"}
    assert (ACTOR + "cong-an-nhan-dan", "lead", ART + "task/2") in rows
    assert {r[2] for r in rows if r[1] == "coordinates with"} == {
        ACTOR + "quan-doi-nhan-dan", ACTOR + "mat-tran-to-quoc-viet-nam", ACTOR + "ban-nganh-doan-the"}
    assert (ACTOR + "cong-an-nhan-dan", "has part", ACTOR + "cong-an-tinh-son-la") in rows


def test_actor_issued_documents(store):
    rows = values(run_query("actor", {"actor": "actor:ban-bi-thu"}, data=store), "relation", "item", "itemLabel")
    assert ("issued", DIRECTIVE, "09-CT/TW") in rows


def test_path_finds_hierarchy_then_coordination(store):
    result = run_query("path", PARAMS["path"], data=store)
    rows = values(result, "path", "hops", "step", "from", "link", "via", "to", "document")
    # no direct link: the shortest path has two hops, up the hierarchy, then the duty (preferred to the task the
    # two also share) with its quote and the document that states it
    assert rows == [("1", "2", "1", ACTOR + "cong-an-tinh-son-la", "hierarchy", None, ACTOR + "cong-an-nhan-dan", None),
                    ("1", "2", "2", ACTOR + "cong-an-nhan-dan", "coordination", ART + "coordination/1",
                     ACTOR + "quan-doi-nhan-dan", DIRECTIVE)]
    assert result.rows[1]["quote"].value.startswith("Tăng cường quan hệ phối hợp giữa công an nhân dân")
    assert result.rows[1]["toLabel"].value == "Quân đội nhân dân"


def test_path_between_unconnected_actors_is_empty(store):
    assert run_query("path", {"from": "actor:nhan-dan", "to": "actor:so-tu-phap-tinh-son-la"}, data=store).rows == []


@pytest.mark.parametrize("kind", ["ArmedForce", "armedforce", "pkg:ArmedForce"])
def test_actors_by_kind(store, kind):
    rows = values(run_query("actors-by-kind", {"kind": kind}, data=store), "actor")
    assert rows == [(ACTOR + a,) for a in ("bo-chi-huy-quan-su-tinh-son-la", "cong-an-nhan-dan", "cong-an-tinh-son-la",
                                            "quan-doi-nhan-dan")]


def test_actors_by_kind_includes_subkinds(store):
    rows = {r[0] for r in values(run_query("actors-by-kind", {"kind": "pkg:Organization"}, data=store), "actor")}
    assert {ACTOR + "cong-an-nhan-dan", ACTOR + "ban-bi-thu", ACTOR + "uy-ban-nhan-dan-tinh-son-la"} <= rows
    assert ACTOR + "nhan-dan" not in rows   # a people group, not an organisation


def test_tasks_without_lead(store):
    rows = values(run_query("tasks-without-lead", {}, data=store), "task")
    assert rows == [(ART + "task/1",), (ART + "task/3",), (ART + "task/4",), (KH + "task/3",)]


def test_busiest_actors(store):
    rows = values(run_query("busiest-actors", {}, data=store), "actor", "tasks", "documents")
    assert rows[0] == (ACTOR + "cap-uy-dang", "3", "1")
    assert rows[1] == (ACTOR + "mat-tran-to-quoc-viet-nam", "2", "1")
    # one row per actor, though two documents write its label two ways ("cấp ủy đảng" / "cấp ủy đảng các cấp")
    actors = [row[0] for row in rows]
    assert len(actors) == len(set(actors))
    labels = {r["actor"].value: r["label"].value for r in run_query("busiest-actors", {}, data=store).rows}
    assert labels[ACTOR + "cap-uy-dang"] == "cấp ủy đảng"   # one of them, the same every time (MIN)


def test_tasks_give_their_deadline_as_written_and_as_a_date(store):
    rows = {r["task"].value: r for r in run_query("tasks", {}, data=store).rows}
    due = rows[KH + "task/1"]
    assert (due["deadline"].value, due["deadline"].lang) == ("Quý III/2024", "vi")
    assert (due["dueDate"].value, due["dueDate"].datatype) == ("2024-09", "http://www.w3.org/2001/XMLSchema#gYearMonth")
    assert "deadline" not in rows[KH + "task/2"]


def test_document_diff(store):
    rows = values(run_query("document-diff", PARAMS["document-diff"], data=store), "side", "what", "item")
    assert ("a", "actor", ACTOR + "quan-doi-nhan-dan") in rows
    assert ("b", "actor", ACTOR + "cong-an-tinh-son-la") in rows
    assert ("b", "task", KH + "task/2") in rows
    # the plan repeats the directive's task 4 word for word: not a change
    assert ("a", "task", ART + "task/4") not in rows and ("b", "task", KH + "task/3") not in rows
    assert len(rows) == 16


def test_document_diff_by_iri_is_the_same(store):
    by_number = run_query("document-diff", PARAMS["document-diff"], data=store)
    by_iri = run_query("document-diff", {"a": DIRECTIVE, "b": PLAN}, data=store)
    assert values(by_iri, "side", "what", "item") == values(by_number, "side", "what", "item")


def test_campaigns(store):
    rows = values(run_query("campaigns", {}, data=store), "initiative", "kind", "task")
    assert (ID + "initiative/cuoc-van-dong-cong-an-nhan-dan-vi-nuoc-quen-than-vi-dan-phuc-vu", PKG + "Campaign",
            ART + "task/3") in rows
    assert (ID + "initiative/phong-trao-toan-dan-bao-ve-an-ninh-to-quoc", PKG + "Movement", ART + "task/1") in rows


def test_evidence_quote_is_the_source_text(store):
    row = run_query("evidence", PARAMS["evidence"], data=store).rows[0]
    text = (Path(__file__).parent.parent / "examples" / "ct09-nhandan-2023-12-09.txt").read_text(encoding="utf-8")
    assert text[int(row["start"].value):int(row["end"].value)] == row["quote"].value


@pytest.mark.parametrize("name", ["coordination", "responsibilities", "tasks", "objectives"])
def test_optional_actor_and_document_filter_the_bulk_rows(store, name):
    everything = run_query(name, {}, data=store).tuples()
    for params in ({"document": "182/KH-UBND"}, {"document": "pkgid:doc/09-ct-tw"}, {"actor": "Công an nhân dân"},
                   {"actor": "actor:cap-uy-dang", "document": "09-CT/TW"}):
        rows = run_query(name, params, data=store).tuples()
        assert set(rows) <= set(everything) and len(rows) < len(everything), (name, params)
    assert run_query(name, {"document": "no such document"}, data=store).rows == []


@pytest.mark.parametrize("name, columns, actor", [
    ("coordination", ("actorA", "actorB"), "cong-an-nhan-dan"),
    ("coordination", ("actorA", "actorB"), "quan-doi-nhan-dan"),
    ("responsibilities", ("actor",), "cap-uy-dang"), ("responsibilities", ("actor",), "cong-an-nhan-dan")])
def test_an_actor_s_rows_are_exactly_its_rows_of_the_whole_answer_labels_included(store, name, columns, actor):
    # the filtered forms look labels up their own way (the given actor's once): the rows must not change
    everything = run_query(name, {}, data=store)
    mine = [row for row in everything.tuples()
            if any(row[everything.variables.index(c)].value == ACTOR + actor for c in columns)]
    assert mine and run_query(name, {"actor": "actor:" + actor}, data=store).tuples() == mine


def test_coordination_by_actor_keeps_the_pairs_it_is_part_of(store):
    rows = values(run_query("coordination", {"actor": "actor:quan-doi-nhan-dan"}, data=store), "actorA", "actorB")
    assert rows == [(ACTOR + "cong-an-nhan-dan", ACTOR + "quan-doi-nhan-dan")]
    by_document = values(run_query("coordination", {"document": "182/KH-UBND"}, data=store), "actorA", "document")
    assert by_document == [(ACTOR + "cong-an-tinh-son-la", PLAN)] * 2


def test_responsibilities_and_tasks_by_actor(store):
    roles = values(run_query("responsibilities", {"actor": "actor:cap-uy-dang"}, data=store), "actor", "role", "task")
    assert roles == [(ACTOR + "cap-uy-dang", "responsible", ART + f"task/{i}") for i in (1, 3, 4)]
    tasks = values(run_query("tasks", {"actor": "actor:cong-an-tinh-son-la"}, data=store), "task")
    assert tasks == [(KH + "task/1",)]
    plan = values(run_query("tasks", {"document": "182/KH-UBND"}, data=store), "task", "document")
    assert plan == [(KH + f"task/{i}", PLAN) for i in range(1, 4)]


def test_objectives_by_actor_are_those_of_its_documents_and_tasks(store):
    issuer = values(run_query("objectives", {"actor": "actor:uy-ban-nhan-dan-tinh-son-la"}, data=store), "objective")
    assert issuer == [(KH + "objective/1",)]   # the plan it issued
    lead = values(run_query("objectives", {"actor": "actor:cong-an-nhan-dan"}, data=store), "objective")
    assert lead == [(ART + "objective/2",)]    # "nhằm ..." inside the task it leads
    assert values(run_query("objectives", {"document": "09-CT/TW"}, data=store), "objective") == [
        (ART + "objective/1",), (ART + "objective/2",)]


def test_if_lines_must_name_an_optional_parameter():
    from policykg.queries.catalogue import query_from_text

    text = "# name: q\n# params: a (iri) the a\n# returns: ?x\nSELECT ?x WHERE {\n  # if a: ?x ?p ?a .\n}"
    with pytest.raises(QueryError, match="'# if a:' names no optional parameter"):
        query_from_text(text)


def test_document_diff_compares_task_texts_in_any_case_and_never_matches_a_task_without_text(tmp_path):
    data = tmp_path / "two.trig"
    data.write_text("""@prefix pkg: <https://w3id.org/policykg/ontology#> .
@prefix d: <https://w3id.org/policykg/id/doc/> .
<https://w3id.org/policykg/graph/x> {
  <urn:t1> a pkg:Task ; pkg:statedIn d:a ; pkg:text "Đổi mới công tác tuyên truyền"@vi .
  <urn:t2> a pkg:Task ; pkg:statedIn d:a .
  <urn:t3> a pkg:Task ; pkg:statedIn d:b ; pkg:text "đổi mới công tác TUYÊN TRUYỀN"@vi .
  <urn:t4> a pkg:Task ; pkg:statedIn d:b .
}""", encoding="utf-8")
    rows = values(run_query("document-diff", {"a": ID + "doc/a", "b": ID + "doc/b"}, data=data), "side", "what", "item")
    assert rows == [("a", "task", "urn:t2"), ("b", "task", "urn:t4")]

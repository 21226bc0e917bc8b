"""The catalogue on the real built directive: `policykg build` of the bundled Nhân Dân article on Directive
09-CT/TW, then the analysts' questions -- on the build directory and (when Virtuoso is here) on a server."""

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import cli
from policykg.queries.catalogue import list_queries
from policykg.queries.data import open_data
from policykg.queries.engine import run_query

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "ct09-nhandan-2023-12-09.txt"
ACTOR = "https://w3id.org/policykg/actor/"
DIRECTIVE = "https://w3id.org/policykg/id/doc/09-ct-tw"
POLICE = ACTOR + "cong-an-nhan-dan"
PARTNERS = {ACTOR + "quan-doi-nhan-dan": "quân đội nhân dân", ACTOR + "mat-tran-to-quoc-viet-nam": "Mặt trận Tổ quốc",
            ACTOR + "ban-nganh-doan-the": "các ban, ngành, đoàn thể"}


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    from policykg.corpus.build import build_corpus

    out_dir = tmp_path_factory.mktemp("built") / "out"
    build_corpus([ARTICLE], out_dir, viz=False, quiet=True)
    return out_dir


@pytest.fixture(scope="module")
def params(out):
    """Parameters for every catalogue query, taken from the built graph itself."""
    task = run_query("coordination", {}, data=out).rows[0]["task"].value
    return {"actor": {"actor": "Công an nhân dân"}, "actors-by-kind": {"kind": "ArmedForce"},
            "path": {"from": "actor:quan-doi-nhan-dan", "to": "actor:ban-nganh-doan-the"},
            "document-diff": {"a": "09-CT/TW", "b": "09-CT/TW"}, "evidence": {"item": task}}


def test_coordination_lists_the_police_with_its_three_partners_each_with_its_quote(out):
    result = CliRunner().invoke(cli, ["query", "coordination", "--data", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.output)["results"]["bindings"]
    # "phối hợp giữa công an nhân dân với X, Y và Z": three pairs with the police (none between its partners)
    pairs = {frozenset((b["actorA"]["value"], b["actorB"]["value"])) for b in bindings}
    assert pairs == {frozenset((POLICE, partner)) for partner in PARTNERS}
    text = ARTICLE.read_text(encoding="utf-8")
    for b in bindings:
        [partner] = {b["actorA"]["value"], b["actorB"]["value"]} - {POLICE}
        quote = b["quote"]["value"]
        assert quote in text and "công an nhân dân" in quote and PARTNERS[partner] in quote
        assert b["document"]["value"] == DIRECTIVE
        side = "actorA" if b["actorA"]["value"] == POLICE else "actorB"
        assert b[side + "Label"] == {"type": "literal", "value": "Công an nhân dân", "xml:lang": "vi"}


def test_the_police_and_its_partners_cooperate_on_the_coordination_task_and_none_leads_it(out):
    coordination = run_query("coordination", {}, data=out)
    task = coordination.rows[0]["task"].value
    roles = {(r["actor"].value, r["role"].value) for r in run_query("responsibilities", {}, data=out).rows
             if r["task"].value == task}
    # "phối hợp giữa X với Y" names no lead ("chủ trì"): every party cooperates
    assert {(actor, "cooperating") for actor in [POLICE, *PARTNERS]} <= roles
    assert not {actor for actor, role in roles if role == "lead"}
    assert task in {r["task"].value for r in run_query("tasks-without-lead", {}, data=out).rows}


def test_documents_show_the_directive_without_the_article_date(out):
    rows = {r["document"].value: r for r in run_query("documents", {}, data=out).rows}
    directive = rows[DIRECTIVE]
    assert directive["identifier"].value == "09-CT/TW"
    assert directive["kind"].value.endswith("#Directive")
    assert directive["issuer"].value == ACTOR + "ban-bi-thu"
    assert "date" not in directive


def test_actors_include_the_duty_holders_once_each(out):
    actors = [r["actor"].value for r in run_query("actors", {}, data=out).rows]
    assert len(actors) == len(set(actors))
    assert {POLICE, *PARTNERS, ACTOR + "cap-uy-dang", ACTOR + "ban-bi-thu"} <= set(actors)


def test_every_catalogue_query_runs_on_the_build_directory(out, params):
    for info in list_queries():
        result = run_query(info, params.get(info.name, {}), data=out)
        assert result.variables == list(info.returns)
        if info.name not in ("document-diff",):   # a document compared with itself has no differences
            assert result.rows, info.name
    assert run_query("document-diff", params["document-diff"], data=out).rows == []


@pytest.mark.virtuoso
def test_same_coordination_rows_from_virtuoso(out, params, monkeypatch):
    from policykg.queries.virtuoso import VirtuosoServer, virtuoso_available

    if not virtuoso_available():
        if os.environ.get("CI") == "true":
            pytest.fail("virtuoso-t is not installed, and CI=true")
        pytest.skip("virtuoso-t is not installed (Debian package virtuoso-opensource)")
    runner = CliRunner()
    local = runner.invoke(cli, ["query", "coordination", "--data", str(out), "--format", "json"])
    with VirtuosoServer() as server:
        monkeypatch.setenv("POLICYKG_ENDPOINT_USER", server.user)
        monkeypatch.setenv("POLICYKG_ENDPOINT_PASSWORD", server.password)
        monkeypatch.setenv("POLICYKG_ENDPOINT_AUTH", "digest")
        pushed = runner.invoke(cli, ["push", str(out), "--endpoint", server.auth_url,
                                     "--graph-store", server.graph_store_url])
        assert pushed.exit_code == 0, pushed.output
        remote = runner.invoke(cli, ["query", "coordination", "--endpoint", server.sparql_url, "--format", "json"])
        assert remote.exit_code == 0, remote.output
        assert remote.output == local.output
        embedded = open_data(out)
        for info in list_queries():
            p = params.get(info.name, {})
            assert (run_query(info, p, endpoint=server.sparql_url).tuples() == run_query(info, p, data=embedded).tuples()), \
                info.name

"""Labels wherever an IRI parameter is: a label, alternative label, số hiệu or class name names the IRI, for every
catalogue parameter that takes an IRI (path's from and to included) and for the views' --document, by one
resolver (policykg.queries.resolve)."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import cli
from policykg.core.errors import InputError
from policykg.queries.catalogue import list_queries
from policykg.queries.data import open_data
from policykg.queries.engine import run_query
from policykg.queries.resolve import label_forms
from policykg.visualize.views import actor_network

FIXTURE = str(Path(__file__).parent / "data" / "queries" / "fixture.trig")
VIEW_FIXTURE = str(Path(__file__).parent / "data" / "visualize" / "fixture.trig")


def run(*args):
    return CliRunner().invoke(cli, list(args))


def rows(name, params):
    return run_query(name, params, data=FIXTURE).tuples()


def test_path_takes_labels_for_from_and_to():
    by_iri = rows("path", {"from": "actor:cong-an-tinh-son-la", "to": "actor:quan-doi-nhan-dan"})
    assert by_iri
    assert rows("path", {"from": "Công an tỉnh Sơn La", "to": "QĐND"}) == by_iri
    assert rows("path", {"from": "công an tỉnh sơn la", "to": "Quân đội nhân dân"}) == by_iri
    result = run("query", "path", "-p", "from=Công an tỉnh Sơn La", "-p", "to=QĐND", "--data", FIXTURE)
    assert result.exit_code == 0 and "(2 rows)" in result.output


def test_evidence_takes_a_document_number():
    assert rows("evidence", {"item": "182/KH-UBND"}) == rows("evidence", {"item": "pkgid:doc/182-kh-ubnd"})
    assert rows("evidence", {"item": "182/KH-UBND"})


def test_every_iri_parameter_of_the_catalogue_accepts_a_label():
    for info in list_queries():
        for param in info.params:
            assert "iri" in param.kinds or param.kinds == ("literal",), (info.name, param)
    assert rows("actor", {"actor": "CAND"}) == rows("actor", {"actor": "actor:cong-an-nhan-dan"})
    assert rows("actors-by-kind", {"kind": "ArmedForce"}) == rows("actors-by-kind", {"kind": "pkg:ArmedForce"})


def test_a_label_naming_nothing_gives_an_empty_answer():
    assert rows("path", {"from": "Không có ai", "to": "QĐND"}) == []


def test_a_number_is_also_tried_in_its_canonical_form():
    assert label_forms("09-CT/T.Ư") == ["09-CT/T.Ư", "09-CT/TW"]
    assert rows("evidence", {"item": "09-CT/T.Ư"}) == rows("evidence", {"item": "09-CT/TW"}) != []


def test_viz_document_takes_any_label_of_the_document(tmp_path):
    store = open_data(VIEW_FIXTURE)
    by_number = actor_network(store, document="182/KH-UBND")
    assert sorted(actor_network(store, document="pkgid:doc/182-kh-ubnd").nodes) == sorted(by_number.nodes)
    with pytest.raises(InputError, match="no document 'Không có' in the data; documents present: "):
        actor_network(store, document="Không có")
    out = tmp_path / "doc.html"
    result = run("viz", VIEW_FIXTURE, "--view", "document", "--document", "09-ct/tw", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.exists()

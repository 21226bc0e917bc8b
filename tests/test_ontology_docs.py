"""`policykg ontology docs --out FILE.html`: a self-contained, escaped, deterministic documentation page."""

from __future__ import annotations

import html
import re

import rdflib
from click.testing import CliRunner

from policykg.ontology import ONTOLOGY_FILES, load_lexicon
from policykg.cli import cli

PKG = "https://w3id.org/policykg/ontology#"


def build(tmp_path, name="ontology.html") -> str:
    out = tmp_path / name
    result = CliRunner().invoke(cli, ["ontology", "docs", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out}: ")
    return out.read_text(encoding="utf-8")


def test_every_class_property_level_and_actor_is_documented(tmp_path):
    page = build(tmp_path)
    core = rdflib.Graph().parse(ONTOLOGY_FILES[0], format="turtle")
    terms = {str(s) for s in core.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(PKG)}
    missing = [t for t in sorted(terms) if f'id="{t[len(PKG):]}"' not in page]
    assert missing == [] or set(missing) <= {PKG + "ActorKindScheme", PKG + "AdministrativeLevelScheme"}
    for entry in load_lexicon().entries:
        assert html.escape(entry.label_vi) in page
        assert f'id="actor-{entry.iri.rsplit("/", 1)[1]}"' in page
    assert "Chỉ thị" in page and "Directive" in page
    assert "eli:LegalResource" in page and "org:Organization" in page  # alignments are shown


def test_text_from_the_turtle_is_escaped(tmp_path):
    page = build(tmp_path)
    assert "Bộ GD&amp;ĐT" in page          # an alternative label with an ampersand
    assert "Bộ GD&ĐT" not in page
    assert "&quot;chỉ thị&quot;" in page    # quotes inside a definition


def test_page_is_self_contained_and_deterministic(tmp_path):
    first = build(tmp_path, "a.html")
    second = build(tmp_path, "b.html")
    assert first == second
    assert first.startswith("<!DOCTYPE html>")
    assert "<script" not in first
    assert not re.search(r'(src|href)="https?://', first)


def test_unwritable_target_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ontology", "docs", "--out", str(blocker / "ontology.html")])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output

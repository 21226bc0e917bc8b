"""The ontology files: they parse, are bilingual, aligned with the standards, and consistent under HermiT."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS

from policykg.ontology import ONTOLOGY_FILES, SHAPES_FILE

ROOT = Path(__file__).resolve().parent.parent
CORE, ACTORS, DOCUMENTS = ONTOLOGY_FILES
TTL_FILES = [CORE, ACTORS, DOCUMENTS, SHAPES_FILE]
PKG = rdflib.Namespace("https://w3id.org/policykg/ontology#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
ELI = rdflib.Namespace("http://data.europa.eu/eli/ontology#")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
ONTOLOGY = rdflib.URIRef("https://w3id.org/policykg/ontology")
IN_CI = os.environ.get("CI") == "true"


def need(tool_available: bool, what: str) -> None:
    """Skip locally when a tool is missing; in CI a missing tool is a failure."""
    if not tool_available:
        if IN_CI:
            pytest.fail(f"{what} is required in CI")
        pytest.skip(f"{what} not installed")


@pytest.fixture(scope="module")
def core() -> rdflib.Graph:
    return rdflib.Graph().parse(CORE, format="turtle")


@pytest.fixture(scope="module")
def both() -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in ONTOLOGY_FILES:
        graph.parse(path, format="turtle")
    return graph


def declared(graph: rdflib.Graph, *types) -> set[rdflib.URIRef]:
    return {s for t in types for s in graph.subjects(RDF.type, t) if str(s).startswith(str(PKG))}


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: p.name)
def test_parses_with_rdflib_and_pyoxigraph_alike(path):
    with_rdflib = rdflib.Graph().parse(path, format="turtle")
    with_oxigraph = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    assert len(with_rdflib) > 100
    assert len(with_oxigraph) == len(with_rdflib)


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: p.name)
def test_rapper_accepts_the_turtle(path):
    need(shutil.which("rapper") is not None, "rapper (raptor2-utils)")
    run = subprocess.run(["rapper", "-i", "turtle", "-c", str(path)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Parsing returned" in run.stderr and "error" not in run.stderr.lower()


def test_ontology_header(core):
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in core
    assert core.value(ONTOLOGY, OWL.versionIRI) == rdflib.URIRef("https://w3id.org/policykg/ontology/0.1.0")
    assert str(core.value(ONTOLOGY, OWL.versionInfo)) == "0.1.0"
    assert {t.language for t in core.objects(ONTOLOGY, DCT.title)} == {"vi", "en"}
    assert {t.language for t in core.objects(ONTOLOGY, DCT.description)} == {"vi", "en"}
    assert core.value(ONTOLOGY, DCT.license) is not None
    assert core.value(ONTOLOGY, DCT.creator) is not None
    assert list(core.objects(None, OWL.imports)) == []  # nothing is fetched over the network


def test_every_class_and_property_is_labelled_and_defined_in_vietnamese_and_english(core):
    terms = declared(core, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    assert len(terms) > 70
    missing = []
    for term in sorted(terms):
        for prop in (RDFS.label, SKOS.definition):
            languages = {o.language for o in core.objects(term, prop)}
            if not {"vi", "en"} <= languages:
                missing.append((term.split("#")[1], prop.split("/")[-1].split("#")[-1], sorted(filter(None, languages))))
    assert missing == []


def test_every_pkg_term_used_anywhere_is_declared(core):
    terms = declared(core, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    individuals = set(core.subjects(RDF.type, PKG.AdministrativeLevel)) | set(core.subjects(RDF.type, SKOS.ConceptScheme))
    used = set()
    for path in TTL_FILES:
        for triple in rdflib.Graph().parse(path, format="turtle"):
            used.update(t for t in triple if isinstance(t, rdflib.URIRef) and str(t).startswith(str(PKG)))
    assert sorted(used - terms - individuals) == []


def test_every_term_of_the_data_model_exists(core):
    text = (ROOT / "docs" / "DATA_MODEL.md").read_text(encoding="utf-8")
    named = {PKG[name] for name in re.findall(r"\bpkg:([A-Za-z]+)\b", text)}
    known = set(core.subjects()) | set(core.objects())
    assert sorted(n.split("#")[1] for n in named if n not in known) == []


@pytest.mark.parametrize("term, relation, target", [
    (PKG.Actor, RDFS.subClassOf, PROV.Agent),
    (PKG.Organization, RDFS.subClassOf, ORG.Organization),
    (PKG.Statement, RDFS.subClassOf, PROV.Entity),
    (PKG.Evidence, RDFS.subClassOf, PROV.Entity),
    (PKG.Evidence, RDFS.subClassOf, OA.SpecificResource),
    (PKG.PolicyDocument, RDFS.subClassOf, ELI.LegalResource),
    (PKG.AdministrativeLevel, RDFS.subClassOf, SKOS.Concept),
    (PKG.partOf, RDFS.subPropertyOf, ORG.subOrganizationOf),
    (PKG.memberOf, RDFS.subPropertyOf, ORG.memberOf),
    (PKG.hasEvidence, RDFS.subPropertyOf, PROV.wasDerivedFrom),
    (PKG.statedIn, RDFS.subPropertyOf, PROV.hadPrimarySource),
    (PKG.issuedBy, RDFS.subPropertyOf, ELI.passed_by),
    (PKG.cites, RDFS.subPropertyOf, ELI.cites),
    (PKG.implements, RDFS.subPropertyOf, ELI.ensures_implementation_of),
    (PKG.basedOn, RDFS.subPropertyOf, ELI.based_on),
    (PKG.replaces, RDFS.subPropertyOf, DCT.replaces),
    (PKG.quote, RDFS.subPropertyOf, OA.exact),
    (PKG.start, RDFS.subPropertyOf, OA.start),
    (PKG.end, RDFS.subPropertyOf, OA.end),
    (PKG.sourceDocument, RDFS.subPropertyOf, OA.hasSource),
    (PKG.coordinatesWith, RDF.type, OWL.SymmetricProperty),
    (PKG.NewsArticle, OWL.disjointWith, PKG.PolicyDocument),
])
def test_alignment(core, term, relation, target):
    assert (term, relation, target) in core


def test_external_terms_are_declared_with_a_label_not_imported(core):
    external = set()
    for prop in (RDFS.subClassOf, RDFS.subPropertyOf):
        external.update(o for o in core.objects(None, prop)
                        if isinstance(o, rdflib.URIRef) and not str(o).startswith(str(PKG)))
    undeclared = [str(t) for t in external if core.value(t, RDFS.label) is None or core.value(t, RDF.type) is None]
    assert sorted(undeclared) == []


def test_levels_form_a_skos_scheme_with_surface_forms(core):
    levels = set(core.subjects(RDF.type, PKG.AdministrativeLevel))
    assert {str(level).split("#")[1] for level in levels} == {
        "LevelCentral", "LevelProvincial", "LevelDistrict", "LevelCommune", "LevelGrassroots", "LevelAll"}
    for level in levels:
        assert (level, SKOS.inScheme, PKG.AdministrativeLevelScheme) in core
        assert {o.language for o in core.objects(level, SKOS.prefLabel)} == {"vi", "en"}
        assert list(core.objects(level, PKG.levelAlias))
    aliases = {str(a) for a in core.objects(None, PKG.levelAlias)}
    assert {"Trung ương", "T.Ư", "TW", "tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "thị trấn", "cơ sở",
            "các cấp"} <= aliases


def test_actor_kinds_are_a_concept_scheme_with_head_nouns(core):
    kinds = set(core.subjects(SKOS.inScheme, PKG.ActorKindScheme))
    assert {PKG.StateBody, PKG.Authority, PKG.ArmedForce, PKG.PartyCommittee, PKG.PartyOrgan,
            PKG.MassOrganization, PKG.PeopleGroup, PKG.Office} <= kinds
    heads = {str(o) for o in core.objects(PKG.StateBody, PKG.headNoun)}
    assert {"Bộ", "Sở", "Cục", "Tổng cục", "Viện", "Tòa án", "Văn phòng", "Thanh tra", "Đài", "Báo", "Ban Chỉ đạo"} <= heads
    assert {"Ủy ban nhân dân", "Hội đồng nhân dân", "UBND", "HĐND"} <= {
        str(o) for o in core.objects(PKG.Authority, PKG.headNoun)}
    by_noun: dict[str, set] = {}
    for cls, noun in core.subject_objects(PKG.headNoun):
        by_noun.setdefault(str(noun), set()).add(cls)
    assert {noun: classes for noun, classes in by_noun.items() if len(classes) > 1} == {}


def test_policy_document_kinds_carry_names_and_codes(core):
    kinds = [k for k in core.subjects(RDFS.subClassOf, PKG.PolicyDocument)]
    assert len(kinds) == 16
    for kind in kinds:
        assert core.value(kind, PKG.kindName) is not None, kind
        assert core.value(kind, PKG.numberCode) is not None, kind


def test_every_actor_has_exactly_one_pkg_kind(both):
    actors = {s for s in both.subjects(SKOS.prefLabel, None) if str(s).startswith("https://w3id.org/policykg/actor/")}
    assert len(actors) > 90
    for actor in actors:
        kinds = [t for t in both.objects(actor, RDF.type) if str(t).startswith(str(PKG))]
        assert len(kinds) == 1, (actor, kinds)


# ---------------------------------------------------------------------------------------------------- HermiT


def run_hermit(extra_turtle: str = "", extra_trig: Path | None = None) -> bool:
    """Load core + actors (+ extra data) into owlready2 via N-Triples and run HermiT; True when consistent."""
    import owlready2

    graph = rdflib.Graph()
    for path in ONTOLOGY_FILES:
        graph.parse(path, format="turtle")
    if extra_turtle:
        graph.parse(data=extra_turtle, format="turtle")
    if extra_trig is not None:
        for quad in ox.parse(path=str(extra_trig), format=ox.RdfFormat.TRIG):
            graph.parse(data=f"{quad.subject} {quad.predicate} {quad.object} .", format="nt")
    return _reason(graph, owlready2)


def _reason(graph: rdflib.Graph, owlready2) -> bool:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ontology.nt"
        graph.serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load(format="ntriples")
        try:
            with onto:
                # xsd:gYear and xsd:gYearMonth (pkg:dueDate of a year or a quarter) are outside OWL 2's datatype map:
                # HermiT refuses them unless told to leave their values alone
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0,
                                               ignore_unsupported_datatypes=True)
        except owlready2.OwlReadyInconsistentOntologyError:
            return False
        assert list(world.inconsistent_classes()) == []  # no unsatisfiable class either
        return True


CONTRADICTIONS = {
    "news article and directive": "<https://example.org/x> a pkg:NewsArticle , pkg:Directive .",
    "actor and statement": "<https://example.org/x> a pkg:StateBody , pkg:Task .",
    "two kinds of organisation": "<https://w3id.org/policykg/actor/bo-cong-an> a pkg:ArmedForce .",
}


@pytest.mark.reasoner
def test_hermit_finds_core_and_actors_consistent():
    need(shutil.which("java") is not None, "Java (for HermiT)")
    assert run_hermit()


@pytest.mark.reasoner
def test_hermit_finds_instance_data_of_the_data_model_consistent_with_the_axioms():
    """Domains, ranges and disjointness agree with what the builder writes (the hand-written DATA_MODEL example)."""
    need(shutil.which("java") is not None, "Java (for HermiT)")
    assert run_hermit(extra_trig=ROOT / "tests" / "data" / "shapes" / "valid.trig")


@pytest.mark.reasoner
@pytest.mark.parametrize("name", sorted(CONTRADICTIONS))
def test_hermit_finds_a_contradictory_individual_inconsistent(name):
    need(shutil.which("java") is not None, "Java (for HermiT)")
    prefix = "@prefix pkg: <https://w3id.org/policykg/ontology#> .\n"
    assert not run_hermit(prefix + CONTRADICTIONS[name])

"""The SHACL shapes (ontology/shapes.ttl) and the validator (ontology/validation.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from pyshacl import validate as pyshacl_validate
from pyshacl.errors import ReportableRuntimeError

from policykg.ontology.files import SHAPES_FILE
from policykg.ontology.validation import validate
from policykg.core.errors import InputError

VALID = Path(__file__).parent / "data" / "shapes" / "valid.trig"
PKG = rdflib.Namespace("https://w3id.org/policykg/ontology#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
ID = "https://w3id.org/policykg/id/"
ACTOR = "https://w3id.org/policykg/actor/"
GRAPH = rdflib.URIRef("https://w3id.org/policykg/graph/mini")


def valid_dataset() -> rdflib.Dataset:
    dataset = rdflib.Dataset()
    dataset.parse(VALID, format="trig")
    return dataset


def mini() -> rdflib.Graph:
    """The named graph of the valid instance, as a graph we can break."""
    return valid_dataset().graph(GRAPH)


def messages(report, focus: str | None = None) -> list[str]:
    return [v.message for v in report.violations if focus is None or v.focus == focus]


def test_shapes_pass_meta_shacl():
    shapes = rdflib.Graph().parse(SHAPES_FILE, format="turtle")
    conforms, _, text = pyshacl_validate(rdflib.Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


def test_meta_shacl_rejects_a_broken_shape():
    """The check above can fail: a shape with a non-integer sh:minCount is not valid SHACL."""
    shapes = rdflib.Graph().parse(SHAPES_FILE, format="turtle")
    shapes.add((rdflib.URIRef("https://example.org/broken"), rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/shacl#PropertyShape")))
    shapes.add((rdflib.URIRef("https://example.org/broken"), rdflib.URIRef("http://www.w3.org/ns/shacl#path"), PKG.text))
    shapes.add((rdflib.URIRef("https://example.org/broken"), rdflib.URIRef("http://www.w3.org/ns/shacl#minCount"), rdflib.Literal("one")))
    with pytest.raises(ReportableRuntimeError):
        pyshacl_validate(rdflib.Graph(), shacl_graph=shapes, meta_shacl=True)


def test_the_hand_written_instance_conforms():
    report = validate(VALID)
    assert report.violations == []
    assert report.conforms
    assert report.summary().startswith("Conforms:")


@pytest.mark.parametrize("suffix, fmt", [(".nq", "nquads"), (".jsonld", "json-ld"), (".nt", "nt"), (".ttl", "turtle")])
def test_every_rdf_format_is_read(tmp_path, suffix, fmt):
    target = tmp_path / ("mini" + suffix)
    if fmt in ("nquads", "json-ld"):
        valid_dataset().serialize(target, format=fmt)
    else:
        mini().serialize(target, format=fmt, encoding="utf-8")
    report = validate(target)
    assert report.conforms, report.text()
    assert report.triples == len(mini())


def test_a_dataset_is_validated_as_the_union_of_its_graphs():
    dataset = valid_dataset()
    # move the actors' labels into another named graph: still fine as a union
    other = dataset.graph(rdflib.URIRef("https://w3id.org/policykg/graph/other"))
    main = dataset.graph(GRAPH)
    for triple in list(main.triples((None, SKOS.prefLabel, None))):
        main.remove(triple)
        other.add(triple)
    assert validate(dataset).conforms
    dataset.remove_graph(other)
    assert not validate(dataset).conforms


def test_task_without_actor_fails():
    graph = mini()
    task = rdflib.URIRef(ID + "mini/task/1")
    graph.remove((task, PKG.assignedTo, None))
    graph.remove((None, PKG.responsibleFor, task))
    report = validate(graph)
    assert not report.conforms
    assert messages(report, "pkgid:mini/task/1") == [
        "Task has no actor: give it pkg:assignedTo, or let an actor pkg:leads / pkg:responsibleFor / pkg:cooperatesIn it."]


def test_a_deadline_is_one_tagged_literal_and_its_due_date_a_date_a_month_or_a_year():
    graph = mini()
    task = rdflib.URIRef(ID + "mini/task/1")
    assert validate(graph).conforms
    graph.set((task, PKG.dueDate, rdflib.Literal("2026", datatype=rdflib.XSD.gYear)))
    assert validate(graph).conforms
    graph.set((task, PKG.deadline, rdflib.Literal("Quý III/2026")))              # no language tag
    graph.set((task, PKG.dueDate, rdflib.Literal("cuối năm")))                  # not a date
    found = messages(validate(graph), "pkgid:mini/task/1")
    assert "pkg:deadline is one literal with a language tag: the time as written, \"Quý III/2026\"@vi." in found
    assert "pkg:dueDate is one xsd:date, xsd:gYearMonth or xsd:gYear (the end of the deadline's period)." in found
    graph.remove((task, PKG.deadline, None))
    assert "pkg:dueDate without pkg:deadline: a due date is read from the deadline as written." in messages(
        validate(graph), "pkgid:mini/task/1")


def test_task_whose_only_actor_points_at_it_passes():
    graph = mini()
    graph.remove((rdflib.URIRef(ID + "mini/task/1"), PKG.assignedTo, None))  # actor:cap-uy-dang pkg:responsibleFor it
    assert validate(graph).conforms


def test_evidence_ending_beyond_the_text_fails():
    graph = mini()
    source = rdflib.URIRef(ID + "source/mini")
    graph.set((source, PKG.textLength, rdflib.Literal(200)))
    report = validate(graph)
    assert not report.conforms
    found = messages(report, "pkgid:source/mini")
    assert "pkgid:mini/evidence/136-241 ends at 241, beyond the end of its source text (pkg:textLength 200)." in found
    assert "pkgid:mini/sentence/3 ends at 241, beyond the end of its source text (pkg:textLength 200)." in found
    assert not any("evidence/0-53" in m for m in found)  # ends at 53: inside the text


def test_evidence_whose_quote_is_not_the_span_fails():
    graph = mini()
    evidence = rdflib.URIRef(ID + "mini/evidence/214-240")
    graph.set((evidence, PKG.quote, rdflib.Literal("huy động sức mạnh", lang="vi")))
    report = validate(graph)
    assert messages(report) == [
        "The quote of pkgid:mini/evidence/214-240 has 17 characters but pkg:end - pkg:start is 26: "
        "a quote is exactly text[start:end]."]
    assert report.violations[0].focus == "pkgid:source/mini"


def test_evidence_with_start_after_end_and_no_source_fails():
    graph = mini()
    evidence = rdflib.URIRef(ID + "mini/evidence/0-53")
    graph.set((evidence, PKG.start, rdflib.Literal(60)))
    graph.remove((evidence, PKG.sourceDocument, None))
    found = messages(validate(graph), "pkgid:mini/evidence/0-53")
    assert "Evidence must have exactly one pkg:sourceDocument (the text its offsets index)." in found
    assert "Evidence must have exactly one pkg:start: an xsd:integer >= 0 and less than pkg:end." in found


def test_coordination_duty_with_one_party_and_no_lead_fails():
    graph = mini()
    duty = rdflib.URIRef(ID + "mini/coordination/1")
    graph.remove((duty, PKG.leadActor, None))
    report = validate(graph)
    assert messages(report, "pkgid:mini/coordination/1") == [
        "Coordination duty needs a pkg:leadActor or at least two actors in total."]
    graph.add((duty, PKG.cooperatingActor, rdflib.URIRef(ACTOR + "cap-uy-dang")))
    assert validate(graph).conforms  # two parties without a lead are enough


def test_label_without_language_tag_fails():
    graph = mini()
    organ = rdflib.URIRef(ACTOR + "ban-bi-thu")
    graph.remove((organ, SKOS.prefLabel, rdflib.Literal("Ban Bí thư", lang="vi")))
    graph.add((organ, SKOS.prefLabel, rdflib.Literal("Ban Bí thư")))
    report = validate(graph)
    assert 'skos:prefLabel without a language tag: write "..."@vi (or @en).' in messages(report, "actor:ban-bi-thu")
    assert 'Actor has no Vietnamese skos:prefLabel ("..."@vi).' in messages(report, "actor:ban-bi-thu")


@pytest.mark.parametrize("prop, expected", [
    (PKG.text, 'pkg:text without a language tag: write "..."@vi.'),
    (PKG.quote, 'pkg:quote without a language tag: write "..."@vi.'),
])
def test_text_and_quote_without_language_tag_fail(prop, expected):
    graph = mini()
    node = rdflib.URIRef(ID + ("mini/objective/1" if prop == PKG.text else "mini/evidence/214-240"))
    graph.set((node, prop, rdflib.Literal("huy động sức mạnh tổng hợp")))
    assert expected in messages(validate(graph))


def test_statement_without_document_or_evidence_fails():
    graph = mini()
    objective = rdflib.URIRef(ID + "mini/objective/1")
    graph.remove((objective, PKG.statedIn, None))
    graph.remove((objective, PKG.hasEvidence, None))
    assert messages(validate(graph), "pkgid:mini/objective/1") == [
        "Statement has no pkg:hasEvidence: every statement cites the quote it was derived from.",
        "Statement has no pkg:statedIn: every requirement, task, objective and coordination duty names the document it belongs to.",
    ]


def test_signature_without_signer_or_with_a_person_as_actor_fails():
    graph = mini()
    signature = rdflib.URIRef(ID + "mini/signature/1")
    person = rdflib.URIRef(ID + "person/nguyen-van-a")
    graph.remove((signature, PKG.signer, None))
    assert not messages(validate(graph), "pkgid:mini/signature/1")     # a block with no readable name: its post signs
    graph.remove((signature, PKG.signerPost, None))
    graph.add((signature, PKG.signatureMode, rdflib.Literal("K.T")))
    report = validate(graph)
    assert sorted(messages(report, "pkgid:mini/signature/1")) == [
        "Signature needs a pkg:signer or, when the block prints no readable name, a pkg:signerPost.",
        "pkg:signatureMode is one of \"TM.\", \"KT.\", \"TL.\", \"TUQ.\", \"Q.\" (at most one)."]
    graph = mini()
    actor = rdflib.URIRef(ACTOR + "nguyen-van-a")
    for s, p, o in list(graph.triples((person, None, None))):
        graph.remove((s, p, o))
        graph.add((actor, p, o))
    graph.remove((None, PKG.signedBy, person))
    graph.add((rdflib.URIRef(ID + "doc/09-ct-tw"), PKG.signedBy, actor))
    assert "A person is typed pkg:Person and named under pkgid:person/ (never an actor: IRI)." in messages(report := validate(graph))


def test_actor_with_two_kinds_or_no_kind_fails():
    graph = mini()
    graph.add((rdflib.URIRef(ACTOR + "cong-an-nhan-dan"), rdflib.RDF.type, PKG.StateBody))
    graph.remove((rdflib.URIRef(ACTOR + "cap-uy-dang"), rdflib.RDF.type, None))
    report = validate(graph)
    two_kinds = "Actor must have exactly one pkg: type, its kind (e.g. pkg:StateBody); it has none or several."
    assert messages(report, "actor:cong-an-nhan-dan") == [two_kinds]
    assert "Actor is not typed with a pkg: actor kind (e.g. pkg:StateBody, pkg:PartyOrgan)." in messages(
        report, "actor:cap-uy-dang")


def test_report_text_is_sorted_and_ends_with_a_summary():
    graph = mini()
    graph.remove((rdflib.URIRef(ID + "mini/coordination/1"), PKG.leadActor, None))
    graph.set((rdflib.URIRef(ID + "source/mini"), PKG.textLength, rdflib.Literal(200)))
    report = validate(graph)
    assert report.violations == sorted(report.violations)
    lines = report.text().splitlines()
    assert lines[-1].startswith("Does not conform: ")
    assert lines[0].startswith("Violation: actor:") or lines[0].startswith("Violation: pkgid:")
    assert report.text() == validate(graph).text()  # deterministic


def test_unreadable_inputs_raise_input_error(tmp_path):
    with pytest.raises(InputError, match="unknown RDF format"):
        validate(tmp_path / "data.xlsx")
    with pytest.raises(InputError, match="no such file"):
        validate(tmp_path / "missing.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix pkg: <https://w3id.org/policykg/ontology#> .\npkg:a pkg:b", encoding="utf-8")
    with pytest.raises(InputError, match="cannot parse broken.ttl as turtle"):
        validate(broken)

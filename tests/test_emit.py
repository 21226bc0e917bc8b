"""The RDF emitter: DATA_MODEL.md shapes, evidence exactness, shortcut edges, determinism."""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from buildfixtures import (  # noqa: E402
    ARTICLE, BAN_BI_THU, CAMPAIGN, CAND, CAP_UY, DOC, MTTQ, QDND, SON_LA, FakeLexicon, article_result,
)
from policykg.graph_builder.emit import emit_nquads, emit_quads, pkg, term  # noqa: E402
from policykg.graph_builder.model import Assertion, BuildResult, DocumentInfo, Sentence, SourceText, Span  # noqa: E402
from policykg.core.iris import ID, PREFIXES, mint_graph_iri, mint_source_iri  # noqa: E402

RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
KEY = "demo-article"


def triples(quads):
    """subject -> predicate -> set of objects (as pyoxigraph terms)."""
    index = defaultdict(lambda: defaultdict(set))
    for q in quads:
        index[q.subject.value][q.predicate.value].add(q.object)
    return index


def objects(index, s, p):
    return index[s][(p if isinstance(p, str) else p.value)]


def values(index, s, p):
    return {o.value for o in objects(index, s, p)}


@pytest.fixture(scope="module")
def quads():
    return emit_quads(article_result(), FakeLexicon())


@pytest.fixture(scope="module")
def g(quads):
    return triples(quads)


def item(kind, n):
    return f"{ID}{KEY}/{kind}/{n}"


def test_every_quad_is_in_the_sources_named_graph_without_blank_nodes(quads):
    assert quads and {q.graph_name.value for q in quads} == {mint_graph_iri(KEY)}
    for q in quads:
        assert not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)


def test_quads_are_sorted_and_unique(quads):
    assert quads == sorted(set(quads), key=str)


def test_same_records_in_any_order_give_identical_quads(quads):
    shuffled = article_result()
    rng = random.Random(7)
    rng.shuffle(shuffled.mentions)
    rng.shuffle(shuffled.sentences)
    order = list(range(len(shuffled.assertions)))
    rng.shuffle(order)  # new position -> old index; parents are remapped to the new positions
    new_pos = {old: new for new, old in enumerate(order)}
    moved = [shuffled.assertions[old] for old in order]
    for a in moved:
        a.parent = new_pos[a.parent] if a.parent is not None else None
    shuffled.assertions = moved
    assert emit_quads(shuffled, FakeLexicon()) == quads


def test_article_is_a_news_article_that_reports_on_the_directive(g):
    src = mint_source_iri(KEY)
    assert objects(g, src, RDF_TYPE) == {pkg("NewsArticle")}
    assert values(g, src, pkg("reportsOn")) == {DOC}
    assert objects(g, src, term("dcterms", "date")) == {ox.Literal("2023-12-09", datatype=ox.NamedNode(PREFIXES["xsd"] + "date"))}
    assert objects(g, src, term("dcterms", "source")) == {ox.Literal("demo-article.txt")}
    assert objects(g, src, pkg("textLength")) == {ox.Literal(str(len(ARTICLE)), datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))}
    assert len(values(g, src, pkg("contentHash")).pop()) == 64


def test_directive_has_number_title_issuer_and_no_invented_date(g):
    assert objects(g, DOC, RDF_TYPE) == {pkg("Directive")}
    assert values(g, DOC, term("dcterms", "identifier")) == {"09-CT/TW"}
    assert values(g, DOC, pkg("issuedBy")) == {BAN_BI_THU}
    assert not objects(g, DOC, term("dcterms", "date"))
    assert values(g, DOC, pkg("hasTask")) == {item("task", 1), item("task", 2)}
    assert not values(g, DOC, pkg("hasObjective"))   # the task's purpose ("nhằm ...") hangs on the task only
    assert values(g, DOC, pkg("hasCoordinationDuty")) == {item("coordination", 1)}


def test_title_look_alike_letters_are_folded_in_labels(quads):
    labels = [q.object.value for q in quads
              if q.predicate in (term("skos", "prefLabel"), term("dcterms", "title"))]
    assert labels and not any("\u00d0" in x for x in labels)


def test_known_actors_carry_lexicon_labels_in_both_languages_and_one_kind(g):
    assert objects(g, CAND, RDF_TYPE) == {pkg("ArmedForce")}
    assert objects(g, CAND, term("skos", "prefLabel")) == {
        ox.Literal("Công an nhân dân", language="vi"), ox.Literal("People's Public Security", language="en")}
    assert not objects(g, CAND, pkg("recognisedBy"))


def test_pattern_actor_is_typed_labelled_and_marked(g):
    assert objects(g, SON_LA, RDF_TYPE) == {pkg("Authority")}
    assert objects(g, SON_LA, term("skos", "prefLabel")) == {ox.Literal("Ủy ban nhân dân tỉnh Sơn La", language="vi")}
    assert values(g, SON_LA, pkg("recognisedBy")) == {"pattern"}
    assert values(g, SON_LA, pkg("participatesIn")) == {CAMPAIGN}


def test_every_actor_has_exactly_one_pkg_type_and_a_vietnamese_label(g):
    actors = [s for s in g if s.startswith(PREFIXES["actor"])]
    assert set(actors) == {BAN_BI_THU, CAP_UY, CAND, QDND, MTTQ, SON_LA}
    for a in actors:
        kinds = [o for o in objects(g, a, RDF_TYPE) if o.value.startswith(PREFIXES["pkg"])]
        assert len(kinds) == 1, a
        assert any(o.language == "vi" for o in objects(g, a, term("skos", "prefLabel"))), a


def test_tasks_are_numbered_in_document_order_with_text_actors_and_levels(g):
    t1, t2 = item("task", 1), item("task", 2)
    assert values(g, t1, pkg("ordinal")) == {"1"} and values(g, t2, pkg("ordinal")) == {"2"}
    assert objects(g, t1, pkg("text")) == {ox.Literal("xây dựng phong trào", language="vi")}
    assert values(g, t1, pkg("assignedTo")) == {CAP_UY}
    assert values(g, CAP_UY, pkg("responsibleFor")) == {t1}
    assert values(g, t1, pkg("appliesAtLevel")) == {PREFIXES["pkg"] + "LevelCentral", PREFIXES["pkg"] + "LevelGrassroots"}
    assert values(g, t1, pkg("statedIn")) == {DOC}


def test_coordination_duty_is_reified_with_shortcuts_both_ways(g):
    c, t2 = item("coordination", 1), item("task", 2)
    assert objects(g, c, RDF_TYPE) == {pkg("CoordinationDuty")}
    assert values(g, c, pkg("leadActor")) == {CAND}
    assert values(g, c, pkg("cooperatingActor")) == {QDND, MTTQ}
    assert values(g, c, pkg("onTask")) == {t2}
    assert values(g, CAND, pkg("leads")) == {t2}
    assert values(g, QDND, pkg("cooperatesIn")) == {t2} and values(g, MTTQ, pkg("cooperatesIn")) == {t2}
    assert values(g, CAND, pkg("coordinatesWith")) == {QDND, MTTQ}
    assert values(g, QDND, pkg("coordinatesWith")) == {CAND}
    assert values(g, MTTQ, pkg("coordinatesWith")) == {CAND}


def test_objective_is_its_own_node_linked_from_its_task(g):
    o = item("objective", 1)
    assert values(g, item("task", 2), pkg("hasObjective")) == {o}
    assert values(g, o, pkg("text")) == {"giữ vững ổn định chính trị"}
    assert not objects(g, o, pkg("assignedTo"))


def test_every_record_has_evidence_whose_quote_is_the_exact_slice(g):
    records = [s for s in g if any(o in {pkg("Task"), pkg("Objective"), pkg("CoordinationDuty"), pkg("Requirement")}
                                   for o in objects(g, s, RDF_TYPE))]
    assert len(records) == 4
    for r in records:
        (ev,) = values(g, r, pkg("hasEvidence"))
        (start,), (end,) = values(g, ev, pkg("start")), values(g, ev, pkg("end"))
        start, end = int(start), int(end)
        assert 0 <= start < end <= len(ARTICLE)
        (quote,) = objects(g, ev, pkg("quote"))
        assert quote.value == ARTICLE[start:end] and quote.language == "vi"
        assert values(g, ev, pkg("sourceDocument")) == {mint_source_iri(KEY)}
        (sentence,) = values(g, ev, pkg("inSentence"))
        s_start, s_end = int(values(g, sentence, pkg("start")).pop()), int(values(g, sentence, pkg("end")).pop())
        assert s_start <= start and end <= s_end


def test_sentence_node_carries_offsets_ordinal_and_section(g):
    (ev,) = values(g, item("task", 2), pkg("hasEvidence"))
    (sentence,) = values(g, ev, pkg("inSentence"))
    assert sentence == item("sentence", 4)
    assert values(g, sentence, pkg("ordinal")) == {"4"}
    assert objects(g, sentence, pkg("section")) == {ox.Literal("Về nhiệm vụ và giải pháp", language="vi")}


def test_campaign_is_typed_and_labelled(g):
    assert objects(g, CAMPAIGN, RDF_TYPE) == {pkg("Campaign")}
    assert values(g, CAMPAIGN, term("skos", "prefLabel")) == {"Công an nhân dân vì nước quên thân, vì dân phục vụ"}


def test_every_label_and_text_literal_has_a_language_tag(quads):
    tagged = {term("skos", "prefLabel"), term("dcterms", "title"), pkg("text"), pkg("quote"), pkg("section")}
    for q in quads:
        if q.predicate in tagged:
            assert q.object.language in ("vi", "en"), q


def _direct_document(text: str, **info) -> BuildResult:
    source = SourceText(key="qd-254", name="qd-254.txt", text=text, match=text)
    return BuildResult(source, DocumentInfo(**info), [], [Sentence(0, Span(0, len(text)), None, 0)], [],
                       [Assertion("task", Span(0, len(text)), 0, subjects=[CAND], text=text)])


def test_a_text_that_is_the_document_carries_the_source_properties_itself():
    text = "Công an tỉnh chủ trì thực hiện."
    quads = emit_quads(_direct_document(text, kind="Decision", identifier="254/QĐ-UBND", date="2024-01-05"), None)
    g = triples(quads)
    doc = ID + "doc/254-qd-ubnd"
    assert objects(g, doc, RDF_TYPE) == {pkg("Decision")}
    assert values(g, doc, pkg("textLength")) == {str(len(text))}
    assert values(g, doc, term("dcterms", "date")) == {"2024-01-05"}
    assert not [q for q in quads if q.subject.value == mint_source_iri("qd-254")]
    (ev,) = values(g, ID + "qd-254/task/1", pkg("hasEvidence"))
    assert values(g, ev, pkg("sourceDocument")) == {doc}


def test_hostile_text_stays_inside_literals_and_round_trips():
    text = 'x" } ; DROP ALL ; <script>alert(1)</script> \\ """ @en .'
    quads = emit_quads(_direct_document(text, kind="Document", title=text), None)
    for fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        data = ox.serialize(quads, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TRIG else None)
        assert sorted(ox.parse(data, format=fmt), key=str) == quads


def test_nquads_text_is_what_pyoxigraph_writes_of_the_quads(quads):
    """The build caches emit_nquads' text as the document's N-Quads: it must be byte for byte pyoxigraph's, also for
    literals that need escaping (quotes, backslashes, line ends, controls)."""
    assert emit_nquads(article_result(), FakeLexicon()) == ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    text = 'x" } ; \\ """ @en .\n\ttab\r\x0bvt <script>'
    hostile = _direct_document(text, kind="Document", title=text)
    data = emit_nquads(hostile, None)
    assert data == ox.serialize(emit_quads(hostile, None), format=ox.RdfFormat.N_QUADS)
    assert b"\\n" in data and list(ox.parse(data, format=ox.RdfFormat.N_QUADS)) == emit_quads(hostile, None)


def test_co_leads_keep_one_lead_actor_on_the_record_and_their_shortcuts():
    result = article_result()
    result.assertions[3].subjects = [CAND, QDND]
    result.assertions[3].objects = [MTTQ]
    g = triples(emit_quads(result, FakeLexicon()))
    c, t2 = item("coordination", 1), item("task", 2)
    assert values(g, c, pkg("leadActor")) == {CAND}
    assert values(g, c, pkg("cooperatingActor")) == {QDND, MTTQ}
    assert values(g, CAND, pkg("leads")) == {t2} and values(g, QDND, pkg("leads")) == {t2}


def test_emitted_graph_conforms_to_the_shapes(quads, tmp_path):
    from policykg.ontology.validation import validate

    path = tmp_path / "demo.trig"
    path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES))
    report = validate(path)
    assert report.conforms, report.text()


# --- the bundled article through the real steps ------------------------------------------------------------------

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ct09-nhandan-2023-12-09.txt"


@pytest.fixture(scope="module")
def article_quads():
    from policykg.graph_builder.pipeline import build_file, emit_result

    return emit_result(build_file(EXAMPLE))


def test_built_article_conforms_to_the_shapes(article_quads, tmp_path):
    from policykg.ontology.validation import validate

    path = tmp_path / "ct09.trig"
    path.write_bytes(ox.serialize(article_quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES))
    report = validate(path)
    assert report.conforms, report.text()


def test_built_article_states_no_date_for_the_directive_and_keeps_the_articles(article_quads):
    g = triples(article_quads)
    assert not objects(g, DOC, term("dcterms", "date"))
    assert values(g, mint_source_iri("ct09-nhandan-2023-12-09"), term("dcterms", "date")) == {"2023-12-09"}
    assert values(g, DOC, pkg("issuedBy")) == {BAN_BI_THU}


def test_built_article_has_eight_tasks_numbered_1_to_8_and_no_look_alike_letters(article_quads):
    g = triples(article_quads)
    tasks = sorted(int(values(g, t, pkg("ordinal")).pop()) for t in values(g, DOC, pkg("hasTask")))
    assert tasks == list(range(1, 9))
    labels = [q.object.value for q in article_quads if q.predicate in (term("skos", "prefLabel"), term("dcterms", "title"))]
    assert not any("\u00d0" in x for x in labels)


def test_built_article_coordination_pairs_are_symmetric(article_quads):
    g = triples(article_quads)
    pairs = {(s, o.value) for s in g for o in objects(g, s, pkg("coordinatesWith"))}
    assert (CAND, QDND) in pairs and (CAND, MTTQ) in pairs
    assert all((b, a) in pairs for a, b in pairs)


def test_an_issuer_known_only_from_the_header_is_typed_and_labelled():
    text = "Huyện ủy yêu cầu các chi bộ thực hiện."
    result = _direct_document(text, kind="Directive", identifier="05-CT/HU", issuer=PREFIXES["actor"] + "huyen-uy-tho-xuan",
                              issuer_label="Huyện ủy Thọ Xuân", issuer_kind="PartyCommittee")
    g = triples(emit_quads(result, FakeLexicon()))
    iri = PREFIXES["actor"] + "huyen-uy-tho-xuan"
    assert values(g, ID + "doc/05-ct-hu/huyen-uy-tho-xuan", pkg("issuedBy")) == {iri}   # a local number takes its issuer
    assert objects(g, iri, RDF_TYPE) == {pkg("PartyCommittee")}
    assert values(g, iri, term("skos", "prefLabel")) == {"Huyện ủy Thọ Xuân"}
    assert values(g, iri, pkg("recognisedBy")) == {"pattern"}


def test_local_document_numbers_of_two_provinces_do_not_merge():
    """Regression: '96/KH-UBND' exists in every province; two plans must stay two documents."""
    from policykg.graph_builder.pipeline import build_source
    from policykg.graph_builder.read import source_from_string
    from policykg.ontology import load_lexicon

    def plan(province: str, key: str):
        text = (f"ỦY BAN NHÂN DÂN\nTỈNH {province.upper()}\n\nSố: 96/KH-UBND\n\n"
                f"{province}, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nVề phòng cháy, chữa cháy\n\n"
                f"Sở Công Thương chủ trì, phối hợp với Công an tỉnh kiểm tra an toàn phòng cháy. "
                f"Thực hiện Kế hoạch số 96/KH-UBND.\n")
        return build_source(source_from_string(text, name=f"{key}.txt", key=key))

    docs = set()
    for province, key in (("Sơn La", "kh-son-la"), ("Hà Tĩnh", "kh-ha-tinh")):
        quads = emit_quads(plan(province, key), load_lexicon())
        own = {q.subject.value for q in quads if q.predicate.value.endswith("#textLength")}
        assert len(own) == 1
        docs |= own
        assert all("/doc/96-kh-ubnd/" in iri for iri in own)
    assert len(docs) == 2

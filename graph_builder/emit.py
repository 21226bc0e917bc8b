"""Emit one BuildResult as RDF quads in the source's named graph (see docs/DATA_MODEL.md).

This is the builder's only RDF boundary: plain records in, sorted pyoxigraph quads
out. Every IRI comes from :mod:`policykg.core.iris`; there are no blank nodes, so the
same input always gives the same quads.

The reified records (Task, Requirement, Objective, CoordinationDuty,
Responsibility) each carry ``pkg:text``, ``pkg:ordinal``, ``pkg:statedIn`` and an
Evidence node (quote + offsets + sentence); the shortcut edges (``leads``,
``coordinatesWith`` both ways, ``responsibleFor``, ...) are written beside them so
simple queries stay simple.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re

import pyoxigraph as ox

from policykg.core.iris import (
    ACTOR,
    is_local_number,
    issuer_code,
    mint_document_iri,
    mint_graph_iri,
    mint_item_iri,
    mint_named_document_iri,
    mint_source_iri,
)
from policykg.graph_builder.deadlines import due_date
from policykg.graph_builder.emitframe import citation, cited_identifiers, frame_actors, signatures
from policykg.graph_builder.model import Assertion, BuildResult, DocumentInfo, Mention, Sentence, SourceText, Span
from policykg.graph_builder.numbers import find_document_numbers
from policykg.graph_builder.pagebreaks import without_page_lines
from policykg.graph_builder.read import without_debris
from policykg.graph_builder.sentenceindex import SentenceIndex, section_title
from policykg.graph_builder.systembodies import system_in_passing, written_bare
from policykg.graph_builder.terms import (
    RDF_TYPE,
    XSD_DATE,
    Emitter,
    actor_iris,
    clean_label,
    integer,
    pkg,
    term,
    vi,
)
from policykg.ontology.lexicon import Lexicon

__all__ = ["STATEMENT_KINDS", "clean_label", "document_iri", "emit_graph", "emit_nquads", "emit_quads", "named_actors", "pkg", "term"]

# assertion relation -> (record class, IRI kind segment); order here is the order of ordinals' kinds
STATEMENT_KINDS: dict[str, tuple[str, str]] = {
    "task": ("Task", "task"),
    "requirement": ("Requirement", "requirement"),
    "requires": ("Requirement", "requirement"),
    "objective": ("Objective", "objective"),
    "coordination": ("CoordinationDuty", "coordination"),
    "responsible": ("Responsibility", "responsibility"),
}
# record class -> the document's link to it
_DOC_LINK = {
    "Task": "hasTask",
    "Requirement": "hasRequirement",
    "Objective": "hasObjective",
    "CoordinationDuty": "hasCoordinationDuty",
}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def document_iri(info: DocumentInfo, source_key: str) -> str:
    """The IRI of a document described by ``info``: by số hiệu, else by kind + title, else the source's.

    >>> document_iri(DocumentInfo(kind="Directive", identifier="09-CT/TW"), "k")
    'https://w3id.org/policykg/id/doc/09-ct-tw'
    >>> document_iri(DocumentInfo(kind="Plan"), "k")
    'https://w3id.org/policykg/id/source/k'
    """
    if info.identifier:
        return mint_document_iri(info.identifier, info.issuer)
    if info.title and info.kind and info.kind != "NewsArticle":
        return mint_named_document_iri(info.kind, info.title)
    return mint_source_iri(source_key)


def _local_document_iris(source: SourceText, policy: DocumentInfo | None) -> dict[str, str]:
    """Qualify local numbers (96/KH-UBND) with the issuer of the document that names them.

    Recognition mints document IRIs from the number alone; a local number is only unique with its
    issuer. The document's own number takes its issuer; a cited number with the same issuer code
    (a UBND plan citing another KH-UBND) is taken to come from the same issuer.
    """
    if policy is None or not policy.identifier or not policy.issuer or not is_local_number(policy.identifier):
        return {}
    code = issuer_code(policy.identifier)
    numbers = {policy.identifier} | {n.identifier for n in find_document_numbers(source)}
    return {mint_document_iri(n): mint_document_iri(n, policy.issuer)
            for n in numbers if is_local_number(n) and issuer_code(n) == code}


def emit_quads(result: BuildResult, lexicon: Lexicon | None) -> list[ox.Quad]:
    """All quads of one source's named graph, sorted and de-duplicated.

    Takes a :class:`BuildResult` and the actor lexicon (``policykg.ontology.load_lexicon()``;
    anything with ``.get(iri)`` returning an entry with ``kind``, ``label_vi``,
    ``label_en``, or None). Returns ``pyoxigraph.Quad`` objects, all in the graph
    ``mint_graph_iri(result.source.key)``, sorted by their N-Quads text. Raises nothing
    for well-formed records; spans outside the text are clamped to it.

    >>> from policykg.graph_builder.model import SourceText
    >>> src = SourceText(key="demo", name="demo.txt", text="Ban Bí thư ban hành Chỉ thị 09-CT/TW.",
    ...                  match="Ban Bí thư ban hành Chỉ thị 09-CT/TW.")
    >>> doc = DocumentInfo(kind="Directive", identifier="09-CT/TW")
    >>> res = BuildResult(src, doc, [], [Sentence(0, Span(0, 37), None, 0)], [], [])
    >>> quads = emit_quads(res, None)
    >>> {q.graph_name.value for q in quads}
    {'https://w3id.org/policykg/graph/demo'}
    >>> any(q.object == pkg("Directive") for q in quads)
    True
    """
    return _emitted(result, lexicon).quads


def emit_nquads(result: BuildResult, lexicon: Lexicon | None) -> bytes:
    """:func:`emit_quads` as pyoxigraph's N-Quads (sorted, UTF-8), made without an object per quad (``Emitter``)."""
    return _emitted(result, lexicon).nquads()


def emit_graph(result: BuildResult, lexicon: Lexicon | None) -> Emitter:
    """The document's graph as the emitter holds it: its N-Quads (``.nquads()``) and its triples as plain values
    (``.triples()``), for a reader that would otherwise parse the N-Quads again."""
    return _emitted(result, lexicon)


def _emitted(result: BuildResult, lexicon: Lexicon | None) -> Emitter:
    doc = _DocumentGraph(result)
    doc.describe_source()
    doc.describe_policy()
    doc.statements()
    doc.relations()
    if doc.policy_iri:      # an article's reported document: who the article says signed it
        signatures(doc.out, doc.policy, doc.policy_iri, doc.source.key, doc.evidence)
    _describe_named(doc.out, result, lexicon, exclude={doc.policy_iri, doc.source_iri})
    cited_identifiers(doc.out, result, exclude={doc.policy_iri, doc.source_iri})
    return doc.out


class _DocumentGraph:
    """The named graph of one source being written: the source, its policy document, evidence and statements."""

    def __init__(self, result: BuildResult):
        self.result = result
        source = self.source = result.source
        self.out = Emitter(ox.NamedNode(mint_graph_iri(source.key)))
        self.text = source.text
        info = self.info = result.document
        self.is_article = info.kind == "NewsArticle"
        policy = self.policy = info.reports_on if self.is_article else info
        if policy is None:
            policy_iri = None
        elif self.is_article:
            policy_iri = document_iri(policy, source.key)
        else:  # the text itself: by its number, else by its source (two files may share a title)
            policy_iri = document_iri(policy, source.key) if policy.identifier else mint_source_iri(source.key)
        if policy_iri == mint_source_iri(source.key) and self.is_article:
            policy_iri = None  # an article about an unnamed document: nothing to point at
        self.policy_iri = policy_iri
        self.out.renamed = _local_document_iris(source, policy)
        self.source_iri = mint_source_iri(source.key) if self.is_article or policy_iri is None else policy_iri
        self.stated_in = policy_iri or self.source_iri
        self.sentences = SentenceIndex(result.sentences)
        self.sections = {s.index: s for s in result.sections}
        self.node_of: dict[int, str] = {}
        self.nodes_in: dict[int | None, list[tuple[int, str]]] = {}   # sentence -> its records, by assertion
        self.class_of: dict[int, str] = {}
        self.evidence_done: dict[tuple[int, int, int | None], str] = {}   # (start, end, id of its sentence) -> node
        self.sentences_done: set[str] = set()
        assertions = result.assertions
        self.order = sorted(range(len(assertions)),
                            key=lambda i: (assertions[i].evidence.start, assertions[i].evidence.end, i))

    # -- the source text and the policy document ----------------------------------------

    def describe_source(self) -> None:
        out, info, source, source_iri, text = self.out, self.info, self.source, self.source_iri, self.text
        out.add(source_iri, RDF_TYPE, pkg(info.kind or "Document"))
        if info.title:
            out.add(source_iri, term("dcterms", "title"), vi(clean_label(info.title)))
        out.add(source_iri, term("dcterms", "source"), ox.Literal(os.path.basename(source.name) or source.name))
        out.add(source_iri, pkg("textLength"), integer(len(text)))
        digest = source.sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
        out.add(source_iri, pkg("contentHash"), ox.Literal(digest))
        if self.is_article:
            if info.published and _ISO_DATE.match(info.published):
                out.add(source_iri, term("dcterms", "date"), ox.Literal(info.published, datatype=XSD_DATE))
            if info.publisher:
                out.add(source_iri, term("dcterms", "publisher"), vi(clean_label(info.publisher)))
            if self.policy_iri:
                out.add(source_iri, pkg("reportsOn"), self.policy_iri)
        elif info.date and _ISO_DATE.match(info.date):
            out.add(source_iri, term("dcterms", "date"), ox.Literal(info.date, datatype=XSD_DATE))

    def evidence(self, span: Span, sentence: int | None = None) -> str:
        """The Evidence node of ``span`` (clamped into the text), with its sentence."""
        out, text, sentences, key = self.out, self.text, self.sentences, self.source.key
        start = max(0, min(span.start, len(text)))
        end = max(start, min(span.end, len(text)))
        found = sentences.by_index(sentence) if sentence is not None else None
        if found is None:
            found = sentences.containing(start, end)
        if start == end and found is not None:
            start, end = found.span.start, found.span.end
        if start == end:
            start, end = 0, len(text)
        seen = (start, end, None if found is None else id(found))
        if seen in self.evidence_done:   # the same node: its quads are in the graph already
            return self.evidence_done[seen]
        iri = self.evidence_done[seen] = mint_item_iri(key, "evidence", start, end)
        out.add(iri, RDF_TYPE, pkg("Evidence"))
        out.add(iri, pkg("sourceDocument"), self.source_iri)
        out.add(iri, pkg("quote"), vi(text[start:end]))
        out.add(iri, pkg("start"), integer(start))
        out.add(iri, pkg("end"), integer(end))
        if found is not None:
            self._sentence(iri, found)
        return iri

    def _sentence(self, evidence_iri: str, found: Sentence) -> None:
        out, ordinal = self.out, self.sentences.ordinal(found)
        sentence_iri = mint_item_iri(self.source.key, "sentence", ordinal)
        out.add(evidence_iri, pkg("inSentence"), sentence_iri)
        if sentence_iri in self.sentences_done:   # described already (its quads would be the same)
            return
        self.sentences_done.add(sentence_iri)
        out.add(sentence_iri, RDF_TYPE, pkg("Sentence"))
        out.add(sentence_iri, pkg("start"), integer(found.span.start))
        out.add(sentence_iri, pkg("end"), integer(found.span.end))
        out.add(sentence_iri, pkg("ordinal"), integer(ordinal))
        out.add(sentence_iri, pkg("sourceDocument"), self.source_iri)
        title = section_title(self.sections, found)
        if title:
            out.add(sentence_iri, pkg("section"), vi(clean_label(title)))

    def describe_policy(self) -> None:
        out, policy, policy_iri = self.out, self.policy, self.policy_iri
        if policy is None or policy_iri is None:
            return
        kind = policy.kind if policy.kind and policy.kind != "NewsArticle" else "PolicyDocument"
        out.add(policy_iri, RDF_TYPE, pkg(kind))
        if policy.identifier:
            out.add(policy_iri, term("dcterms", "identifier"), ox.Literal(policy.identifier))
        if policy.title and policy_iri != self.source_iri:
            out.add(policy_iri, term("dcterms", "title"), vi(clean_label(policy.title)))
        for issuer in dict.fromkeys([*(r.iri for r in policy.issuers), *([policy.issuer] if policy.issuer else [])]):
            out.add(policy_iri, pkg("issuedBy"), issuer)
        if policy.date and _ISO_DATE.match(policy.date) and policy_iri != self.source_iri:
            out.add(policy_iri, term("dcterms", "date"), ox.Literal(policy.date, datatype=XSD_DATE))
        doc_evidence = policy.evidence or (self.info.evidence if self.is_article else None)
        if doc_evidence is not None:
            out.add(policy_iri, pkg("hasEvidence"), self.evidence(doc_evidence))

    # -- statements: ordinals per kind in document order --------------------------------

    def statements(self) -> None:
        assertions = self.result.assertions
        counters: dict[str, int] = {}
        for i in self.order:
            a = assertions[i]
            if a.relation not in STATEMENT_KINDS:
                continue
            if a.relation == "responsible" and _parent(a, assertions) is not None:
                continue  # a duty on an existing task: shortcut edges only (below)
            cls, segment = STATEMENT_KINDS[a.relation]
            counters[segment] = counters.get(segment, 0) + 1
            self.node_of[i] = mint_item_iri(self.source.key, segment, counters[segment])
            self.class_of[i] = cls
        for j, node in sorted(self.node_of.items()):
            self.nodes_in.setdefault(assertions[j].sentence, []).append((j, node))
        for i in self.order:
            if i in self.node_of:
                self._record(i)

    def _record(self, i: int) -> None:
        """The reified record of assertion ``i``: type, text, ordinal, where stated, evidence, holders."""
        out, assertions = self.out, self.result.assertions
        a, node, cls = assertions[i], self.node_of[i], self.class_of[i]
        out.add(node, RDF_TYPE, pkg(cls))
        quote = self.text[max(0, a.evidence.start):max(0, a.evidence.end)]
        statement_text = without_debris(without_page_lines((a.text or quote).strip(), self.source, a.evidence))
        if statement_text:
            out.add(node, pkg("text"), vi(statement_text))
        out.add(node, pkg("ordinal"), integer(int(node.rsplit("/", 1)[1])))
        out.add(node, pkg("statedIn"), self.stated_in)
        out.add(node, pkg("hasEvidence"), self.evidence(a.evidence, a.sentence))
        if cls in _DOC_LINK and (cls != "Objective" or a.qualifier == "document"):
            out.add(self.stated_in, pkg(_DOC_LINK[cls]), node)
        for level in a.levels:
            out.add(node, pkg("appliesAtLevel"), level)
        if a.deadline:
            out.add(node, pkg("deadline"), vi(clean_label(a.deadline)))
            due = due_date(a.deadline)
            if due is not None:
                out.add(node, pkg("dueDate"), ox.Literal(due[0], datatype=term("xsd", due[1])))
        parent = _parent(a, assertions)
        parent_node = self.node_of.get(parent) if parent is not None else None
        if cls == "Objective":   # a duty's purpose hangs on that duty (or its sentence's), never on the document
            for holder in [] if a.qualifier == "document" else [parent_node] if parent_node else _statements_around(i, assertions, self.nodes_in)[:1]:
                out.add(holder, pkg("hasObjective"), node)
            return
        if cls in ("Task", "Requirement", "Responsibility"):
            self._duty(a, node, cls, parent_node)
        if cls == "CoordinationDuty":
            self._coordination(i, node, parent_node)

    def _duty(self, a: Assertion, node: str, cls: str, parent_node: str | None) -> None:
        out = self.out
        holders = a.objects if a.relation == "requires" else a.subjects
        for actor in actor_iris(holders):
            out.add(node, pkg("assignedTo"), actor)
            out.add(actor, pkg("responsibleFor"), node)
        for obj in a.objects:
            if a.relation != "requires" and not obj.startswith(ACTOR):
                out.add(node, pkg("concerns"), obj)
        if cls == "Requirement" and parent_node:
            out.add(parent_node, pkg("hasRequirement"), node)

    def _coordination(self, i: int, node: str, parent_node: str | None) -> None:
        out, assertions = self.out, self.result.assertions
        a = assertions[i]
        leads, partners = actor_iris(a.subjects), [x for x in actor_iris(a.objects) if x not in a.subjects]
        led = a.qualifier != "unled"
        # one pkg:leadActor per duty (shapes); co-leads ("X và Y chủ trì") are listed as cooperating
        # actors on the record and keep their pkg:leads shortcut; in "X phối hợp với Y" no one leads
        if leads and led:
            out.add(node, pkg("leadActor"), leads[0])
        for actor in (leads[1:] if led else leads) + partners:
            out.add(node, pkg("cooperatingActor"), actor)
        task = parent_node or _task_in_same_place(i, assertions, self.nodes_in, self.class_of)
        if task:
            out.add(node, pkg("onTask"), task)
        target = task or node
        for actor in leads:
            out.add(actor, pkg("leads" if led else "cooperatesIn"), target)
        for actor in [] if a.reported else partners:   # the partners of an act done hold no duty of it
            out.add(actor, pkg("cooperatesIn"), target)
        pairs = [(x, y) for x in leads for y in partners] if leads else [
            (x, y) for k, x in enumerate(partners) for y in partners[k + 1:]]
        if led:   # co-leads of one task ("A và B đồng chủ trì") are a pair
            pairs += [(x, y) for k, x in enumerate(leads) for y in leads[k + 1:]]
        for x, y in pairs:
            if x != y:
                out.add(x, pkg("coordinatesWith"), y)
                out.add(y, pkg("coordinatesWith"), x)

    # -- relations without a record of their own ----------------------------------------

    def relations(self) -> None:
        out, assertions, node_of = self.out, self.result.assertions, self.node_of
        for i in self.order:
            a = assertions[i]
            parent = _parent(a, assertions)
            if a.relation == "responsible" and i not in node_of:
                task = node_of.get(parent)
                for actor in actor_iris(a.subjects) if task else ():
                    if a.qualifier == "cooperating":   # cooperates in the task with someone unnamed
                        out.add(actor, pkg("cooperatesIn"), task)
                    else:
                        out.add(task, pkg("assignedTo"), actor)
                        out.add(actor, pkg("responsibleFor"), task)
            elif a.relation == "issues":
                self._issues(a)
            elif a.relation in ("directs", "mobilises", "participates"):
                predicate = {"directs": "directs", "mobilises": "mobilises", "participates": "participatesIn"}[a.relation]
                for actor in actor_iris(a.subjects):
                    for obj in a.objects:
                        if obj != actor:
                            out.add(actor, pkg(predicate), obj)
            elif a.relation in ("cites", "implements"):
                citation(out, a, self.stated_in)
            elif a.relation == "concerns":
                targets = [node_of[parent]] if parent in node_of else _statements_around(i, assertions, self.nodes_in)
                for target in targets:
                    for obj in a.objects:
                        out.add(target, pkg("concerns"), obj)

    def _issues(self, a: Assertion) -> None:
        for doc in a.objects or ([self.policy_iri] if self.policy_iri else []):
            for actor in actor_iris(a.subjects):
                self.out.add(doc, pkg("issuedBy"), actor)
            if doc == self.policy_iri:
                self.out.add(doc, pkg("hasEvidence"), self.evidence(a.evidence, a.sentence))


def _parent(a: Assertion, assertions: list[Assertion]) -> int | None:
    if a.parent is None or not 0 <= a.parent < len(assertions):
        return None
    return a.parent


def _task_in_same_place(i: int, assertions: list[Assertion], nodes_in: dict, class_of: dict) -> str | None:
    """The task stated in the same sentence as assertion ``i`` whose evidence overlaps it, if any.

    ``nodes_in``: sentence -> the (assertion, record) pairs stated in it, by assertion number."""
    a = assertions[i]
    for j, node in nodes_in.get(a.sentence, ()):
        if class_of[j] == "Task" and a.evidence.overlaps(assertions[j].evidence):
            return node
    return None


def _statements_around(i: int, assertions: list[Assertion], nodes_in: dict) -> list[str]:
    """Records (not objectives) in the same sentence whose evidence overlaps assertion ``i``."""
    a = assertions[i]
    return [node for j, node in nodes_in.get(a.sentence, ())
            if assertions[j].relation != "objective" and a.evidence.overlaps(assertions[j].evidence)]


def named_actors(result: BuildResult, lexicon: Lexicon | None) -> set[str]:
    """The actors of the document's graph: every actor a statement names, and every other actor the text names
    outside the signature block and the recipients, unless it is a generic actor (a people group, a vague
    collective, the Party or the State as a whole: ``pkg:genericActor``), which is an actor only where it acts."""
    actors: set[str] = set()
    for a in result.assertions:
        actors.update(actor_iris(a.subjects))
        actors.update(actor_iris(a.objects))
    roles = {s.index: s.role for s in result.sections}
    starts = [s.span.start for s in result.sentences]
    order = sorted(range(len(result.sentences)), key=lambda k: starts[k])
    sorted_starts = [starts[k] for k in order]
    named = {m.label for m in result.mentions if m.category == "actor" and m.label}
    text = result.source.match
    for m in result.mentions:
        if m.category != "actor" or m.iri in actors:
            continue
        entry = lexicon.get(m.iri) if lexicon is not None else None
        if m.generic or (entry.generic if entry is not None else m.kind == "PeopleGroup") \
                or (entry is not None and entry.level == "LevelAll"
                    and not system_in_passing(entry.label_vi, named, written_bare(text, m.span))):
            continue   # (a body at every level, "Ủy ban nhân dân các cấp", acts or is named in passing: systembodies)
        k = bisect.bisect_right(sorted_starts, m.span.start) - 1
        sentence = result.sentences[order[k]] if k >= 0 else None
        if sentence is not None and roles.get(sentence.section) in ("footer", "recipients"):
            continue
        actors.add(m.iri)
    return actors


def _describe_named(out: Emitter, result: BuildResult, lexicon: Lexicon | None, exclude: set) -> None:
    """Type and label every actor, initiative and cited document the graph names."""
    mentions_by_iri: dict[str, Mention] = {}
    for m in sorted(result.mentions, key=lambda m: (m.span.start, m.span.end)):
        mentions_by_iri.setdefault(m.iri, m)
    actors = named_actors(result, lexicon)
    refs = frame_actors(result, lexicon)   # issuers, the bodies above them that issue through them, signers' organs
    actors.update(refs)

    for iri in sorted(actors):
        entry = lexicon.get(iri) if lexicon is not None else None
        mention = mentions_by_iri.get(iri)
        if entry is not None:
            kind, label_vi, label_en, known = entry.kind, entry.label_vi, entry.label_en, True
        elif mention is not None:
            kind, label_vi, label_en, known = mention.kind, mention.label, mention.label_en, mention.known
        elif iri in refs and refs[iri].label:
            ref = refs[iri]  # an issuer named only in the header, not in the vocabulary
            kind, label_vi, label_en, known = ref.kind, ref.label, None, False
        else:
            continue  # nothing tells us what it is; the edge to it still stands
        out.add(iri, RDF_TYPE, pkg(kind or "Actor"))
        if label_vi:
            out.add(iri, term("skos", "prefLabel"), vi(clean_label(label_vi)))
        if label_en:
            out.add(iri, term("skos", "prefLabel"), ox.Literal(clean_label(label_en), language="en"))
        if not known:
            out.add(iri, pkg("recognisedBy"), ox.Literal("pattern"))

    for iri, m in sorted(mentions_by_iri.items()):
        if m.category not in ("initiative", "document") or iri in exclude:
            continue
        default = "Initiative" if m.category == "initiative" else "PolicyDocument"
        out.add(iri, RDF_TYPE, pkg(m.kind or default))
        if m.label:
            out.add(iri, term("skos", "prefLabel"), vi(clean_label(m.label)))

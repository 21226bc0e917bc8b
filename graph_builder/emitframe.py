"""Emit the document's frame and its references (see docs/DATA_MODEL.md): the cited documents with their identity
(number, kind, issuer and date as the text gives them) and the relation the text states (cites, implements,
basedOn, replaces); the issuers; the signatures (person, post, organ, mode)."""

from __future__ import annotations

import pyoxigraph as ox

from policykg.core.iris import mint_item_iri, mint_person_iri, mint_post_iri
from policykg.graph_builder.model import ActorRef, Assertion, BuildResult, DocumentInfo
from policykg.graph_builder.organs import acts_in_header
from policykg.ontology.lexicon import Lexicon
from policykg.graph_builder.terms import RDF_TYPE, XSD_DATE, Emitter, actor_iris, clean_label, pkg, term, vi

__all__ = ["CITING", "citation", "cited_identifiers", "frame_actors", "signatures"]

# an assertion's relation and qualifier -> the document's link to the cited document
CITING = {("cites", "basis"): "basedOn", ("cites", "replaces"): "replaces", ("implements", None): "implements"}


def citation(out: Emitter, a: Assertion, stated_in: str) -> None:
    """``stated_in`` cites / implements / is based on / replaces each object; their issuer and date when given."""
    predicate = pkg(CITING.get((a.relation, a.qualifier), "implements" if a.relation == "implements" else "cites"))
    for doc in a.objects:
        if doc == stated_in:
            continue
        out.add(stated_in, predicate, doc)
        for issuer in actor_iris(a.subjects):
            out.add(doc, pkg("issuedBy"), issuer)
        if a.date:
            out.add(doc, term("dcterms", "date"), ox.Literal(a.date, datatype=XSD_DATE))


def cited_identifiers(out: Emitter, result: BuildResult, exclude: set) -> None:
    """``dcterms:identifier`` of every document cited by number: the number as the text first writes it."""
    seen: set[str] = set()
    for m in sorted(result.mentions, key=lambda m: (m.span.start, m.span.end)):
        if m.category == "document" and m.identifier and m.iri not in exclude and m.iri not in seen:
            seen.add(m.iri)
            out.add(m.iri, term("dcterms", "identifier"), ox.Literal(m.identifier))


def frame_actors(result: BuildResult, lexicon: Lexicon | None = None) -> dict[str, ActorRef]:
    """The actors the frame names, by IRI: every issuer (of the document, or of the one an article reports), the
    organ of each signer's post, and the body the header names above an issuer when that body's name heads its
    organs' documents (``organs.acts_in_header``; any other stays the object of ``pkg:partOf`` only)."""
    refs: dict[str, ActorRef] = {}
    for info in (result.document, result.document.reports_on):
        if info is None:
            continue
        if info.issuer:
            refs.setdefault(info.issuer, ActorRef(info.issuer, info.issuer_label, info.issuer_kind))
        parents = [p for p in info.parents.values() if acts_in_header(p, info.issuers, lexicon)]
        for ref in [*info.issuers, *parents, *(s.organ for s in info.signatures if s.organ)]:
            if ref.iri:
                refs.setdefault(ref.iri, ref)
    return refs


def signatures(out: Emitter, info: DocumentInfo, document: str, key: str, evidence) -> None:
    """Each signature block of ``document``: the person (``pkg:Person``), the post they sign in (``pkg:Post`` in its
    organ), the ``pkg:Signature`` record with its mode and evidence; ``pkg:signedBy`` as a shortcut. The body the
    header names above an issuer: ``pkg:partOf``."""
    for part, parent in sorted(info.parents.items()):
        if parent.iri and part != parent.iri:
            out.add(part, pkg("partOf"), parent.iri)
    for n, sig in enumerate(info.signatures, start=1):
        if not sig.person and not sig.post:
            continue
        node = mint_item_iri(key, "signature", n)
        post = None
        if sig.post:        # a block may print no post: "T/M BAN BÍ THƯ" / (đã ký) / name
            post = mint_post_iri(sig.organ.iri if sig.organ else None, sig.post)
            out.add(post, RDF_TYPE, pkg("Post"))
            out.add(post, term("rdfs", "label"), vi(clean_label(sig.post)))
            if sig.organ is not None and sig.organ.iri:
                out.add(post, term("org", "postIn"), sig.organ.iri)
            out.add(node, pkg("signerPost"), post)
        if sig.person:      # a block whose name is not printed or not readable signs in its post only
            person = mint_person_iri(sig.person)
            out.add(person, RDF_TYPE, pkg("Person"))
            out.add(person, term("rdfs", "label"), vi(clean_label(sig.person)))
            if post is not None:
                out.add(person, term("org", "holds"), post)
            out.add(document, pkg("signedBy"), person)
            out.add(node, pkg("signer"), person)
        out.add(document, pkg("hasSignature"), node)
        out.add(node, RDF_TYPE, pkg("Signature"))
        if sig.mode:
            out.add(node, pkg("signatureMode"), ox.Literal(sig.mode))
        out.add(node, pkg("hasEvidence"), evidence(sig.span))

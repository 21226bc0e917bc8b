"""Assertions: the grammar of duty — who issues, directs, requires, leads, cooperates, aims at what.

This package owns turning sentences and their mentions into plain ``Assertion`` records
(independent of RDF), one module per relation family. It reads ``SourceText.match`` (same offsets as the text), the
sections' roles from ``segment`` and the mentions from ``recognise``. The patterns are
those of the genre (see docs/GENRE.md, "The grammar of duty"):

- issues: "<actor> (vừa) ban hành <document>", plus the issuer the metadata found;
- directs: "<actor> lãnh đạo, chỉ đạo <X>" and the nominal "sự lãnh đạo của <actor> đối với <X>";
- requires: "<issuer> yêu cầu / đề nghị <actors> <duty>" (the issuer is the policy's issuer when the
  subject is the document itself: "Chỉ thị yêu cầu"); "Giao X ..." and "Đề nghị X ..." assign tasks;
- responsible: "<actors> có trách nhiệm / chịu trách nhiệm / phải <duty>";
- coordination: "X chủ trì, phối hợp với Y, Z ...", "phối hợp giữa X với Y", "X phối hợp (với) Y",
  "Cơ quan chủ trì: X. / Cơ quan phối hợp: Y; Z." per task, and "X: a) Chủ trì ..." (actor headings);
- mobilises (huy động, vận động), participates (tham gia + an initiative);
- objective: "nhằm", "để", "mục tiêu ... là", "Mục tiêu:" and sentences of an objectives section, one
  assertion per objective clause (a list is split where a new verb phrase starts);
- task: each sentence of a tasks section and each duty with a named holder elsewhere; a task without a
  named subject inherits the actor heading above it or the addressees of the section's lead-in
  ("Chỉ thị yêu cầu: <actors> ..."); a task nobody holds is kept as a requirement;
- cites / implements: "căn cứ", "theo", "thay thế" (cites, with a qualifier), "thực hiện <document>"
  (implements); concerns: a task naming a campaign, movement or regulation.

Recipients ("Nơi nhận:") and signature blocks are never duty holders.
"""

from __future__ import annotations

from policykg.graph_builder.assertions.anaphora import with_references
from policykg.graph_builder.assertions.context import Context
from policykg.graph_builder.assertions.objectives import split_objectives
from policykg.graph_builder.assertions.walk import run
from policykg.graph_builder.model import Assertion, DocumentInfo, Mention, Section, Sentence, SourceText
from policykg.graph_builder.vocabulary import lower_same_length
from policykg.ontology.lexicon import Lexicon

__all__ = ["extract_assertions", "split_objectives"]

# The relation families: duties (tasks, requirements, responsibilities), coordination, tables, objectives,
# citations (cites, implements, concerns) and actions (issues, directs, mobilises, participates); the walk over
# the sentences (walk) and what they share (context). The cue words are graph_builder/cues.py.


def extract_assertions(source: SourceText, document: DocumentInfo, sections: list[Section],
                       sentences: list[Sentence], mentions: list[Mention], lexicon: Lexicon) -> list[Assertion]:
    """Derive the statements a text makes: who issues, directs, requires, leads, cooperates, aims at what.

    Takes the source text, its ``DocumentInfo`` (for the issuer and the document's own number), the
    sections and sentences from ``segment``, the mentions from ``recognise.find_mentions`` and the
    lexicon. Returns the assertions in document order of the sentences; ``Assertion.parent`` is an
    index into the returned list. Every ``task`` has at least one subject (a task nobody holds is
    returned as a ``requirement``). Never raises on text.

    >>> from policykg.graph_builder.read import source_from_string
    >>> from policykg.graph_builder.segment import segment
    >>> from policykg.graph_builder.recognise import find_mentions
    >>> from policykg.ontology import load_lexicon
    >>> lex = load_lexicon()
    >>> src = source_from_string("Sở Tư pháp chủ trì, phối hợp với Công an tỉnh tổ chức tuyên truyền pháp luật.")
    >>> sections, sentences = segment(src)
    >>> found = extract_assertions(src, DocumentInfo(kind="Plan"), sections, sentences,
    ...                            find_mentions(src, sentences, lex), lex)
    >>> [(a.relation, [x.rsplit('/', 1)[1] for x in a.subjects], [x.rsplit('/', 1)[1] for x in a.objects]) for a in found]
    [('task', ['so-tu-phap'], []), ('coordination', ['so-tu-phap'], ['cong-an-tinh'])]
    """
    mentions = with_references(lower_same_length(source.match), mentions)   # "sở này": the body named before
    return run(Context(source, document, sections, sentences, mentions, lexicon))

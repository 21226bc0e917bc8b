"""The explorer's questions: find a node by its label, its neighbourhood one page at a time, what it says.

Each is a SPARQL query with its parameters bound as RDF terms (``?q`` a literal, ``?node`` an IRI) by the same
code as the catalogue (:func:`policykg.queries.engine.run_query`), run on the served store. Answers are plain
JSON-ready dicts; nothing here formats text from a document into SPARQL.

Search ignores diacritics and case on both sides: the query text is folded in Python, each label in SPARQL, by
one table (:data:`FOLD_CLASSES`), so "cong an" finds "Công an nhân dân" and "đang uy" finds "Đảng ủy".

>>> search_fold("Đảng ủy  Công AN")
'dang uy  cong an'
>>> "REPLACE(" in fold_expression("?l") and "LCASE(STR(?l))" in fold_expression("?l")
True
"""

from __future__ import annotations

import unicodedata
from typing import Callable

import pyoxigraph as ox

from policykg.core.iris import ONTOLOGY_IRI, PKG, PREFIXES
from policykg.queries.catalogue import QueryInfo
from policykg.queries.params import make_iri, values_block
from policykg.queries.results import QueryResult, RdfTerm
from policykg.visualize.kinds import ACTOR_KINDS, DOCUMENT_KINDS, most_specific_kind, node_style

__all__ = ["FOLD_CLASSES", "MAX_PAGE", "Runner", "expand", "fold_expression", "node_details", "search",
           "search_fold"]

# Runs a query with its parameters on the served store (run_query against the endpoint).
Runner = Callable[[QueryInfo, dict], QueryResult]
MAX_PAGE = 200          # neighbours per page at most
SEARCH_LIMIT = 20
DETAIL_LIMIT = 60       # statements shown in a node's panel


def _fold_classes() -> dict[str, str]:
    """Base letter -> the lower-case letters with diacritics that fold to it (Vietnamese vowels and đ)."""
    classes: dict[str, list[str]] = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        if ch != ch.lower():
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if ch in "đð":
            base = "d"
        if base in ("a", "e", "i", "o", "u", "y", "d") and base != ch:
            classes.setdefault(base, []).append(ch)
    return {base: "".join(chars) for base, chars in sorted(classes.items())}


FOLD_CLASSES: dict[str, str] = _fold_classes()
_FOLD_TABLE = {ord(ch): base for base, chars in FOLD_CLASSES.items() for ch in chars}


def search_fold(text: str) -> str:
    """``text`` lower-cased with the diacritics of :data:`FOLD_CLASSES` removed (as :func:`fold_expression`)."""
    return unicodedata.normalize("NFC", text).lower().translate(_FOLD_TABLE)


def fold_expression(variable: str, letters: str | None = None) -> str:
    """The SPARQL expression folding ``variable`` as :func:`search_fold` folds text (fixed text of ours).

    With ``letters`` (a folded query), only the base letters it contains are folded: a label's "ý" can match a
    query character only if the query has a "y", so the other replacements cannot change a match (and each one
    costs a regex pass over every label).

    >>> fold_expression("?l", "cong").count("REPLACE(")
    1
    """
    expression = f"LCASE(STR({variable}))"
    for base, chars in FOLD_CLASSES.items():
        if letters is not None and base not in letters:
            continue
        expression = f'REPLACE({expression}, "[{chars}]", "{base}")'
    return expression


_PREFIXES = "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in ("pkg", "skos", "dcterms", "rdf"))
_LABEL_AGGREGATES = """(MIN(?pl) AS ?lv) (MIN(?en) AS ?le) (MIN(?id) AS ?num) (MIN(?title) AS ?tt)
       (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types)"""
_LABELS = """
  OPTIONAL { ?nb skos:prefLabel ?pl . FILTER(langMatches(lang(?pl), "vi") || lang(?pl) = "") }
  OPTIONAL { ?nb skos:prefLabel ?en . FILTER(langMatches(lang(?en), "en")) }
  OPTIONAL { ?nb dcterms:identifier ?id }
  OPTIONAL { ?nb dcterms:title ?title . FILTER(langMatches(lang(?title), "vi") || lang(?title) = "") }
  OPTIONAL { ?nb a ?t . FILTER(STRSTARTS(STR(?t), STR(pkg:))) }"""

# The parameters (?q, ?node) are bound by a one-row VALUES block of strictly serialised terms
# (:func:`policykg.queries.params.values_block`, the CLI's own) placed at each @@VALUES@@: inside the groups that
# use them. Oxigraph does not push a VALUES block at the top of the query into a UNION or a subquery (a hub's
# neighbourhood took 4 s that way on 3,000 documents, 0.2 s bound inside each branch).
_VALUES = "@@VALUES@@"
def _search_query(letters: str) -> str:
    """Labels containing ?q once folded (over the letters of the query only); the best 2 x SEARCH_LIMIT, then
    those that a document's graph mentions (not the ontology's vocabulary alone), with their labels and types."""
    fold = fold_expression("?l", letters)
    return _PREFIXES + f"""
SELECT ?nb ?label ?score {_LABEL_AGGREGATES}
WHERE {{
  {{ SELECT ?nb (MIN(?l) AS ?label) (MIN(?rank) AS ?score) WHERE {{
      {_VALUES}
      ?nb skos:prefLabel|skos:altLabel|dcterms:identifier|dcterms:title ?l .
      BIND({fold} AS ?f)
      FILTER(isIRI(?nb) && CONTAINS(?f, ?q))
      BIND(IF(STRSTARTS(?f, ?q), 0, 1) AS ?rank)
    }} GROUP BY ?nb ORDER BY ?score STRLEN(?label) ?nb LIMIT {2 * SEARCH_LIMIT} }}
  FILTER EXISTS {{ GRAPH ?g {{ ?nb a ?any }} FILTER(?g != <{ONTOLOGY_IRI}>) }}{_LABELS}
}}
GROUP BY ?nb ?label ?score ORDER BY ?score STRLEN(?label) ?nb"""


_NEIGHBOURS = """
  {
    @@VALUES@@
    VALUES (?p ?kind) { (pkg:coordinatesWith "coordinates") (pkg:directs "directs") (pkg:mobilises "mobilises")
                        (pkg:partOf "partOf") (pkg:memberOf "memberOf") (pkg:issuedBy "issues")
                        (pkg:cites "cites") (pkg:implements "implements") (pkg:reportsOn "reportsOn")
                        (pkg:participatesIn "participatesIn") }
    { ?node ?p ?nb . BIND("out" AS ?way) } UNION { ?nb ?p ?node . BIND("in" AS ?way) }
    BIND(IF(?kind = "coordinates", "both", ?way) AS ?dir)     # written both ways: one link
    BIND(?nb AS ?via)
  } UNION {
    @@VALUES@@
    ?node pkg:leads|pkg:responsibleFor|pkg:cooperatesIn ?via . ?via pkg:statedIn ?nb .
    BIND("assigns" AS ?kind) BIND("in" AS ?dir)
  } UNION {
    @@VALUES@@
    ?via pkg:assignedTo ?node ; pkg:statedIn ?nb . BIND("assigns" AS ?kind) BIND("in" AS ?dir)
  } UNION {
    @@VALUES@@
    ?via pkg:statedIn ?node . ?nb pkg:leads|pkg:responsibleFor|pkg:cooperatesIn ?via .
    BIND("assigns" AS ?kind) BIND("out" AS ?dir)
  } UNION {
    @@VALUES@@
    ?via pkg:statedIn ?node ; pkg:assignedTo ?nb . BIND("assigns" AS ?kind) BIND("out" AS ?dir)
  }
  FILTER(isIRI(?nb) && ?nb != ?node)"""


def _expand_query(offset: int, limit: int) -> str:
    """The neighbourhood of ?node, one page: OFFSET and LIMIT are integers of ours, never text from a user."""
    offset, limit = int(offset), int(limit)
    return _PREFIXES + f"""
SELECT ?nb ?kind ?dir ?n {_LABEL_AGGREGATES}
WHERE {{
  {{ SELECT ?nb ?kind ?dir (COUNT(DISTINCT ?via) AS ?n) WHERE {{{_NEIGHBOURS}
    }} GROUP BY ?nb ?kind ?dir ORDER BY DESC(?n) ?nb ?kind ?dir OFFSET {offset} LIMIT {limit} }}{_LABELS}
}}
GROUP BY ?nb ?kind ?dir ?n ORDER BY DESC(?n) ?nb ?kind ?dir"""


NODE_INFO = _PREFIXES + """
SELECT ?nb ?issuer ?issuerLabel ?date ?sg """ + _LABEL_AGGREGATES.replace("\n", " ") + """
WHERE {
  @@VALUES@@
  BIND(?node AS ?nb)""" + _LABELS + """
  OPTIONAL { ?nb pkg:issuedBy ?issuer . OPTIONAL { ?issuer skos:prefLabel ?issuerLabel .
             FILTER(langMatches(lang(?issuerLabel), "vi")) } }
  OPTIONAL { ?nb dcterms:date ?date }
  OPTIONAL { GRAPH ?sg { ?nb dcterms:source ?file } }
}
GROUP BY ?nb ?issuer ?issuerLabel ?date ?sg"""

# The first DETAIL_LIMIT + 1 statements in the store's own order (the same for the same store): ordering a hub's
# thousands of statements first cost 0.55 s on 3,000 documents; the page shows them sorted.
NODE_DUTIES = _PREFIXES + f"""
SELECT ?role ?st ?text ?doc ?docId ?q ?start ?g WHERE {{
  {{ SELECT DISTINCT ?role ?st WHERE {{
      {{ @@VALUES@@ ?node pkg:leads ?st . BIND("lead" AS ?role) }}
      UNION {{ @@VALUES@@ ?node pkg:cooperatesIn ?st . BIND("cooperating" AS ?role) }}
      UNION {{ @@VALUES@@ ?node pkg:responsibleFor ?st . BIND("responsible" AS ?role) }}
      UNION {{ @@VALUES@@ ?st pkg:assignedTo ?node . BIND("assigned" AS ?role) }}
      UNION {{ @@VALUES@@ ?st pkg:statedIn ?node ; a pkg:Task . BIND("task" AS ?role) }}
      UNION {{ @@VALUES@@ ?st pkg:statedIn ?node ; a pkg:Objective . BIND("objective" AS ?role) }}
    }} LIMIT {DETAIL_LIMIT + 1} }}
  OPTIONAL {{ ?st pkg:text ?text }}
  OPTIONAL {{ ?st pkg:statedIn ?doc . OPTIONAL {{ ?doc dcterms:identifier ?docId }} }}
  OPTIONAL {{ GRAPH ?g {{ ?st pkg:hasEvidence ?ev }} ?ev pkg:quote ?q ; pkg:start ?start }}
}} ORDER BY ?doc ?st ?role ?start"""


def _ask(run: Runner, name: str, template: str, terms: dict) -> QueryResult:
    """Run ``template`` with ``terms`` bound by a VALUES block at each @@VALUES@@ (terms strictly serialised)."""
    return run(QueryInfo(name, template.replace(_VALUES, values_block(terms))), {})


def _value(row: dict, name: str) -> str:
    term: RdfTerm | None = row.get(name)
    return term.value if term is not None else ""


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _local(iri: str) -> str:
    return iri[len(PKG):] if iri.startswith(PKG) else ""


class _Nodes:
    """Rows with the label aggregates (?nb ?lv ?le ?num ?tt ?types) as one record per node."""

    def __init__(self) -> None:
        self.records: dict[str, dict] = {}
        self.types: dict[str, set[str]] = {}

    def add(self, row: dict) -> dict:
        iri = _value(row, "nb")
        record = self.records.setdefault(iri, {"id": iri, "lv": "", "le": "", "number": "", "title": ""})
        for field, column in (("lv", "lv"), ("le", "le"), ("number", "num"), ("title", "tt")):
            value = _value(row, column)
            if value and (not record[field] or value < record[field]):
                record[field] = value
        self.types.setdefault(iri, set()).update(_local(t) for t in _value(row, "types").split())
        return record

    def finish(self, iri: str) -> dict:
        record = self.records[iri]
        kind = most_specific_kind(self.types.get(iri, ())) or "other"
        style = node_style(kind)
        record["kind"], record["group"] = style.kind, style.group
        if kind in DOCUMENT_KINDS:
            record["lv"] = record["number"] or _shorten(record["title"], 60) or _tail(iri)
        record["lv"] = record["lv"] or record["number"] or _shorten(record["title"], 60) or _tail(iri)
        return record


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def search(run: Runner, text: str) -> list[dict]:
    """The nodes (actors, documents, initiatives ...) whose label, alternative label, số hiệu or title contains
    ``text``, diacritics and case ignored; those that start with it first, then the shorter labels; at most 20.

    Each is ``{"id", "lv", "le", "kind", "group", "match"}``; an empty text finds nothing.
    """
    folded = " ".join(search_fold(text).split())
    if not folded:
        return []
    nodes, order, matched = _Nodes(), [], {}
    for row in _ask(run, "explore-search", _search_query(folded), {"q": ox.Literal(folded)}).rows:
        iri = _value(row, "nb")
        if iri not in nodes.records:
            order.append(iri)
        nodes.add(row)
        matched[iri] = _value(row, "label")
    return [dict(nodes.finish(iri), match=matched[iri]) for iri in order[:SEARCH_LIMIT]]


_SYMMETRIC = {"coordinates"}


def expand(run: Runner, iri: str, *, offset: int = 0, limit: int = 30) -> dict:
    """One page of the neighbourhood of node ``iri``: ``{"node", "nodes", "edges", "offset", "more"}``.

    Neighbours are ordered by how many statements link them (most first), then by IRI; ``more`` says whether a
    next page exists (ask again with ``offset + limit``). An edge is ``{"from", "to", "kind", "count"}``, one per
    (pair, kind), coordination drawn once for both directions. ``limit`` is clamped to 1..:data:`MAX_PAGE`.
    """
    offset = max(0, int(offset))
    limit = max(1, min(MAX_PAGE, int(limit)))
    rows = _ask(run, "explore-expand", _expand_query(offset, limit + 1), {"node": make_iri(iri)}).rows
    nodes, keys = _Nodes(), []
    for row in rows:
        nodes.add(row)
        key = (_value(row, "nb"), _value(row, "kind"), _value(row, "dir"), int(_value(row, "n") or 1))
        if key not in keys:
            keys.append(key)
    more = len(keys) > limit
    edges: dict[tuple[str, str, str], dict] = {}
    for neighbour, kind, direction, count in keys[:limit]:
        source, target = (iri, neighbour) if direction == "out" else (neighbour, iri)
        if kind in _SYMMETRIC:
            source, target = sorted((iri, neighbour))
        edge = edges.setdefault((source, target, kind), {"from": source, "to": target, "kind": kind, "count": 0})
        edge["count"] = max(edge["count"], count)
    shown = list(dict.fromkeys(k[0] for k in keys[:limit]))
    return {"node": iri, "offset": offset, "limit": limit, "more": more,
            "nodes": [nodes.finish(n) for n in shown], "edges": list(edges.values())}


def node_details(run: Runner, iri: str) -> dict:
    """What the panel shows for node ``iri``: labels, kind, số hiệu, title, issuer, date, the report page of the
    document (its source's key), and its duties (an actor) or tasks (a document), each with its quotes:
    ``{"duties": [{"role", "id", "text", "doc", "docLabel", "quotes": [{"q", "start", "page"}]}], "more"}``.
    ``page`` is the report page of the source (``report/<key>.html``), where ``#o<start>`` marks the quote.
    """
    nodes = _Nodes()
    info_rows = _ask(run, "explore-node", NODE_INFO, {"node": make_iri(iri)}).rows
    issuer, issuer_label, date, page = "", "", "", ""
    for row in info_rows:
        nodes.add(row)
        issuer = issuer or _value(row, "issuer")
        issuer_label = issuer_label or _value(row, "issuerLabel")
        date = date or _value(row, "date")
        if _value(row, "sg"):
            page = page or f"report/{_tail(_value(row, 'sg'))}.html"
    if iri not in nodes.records:
        nodes.add({"nb": RdfTerm.iri(iri)})
    record = dict(nodes.finish(iri), issuer=issuer, issuerLabel=issuer_label, date=date, page=page)
    duties: dict[tuple[str, str], dict] = {}
    for row in _ask(run, "explore-duties", NODE_DUTIES, {"node": make_iri(iri)}).rows:
        key = (_value(row, "st"), _value(row, "role"))
        duty = duties.setdefault(key, {"role": key[1], "id": key[0], "text": _value(row, "text"),
                                       "doc": _value(row, "doc"), "docLabel": _value(row, "docId"), "quotes": []})
        quote = _value(row, "q")
        if quote:
            start = int(_value(row, "start") or -1)
            entry = {"q": quote, "start": start, "page": f"report/{_tail(_value(row, 'g'))}.html"}
            if entry not in duty["quotes"]:
                duty["quotes"].append(entry)
    items = list(duties.values())
    record["duties"] = items[:DETAIL_LIMIT]
    record["more"] = len(items) > DETAIL_LIMIT
    record["isActor"] = record["kind"] in ACTOR_KINDS
    return record

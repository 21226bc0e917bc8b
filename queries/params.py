"""Query parameters: turned into RDF terms and BOUND to variables, never pasted into query text as given.

A value that looks like an IRI (``http://...``, ``https://...``, ``urn:...``, or a CURIE with a
project prefix such as ``actor:cong-an-nhan-dan``) becomes a NamedNode; anything else a plain
literal that the catalogue queries compare with labels and identifiers.

Both engines get the terms the same way: :func:`bind_values` adds a ``VALUES`` block as the first element
of the WHERE group. A remote endpoint only takes text; and on the embedded store a VALUES block lets
Oxigraph's planner start from the bound term (its ``substitutions`` bind after planning: a query starting from a
given document ran 20-30x slower that way). Why the block is safe: each term is written by pyoxigraph's N-Triples serialiser
(``str(NamedNode)`` / ``str(Literal)``), whose output is a single SPARQL term token -- a literal's
quotes, backslashes and line breaks are escaped, so a value like ``x" } ; DROP ALL ; #`` stays
inside its string; an IRI is first validated (pyoxigraph's RFC 3987 parser, and none of the
characters ``<>"{}|^`\\`` or spaces/controls that could end an ``<...>`` token early), so it
cannot close the term either. The text around the terms is fixed by us.

>>> parse_value("actor:cong-an-nhan-dan")
<NamedNode value=https://w3id.org/policykg/actor/cong-an-nhan-dan>
>>> parse_value('x" } ; DROP ALL ; #')
<Literal value=x" } ; DROP ALL ; # datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
>>> print(bind_values("SELECT ?t WHERE { ?t ?p ?actor }", {"actor": parse_value('x" } #')}))
SELECT ?t WHERE { VALUES ( ?actor ) { ( "x\\" } #" ) }
 ?t ?p ?actor }

The update guard (:func:`query_form`) parses: a text is a query only when the SPARQL 1.1 grammar reads the whole of
it as one SELECT, ASK, CONSTRUCT or DESCRIBE query, and only such a text is ever sent to an endpoint (as
``query=``). Nothing is evaluated to decide it (an engine would run a ``SERVICE`` call while deciding).
"""

from __future__ import annotations

import functools
import threading
import re
import unicodedata

import pyoxigraph as ox

from policykg.core.errors import QueryError
from policykg.core.iris import PREFIXES

Term = ox.NamedNode | ox.Literal

_FORBIDDEN_IN_IRI = re.compile(r'[<>"{}|^`\\\x00-\x20\x7f]')
_CURIE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*):(\S*)$")
_ABSOLUTE = re.compile(r"^(https?://|urn:)", re.IGNORECASE)   # meant as an IRI: validated, never a literal

# one SPARQL token at a time: comments, strings (long and short), IRIs, braces, words
_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n]*)
      | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<open>\{) | (?P<close>\})
      | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
      | (?P<other>\S)""",
    re.VERBOSE | re.DOTALL,
)
_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
ONLY_QUERIES = "policykg query only runs queries (SELECT, ASK, CONSTRUCT, DESCRIBE); use `policykg push` to change a server"


def iri_or_none(value: str) -> str | None:
    """The absolute IRI a value denotes (``http(s):``/``urn:`` or a project CURIE), or None.

    >>> iri_or_none("pkgid:doc/09-ct-tw")
    'https://w3id.org/policykg/id/doc/09-ct-tw'
    >>> iri_or_none("Công an nhân dân") is None
    True
    """
    value = value.strip()
    if _ABSOLUTE.match(value):
        return value
    match = _CURIE.match(value)
    if match and match.group(1) in PREFIXES:
        return PREFIXES[match.group(1)] + match.group(2)
    return None


def make_iri(value: str) -> ox.NamedNode:
    """A validated NamedNode; QueryError (one line) if ``value`` is not a well-formed IRI.

    >>> make_iri("http://example.org/a b")
    Traceback (most recent call last):
    ...
    policykg.core.errors.QueryError: not a valid IRI: 'http://example.org/a b'
    """
    if _FORBIDDEN_IN_IRI.search(value):
        raise QueryError(f"not a valid IRI: {value!r}")
    try:
        return ox.NamedNode(value)
    except ValueError:
        raise QueryError(f"not a valid IRI: {value!r}") from None


def parse_value(value: str, kinds: tuple[str, ...] = ("iri", "literal")) -> Term:
    """The RDF term for a parameter value: an IRI if it looks like one (and IRIs are allowed), else a literal.

    Literals are NFC-normalised plain strings. For a parameter that takes an IRI, a literal is a label: the
    engine resolves it to the IRI it names (:mod:`policykg.queries.resolve`) before the query runs.

    >>> parse_value("https://w3id.org/policykg/actor/x", ("literal",))
    <Literal value=https://w3id.org/policykg/actor/x datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
    >>> parse_value("Công an nhân dân", ("iri",))
    <Literal value=Công an nhân dân datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
    """
    iri = iri_or_none(value) if "iri" in kinds else None
    if iri is not None:
        return make_iri(iri)
    return ox.Literal(unicodedata.normalize("NFC", value))


def bind_parameters(info, params: dict[str, str] | None) -> dict[str, Term]:
    """Terms for the parameters of query ``info`` (a QueryInfo), keyed by variable name.

    QueryError (one line) for an unknown parameter or a missing required one. Queries without a
    ``# params:`` header (ad-hoc ``--file``/``-e`` queries) accept any name that is a variable of
    the query.
    """
    params = dict(params or {})
    declared = {p.name: p for p in info.params}
    bound: dict[str, Term] = {}
    for name, value in sorted(params.items()):
        spec = declared.get(name)
        if spec is None:
            if declared or not re.search(r"[?$]" + re.escape(name) + r"\b", info.text):
                known = ", ".join(declared) or "none"
                raise QueryError(f"query {info.name} has no parameter {name!r} (its parameters: {known})")
            bound[name] = parse_value(value)
        else:
            bound[name] = parse_value(value, spec.kinds)
    missing = [p.name for p in info.params if not p.optional and p.name not in bound]
    if missing:
        example = " ".join(f"--param {m}=..." for m in missing)
        raise QueryError(f"query {info.name} needs parameter(s) {', '.join(missing)}: add {example}")
    return bound


def _tokens(text: str):
    for match in _TOKEN.finditer(text):
        yield match.lastgroup, match.group(), match.start()


_PARSER_LOCK = threading.Lock()


@functools.lru_cache(maxsize=256)
def parse_query(text: str) -> tuple[str, bool]:
    """The form of query ``text`` ('SELECT', 'ASK', 'CONSTRUCT' or 'DESCRIBE'), whether it is SELECT DISTINCT or
    REDUCED, and whether it names its own dataset (``FROM`` / ``FROM NAMED``), read by rdflib's SPARQL 1.1 parser:
    nothing is evaluated. QueryError (one line) for anything the
    grammar does not read as one query: an update (:data:`ONLY_QUERIES`), two requests, or a syntax error.

    >>> parse_query("PREFIX a: <http://x/> # SELECT in a comment\\nASK { ?s ?p ?o }")
    ('ASK', False, False)
    >>> parse_query("PREFIX SELECT: <http://x/> DROP ALL")
    Traceback (most recent call last):
    ...
    policykg.core.errors.QueryError: policykg query only runs queries (SELECT, ASK, CONSTRUCT, DESCRIBE); use `policykg push` to change a server
    """
    # loaded on use: 0.3 s that only remote queries and refused ones pay (the embedded store parses for itself)
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    with _PARSER_LOCK:   # rdflib's pyparsing grammar is shared state: two threads parsing at once can both fail
        try:
            query = parseQuery(text)[1]
        except Exception as exc:   # pyparsing's ParseException, or a bad escape: either way not one query
            try:
                parseUpdate(text)
            except Exception:
                detail = " ".join(str(exc).split())[:200]
                raise QueryError(f"not a SPARQL query ({detail}); {ONLY_QUERIES}") from None
            raise QueryError(ONLY_QUERIES) from None
    form = _FORMS.get(query.name)
    if form is None:
        raise QueryError(ONLY_QUERIES)
    return form, form == "SELECT" and query.get("modifier") in ("DISTINCT", "REDUCED"), "datasetClause" in query.keys()


def is_update(text: str) -> bool:
    """True if ``text`` parses as a SPARQL update (to name it so when an engine refuses it as a query).

    >>> is_update("PREFIX SELECT: <http://x/> DROP ALL"), is_update("SELECT * {}")
    (True, False)
    """
    try:
        parse_query(text)
    except QueryError as exc:
        return str(exc) == ONLY_QUERIES
    return False


def query_form(text: str) -> str:
    """'SELECT', 'ASK', 'CONSTRUCT' or 'DESCRIBE' for a text that parses as one query; QueryError otherwise
    (see :func:`parse_query`).

    >>> query_form("SELECT * {} ; CLEAR ALL")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    policykg.core.errors.QueryError: not a SPARQL query (Expected end of text, found ';' ...); policykg query only runs queries ...
    """
    return parse_query(text)[0]


def is_select_distinct(text: str) -> bool:
    """True if the query is ``SELECT DISTINCT`` (or REDUCED); QueryError if it is no query.

    >>> is_select_distinct("# SELECT x\\nSELECT  DISTINCT ?a {}"), is_select_distinct("SELECT ?a {}")
    (True, False)
    """
    return parse_query(text)[1]


def names_dataset(text: str) -> bool:
    """True if the query names its own dataset (``FROM`` or ``FROM NAMED``); QueryError if it is no query.

    >>> names_dataset("SELECT * FROM <urn:g> { ?s ?p ?o }"), names_dataset("SELECT * { GRAPH ?g { ?s ?p ?o } }")
    (True, False)
    """
    return parse_query(text)[2]


def where_brace(text: str) -> int:
    """Offset just after the ``{`` opening the query's WHERE group; QueryError if there is none.

    >>> q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    >>> q[where_brace(q):]
    ' ?s ?p ?o }'
    """
    # the first form keyword, by the tokens: no parser here (binding runs before every embedded query; the text
    # sent to a server is checked whole by query_form)
    form = next((token.upper() for kind, token, _ in _tokens(text)
                 if kind == "word" and token.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), None)
    seen_where = form in ("SELECT", "ASK")   # their first top-level brace is the WHERE group
    depth = 0
    for kind, token, start in _tokens(text):
        if kind == "word" and token.upper() == "WHERE" and depth == 0:
            seen_where = True
        elif kind == "open":
            if depth == 0 and seen_where:
                return start + 1
            depth += 1
        elif kind == "close":
            depth -= 1
    raise QueryError("cannot bind parameters: the query has no WHERE { ... } group")


def declared_prefixes(text: str) -> set[str]:
    """The prefix names a query text declares (``PREFIX pkg: <...>`` -> 'pkg'; the empty prefix is '').

    >>> sorted(declared_prefixes("PREFIX pkg: <urn:x#> PREFIX : <urn:y> # PREFIX no: <urn:z>\\nSELECT * {}"))
    ['', 'pkg']
    """
    tokens = list(_tokens(text))
    found = set()
    for (kind, token, _), following in zip(tokens, tokens[1:]):
        if kind == "word" and token.upper() == "PREFIX":
            found.add(following[1] if following[0] == "word" else "")
    return found


def with_prefixes(text: str) -> str:
    """``text`` with a ``PREFIX`` declaration in front for each project prefix it does not declare itself: the
    prefixes every output of policykg uses (``pkg:``, ``actor:``, ``pkgid:``, ``rdf:``, ``skos:`` ...).

    >>> print(with_prefixes("PREFIX pkg: <urn:mine#>\\nASK {}").splitlines()[0])
    PREFIX actor: <https://w3id.org/policykg/actor/>
    >>> "PREFIX pkg: <https://w3id.org" in with_prefixes("PREFIX pkg: <urn:mine#>\\nASK {}")
    False
    """
    declared = declared_prefixes(text)
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in sorted(PREFIXES) if p not in declared) + text


def values_block(bindings: dict[str, Term | list[Term]]) -> str:
    """A ``VALUES`` block binding each variable to its term (terms by the strict serialiser). A variable may be given
    a list of terms: the block then has one row per term (variables given lists of the same length pair up row by
    row, one term stands in every row) -- how a set of actors is bound at once.

    >>> values_block({"a": ox.NamedNode("http://x/a"), "b": ox.Literal("b\\"c", language="vi")})
    'VALUES ( ?a ?b ) { ( <http://x/a> "b\\\\"c"@vi ) }'
    >>> values_block({"a": [ox.NamedNode("urn:1"), ox.NamedNode("urn:2")], "b": ox.Literal("x")})
    'VALUES ( ?a ?b ) { ( <urn:1> "x" ) ( <urn:2> "x" ) }'
    """
    names, columns = [], []
    for name, value in sorted(bindings.items()):
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"not a variable name: {name!r}")
        terms = list(value) if isinstance(value, (list, tuple)) else None
        for term in terms if terms is not None else [value]:
            if isinstance(term, ox.NamedNode):
                make_iri(term.value)   # re-validate: the term is about to become text
            elif not isinstance(term, ox.Literal):
                raise QueryError(f"parameter {name} must be an IRI or a literal")
        names.append("?" + name)
        columns.append([str(t) for t in terms] if terms is not None else str(value))
    lengths = {len(c) for c in columns if isinstance(c, list)}
    if len(lengths) > 1:
        raise QueryError("parameters bound to several terms must have as many terms each")
    count = lengths.pop() if lengths else 1
    rows = [" ".join(c[i] if isinstance(c, list) else c for c in columns) for i in range(count)]
    return f"VALUES ( {' '.join(names)} ) {{ {' '.join(f'( {row} )' for row in rows)} }}"


# "# values: a b" on a line of its own: the same VALUES block for those parameters, inside a nested group
_VALUES_LINE = re.compile(r"^([ \t]*)#[ \t]*values[ \t]*:((?:[ \t]+[A-Za-z_][A-Za-z0-9_]*)+)[ \t]*$", re.MULTILINE)


def bind_values(text: str, bindings: dict[str, Term | list[Term]]) -> str:
    """The query text with ``bindings`` as a VALUES block opening its WHERE group (text unchanged if none); how
    both engines bind parameters.

    A nested group (a UNION branch, the right side of MINUS) may ask for the block of some parameters again with a
    comment line ``# values: a b``: a planner that does not carry the top block into such groups (Oxigraph) then
    starts them from the bound terms too. The answer is the same, since the group's solutions are joined with (or
    compared on) the top block's variables anyway; the line stays a comment when a parameter is not bound.

    >>> print(bind_values("SELECT * {\\n  { ?s ?p ?a .\\n    # values: a\\n  }\\n}", {"a": ox.NamedNode("urn:x")}))
    SELECT * { VALUES ( ?a ) { ( <urn:x> ) }
    <BLANKLINE>
      { ?s ?p ?a .
        VALUES ( ?a ) { ( <urn:x> ) }
      }
    }
    """
    if not bindings:
        return text

    def nested(match: re.Match) -> str:
        names = match.group(2).split()
        if not all(name in bindings for name in names):
            return match.group(0)
        return match.group(1) + values_block({name: bindings[name] for name in names})

    text = _VALUES_LINE.sub(nested, text)
    at = where_brace(text)
    return text[:at] + " " + values_block(bindings) + "\n" + text[at:]

"""The catalogue of named queries: one ``.rq`` file per analyst's question in ``queries/catalogue/``.

Each file starts with comment lines that describe it::

    # name: coordination
    # answers: who must coordinate with whom, on what, and the words that say so
    # params: actor (iri|literal) optional description ...     (one line per parameter; or "# params: none")
    # returns: ?actorA ?actorALabel ?actorB ...

A parameter ``p`` binds the query variable ``?p`` (see :mod:`policykg.queries.params`); parameter
variables are only used in the top-level group of the WHERE clause, where the VALUES block that binds them
(embedded and remote alike) is joined with everything else.

An optional parameter that filters (``coordination --param actor=...``) needs patterns that would only cost
time when it is left out. Such patterns are written on comment lines ``# if actor: <SPARQL>``: they are
comments, so the file is plain SPARQL that answers for every value, and they become part of the query only
when the parameter is given (:meth:`QueryInfo.text_for`). Only fixed text from the file is switched on; the
value itself is still bound as a term.

The whole relation (no parameter given) may want another plan than one actor's or one document's rows: a look-up
per row is cheap for a few hundred rows, a hash join over every label or text cheaper for all of them. A line
``# if none: <SPARQL>`` is switched on when no parameter is given, and a line of the query that ends with the
comment ``# if any`` is left out then (its ``# if none:`` line says the same another way). The file itself, read or
run by hand, is the per-row form, which answers the same for every value.

>>> info = get_query("coordination")
>>> info.returns
('actorA', 'actorALabel', 'actorB', 'actorBLabel', 'task', 'document', 'quote')
>>> info.form
'SELECT'
>>> "coordination" in [q.name for q in list_queries()]
True
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from policykg.core.errors import QueryError
from policykg.queries.params import query_form, with_prefixes

__all__ = ["CATALOGUE_DIR", "QueryInfo", "QueryParam", "catalogue_listing", "get_query", "list_queries",
           "load_query_file", "parse_header", "query_from_text"]

CATALOGUE_DIR = Path(__file__).parent

_HEADER = re.compile(r"^#\s*(name|answers|params|returns|computed)\s*:\s*(.*?)\s*$")
COMPUTED = ("paths",)   # queries whose answer Python computes from what the query fetches (``# computed: NAME``)
_IF_LINE = re.compile(r"^(?P<indent>[ \t]*)#[ \t]*if[ \t]+(?P<name>[A-Za-z_][A-Za-z0-9_]*)[ \t]*:[ \t]?(?P<text>.*)$",
                      re.MULTILINE)
_IF_ANY = re.compile(r"^(?P<indent>[ \t]*)(?P<text>[^#\s].*?)[ \t]+#[ \t]*if[ \t]+any[ \t]*$", re.MULTILINE)
NO_PARAMETER = "none"   # ``# if none:`` lines: on when no parameter is given
_PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*\((?P<kinds>[a-z|]+)\)\s*(?P<optional>optional\b)?\s*(?P<description>.*)$")
PARAM_KINDS = ("iri", "literal")


@dataclass(frozen=True)
class QueryParam:
    """One parameter of a query: it binds the variable ``?name``; ``kinds`` says what values it accepts."""

    name: str
    kinds: tuple[str, ...]        # ('iri',), ('literal',) or ('iri', 'literal')
    description: str = ""
    optional: bool = False        # an optional parameter left out stays an unbound variable

    def __str__(self) -> str:
        """``name (iri|literal)``, as the README's catalogue table shows it."""
        return f"{self.name} ({'|'.join(self.kinds)}{', optional' if self.optional else ''})"


@dataclass(frozen=True)
class QueryInfo:
    """A query: from the catalogue (name, path and header) or given as text (``query_from_text``)."""

    name: str
    text: str
    answers: str = ""
    params: tuple[QueryParam, ...] = ()
    returns: tuple[str, ...] = ()
    path: Path | None = None
    computed: str | None = None   # "paths": the answer is computed by policykg.queries.paths from this query's links

    @property
    def in_catalogue(self) -> bool:
        """True for a query of the catalogue (its result shape is known), False for a user's query."""
        return self.path is not None and self.path.parent == CATALOGUE_DIR

    @property
    def form(self) -> str:
        """The query form: 'SELECT', 'ASK', 'CONSTRUCT' or 'DESCRIBE' (QueryError if none)."""
        return query_form(self.text)

    def param(self, name: str) -> QueryParam | None:
        """The declared parameter ``name``, or None."""
        return next((p for p in self.params if p.name == name), None)

    def text_for(self, given) -> str:
        """The query text with the ``# if NAME:`` lines of the parameters in ``given`` switched on.

        >>> info = query_from_text("SELECT ?t WHERE {\\n  ?t a ?k .\\n  # if d: ?t <urn:in> ?d .\\n}")
        >>> print(info.text_for({"d"}).splitlines()[-2])
          ?t <urn:in> ?d .
        >>> info.text_for(set()) == info.text
        True
        >>> whole = query_from_text("SELECT ?t WHERE {\\n  ?t a ?k .  # if any\\n  # if none: ?t a ?k, ?j .\\n}")
        >>> whole.text_for(set()).splitlines()[-3:-1]
        ['  # (if any) ?t a ?k .', '  ?t a ?k, ?j .']
        """
        given = set(given) or {NO_PARAMETER}
        text = self.text if given != {NO_PARAMETER} else _IF_ANY.sub(
            lambda m: m.group("indent") + "# (if any) " + m.group("text"), self.text)
        return _IF_LINE.sub(lambda m: m.group("indent") + m.group("text") if m.group("name") in given
                            else m.group(0), text)


def parse_header(text: str, name: str) -> dict:
    """The header fields of a query text: ``{'name', 'answers', 'params', 'returns'}``; QueryError if malformed.

    >>> h = parse_header("# name: x\\n# params: who (iri|literal) the actor\\n# returns: ?a ?b\\nSELECT ?a ?b {}", "x")
    >>> h["params"][0], h["returns"]
    (QueryParam(name='who', kinds=('iri', 'literal'), description='the actor', optional=False), ('a', 'b'))
    """
    fields: dict = {"name": None, "answers": "", "params": [], "returns": (), "computed": None}
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("#"):
            if line:
                break
            continue
        match = _HEADER.match(line)
        if not match:
            continue
        key, value = match.groups()
        if key == "params":
            if value.lower() not in ("", "none", "-"):
                fields["params"].append(_parse_param(value, name))
        elif key == "returns":
            fields["returns"] = tuple(v.lstrip("?$") for v in value.split())
        elif key == "computed" and value not in COMPUTED:
            raise QueryError(f"query {name}: unknown '# computed: {value}' (known: {', '.join(COMPUTED)})")
        else:
            fields[key] = value
    fields["params"] = tuple(fields["params"])
    return fields


def _parse_param(value: str, query_name: str) -> QueryParam:
    match = _PARAM.match(value)
    kinds = tuple(match.group("kinds").split("|")) if match else ()
    if not match or not kinds or any(k not in PARAM_KINDS for k in kinds):
        raise QueryError(f"query {query_name}: bad '# params:' line {value!r}: want 'name (iri|literal) description'")
    return QueryParam(match.group("name"), kinds, match.group("description").strip(), bool(match.group("optional")))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query file {path}: {getattr(exc, 'strerror', None) or exc}") from None


def load_query_file(path: str | Path) -> QueryInfo:
    """A user's ``.rq`` file (with or without a header; ``'-'``: read from stdin) as a QueryInfo, prefixes
    predeclared as for ``-e``. QueryError (one line) if it cannot be read.
    """
    if str(path) == "-":
        return query_from_text(sys.stdin.read(), name="<stdin>")
    p = Path(path)
    return query_from_text(_read(p), name=p.stem, path=p)


def query_from_text(text: str, name: str = "<query>", path: Path | None = None) -> QueryInfo:
    """A QueryInfo for a user's SPARQL text; its header comments, if any, declare name, parameters and result
    variables. The project's prefixes (``pkg:``, ``actor:``, ``pkgid:``, ``skos:`` ...: those the outputs use) are
    declared for it unless the text declares them itself (:func:`policykg.queries.params.with_prefixes`).

    >>> info = query_from_text("SELECT * WHERE { ?s a pkg:Task }")
    >>> info.name, info.text.startswith("PREFIX actor: <https://w3id.org/policykg/actor/>")
    ('<query>', True)
    """
    return _query(text, name, path, with_prefixes(text))


def _query(text: str, name: str, path: Path | None, sent: str) -> QueryInfo:
    header = parse_header(text, name)
    optional = {p.name for p in header["params"] if p.optional}
    for match in _IF_LINE.finditer(text):
        if header["params"] and match.group("name") not in optional | {NO_PARAMETER}:
            raise QueryError(f"query {header['name'] or name}: '# if {match.group('name')}:' names no optional "
                             f"parameter of the query")
    return QueryInfo(name=header["name"] or name, text=sent, answers=header["answers"], params=header["params"],
                     returns=header["returns"], path=path, computed=header["computed"])


def _catalogue_query(path: Path) -> QueryInfo:
    """A query of the catalogue: it declares its own prefixes and is sent as written."""
    text = _read(path)
    return _query(text, path.stem, path, text)


def list_queries() -> list[QueryInfo]:
    """Every query of the catalogue, sorted by name.

    >>> names = [q.name for q in list_queries()]
    >>> names == sorted(names) and {"documents", "actors", "tasks"} <= set(names)
    True
    """
    return sorted((_catalogue_query(p) for p in CATALOGUE_DIR.glob("*.rq")), key=lambda q: q.name)


def catalogue_listing() -> str:
    """The catalogue as text for ``policykg query --list``: each name, what it answers, its parameters.

    >>> print(catalogue_listing().split("\\n\\n")[0])  # doctest: +ELLIPSIS
    actor --param actor=...
      everything about one actor: ...
    """
    blocks = []
    for info in list_queries():
        usage = " ".join(f"--param {p.name}=..." for p in info.params if not p.optional)
        lines = [f"{info.name} {usage}".rstrip(), f"  {info.answers}"]
        lines += [f"  {p.name} ({'|'.join(p.kinds)}): {p.description}" for p in info.params]
        lines.append(f"  returns: {' '.join('?' + v for v in info.returns)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def get_query(name: str) -> QueryInfo:
    """The catalogue query ``name``; QueryError listing the known names if there is none.

    >>> get_query("no-such-query")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    policykg.core.errors.QueryError: unknown query 'no-such-query'; the catalogue has: actor, actors, ...
    """
    path = CATALOGUE_DIR / f"{name}.rq"
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name or "") or not path.is_file():
        known = ", ".join(sorted(p.stem for p in CATALOGUE_DIR.glob("*.rq")))
        raise QueryError(f"unknown query {name!r}; the catalogue has: {known}")
    return _catalogue_query(path)

"""Human-readable HTML documentation of the ontology (``policykg ontology docs``).

One self-contained page (inline CSS, no scripts, no network): the ontology header, the class
tree, every class, object, datatype and annotation property with its Vietnamese and English
labels and definitions, alignments, domains and ranges, the administrative levels with their
surface forms, and the actor vocabulary by kind. Every text from the Turtle files is escaped
with ``html.escape``; the page is deterministic (sorted, no timestamps).

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "ontology.html"
>>> counts = write_docs(out)
>>> counts["classes"] > 30 and counts["actors"] > 50
True
>>> "Ban Bí thư" in out.read_text(encoding="utf-8")
True
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass

import rdflib
from rdflib.collection import Collection

from policykg.core.atomic import write_text
from policykg.core.iris import ONTOLOGY_IRI, PKG, PREFIXES
from policykg.ontology.files import ONTOLOGY_FILES
from policykg.ontology.lexicon import OntologyLexicon, load_lexicon

_RDF = PREFIXES["rdf"]
_RDFS = PREFIXES["rdfs"]
_OWL = PREFIXES["owl"]
_SKOS = PREFIXES["skos"]
_DCT = PREFIXES["dcterms"]

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 70rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.45; color: #1d232a; }
h1 { margin-bottom: 0.2rem; } h2 { border-bottom: 2px solid #c8102e; padding-bottom: 0.2rem; margin-top: 2.5rem; }
code { background: #f3f4f6; padding: 0 0.25rem; border-radius: 3px; font-size: 0.92em; }
.term { border: 1px solid #d9dde3; border-radius: 6px; padding: 0.6rem 1rem; margin: 1rem 0; }
.term h3 { margin: 0 0 0.3rem 0; font-size: 1.1rem; }
.term h3 .en { color: #5b6470; font-weight: normal; }
dl { display: grid; grid-template-columns: 10rem 1fr; gap: 0.15rem 1rem; margin: 0.4rem 0; }
dt { color: #5b6470; } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.93rem; }
th, td { border: 1px solid #d9dde3; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f4f6; }
ul.tree, ul.tree ul { list-style: none; padding-left: 1.2rem; } ul.tree { padding-left: 0; }
nav a { margin-right: 1rem; }
.lang { color: #8a939e; font-size: 0.8em; }
"""


@dataclass(frozen=True)
class _Term:
    iri: str
    kind: str  # 'class', 'object', 'datatype', 'annotation'


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _compact(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and iri[len(ns):]:
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _anchor(iri: str) -> str:
    """A stable HTML id: local names of pkg: terms, 'actor-<slug>' for actors."""
    if iri.startswith(PKG):
        return iri[len(PKG):]
    if iri.startswith(PREFIXES["actor"]):
        return "actor-" + iri[len(PREFIXES["actor"]):]
    return ""


def _link(iri: str) -> str:
    anchor = _anchor(iri)
    text = f"<code>{_esc(_compact(iri))}</code>"
    return f'<a href="#{_esc(anchor)}">{text}</a>' if anchor else text


class _View:
    """Sorted, escaped-later answers about the parsed ontology graph."""

    def __init__(self, graph):
        self.graph = graph

    def values(self, s, p, lang: str | None = None) -> list[str]:
        out = []
        for o in self.graph.objects(rdflib.URIRef(s), rdflib.URIRef(p)):
            if isinstance(o, rdflib.Literal):
                if lang is None or o.language == lang:
                    out.append(str(o))
        return sorted(out)

    def links(self, s, p) -> list[str]:
        return sorted(str(o) for o in self.graph.objects(rdflib.URIRef(s), rdflib.URIRef(p)) if isinstance(o, rdflib.URIRef))

    def subjects(self, p, o) -> list[str]:
        return sorted(str(s) for s in self.graph.subjects(rdflib.URIRef(p), rdflib.URIRef(o)) if isinstance(s, rdflib.URIRef))

    def first(self, s, p, lang) -> str:
        found = self.values(s, p, lang)
        return found[0] if found else ""

    def disjoint(self, cls: str) -> list[str]:
        """Classes declared disjoint with ``cls`` (owl:disjointWith either way, or together in owl:AllDisjointClasses)."""
        found = set(self.links(cls, _OWL + "disjointWith")) | set(self.subjects(_OWL + "disjointWith", cls))
        for group in self.graph.subjects(rdflib.RDF.type, rdflib.OWL.AllDisjointClasses):
            members_node = self.graph.value(group, rdflib.OWL.members)
            members = [str(m) for m in Collection(self.graph, members_node)] if members_node is not None else []
            if cls in members:
                found.update(m for m in members if m != cls)
        return sorted(found)


def _labels(view: _View, iri: str) -> str:
    vi = view.first(iri, _RDFS + "label", "vi") or view.first(iri, _SKOS + "prefLabel", "vi")
    en = view.first(iri, _RDFS + "label", "en") or view.first(iri, _SKOS + "prefLabel", "en")
    return f'{_esc(vi)} <span class="en">/ {_esc(en)}</span>'


def _row(name: str, value_html: str) -> str:
    return f"<dt>{_esc(name)}</dt><dd>{value_html}</dd>" if value_html else ""


def _literals(view: _View, iri: str, prop: str) -> str:
    return ", ".join(f"<code>{_esc(v)}</code>" for v in view.values(iri, prop))


def _term_card(view: _View, term: _Term) -> str:
    iri = term.iri
    rows = [_row("IRI", f"<code>{_esc(iri)}</code>")]
    for lang, name in (("vi", "Định nghĩa (vi)"), ("en", "Definition (en)")):
        text = view.first(iri, _SKOS + "definition", lang)
        rows.append(_row(name, _esc(text)))
    if term.kind == "class":
        rows.append(_row("Subclass of", ", ".join(_link(x) for x in view.links(iri, _RDFS + "subClassOf"))))
        rows.append(_row("Subclasses", ", ".join(_link(x) for x in view.subjects(_RDFS + "subClassOf", iri))))
        rows.append(_row("Disjoint with", ", ".join(_link(x) for x in view.disjoint(iri))))
        rows.append(_row("Kind names", _literals(view, iri, PKG + "kindName")))
        rows.append(_row("Number codes", _literals(view, iri, PKG + "numberCode")))
        rows.append(_row("Head nouns", _literals(view, iri, PKG + "headNoun")))
        schemes = view.links(iri, _SKOS + "inScheme")
        rows.append(_row("Concept scheme", ", ".join(_link(x) for x in schemes)))
    else:
        characteristics = [_compact(t) for t in view.links(iri, _RDF + "type") if t not in (_OWL + "ObjectProperty",
                           _OWL + "DatatypeProperty", _OWL + "AnnotationProperty")]
        rows.append(_row("Subproperty of", ", ".join(_link(x) for x in view.links(iri, _RDFS + "subPropertyOf"))))
        rows.append(_row("Domain", ", ".join(_link(x) for x in view.links(iri, _RDFS + "domain"))))
        rows.append(_row("Range", ", ".join(_link(x) for x in view.links(iri, _RDFS + "range"))))
        rows.append(_row("Characteristics", ", ".join(f"<code>{_esc(c)}</code>" for c in characteristics)))
    return (f'<div class="term" id="{_esc(_anchor(iri))}"><h3>{_labels(view, iri)} '
            f'<code>{_esc(_compact(iri))}</code></h3><dl>{"".join(rows)}</dl></div>')


def _class_tree(view: _View, classes: list[str]) -> str:
    local = set(classes)
    children: dict[str, list[str]] = {c: [] for c in classes}
    roots = []
    for c in classes:
        parents = [p for p in view.links(c, _RDFS + "subClassOf") if p in local]
        if parents:
            for p in parents:
                children[p].append(c)
        else:
            roots.append(c)

    def render(c: str) -> str:
        vi = view.first(c, _RDFS + "label", "vi")
        inner = "".join(render(k) for k in sorted(children[c]))
        sub = f"<ul>{inner}</ul>" if inner else ""
        return f'<li>{_link(c)} {_esc(vi)}{sub}</li>'

    return '<ul class="tree">' + "".join(render(r) for r in sorted(roots)) + "</ul>"


def render_docs() -> tuple[str, dict[str, int]]:
    """Render the documentation page; returns (HTML text, counts of classes/properties/levels/actors).

    >>> page, counts = render_docs()
    >>> page.startswith("<!DOCTYPE html>") and sorted(counts)
    ['actors', 'annotation properties', 'classes', 'datatype properties', 'levels', 'object properties']
    """
    graph = rdflib.Graph()
    for path in ONTOLOGY_FILES:
        graph.parse(path, format="turtle")
    view = _View(graph)
    lexicon = load_lexicon()

    def local(type_iri: str) -> list[str]:
        return [s for s in view.subjects(_RDF + "type", type_iri) if s.startswith(PKG)]

    classes = local(_OWL + "Class")
    groups = [
        ("classes", "Lớp / Classes", [_Term(c, "class") for c in classes]),
        ("object properties", "Thuộc tính quan hệ / Object properties", [_Term(p, "object") for p in local(_OWL + "ObjectProperty")]),
        ("datatype properties", "Thuộc tính dữ liệu / Datatype properties",
         [_Term(p, "datatype") for p in local(_OWL + "DatatypeProperty")]),
        ("annotation properties", "Thuộc tính chú thích / Annotation properties",
         [_Term(p, "annotation") for p in local(_OWL + "AnnotationProperty")]),
    ]

    title_en = view.first(ONTOLOGY_IRI, _DCT + "title", "en")
    title_vi = view.first(ONTOLOGY_IRI, _DCT + "title", "vi")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title_en)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_esc(title_vi)}</h1><p><strong>{_esc(title_en)}</strong></p>",
        "<dl>",
        _row("Ontology IRI", f"<code>{_esc(ONTOLOGY_IRI)}</code>"),
        _row("Version IRI", ", ".join(f"<code>{_esc(v)}</code>" for v in view.links(ONTOLOGY_IRI, _OWL + "versionIRI"))),
        _row("Version", _esc(", ".join(view.values(ONTOLOGY_IRI, _OWL + "versionInfo")))),
        _row("Namespace", f"<code>{_esc(PKG)}</code> (prefix <code>pkg:</code>)"),
        _row("License", ", ".join(f"<code>{_esc(v)}</code>" for v in view.links(ONTOLOGY_IRI, _DCT + "license"))),
        _row("Creator", _esc(", ".join(view.values(ONTOLOGY_IRI, _DCT + "creator")))),
        "</dl>",
        f"<p>{_esc(view.first(ONTOLOGY_IRI, _DCT + 'description', 'vi'))}</p>",
        f"<p>{_esc(view.first(ONTOLOGY_IRI, _DCT + 'description', 'en'))}</p>",
        '<nav><a href="#tree">Class tree</a>' + "".join(f'<a href="#{key.replace(" ", "-")}">{_esc(title)}</a>'
                                                        for key, title, _ in groups)
        + '<a href="#levels">Levels</a><a href="#actors">Actors</a></nav>',
        '<h2 id="tree">Cây lớp / Class tree</h2>',
        _class_tree(view, classes),
    ]
    for key, title, terms in groups:
        parts.append(f'<h2 id="{key.replace(" ", "-")}">{_esc(title)} ({len(terms)})</h2>')
        parts.extend(_term_card(view, t) for t in terms)

    parts.extend(_levels_section(lexicon))
    parts.extend(_actors_section(lexicon))
    parts.append("</body></html>\n")

    counts = {key: len(terms) for key, _, terms in groups}
    counts["levels"] = len(lexicon.levels)
    counts["actors"] = len(lexicon.entries)
    return "\n".join(parts), counts


def _levels_section(lexicon: OntologyLexicon) -> list[str]:
    """The administrative levels with their surface forms, as a table."""
    parts: list[str] = []
    parts.append(f'<h2 id="levels">Cấp hành chính / Administrative levels ({len(lexicon.levels)})</h2>')
    parts.append("<table><tr><th>IRI</th><th>Tiếng Việt</th><th>English</th><th>Surface forms (pkg:levelAlias)</th></tr>")
    for level in lexicon.levels:
        parts.append(f'<tr id="{_esc(_anchor(level.iri))}"><td><code>{_esc(_compact(level.iri))}</code></td>'
                     f"<td>{_esc(level.label_vi)}</td><td>{_esc(level.label_en)}</td>"
                     f"<td>{_esc(', '.join(level.aliases))}</td></tr>")
    parts.append("</table>")
    return parts


def _actors_section(lexicon: OntologyLexicon) -> list[str]:
    """The actor vocabulary by kind, one table per kind."""
    parts: list[str] = []
    parts.append(f'<h2 id="actors">Chủ thể / Actors ({len(lexicon.entries)})</h2>')
    by_kind: dict[str, list] = {}
    for entry in lexicon.entries:
        by_kind.setdefault(entry.kind, []).append(entry)
    for kind in sorted(by_kind):
        vi, en = lexicon.kind_labels(kind)
        parts.append(f'<h3>{_esc(vi)} / {_esc(en)} ({_link(PKG + kind)})</h3>')
        parts.append("<table><tr><th>IRI</th><th>Tiếng Việt</th><th>English</th><th>Alternative labels</th>"
                     "<th>Part / member of</th><th>Level</th></tr>")
        for e in sorted(by_kind[kind], key=lambda x: x.iri):
            parents = ", ".join(_link(p) for p in e.parents)
            level = _link(PKG + e.level) if e.level else ""
            parts.append(f'<tr id="{_esc(_anchor(e.iri))}"><td><code>{_esc(_compact(e.iri))}</code></td>'
                         f"<td>{_esc(e.label_vi)}</td><td>{_esc(e.label_en or '')}</td>"
                         f"<td>{_esc('; '.join(e.alt_labels))}</td><td>{parents}</td><td>{level}</td></tr>")
        parts.append("</table>")
    return parts


def write_docs(out_path: str | os.PathLike) -> dict[str, int]:
    """Write the documentation page to ``out_path`` atomically; returns the counts shown on it.

    Raises ``OSError`` when the target cannot be written (the CLI reports it in one line).
    """
    page, counts = render_docs()
    write_text(out_path, page)
    return counts

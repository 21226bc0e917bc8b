"""The build report: one self-contained HTML page showing what the builder found and missed.

For each document: its metadata, the source text with every mention (coloured by
category) and every assertion's evidence highlighted and linked to the list of
assertions, and the sentences that produced no assertion ("uncovered"), so a user
sees at once what the builder missed. No scripts, no external requests; every piece
of document text goes through :func:`html.escape`.

Overlapping and nested highlights are rendered with an interval sweep: the text is cut
at every span boundary and each elementary piece carries all the highlights covering it.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass

from policykg.core.atomic import write_text
from policykg.core.iris import slugify
from policykg.core.textnorm import carriable
from policykg.graph_builder.model import BuildResult, DocumentInfo, uncovered_sentences

__all__ = ["CATEGORIES", "ReportPart", "render_document", "render_page", "write_report"]

CATEGORIES = ("actor", "initiative", "document", "level")

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:1em 2em;
color:#1d1d1f;line-height:1.5}
h1{font-size:1.5em}h2{border-top:2px solid #ccc;padding-top:.6em;margin-top:2em}h3{font-size:1.05em;margin-top:1.4em}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1em}dl.meta dt{font-weight:600;color:#555}
dl.meta dd{margin:0}.src{white-space:pre-wrap;background:#fafafa;border:1px solid #ddd;padding:1em;font-size:.95em}
.m-actor{background:#ffe7a8}.m-initiative{background:#d7f0d0}.m-document{background:#d6e6ff}.m-level{background:#f0dcf5}
a.ev{color:inherit;text-decoration:none;border-bottom:2px solid #c0392b}a.ev.deep{border-bottom:3px double #c0392b}
a.ev:hover{background:#fbd3cf}.skipped{color:#999;text-decoration:line-through}
.legend span{padding:0 .4em;margin-right:.5em}.rel{font-family:monospace;background:#eee;padding:0 .3em}
ol.assertions li{margin:.3em 0}.q{color:#555;font-style:italic}.off{color:#888;font-size:.85em}
ul.uncovered li{margin:.3em 0}.none{color:#888}.failed{color:#c0392b}
"""


@dataclass
class ReportPart:
    """One document's section of the report, already rendered (so unchanged documents need not be rebuilt)."""

    anchor: str      # HTML id of the section
    heading: str     # plain text for the table of contents
    html: str        # the rendered <section>


def _e(text: object) -> str:
    return html.escape(carriable(str(text)), quote=True)


def _label_map(result: BuildResult) -> dict[str, str]:
    labels: dict[str, str] = {}
    for m in sorted(result.mentions, key=lambda m: (m.span.start, m.span.end)):
        labels.setdefault(m.iri, m.label or m.surface)
    return labels


def _name(iri: str | None, labels: dict[str, str]) -> str:
    if not iri:
        return "—"
    return labels.get(iri) or iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _meta_rows(info: DocumentInfo, labels: dict[str, str]) -> list[tuple[str, str]]:
    rows = [("kind", info.kind), ("number", info.identifier or "—"), ("title", info.title or "—"),
            ("issuer", (labels.get(info.issuer) or getattr(info, "issuer_label", None)
                        or _name(info.issuer, labels)) if info.issuer else "—"),
            ("date", info.date or "not stated")]
    if info.kind == "NewsArticle":
        rows += [("publisher", info.publisher or "—"), ("published", info.published or "—")]
    if info.place:
        rows.append(("place", info.place))
    return rows


def render_document(result: BuildResult) -> ReportPart:
    """Render one document's section: metadata, highlighted text, assertions, uncovered sentences.

    Takes a :class:`BuildResult`; returns a :class:`ReportPart`. Raises nothing.

    >>> from policykg.graph_builder.model import SourceText
    >>> src = SourceText("k", "k.txt", "<script>alert(1)</script>", "<script>alert(1)</script>")
    >>> part = render_document(BuildResult(src, DocumentInfo(kind="Document"), [], [], [], []))
    >>> "<script>" in part.html, "&lt;script&gt;" in part.html
    (False, True)
    """
    src = result.source
    anchor = "doc-" + slugify(src.key)
    labels = _label_map(result)
    info = result.document
    heading = f"{src.name}" + (f": {info.title}" if info.title else "")

    h: list[str] = [f'<section id="{anchor}">', f"<h2>{_e(src.name)}</h2>", '<dl class="meta">']
    for key, value in _meta_rows(info, labels):
        h.append(f"<dt>{_e(key)}</dt><dd>{_e(value)}</dd>")
    if info.reports_on is not None:
        reported = "; ".join(f"{k}: {v}" for k, v in _meta_rows(info.reports_on, labels))
        h.append(f"<dt>reports on</dt><dd>{_e(reported)}</dd>")
    h.append(f"<dt>characters</dt><dd>{len(src.text)}</dd>")
    h.append("</dl>")

    counts = {c: sum(1 for m in result.mentions if m.category == c) for c in CATEGORIES}
    uncovered = uncovered_sentences(result)
    h.append('<p class="legend">' + "".join(
        f'<span class="m-{c}">{_e(c)}: {counts[c]}</span>' for c in CATEGORIES)
        + f"<span>assertions: {len(result.assertions)}</span>"
        + f"<span>sentences: {len(result.sentences)}, uncovered: {len(uncovered)}</span></p>")

    h.append("<h3>Text</h3>")
    h.append(f'<div class="src">{_highlight(result, anchor, labels)}</div>')

    h.append("<h3>Assertions</h3>")
    if result.assertions:
        h.append('<ol class="assertions">')
        order = sorted(range(len(result.assertions)),
                       key=lambda i: (result.assertions[i].evidence.start, result.assertions[i].evidence.end, i))
        for i in order:
            a = result.assertions[i]
            quote = src.text[a.evidence.start:a.evidence.end]
            subj = ", ".join(_name(s, labels) for s in a.subjects if s) or "—"
            obj = ", ".join(_name(o, labels) for o in a.objects if o) or "—"
            extra = []
            if a.levels:
                extra.append("levels: " + ", ".join(_name(x, labels) for x in a.levels))
            if a.qualifier:
                extra.append("qualifier: " + a.qualifier)
            if a.parent is not None:
                extra.append(f"part of #{a.parent}")
            h.append(
                f'<li id="{anchor}-a{i}"><a href="#{anchor}-t{i}"><span class="rel">{_e(a.relation)}</span></a> '
                f"#{i} <b>{_e(subj)}</b> → <b>{_e(obj)}</b>"
                + (f"<br>{_e(a.text)}" if a.text else "")
                + f'<br><span class="q">“{_e(quote)}”</span> <span class="off">[{a.evidence.start}, {a.evidence.end})'
                + (f" {_e('; '.join(extra))}" if extra else "") + "</span></li>")
        h.append("</ol>")
    else:
        h.append('<p class="none">No assertions.</p>')

    h.append(f"<h3>Uncovered sentences ({len(uncovered)})</h3>")
    if uncovered:
        h.append('<ul class="uncovered">')
        for s in uncovered:
            h.append(f'<li><span class="off">[{s.span.start}, {s.span.end})</span> '
                     f"{_e(src.text[s.span.start:s.span.end])}</li>")
        h.append("</ul>")
    else:
        h.append('<p class="none">Every sentence produced at least one assertion.</p>')
    h.append("</section>")
    return ReportPart(anchor=anchor, heading=heading, html="\n".join(h))


def _highlight(result: BuildResult, anchor: str, labels: dict[str, str]) -> str:
    """The source text as HTML, cut at every span boundary (interval sweep)."""
    text = result.source.text
    n = len(text)
    # (start, end, kind, payload): kind 'm' mention (payload: category, label), 'a' assertion (index), 's' skipped
    intervals: list[tuple[int, int, str, object]] = []
    for m in result.mentions:
        if 0 <= m.span.start < m.span.end <= n:
            intervals.append((m.span.start, m.span.end, "m", (m.category, m.label or m.surface)))
    for i, a in enumerate(result.assertions):
        if 0 <= a.evidence.start < a.evidence.end <= n:
            intervals.append((a.evidence.start, a.evidence.end, "a", i))
    for k in result.source.skipped:
        if 0 <= k.start < k.end <= n:
            intervals.append((k.start, k.end, "s", None))
    bounds = sorted({0, n, *(x[0] for x in intervals), *(x[1] for x in intervals)})
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for idx, (s, e, _, _) in enumerate(intervals):
        starts.setdefault(s, []).append(idx)
        ends.setdefault(e, []).append(idx)

    active: set[int] = set()
    pieces: list[str] = []
    for left, right in zip(bounds, bounds[1:]):
        for idx in ends.get(left, ()):
            active.discard(idx)
        for idx in starts.get(left, ()):
            active.add(idx)
            if intervals[idx][2] == "a":
                pieces.append(f'<span id="{anchor}-t{intervals[idx][3]}"></span>')
        chunk = _e(text[left:right])
        if not active:
            pieces.append(chunk)
            continue
        cur = sorted(active)
        classes = sorted({f"m-{intervals[x][3][0]}" for x in cur if intervals[x][2] == "m"})
        tips = [f"{intervals[x][3][0]}: {intervals[x][3][1]}" for x in cur if intervals[x][2] == "m"]
        evidence = [x for x in cur if intervals[x][2] == "a"]
        if any(intervals[x][2] == "s" for x in cur):
            classes.append("skipped")
            tips.append("skipped (repeated or debris)")
        for x in evidence:
            a = result.assertions[intervals[x][3]]
            tips.append(f"#{intervals[x][3]} {a.relation}")
        if evidence:
            inner = min(evidence, key=lambda x: (intervals[x][1] - intervals[x][0], intervals[x][3]))
            classes.append("ev" if len(evidence) == 1 else "ev deep")
            pieces.append(f'<a class="{" ".join(classes)}" href="#{anchor}-a{intervals[inner][3]}" '
                          f'title="{_e("; ".join(tips))}">{chunk}</a>')
        else:
            pieces.append(f'<span class="{" ".join(classes)}" title="{_e("; ".join(tips))}">{chunk}</span>')
    return "".join(pieces)


def render_page(parts: list[ReportPart], failures: list[tuple[str, str]] | None = None) -> str:
    """The whole HTML page from rendered document sections (in the given order) and failed inputs.

    >>> page = render_page([ReportPart("doc-a", "a.txt", "<section id='doc-a'></section>")], [("b.bin", "not text")])
    >>> page.startswith("<!DOCTYPE html>") and 'href="#doc-a"' in page and "b.bin" in page
    True
    """
    h = ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         "<title>policykg build report</title>", f"<style>{_CSS}</style></head><body>",
         "<h1>policykg build report</h1>",
         f"<p>{len(parts)} document(s). Highlights: "
         + "".join(f'<span class="m-{c}">{c}</span> ' for c in CATEGORIES)
         + '<a class="ev" href="#">assertion evidence</a> (click to jump to the assertion).</p>']
    if failures:
        h.append('<h3 class="failed">Failed inputs</h3><ul>')
        h.extend(f'<li class="failed">{_e(name)}: {_e(msg)}</li>' for name, msg in failures)
        h.append("</ul>")
    if parts:
        h.append("<ul>" + "".join(f'<li><a href="#{_e(p.anchor)}">{_e(p.heading)}</a></li>' for p in parts) + "</ul>")
    h.extend(p.html for p in parts)
    h.append("</body></html>\n")
    return "\n".join(h)


def write_report(results: BuildResult | list[BuildResult], out_path: str | os.PathLike) -> None:
    """Write the HTML report for one or more build results to ``out_path`` (atomically).

    Takes a BuildResult or a list of them (rendered in the order given); returns None;
    raises OSError if ``out_path`` cannot be written.
    """
    items = [results] if isinstance(results, BuildResult) else list(results)
    write_text(out_path, render_page([render_document(r) for r in items]))

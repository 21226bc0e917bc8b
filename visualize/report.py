"""The build report: what the builder found and missed in each text, as self-contained HTML pages.

A corpus build writes an index (``OUT/report.html``: every document with its page and its count of uncovered
sentences) and one page per document (``OUT/report/<key>.html``, :func:`write_report_pages`). Each document's
section has its metadata, the source text with every mention (coloured by category) and every assertion's
evidence highlighted and linked to the list of assertions (each quote listed once, with what was read from it),
and the sentences that produced no assertion ("uncovered"). A "missed" mode (a radio button, no script) shows
only what the builder missed: uncovered sentences and the text it skipped. Every quote's start offset is an
anchor (``#o<start>``) that the explorer links to. No scripts, no external requests; every piece of document text
goes through :func:`html.escape`.

Overlapping and nested highlights are rendered with an interval sweep: the text is cut
at every span boundary and each elementary piece carries all the highlights covering it.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path

from policykg.core.atomic import write_text
from policykg.core.iris import slugify
from policykg.core.textnorm import carriable
from policykg.graph_builder.model import BuildResult, DocumentInfo, uncovered_sentences
from policykg.ontology.lexicon import load_lexicon

__all__ = ["CATEGORIES", "ReportEntry", "ReportPart", "render_document", "render_document_page", "render_index",
           "render_page", "report_page_name", "write_report", "write_report_pages"]

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
ol.assertions>li{margin:.5em 0}ol.assertions ul{margin:.1em 0;padding-left:1.2em}.q{color:#555;font-style:italic}
.off{color:#888;font-size:.85em}ul.uncovered li{margin:.3em 0}.none{color:#888}.failed{color:#c0392b}
.modes{margin:.4em 0}.modes label{margin-right:1.2em;cursor:pointer}
.mode-missed:checked~.src{color:#c4c4c4}.mode-missed:checked~.src a.ev{border-bottom:none;color:#c4c4c4}
.mode-missed:checked~.src [class^="m-"],.mode-missed:checked~.src [class*=" m-"]{background:none}
.mode-missed:checked~.src .unc{color:#1d1d1f;background:#fff0a0}
.mode-missed:checked~.src .skipped{color:#6d4c41;background:#efebe9}
.legend .unc{background:#fff0a0}
.mode-missed:checked~.legend-all,.mode-all:checked~.legend-missed{display:none}
table.index{border-collapse:collapse}table.index td,table.index th{border-bottom:1px solid #eee;padding:.2em .8em;text-align:left}
table.index td.n{text-align:right}
"""


@dataclass
class ReportPart:
    """One document's section of the report, already rendered (so unchanged documents need not be rebuilt)."""

    anchor: str      # HTML id of the section
    heading: str     # plain text for the table of contents
    html: str        # the rendered <section>
    uncovered: int = 0   # sentences that produced no assertion


@dataclass(frozen=True)
class ReportEntry:
    """A document of the report index: its key, heading, uncovered and total sentences, and its section file."""

    key: str
    heading: str
    uncovered: int
    sentences: int
    part: Path


def _e(text: object) -> str:
    return html.escape(carriable(str(text)), quote=True)


def _sliced(text: str, start: int, end: int) -> str:
    """``_e`` of a slice of the source text, given the whole text already made carriable (one character for one)."""
    return html.escape(text[start:end], quote=True)


def _label_map(result: BuildResult) -> dict[str, str]:
    labels: dict[str, str] = {level.iri: level.label_vi for level in load_lexicon().levels}
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
    text = carriable(src.text)   # once: one character for one, so each slice is what _e makes of the same slice
    uncovered = uncovered_sentences(result)
    h.append("<h3>Text</h3>")
    h.append(f'<div class="modes"><input type="radio" class="mode-all" name="{anchor}-mode" id="{anchor}-all" checked>'
             f'<label for="{anchor}-all">everything found</label>'
             f'<input type="radio" class="mode-missed" name="{anchor}-mode" id="{anchor}-missed">'
             f'<label for="{anchor}-missed">only what was missed</label>'
             '<p class="legend legend-all">' + "".join(
                 f'<span class="m-{c}">{_e(c)}: {counts[c]}</span>' for c in CATEGORIES)
             + f'<span><a class="ev" href="#{anchor}-assertions">assertion evidence</a>: {len(result.assertions)}</span>'
             + f"<span>sentences: {len(result.sentences)}, uncovered: {len(uncovered)}</span></p>"
             + '<p class="legend legend-missed"><span class="unc">uncovered sentence</span>: read, but no duty, '
             f"coordination, objective or citation was found in it ({len(uncovered)}). "
             '<span class="skipped">skipped text</span>: never analysed, because the reader took it for a '
             "repeated lead paragraph, a byline or page debris. Everything else is faded.</p>"
             f'<div class="src">{_highlight(result, anchor, labels, uncovered, text)}</div></div>')
    h.extend(_assertion_list(result, anchor, labels, text))
    h.append(f"<h3>Uncovered sentences ({len(uncovered)})</h3>")
    if uncovered:
        h.append('<ul class="uncovered">')
        for s in uncovered:
            h.append(f'<li><span class="off">[{s.span.start}, {s.span.end})</span> '
                     f"{_sliced(text, s.span.start, s.span.end)}</li>")
        h.append("</ul>")
    else:
        h.append('<p class="none">Every sentence produced at least one assertion.</p>')
    h.append("</section>")
    return ReportPart(anchor=anchor, heading=heading, html="\n".join(h), uncovered=len(uncovered))


def _who(assertion, labels: dict[str, str]) -> str:
    """``subjects → objects`` in bold, leaving out a side that is empty (nothing at all when both are)."""
    subj = ", ".join(_name(s, labels) for s in assertion.subjects if s)
    obj = ", ".join(_name(o, labels) for o in assertion.objects if o)
    if subj and obj:
        return f" <b>{_e(subj)}</b> → <b>{_e(obj)}</b>"
    if subj:
        return f" <b>{_e(subj)}</b>"
    return f" → <b>{_e(obj)}</b>" if obj else ""


def _assertion_list(result: BuildResult, anchor: str, labels: dict[str, str], text: str) -> list[str]:
    """The assertions, grouped by the quote they were read from: each quote once, its assertions beneath (``text``:
    the source text made carriable)."""
    assertions = result.assertions
    quotes: dict[tuple[int, int], list[int]] = {}
    for i in sorted(range(len(assertions)), key=lambda i: (assertions[i].evidence.start, assertions[i].evidence.end, i)):
        quotes.setdefault((assertions[i].evidence.start, assertions[i].evidence.end), []).append(i)
    h = [f'<h3 id="{anchor}-assertions">Assertions ({len(assertions)}, from {len(quotes)} quotes)</h3>']
    if not assertions:
        return h + ['<p class="none">No assertions.</p>']
    h.append('<ol class="assertions">')
    for (start, end), indices in quotes.items():
        h.append(f'<li><span class="q">“{_sliced(text, start, end)}”</span> <span class="off">[{start}, {end})</span><ul>')
        for i in indices:
            a = assertions[i]
            extra = []
            if a.levels:
                extra.append("levels: " + ", ".join(_name(x, labels) for x in a.levels))
            if a.qualifier:
                extra.append("qualifier: " + a.qualifier)
            if a.parent is not None:
                extra.append(f"part of #{a.parent}")
            h.append(f'<li id="{anchor}-a{i}"><a href="#{anchor}-t{i}"><span class="rel">{_e(a.relation)}</span></a> '
                     f"#{i}{_who(a, labels)}" + (f"<br>{_e(a.text)}" if a.text else "")
                     + (f' <span class="off">{_e("; ".join(extra))}</span>' if extra else "") + "</li>")
        h.append("</ul></li>")
    h.append("</ol>")
    return h


def _intervals(result: BuildResult, uncovered) -> list[tuple[int, int, str, object]]:
    """(start, end, kind, payload): 'm' mention (category, label), 'a' assertion (index), 's' skipped,
    'u' uncovered sentence."""
    n = len(result.source.text)
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
    for s in uncovered:
        if 0 <= s.span.start < s.span.end <= n:
            intervals.append((s.span.start, s.span.end, "u", None))
    return intervals


def _highlight(result: BuildResult, anchor: str, labels: dict[str, str], uncovered=(), text: str | None = None) -> str:
    """The source text as HTML, cut at every span boundary (interval sweep); each quote's start is ``#o<start>``
    (``text``: the source text made carriable, when the caller has it)."""
    text = carriable(result.source.text) if text is None else text   # one for one: its slices are the slices'

    intervals = _intervals(result, uncovered)
    bounds = sorted({0, len(text), *(x[0] for x in intervals), *(x[1] for x in intervals)})
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for idx, (s, e, _, _) in enumerate(intervals):
        starts.setdefault(s, []).append(idx)
        ends.setdefault(e, []).append(idx)

    active: set[int] = set()
    pieces: list[str] = []
    offsets: set[int] = set()
    tags: dict[tuple[int, ...], tuple[str, str]] = {}   # the same highlights around many pieces: their tags made once
    for left, right in zip(bounds, bounds[1:]):
        for idx in ends.get(left, ()):
            active.discard(idx)
        for idx in starts.get(left, ()):
            active.add(idx)
            if intervals[idx][2] == "a":
                if left not in offsets:
                    offsets.add(left)
                    pieces.append(f'<span id="o{left}"></span>')
                pieces.append(f'<span id="{anchor}-t{intervals[idx][3]}"></span>')
        cur = tuple(sorted(active))
        around = tags.get(cur)
        if around is None:
            around = tags[cur] = _piece_tags(result, intervals, cur, anchor)
        pieces.append(around[0] + html.escape(text[left:right], quote=True) + around[1])
    return "".join(pieces)


def _piece_tags(result: BuildResult, intervals, cur: tuple[int, ...], anchor: str) -> tuple[str, str]:
    """The tags that open and close an elementary piece of text with every highlight that covers it."""
    if not cur:
        return "", ""
    classes = sorted({f"m-{intervals[x][3][0]}" for x in cur if intervals[x][2] == "m"})
    tips = [f"{intervals[x][3][0]}: {intervals[x][3][1]}" for x in cur if intervals[x][2] == "m"]
    evidence = [x for x in cur if intervals[x][2] == "a"]
    if any(intervals[x][2] == "s" for x in cur):
        classes.append("skipped")
        tips.append("skipped (repeated or debris)")
    if any(intervals[x][2] == "u" for x in cur):
        classes.append("unc")
    for x in evidence:
        a = result.assertions[intervals[x][3]]
        tips.append(f"#{intervals[x][3]} {a.relation}")
    title = f' title="{_e("; ".join(tips))}"' if tips else ""
    if evidence:
        inner = min(evidence, key=lambda x: (intervals[x][1] - intervals[x][0], intervals[x][3]))
        classes.append("ev" if len(evidence) == 1 else "ev deep")
        return f'<a class="{" ".join(classes)}" href="#{anchor}-a{intervals[inner][3]}"{title}>', "</a>"
    return f'<span class="{" ".join(classes)}"{title}>', "</span>"


def _head(title: str) -> list[str]:
    return ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_e(title)}</title>", f"<style>{_CSS}</style></head><body>"]


def _highlights_legend() -> str:
    return ("Highlights: " + "".join(f'<span class="m-{c}">{c}</span> ' for c in CATEGORIES)
            + '<a class="ev" href="#">assertion evidence</a> (click to jump to the assertion); '
            "choose “only what was missed” above a text to see just its uncovered sentences and skipped text.")


def render_page(parts: list[ReportPart], failures: list[tuple[str, str]] | None = None) -> str:
    """The whole HTML page from rendered document sections (in the given order) and failed inputs.

    >>> page = render_page([ReportPart("doc-a", "a.txt", "<section id='doc-a'></section>")], [("b.bin", "not text")])
    >>> page.startswith("<!DOCTYPE html>") and 'href="#doc-a"' in page and "b.bin" in page
    True
    """
    h = _head("policykg build report") + ["<h1>policykg build report</h1>",
                                           f"<p>{len(parts)} document(s). {_highlights_legend()}</p>"]
    h.extend(_failures(failures))
    if parts:
        h.append("<ul>" + "".join(f'<li><a href="#{_e(p.anchor)}">{_e(p.heading)}</a></li>' for p in parts) + "</ul>")
    h.extend(p.html for p in parts)
    h.append("</body></html>\n")
    return "\n".join(h)


def _failures(failures) -> list[str]:
    if not failures:
        return []
    return (['<h3 class="failed">Failed inputs</h3><ul>']
            + [f'<li class="failed">{_e(name)}: {_e(msg)}</li>' for name, msg in failures] + ["</ul>"])


def report_page_name(key: str) -> str:
    """The file of a document's report page inside ``OUT/report/``: the slug of its key (as its graph's IRI).

    >>> report_page_name("kh182-son-la")
    'kh182-son-la.html'
    """
    return slugify(key) + ".html"


def render_document_page(heading: str, section: str) -> str:
    """One document's report page: its section, with a link back to the index (``../report.html``)."""
    h = _head(f"policykg report — {heading}") + [
        '<p><a href="../report.html">← all documents</a></p>', f"<p>{_highlights_legend()}</p>", section,
        "</body></html>\n"]
    return "\n".join(h)


def render_index(entries: list[ReportEntry], failures: list[tuple[str, str]] | None = None) -> str:
    """The report index: every document with a link to its page, its uncovered and total sentences.

    >>> page = render_index([ReportEntry("a", "a.txt: <b>", 2, 9, Path("a.html"))])
    >>> 'href="report/a.html"' in page and "&lt;b&gt;" in page and '<td class="n">2</td>' in page
    True
    """
    total = sum(e.uncovered for e in entries)
    h = _head("policykg build report") + [
        "<h1>policykg build report</h1>",
        f"<p>{len(entries)} document(s), {total} uncovered sentence(s) in all. Each page shows the text with what "
        "the builder found, or only what it missed.</p>"]
    h.extend(_failures(failures))
    if entries:
        h.append('<table class="index"><thead><tr><th>document</th><th>uncovered sentences</th><th>sentences</th>'
                 "</tr></thead><tbody>")
        h.extend(f'<tr><td><a href="report/{_e(report_page_name(e.key))}">{_e(e.heading)}</a></td>'
                 f'<td class="n">{e.uncovered}</td><td class="n">{e.sentences}</td></tr>' for e in entries)
        h.append("</tbody></table>")
    h.append("</body></html>\n")
    return "\n".join(h)


def write_report_pages(out_dir: str | os.PathLike, entries: list[ReportEntry],
                       failures: list[tuple[str, str]] | None = None, *, fresh: set[str] | None = None,
                       sync: bool = True) -> None:
    """Write ``OUT/report.html`` (the index) and ``OUT/report/<key>.html`` for each entry (in the given order).

    ``fresh`` names the keys whose section changed; the others keep an existing page (None: write every page).
    ``sync`` False: the pages are not synced one by one (a build syncs its whole generation when it publishes it).
    Pages of documents no longer among the entries are removed. Raises OSError if a file cannot be written.
    """
    out = Path(out_dir)
    pages = out / "report"
    pages.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for entry in entries:
        page = pages / report_page_name(entry.key)
        wanted.add(page.name)
        if fresh is None or entry.key in fresh or not page.exists():
            write_text(page, render_document_page(entry.heading, entry.part.read_text(encoding="utf-8")), sync=sync)
    for stale in pages.glob("*.html"):
        if stale.name not in wanted:
            stale.unlink()
    write_text(out / "report.html", render_index(entries, failures))


def write_report(results: BuildResult | list[BuildResult], out_path: str | os.PathLike) -> None:
    """Write the HTML report for one or more build results to ``out_path`` (atomically), as one page.

    Takes a BuildResult or a list of them (rendered in the order given); returns None;
    raises OSError if ``out_path`` cannot be written.
    """
    items = [results] if isinstance(results, BuildResult) else list(results)
    write_text(out_path, render_page([render_document(r) for r in items]))

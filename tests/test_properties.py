"""Property-based tests (issue 11): whatever the text, the builder raises nothing but InputError, every output
parses back, every evidence quote is the source text at its offsets, and building twice gives the same bytes.

Texts: random Unicode (with the characters outputs cannot carry), random Markdown / HTML structure (headings, lists,
tables, entities, tags), and random mutations (insert, delete, duplicate, swap and break lines, inject control
characters, change case) of windows of the bundled directive and of generated documents (bench/corpus.py). Each
example is built in process (``outputcheck.check_document``: N-Quads, TriG, JSON-LD, Turtle, N-Triples, RDF/XML,
the report through html.parser, GraphML and GEXF through xml.etree); a few go through ``policykg build``.

Hypothesis runs derandomized (the "policykg" profile of conftest.py): CI sees the same examples every run. The
counts add up to more than 10,000; ``POLICYKG_PROPERTY_SCALE=0.1`` runs a tenth of them while developing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from outputcheck import HOSTILE, check_build_dir, check_document, check_quotes  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.corpus import generate_document  # noqa: E402

DIRECTIVE = (ROOT / "examples" / "ct09-nhandan-2023-12-09.txt").read_text(encoding="utf-8")
GENERATED = [generate_document(i) for i in range(12)]
SCALE = float(os.environ.get("POLICYKG_PROPERTY_SCALE", "1"))


def examples(n: int) -> int:
    return max(5, int(n * SCALE))


# -- the pieces texts are made of -------------------------------------------------------------------------------

WORDS = ["Ban Bí thư", "Bộ Công an", "Bộ Quốc phòng", "Ủy ban nhân dân tỉnh Sơn La", "Sở Tư pháp", "Công an tỉnh",
         "Mặt trận Tổ quốc Việt Nam", "các cấp ủy đảng", "chủ trì", "phối hợp với", "có trách nhiệm", "giao",
         "đề nghị", "yêu cầu", "nhằm", "tuyên truyền", "bảo vệ an ninh Tổ quốc", "Chỉ thị số 09-CT/TW",
         "Kế hoạch số 182/KH-UBND", "Nghị định 06/2014/NĐ-CP", "cuộc vận động", "phong trào", "“Toàn dân”", "uỷ ban",
         "Ðảng", "Hà Nội, ngày 9 tháng 12 năm 2023", "Nơi nhận:", "T/M BAN BÍ THƯ", "Điều 1.", "I.", "1.", "a)", "-",
         "Theo Nhandan", "Thứ bảy, 09/12/2023", "...", "…", ",", ";", ":", ".", "\n", "\n\n", "\r\n", "\t", "  ",
         "\u00a0", "(", ")", '"', "'", "|", "*", "#", "<", ">", "&", "\\", "/", "Ủy", "UỶ", "hoà", "x" * 40]
HOSTILE_PIECES = list(HOSTILE) + ["\ufeff", "\u200b", "\u2028", "\u0301", "e\u0301", "\U0001f600", "\x0c", "\x85"]

pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(HOSTILE_PIECES),
                   st.text(max_size=6), st.characters(codec=None, max_codepoint=0x10FFFF))
texts = st.lists(pieces, max_size=40).map(lambda parts: " ".join(parts) if len(parts) % 3 else "".join(parts))

sentence = st.lists(st.sampled_from(WORDS[:24] + HOSTILE_PIECES[:6]), min_size=1, max_size=10).map(" ".join)
cell = st.one_of(sentence, st.sampled_from(["", " ", "|", "&amp;", "<b>x</b>"]))


@st.composite
def table(draw, html: bool) -> str:
    rows = draw(st.lists(st.lists(cell, min_size=1, max_size=4), min_size=1, max_size=4))
    if html:
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        return f"<table>{body}</table>" if draw(st.booleans()) else f"<table><tr><th>x</th>{body}"
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    if draw(st.booleans()):
        lines.insert(1, "|" + "---|" * len(rows[0]))
    return "\n".join(lines)


@st.composite
def markup(draw) -> tuple[str, str]:
    html = draw(st.booleans())
    blocks = []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["heading", "para", "list", "table", "entity", "tag", "link", "quote", "rule"]))
        text = draw(sentence)
        if kind == "heading":
            blocks.append(f"<h{draw(st.integers(1, 6))}>{text}</h2>" if html else "#" * draw(st.integers(1, 7)) + " " + text)
        elif kind == "list":
            items = draw(st.lists(sentence, min_size=1, max_size=4))
            marker = draw(st.sampled_from(["- ", "* ", "+ ", "1. ", "a) ", "• "]))
            blocks.append("<ul>" + "".join(f"<li>{i}" for i in items) + "</ul>" if html
                          else "\n".join(marker + i for i in items))
        elif kind == "table":
            blocks.append(draw(table(html)))
        elif kind == "entity":
            blocks.append(text + draw(st.sampled_from(["&nbsp;", "&amp;", "&#1;", "&#0;", "&#xD800;", "&#xFFFF;",
                                                       "&lt;script&gt;", "&#65;", "&bogus;", "&#99999999;"])))
        elif kind == "tag":
            blocks.append(draw(st.sampled_from(["<script>alert(1)</script>", "<style>p{}</style>", "<!-- x -->",
                                                "<p>", "</div>", "<br/>", "<img src=x onerror=y>", "<a href='j'>"]))
                          + text)
        elif kind == "link":
            blocks.append(f"[{text}](http://example.org/{draw(st.text(max_size=3))}) ![x](y.png)")
        elif kind == "quote":
            blocks.append("> " + text)
        elif kind == "rule":
            blocks.append(draw(st.sampled_from(["---", "***", "___", "=== "])))
        else:
            blocks.append(f"<p>{text}</p>" if html else f"**{text}** _{text}_ *x*")
    body = "\n\n".join(blocks)
    if html:
        return ("<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>", "text/html")
    return body, "text/markdown"


MUTATIONS = ["insert", "delete", "duplicate", "swap", "control", "case", "break", "join"]


@st.composite
def mutated(draw, bases: list[str], window: int) -> str:
    """A window of one of ``bases`` (at most ``window`` characters), mutated a few times."""
    base = draw(st.sampled_from(bases))
    start = draw(st.integers(0, max(0, len(base) - 1)))
    text = base[start:start + draw(st.integers(1, window))]
    for _ in range(draw(st.integers(0, 5))):
        op = draw(st.sampled_from(MUTATIONS))
        at = draw(st.integers(0, len(text)))
        lines = text.split("\n")
        i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
        if op == "insert":
            text = text[:at] + draw(pieces) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)):]
        elif op == "duplicate":
            text = "\n".join(lines[:i + 1] + [lines[i]] + lines[i + 1:])
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
        elif op == "control":
            text = text[:at] + draw(st.sampled_from(HOSTILE_PIECES)) + text[at:]
        elif op == "case":
            lines[i] = lines[i].upper() if draw(st.booleans()) else lines[i].lower()
            text = "\n".join(lines)
        elif op == "break":
            text = text[:at] + "\n" + text[at:]
        else:
            text = text.replace("\n", " ", 1)
    return text


# -- the properties ----------------------------------------------------------------------------------------------

@settings(max_examples=examples(4000))
@given(texts)
def test_any_unicode_text(text):
    check_document(text)


@settings(max_examples=examples(1500))
@given(markup())
def test_any_markdown_or_html_structure(document):
    text, media_type = document
    check_document(text, media_type=media_type, name="doc.html" if media_type == "text/html" else "doc.md")


@settings(max_examples=examples(2000))
@given(mutated([DIRECTIVE], 700))
def test_mutations_of_the_bundled_directive(text):
    check_document(text)


@settings(max_examples=examples(2500))
@given(mutated(GENERATED, 700))
def test_mutations_of_generated_documents(text):
    check_document(text)


@settings(max_examples=examples(100))
@given(mutated([DIRECTIVE], len(DIRECTIVE)).filter(lambda t: len(t) > 2000))
def test_mutations_of_the_whole_directive(text):
    check_document(text, twice=False)


@settings(max_examples=examples(30))
@given(st.one_of(mutated([DIRECTIVE] + GENERATED[:4], 3000), texts, markup().map(lambda d: d[0])))
def test_the_whole_cli_build(tmp_path_factory, text):
    """A smaller number through ``policykg build``: every file of the build directory parses, and a second build
    into another directory writes the same bytes."""
    from policykg.cli import cli
    from policykg.graph_builder.read import read_source

    work = tmp_path_factory.mktemp("prop")
    doc = work / "doc.txt"
    doc.write_bytes(text.encode("utf-8", "surrogatepass"))
    outputs = []
    for out in (work / "a", work / "b"):
        result = CliRunner().invoke(cli, ["build", str(doc), "--out", str(out), "-q", "-f", "nq", "-f", "jsonld",
                                          "-f", "rdfxml", "-f", "nt"])
        assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception,
                                                                                           SystemExit)
        if result.exit_code != 0:
            assert result.output.startswith("Error: ") and result.output.count("\n") == 1, result.output
            return
        outputs.append(check_build_dir(out))
        check_quotes(outputs[-1]["graph.nq"], read_source(doc).text)
    for name in ("graph.trig", "graph.ttl", "graph.nq", "report.html"):
        assert (work / "a" / name).read_bytes() == (work / "b" / name).read_bytes(), name

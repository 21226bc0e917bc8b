"""A web post's YAML front matter as static sites write it (round 21, issue 9, invented text).

A post's lead was read from JSON front matter and from YAML written one plain value a line, cut at its first comma;
a YAML block with a list ("tags:" / "  - ..."), a folded (">") or literal ("|") lead, a quoted date or a lead in
single quotes was no front matter at all: its keys were read as the post's text and its date was lost. The reader now
reads the YAML a post stores (``graph_builder/frontmatter.py``): the lead's duties and pairs are read once, the keys
and lists are no text, the date and headline are the article's."""

from __future__ import annotations

from collections import defaultdict

import pytest

from documentfacts import predictions_from_quads
from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.pipeline import build_source, emit_result
from policykg.graph_builder.read import source_from_bytes
from policykg.ontology import load_lexicon

LEAD = ("Sáng 14/5/2027, Ban Quản lý rừng phòng hộ Sông Mực đã phối hợp với Hạt Kiểm lâm các huyện Như Xuân, "
        "Như Thanh và Thường Xuân ra quân tuần tra bảo vệ rừng đầu nguồn mùa khô.")
HALF = LEAD.index("Hạt Kiểm lâm")
BODY = ("Tham dự buổi ra quân có nhiều cán bộ, chiến sĩ và người dân địa phương.\n\n"
        "Đợt tuần tra kéo dài đến hết tháng 7.\n")
HEADLINE = "Ra quân tuần tra bảo vệ rừng đầu nguồn mùa khô"

POSTS = {
    # a folded lead over two lines, a list of tags, a quoted headline
    "folded": (f'---\nlayout: post\ntitle: "{HEADLINE}"\ndate: 2027-05-14 09:15:00 +0700\ndescription: >\n'
               f"  {LEAD[:HALF].rstrip()}\n  {LEAD[HALF:]}\ntags:\n  - rung\n  - kiem-lam\nauthor: Minh Anh\n---\n"),
    # a literal lead, a single-quoted headline and a single-quoted date, a comment
    "literal": (f"---\n# bài đăng\ntitle: '{HEADLINE}'\ndate: '2027-05-14'\nsapo: |-\n    {LEAD}\n"
                "categories: [tin-tuc, moi-truong]\n---\n"),
    # a plain lead with commas in it, a day-month-year date
    "plain": f"---\ntitle: {HEADLINE}\ndate: 14/05/2027\nsummary: {LEAD}\nthumbnail: /img/rung.jpg\n---\n",
    # a lead in single quotes going on over a second line
    "quoted": (f"---\ntitle: {HEADLINE}\ndate: 2027-05-14\nexcerpt: '{LEAD[:HALF].rstrip()}\n"
               f"  {LEAD[HALF:]}'\n---\n"),
}


def _facts(text: str):
    p = predictions_from_quads(emit_result(build_source(source_from_bytes(text.encode("utf-8"), "post.md"))),
                               defaultdict(set))

    def label(iri):
        return sorted(p.labels.get(iri) or [iri])[0]
    return {frozenset((label(a), label(b))) for a, b in p.pairs}, {x for xs in p.labels.values() for x in xs}


@pytest.mark.parametrize("form", sorted(POSTS))
def test_a_yaml_lead_gives_its_pairs_and_the_keys_are_no_text(form):
    pairs, labels = _facts(POSTS[form] + BODY)
    parties = {side for pair in pairs for side in pair}
    assert any("Ban Quản lý rừng phòng hộ Sông Mực" in side for side in parties), pairs
    assert sum("Hạt Kiểm lâm" in side for side in parties) == 3, pairs     # one a district
    assert not any(word in label for label in labels for word in ("layout", "tags", "kiem-lam", "thumbnail")), labels


@pytest.mark.parametrize("form", sorted(POSTS))
def test_a_yaml_front_matter_gives_the_articles_date_and_headline(form):
    source = source_from_bytes((POSTS[form] + BODY).encode("utf-8"), "post.md")
    info = extract_document_info(source, load_lexicon())
    assert (info.kind, info.published, info.title) == ("NewsArticle", "2027-05-14", HEADLINE)
    assert "layout" not in source.match and "categories" not in source.match


def test_a_lead_the_body_repeats_is_read_once_and_a_converters_front_matter_stays_blank():
    once = _facts(POSTS["folded"] + BODY)[0]
    assert _facts(POSTS["folded"] + LEAD + "\n\n" + BODY)[0] == once
    converted = ("---\ntitle: \"Doc 2027 05 KH 12 rung\"\ncategory: \"Forest\"\nconversion_date: \"2027-06-01\"\n"
                 f"tags:\n  - rung\n---\n\n{BODY}")
    source = source_from_bytes(converted.encode("utf-8"), "doc.md")
    assert "Forest" not in source.match and "conversion_date" not in source.match

"""A web post's lead in its front matter under a Vietnamese site's own field name (round 20, issue 9, invented text).

Static sites that publish Vietnamese news keep the lead paragraph in a front-matter field named in unaccented
Vietnamese: "doangioithieu" (đoạn giới thiệu), "gioi_thieu", "tomtat" (tóm tắt), "mota" (mô tả), "trichyeu" (trích
yếu), as they keep it in "description" or "sapo" elsewhere. The reader keeps such a lead as a sentence of the post when
the body does not repeat it, so the duties and pairs it states are read."""

from __future__ import annotations

from collections import defaultdict

import pytest

from documentfacts import predictions_from_quads
from policykg.graph_builder.pipeline import build_source, emit_result
from policykg.graph_builder.read import source_from_bytes

LEAD = ("Ngày 12/3/2027, tại thành phố Vinh, Chi cục Kiểm lâm đã phối hợp với Sở Giáo dục và Đào tạo các tỉnh "
        "Nghệ An, Hà Tĩnh và Quảng Bình ký kết chương trình giáo dục bảo vệ rừng trong trường học.")
BODY = ("<p>Tham dự lễ ký kết có đại diện lãnh đạo các đơn vị và nhiều giáo viên.</p>\n"
        "<p>Chương trình được thực hiện trong ba năm học.</p>\n")


def _json_post(key: str) -> str:
    return ("---json\n{\n    \"title\": \"Ký kết chương trình giáo dục bảo vệ rừng\",\n"
            "    \"date\": \"2027-03-13T02:00:00.000Z\",\n    \"draft\": false,\n"
            f"    \"{key}\": \"{LEAD}\",\n    \"tacgia\": \"PV\"\n}}\n---\n" + BODY)


def _pairs(text: str) -> set[frozenset[str]]:
    p = predictions_from_quads(emit_result(build_source(source_from_bytes(text.encode("utf-8"), "post.txt"))),
                               defaultdict(set))

    def label(iri):
        return sorted(p.labels.get(iri) or [iri])[0]
    return {frozenset((label(a), label(b))) for a, b in p.pairs}


@pytest.mark.parametrize("post", [_json_post("doangioithieu"), _json_post("gioi_thieu"), _json_post("tomtat"),
                                  _json_post("mo_ta"), _json_post("trichyeu")])
def test_a_lead_kept_under_a_vietnamese_field_name_gives_its_pairs(post):
    pairs = _pairs(post)
    assert any("Chi cục Kiểm lâm" in " ".join(pair) and any("Sở Giáo dục" in side for side in pair) for pair in pairs), \
        pairs


def test_a_field_that_is_no_lead_stays_out_and_a_lead_the_body_repeats_is_read_once():
    other = _json_post("ghichu")   # a note field: not the post's words
    assert not _pairs(other)
    repeated = _json_post("doangioithieu").replace(BODY, f"<p>{LEAD}</p>\n" + BODY)
    assert _pairs(repeated) == _pairs(_json_post("doangioithieu"))

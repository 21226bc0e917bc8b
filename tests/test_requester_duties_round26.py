"""The duty of a body that assigns or asks another (round 26, issue 9, invented text in the genre's forms): "X giao /
yêu cầu / đề nghị Y <task>" where X is a body the document gives work to (a decree's "Ủy ban nhân dân cấp tỉnh giao
cơ quan chuyên môn ...", "Bộ ... có trách nhiệm yêu cầu Tập đoàn ..."): X holds the assigning or the request as its
duty, Y the task; not the issuer, whose voice it is, and not a body named inside another's duty."""

from __future__ import annotations

import pytest

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 52/KH-UBND\nLai Châu, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "Về phòng, chống dịch bệnh\n\nIII. TỔ CHỨC THỰC HIỆN\n\n")


def _duties(body: str) -> set[tuple[str, str]]:
    """(holder IRI's last part, duty text) of every task, requirement and request."""
    result = build_source(source_from_string(HEAD + body + "\n", name="plan.txt"))
    out = set()
    for a in result.assertions:
        if a.relation in ("task", "requires"):
            holders = a.objects if a.relation == "requires" else a.subjects
            text = a.text or result.source.text[a.evidence.start:a.evidence.end]
            out.update((h.rsplit("/", 1)[-1], text) for h in holders)
    return out


def _holds(found, holder: str, start: str) -> bool:
    return any(h == holder and t.startswith(start) for h, t in found)


@pytest.mark.parametrize("item, holder, duty, addressee", [
    ("1. Sở Y tế có trách nhiệm yêu cầu Bệnh viện tỉnh báo cáo kết quả điều trị.",
     "so-y-te-tinh-lai-chau", "yêu cầu Bệnh viện tỉnh báo cáo", "benh-vien"),
    ("2. Trường hợp phát hiện sai sót, Sở Y tế có trách nhiệm đề nghị Sở Tài chính điều chỉnh dự toán.",
     "so-y-te-tinh-lai-chau", "đề nghị Sở Tài chính điều chỉnh", "so-tai-chinh-tinh-lai-chau"),
    ("3. Ủy ban nhân dân cấp xã giao cơ quan chuyên môn trực thuộc xây dựng dự thảo phương án.",
     "uy-ban-nhan-dan-cap-xa", "giao cơ quan chuyên môn trực thuộc xây dựng", "co-quan-chuyen-mon"),
])
def test_the_body_that_assigns_or_asks_holds_that_duty(item, holder, duty, addressee):
    found = _duties(item)
    assert _holds(found, holder, duty)
    assert any(h == addressee for h, _ in found)   # the one asked keeps its task


def test_the_issuer_asking_is_the_documents_voice():
    found = _duties("4. Ủy ban nhân dân tỉnh yêu cầu Sở Nội vụ tổ chức tập huấn cho cán bộ.")
    assert _holds(found, "so-noi-vu-tinh-lai-chau", "tổ chức tập huấn")
    assert not any(t.startswith("yêu cầu") for _, t in found)


def test_a_body_named_inside_another_duty_asks_nothing():
    found = _duties("5. Sở Tài chính gửi báo cáo cho Sở Y tế đề nghị Sở Nội vụ bố trí kinh phí.")
    assert not any(t.startswith("đề nghị") for _, t in found)

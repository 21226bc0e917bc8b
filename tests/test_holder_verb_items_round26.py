"""A numbered item that names a body and one of the verbs read only after a holder (round 26, issue 9, invented text
in the genre's forms): "c) Bộ trưởng Bộ Y tế quy định chi tiết khoản 2 Điều này." (a decree's delegation), "b) Sở Tư
pháp giúp ..." is that body's duty, not an actor heading over the items below it ("7. Ủy ban nhân dân các xã có cụm
công nghiệp" over "- ...", whose words only say which of them, still is)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 52/KH-UBND\nLai Châu, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "Về quản lý cảng cá\n\nIII. TỔ CHỨC THỰC HIỆN\n\n")


def _duties(body: str) -> set[tuple[str, str]]:
    result = build_source(source_from_string(HEAD + body + "\n", name="plan.txt"))
    return {(iri.rsplit("/", 1)[-1], a.text or "") for a in result.assertions if a.relation == "task"
            for iri in a.subjects}


@pytest.mark.parametrize("item, holder, duty", [
    ("c) Bộ trưởng Bộ Y tế quy định chi tiết khoản 2 Điều này.", "bo-y-te", "quy định chi tiết khoản 2"),
    ("c) Bộ Công Thương quy định chi tiết mẫu hồ sơ.", "bo-cong-thuong", "quy định chi tiết mẫu"),
])
def test_an_item_with_a_holders_verb_is_its_duty(item, holder, duty):
    assert any(h == holder and duty in t for h, t in _duties(item))


def test_names_and_a_few_words_still_head_the_items_below():
    found = _duties("7. Ủy ban nhân dân các xã có cảng cá\n- Tổ chức kiểm tra tàu cá cập bến.")
    assert any(t.startswith("Tổ chức kiểm tra") and h.startswith("uy-ban-nhan-dan-cac-xa") for h, t in found)

"""A sentence that names the work of the sentence before it and gives its completion time (round 33, issue 9,
invented text): "Việc gửi danh sách nói trên phải hoàn thành chậm nhất ngày ...", "Nội dung này báo cáo ... và hoàn
thành chậm nhất ngày ..." make the duty of the sentence before due then (assertions/anaphortimes.py). A time the
sentence gives of its own step ("... để trình Hội đồng nhân dân tỉnh trước ngày ...") is not the work before's. The
first test fails without time_of_work_before; the second is a guard."""

from __future__ import annotations

from documentfacts import predictions_of

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n\nSố: 52/KH-UBND\nNinh Thuận, ngày 2 tháng 7 năm 2026\n\nKẾ HOẠCH\n"
        "Tập huấn nghiệp vụ hộ tịch năm 2026\n\nII. NHIỆM VỤ\n\n")


def _deadlines(body: str) -> set[tuple[str, str]]:
    return {(text[:40], d) for text, d, _ in predictions_of(HEAD + body + "\n").deadlines}


def test_the_completion_time_of_the_work_named_before_is_the_time_of_its_duty():
    found = _deadlines("Sở Tư pháp tổng hợp danh sách công chức tư pháp - hộ tịch tham gia tập huấn, gửi Sở Nội vụ. "
                       "Việc gửi danh sách nói trên phải hoàn thành chậm nhất ngày 15/8/2026.")
    assert ("Sở Tư pháp tổng hợp danh sách công chức ", "chậm nhất ngày 15/8/2026") in found, found


def test_a_time_of_the_sentences_own_step_is_not_the_work_befores():
    found = _deadlines("Sở Tư pháp tổng hợp kết quả tập huấn của các xã. Nội dung này báo cáo Ủy ban nhân dân tỉnh để "
                       "trình Hội đồng nhân dân tỉnh trước ngày 30/9/2026.")
    assert not any(text.startswith("Sở Tư pháp tổng hợp") for text, _ in found), found

"""When a task is due (graph_builder/deadlines.py, pkg:deadline / pkg:dueDate): from running text, an item's
"Thời gian hoàn thành:" line and a table's time column; events and attributes are no deadlines."""

from __future__ import annotations

import pytest

from policykg.graph_builder.deadlines import due_date, find_deadline, written_deadline
from policykg.graph_builder.pipeline import build_source, emit_result
from policykg.graph_builder.read import source_from_string

PKG = "https://w3id.org/policykg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"


def deadline_in(text: str) -> str | None:
    found = find_deadline(text.lower(), 0, len(text))
    return text[found[0]:found[1]] if found else None


@pytest.mark.parametrize("text, deadline", [
    ("hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028.", "chậm nhất đến ngày 01 tháng 7 năm 2028"),
    ("báo cáo UBND tỉnh trước ngày 30/6/2026.", "trước ngày 30/6/2026"),
    ("xử lý dứt điểm, xong trong quý II năm 2026.", "xong trong quý II năm 2026"),
    ("nộp hồ sơ chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026", "chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026"),
    ("trả lời trong thời hạn 05 ngày làm việc, kể từ ngày nhận được hồ sơ.",
     "trong thời hạn 05 ngày làm việc, kể từ ngày nhận được hồ sơ"),
    ("Hội nghị được tổ chức từ ngày 17/12/2025 đến ngày 25/01/2026.", "từ ngày 17/12/2025 đến ngày 25/01/2026"),
    ("Các sở định kỳ hàng năm (trước ngày 10/12) báo cáo.", "định kỳ hàng năm (trước ngày 10/12"),
    ("Hằng năm, Sở Tài chính ban hành bảng giá.", "Hằng năm"),
    ("Thanh tra tỉnh hằng năm xây dựng kế hoạch thanh tra.", "hằng năm"),
    ("kiểm tra không quá 15 ngày.", "không quá 15 ngày"),
])
def test_deadlines_in_running_text(text, deadline):
    assert deadline_in(text) == deadline


@pytest.mark.parametrize("text", [
    "Trước khi ban hành, cơ quan soạn thảo lấy ý kiến.",
    "phấn đấu đến năm 2030 hoàn thành chuyển đổi số.",
    "thực hiện Kế hoạch phát triển kinh tế - xã hội hằng năm và 5 năm.",
    "Sau khi có kết quả, báo cáo Ủy ban nhân dân tỉnh.",
])
def test_events_and_attributes_are_no_deadlines(text):
    assert deadline_in(text) is None


def test_due_dates_are_the_end_of_the_period():
    assert due_date("Quý III/2026") == ("2026-09", "gYearMonth")
    assert due_date("trước ngày 30/6/2026") == ("2026-06-30", "date")
    assert due_date("Từ tháng 11/2025 đến tháng 4/2026") == ("2026-04", "gYearMonth")
    assert due_date("Năm 2026-2030") == ("2030", "gYear")
    assert due_date("chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026") == ("2026-02-01", "date")
    assert due_date("Thường xuyên") is None and due_date("trước ngày 10/12") is None    # no year
    assert due_date("trước ngày 31/2/2026") is None                                       # no such day
    assert written_deadline("Dự kiến tháng 11/2025 (sau khi Ban Thường trực ban hành Hướng dẫn).") == \
        "Dự kiến tháng 11/2025"


def dated(text: str, name: str = "kh.txt") -> dict[str, tuple[str, str | None]]:
    """Statement text -> (deadline, due date) as the graph has them."""
    quads = emit_result(build_source(source_from_string(text, name=name)))
    by_node: dict[str, dict[str, str]] = {}
    for q in quads:
        by_node.setdefault(q.subject.value, {})[q.predicate.value[len(PKG):]] = q.object
    out = {}
    for props in by_node.values():
        if "deadline" in props:
            due = props.get("dueDate")
            out[props["text"].value] = (props["deadline"].value,
                                        f"{due.value}^^{due.datatype.value[len(XSD):]}" if due is not None else None)
    return out


def test_an_item_line_gives_the_time_of_its_numbered_item():
    got = dated("II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG\n"
                "1.1. Xây dựng và ban hành Hướng dẫn về công tác bầu cử\n"
                "- Bảo đảm thống nhất với hướng dẫn của cấp trên.\n"
                "- Thời gian hoàn thành: Tháng 11/2025 (sau khi cấp trên ban hành Hướng dẫn).\n"
                "- Đơn vị chủ trì: Sở Nội vụ.\n")
    assert got == {"Xây dựng và ban hành Hướng dẫn về công tác bầu cử": ("Tháng 11/2025", "2025-11^^gYearMonth")}


def test_a_duty_and_a_dated_statement_in_running_text():
    got = dated("III. TỔ CHỨC THỰC HIỆN\n1. Sở Xây dựng chủ trì tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày "
                "30/7/2026.\n2. Hội nghị hiệp thương lần thứ nhất được tổ chức từ ngày 01/12/2025 đến ngày 10/12/2025.\n")
    assert got == {
        "Sở Xây dựng chủ trì tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/7/2026.":
            ("trước ngày 30/7/2026", "2026-07-30^^date"),
        "Hội nghị hiệp thương lần thứ nhất được tổ chức từ ngày 01/12/2025 đến ngày 10/12/2025.":
            ("từ ngày 01/12/2025 đến ngày 10/12/2025", "2025-12-10^^date")}


def test_a_table_time_column_is_the_deadline_of_its_row_even_when_it_does_not_parse():
    got = dated("| TT | Tên nhiệm vụ | Sở, ngành chủ trì tham mưu | Đơn vị phối hợp thực hiện | Thời gian thực hiện |\n"
                "|  | (1) | (2) | (3) | (4) |\n"
                "| 1 | Rà soát quy hoạch khoáng sản | Sở Nông nghiệp và Môi trường | Sở Tài chính | Xong trong Quý II/2026 |\n"
                "| 2 | Thanh tra hoạt động khai thác | Thanh tra tỉnh | Công an tỉnh | Hàng năm |\n", name="kh.md")
    assert got == {"Rà soát quy hoạch khoáng sản": ("Xong trong Quý II/2026", "2026-06^^gYearMonth"),
                   "Thanh tra hoạt động khai thác": ("Hàng năm", None)}

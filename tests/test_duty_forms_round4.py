"""Division-of-labour forms of the genre that the real tune half does not show (issue 9, round 4): Word tables
copied as text (one cell per line, rows opened by their number or separated by blank lines; tab-separated rows with
group headings and a row that continues the task above), and lead/partner forms in a sentence ("Giao X chủ trì; Y, Z
phối hợp ...", "X chủ trì; các cơ quan phối hợp gồm: ...", "Đơn vị chủ trì: X; Đơn vị phối hợp: Y; Thời gian hoàn
thành: ..."). Each test reads what a user gets: the quads of the document's graph."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import predictions_from_quads  # noqa: E402

from policykg.graph_builder.flattables import flat_table_marks  # noqa: E402
from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 12/KH-UBND\nNghệ An, ngày 01 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "Về phòng, chống thiên tai\n\nII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")
TAIL = "\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"


def _read(body: str):
    result = build_source(source_from_string(HEAD + body + TAIL, name="plan.txt"))
    p = predictions_from_quads(emit_result(result), defaultdict(set))

    def name(iri: str) -> str:
        return sorted(p.labels.get(iri) or [iri])[0]

    leads = {(name(a), text) for a, text in p.leads}
    pairs = {frozenset((name(a), name(b))) for a, b in p.pairs}
    deadlines = {(text, due) for text, due, _ in p.deadlines}
    return leads, pairs, deadlines


def _lead_of(leads, fragment: str) -> set[str]:
    return {actor for actor, text in leads if fragment in text}


def _pair(a: str, b: str) -> frozenset:
    return frozenset((a, b))


def test_word_table_one_cell_per_line_rows_opened_by_their_number():
    body = ("STT\nNội dung nhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian hoàn thành\n"
            "1\nKiện toàn lực lượng xung kích cấp xã\nSở Nội vụ\nSở Y tế; Sở Xây dựng\nTháng 4/2026\n"
            "2\nRà soát phương án ứng phó thiên tai\nBộ Chỉ huy Quân sự tỉnh\nCông an tỉnh\nQuý II/2026")
    leads, pairs, deadlines = _read(body)
    assert _lead_of(leads, "Kiện toàn lực lượng xung kích") == {"Sở Nội vụ tỉnh Nghệ An"}
    assert _lead_of(leads, "Rà soát phương án ứng phó") == {"Bộ Chỉ huy Quân sự tỉnh Nghệ An"}
    assert _pair("Sở Nội vụ tỉnh Nghệ An", "Sở Y tế tỉnh Nghệ An") in pairs
    assert _pair("Sở Nội vụ tỉnh Nghệ An", "Sở Xây dựng tỉnh Nghệ An") in pairs
    assert _pair("Sở Y tế tỉnh Nghệ An", "Sở Xây dựng tỉnh Nghệ An") not in pairs      # partners among themselves
    assert ("Kiện toàn lực lượng xung kích cấp xã", "Tháng 4/2026") in deadlines
    assert ("Rà soát phương án ứng phó thiên tai", "Quý II/2026") in deadlines


def test_word_table_one_cell_per_line_rows_between_blank_lines_lead_marked():
    body = ("TT\nNhiệm vụ\nĐơn vị thực hiện\nThời gian\n\n"
            "1\nĐiều tra hiện trạng ô nhiễm môi trường\nSở Y tế; Sở Tư pháp (chủ trì); Công an tỉnh\nQuý II/2026\n\n"
            "2\nKiểm tra các cơ sở sản xuất\nSở Công Thương (chủ trì), Sở Xây dựng\nHằng năm")
    leads, pairs, deadlines = _read(body)
    assert _lead_of(leads, "Điều tra hiện trạng ô nhiễm") == {"Sở Tư pháp tỉnh Nghệ An"}
    assert _lead_of(leads, "Kiểm tra các cơ sở sản xuất") == {"Sở Công Thương tỉnh Nghệ An"}
    assert _pair("Sở Tư pháp tỉnh Nghệ An", "Sở Y tế tỉnh Nghệ An") in pairs
    assert _pair("Sở Tư pháp tỉnh Nghệ An", "Công an tỉnh Nghệ An") in pairs
    assert ("Kiểm tra các cơ sở sản xuất", "Hằng năm") in deadlines


def test_tab_separated_table_with_group_headings_and_a_row_continuing_the_task_above():
    body = ("Phụ lục\nDANH MỤC NHIỆM VỤ\n"
            "Nội dung nhiệm vụ\tCơ quan, đơn vị chủ trì\tCơ quan, đơn vị phối hợp\tThời hạn\tSản phẩm\n"
            "I. Hoàn thiện thể chế\n"
            "Xây dựng quy định về giá dịch vụ\tSở Tài chính\tSở Y tế; Sở Tư pháp\tQuý IV/2026\tQuyết định\n"
            "II. Chuyển đổi số\n"
            "Triển khai sổ sức khỏe điện tử\tSở Y tế\tCông an tỉnh\tQuý III/2026\tBáo cáo\n"
            "\tSở Khoa học và Công nghệ\tSở Nội vụ\tQuý III/2026\tHướng dẫn")
    leads, pairs, deadlines = _read(body)
    assert _lead_of(leads, "Xây dựng quy định về giá") == {"Sở Tài chính tỉnh Nghệ An"}
    assert _lead_of(leads, "Triển khai sổ sức khỏe điện tử") == {"Sở Y tế tỉnh Nghệ An",
                                                                 "Sở Khoa học và Công nghệ tỉnh Nghệ An"}
    assert _pair("Sở Khoa học và Công nghệ tỉnh Nghệ An", "Sở Nội vụ tỉnh Nghệ An") in pairs
    assert _pair("Sở Tài chính tỉnh Nghệ An", "Sở Tư pháp tỉnh Nghệ An") in pairs
    assert ("Xây dựng quy định về giá dịch vụ", "Quý IV/2026") in deadlines
    # a header word is never an actor, a tab never inside a name
    assert not any("\t" in a or "chủ trì" in a.lower() for a, _ in leads)


def test_lead_clause_then_partners_clause():
    body = ("1. Giao Công an tỉnh chủ trì; Sở Giáo dục và Đào tạo, Tỉnh đoàn phối hợp tổ chức tuyên truyền phòng, "
            "chống ma túy trong trường học, hoàn thành trước ngày 30/11/2026.")
    leads, pairs, deadlines = _read(body)
    assert _lead_of(leads, "tổ chức tuyên truyền phòng, chống ma túy") == {"Công an tỉnh Nghệ An"}
    assert _pair("Công an tỉnh Nghệ An", "Sở Giáo dục và Đào tạo tỉnh Nghệ An") in pairs
    assert {d for _, d in deadlines} >= {"hoàn thành trước ngày 30/11/2026"}


def test_partners_listed_after_a_label_and_a_period_that_goes_on():
    body = ('1. Xây dựng mô hình "Trường học an toàn": Sở Giáo dục và Đào tạo chủ trì; các cơ quan phối hợp gồm: '
            "Sở Tư pháp, Sở Y tế; thời gian thực hiện: Năm 2026 và các năm tiếp theo.")
    leads, pairs, deadlines = _read(body)
    gd = "Sở Giáo dục và Đào tạo tỉnh Nghệ An"
    assert pairs >= {_pair(gd, "Sở Tư pháp tỉnh Nghệ An"), _pair(gd, "Sở Y tế tỉnh Nghệ An")}
    assert not any("cơ quan" in name.lower() for pair in pairs for name in pair)
    assert any(d.endswith("Năm 2026 và các năm tiếp theo") for _, d in deadlines)


def test_roles_and_time_on_one_line_below_the_task():
    body = ("1. Xây dựng phần mềm quản lý hồ sơ đất đai\nĐơn vị chủ trì: Sở Khoa học và Công nghệ; Đơn vị phối hợp: "
            "Sở Tài chính; Thời gian hoàn thành: Trước ngày 30/9/2026.")
    leads, pairs, deadlines = _read(body)
    assert _lead_of(leads, "Xây dựng phần mềm quản lý") == {"Sở Khoa học và Công nghệ tỉnh Nghệ An"}
    assert _pair("Sở Khoa học và Công nghệ tỉnh Nghệ An", "Sở Tài chính tỉnh Nghệ An") in pairs
    assert any(t.startswith("Xây dựng phần mềm") and d.endswith("Trước ngày 30/9/2026") for t, d in deadlines)


def test_plain_text_has_no_flattened_table():
    text = ("II. NHIỆM VỤ\nNội dung chủ yếu\n1. Sở Y tế chủ trì thực hiện.\nThời gian thực hiện\nNăm 2026\n"
            "Nội dung\tGhi chú\nx\ty\n")
    assert flat_table_marks(text) == {}


def test_assignment_column_with_lead_written_without_brackets():
    body = ("\n| TT | Nội dung | Phân công | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Tuyên truyền pháp luật cho học sinh | Sở Tư pháp chủ trì; Sở Y tế, Công an tỉnh phối hợp | Quý II/2026 |")
    leads, pairs, deadlines = _read(body)
    assert _lead_of(leads, "Tuyên truyền pháp luật") == {"Sở Tư pháp tỉnh Nghệ An"}
    assert pairs >= {_pair("Sở Tư pháp tỉnh Nghệ An", "Sở Y tế tỉnh Nghệ An"),
                     _pair("Sở Tư pháp tỉnh Nghệ An", "Công an tỉnh Nghệ An")}
    assert ("Tuyên truyền pháp luật cho học sinh", "Quý II/2026") in deadlines


def test_word_table_cells_between_blank_lines_a_wrapped_task_and_a_heading_right_after():
    body = ("TT\n\nNội dung công việc\n\nCơ quan thực hiện\n\nThời hạn\n\n"
            "1\n\nXây dựng kế hoạch giám sát dịch bệnh\nđộng vật trên cạn\n\nSở Y tế (chủ trì); Sở Tư pháp\n\nTháng 7/2026\n\n"
            "2\n\nTruyền thông về phòng, chống dịch bệnh\n\nCông an tỉnh (chủ trì); Sở Y tế\n\nThường xuyên\n"
            "IV. KINH PHÍ\nSở Tài chính bố trí kinh phí.")
    leads, pairs, deadlines = _read(body)
    assert _lead_of(leads, "giám sát dịch bệnh động vật trên cạn") == {"Sở Y tế tỉnh Nghệ An"}
    assert _lead_of(leads, "Truyền thông về phòng, chống dịch bệnh") == {"Công an tỉnh Nghệ An"}
    assert ("Truyền thông về phòng, chống dịch bệnh", "Thường xuyên") in deadlines
    assert not any("KINH PHÍ" in text for _, text in leads)


def test_unit_named_the_standing_unit_leads():
    leads, _, deadlines = _read("1. Sở Y tế là đơn vị thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch, báo "
                                "cáo trước ngày 31/12/2026.")
    assert _lead_of(leads, "theo dõi, đôn đốc việc thực hiện") == {"Sở Y tế tỉnh Nghệ An"}

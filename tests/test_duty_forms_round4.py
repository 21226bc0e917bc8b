"""Division-of-labour forms of the genre that the real tune half does not show (issue 9, round 4): Word tables
copied as text (one cell per line, rows opened by their number or separated by blank lines; tab-separated rows with
group headings and a row that continues the task above), and lead/partner forms in a sentence ("Giao X chủ trì; Y, Z
phối hợp ...", "X chủ trì; các cơ quan phối hợp gồm: ...", "Đơn vị chủ trì: X; Đơn vị phối hợp: Y; Thời gian hoàn
thành: ..."). Each test reads what a user gets: the quads of the document's graph."""

from __future__ import annotations

import pytest
from documentfacts import facts_of

from policykg.graph_builder.flattables import flat_table_marks

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 12/KH-UBND\nNghệ An, ngày 01 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "Về phòng, chống thiên tai\n\nII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")
TAIL = "\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"


def _read(body: str):
    facts = facts_of(HEAD + body + TAIL, name="plan.txt")
    return facts["leads"], facts["pairs"], facts["dated"]


def _lead_of(leads, fragment: str) -> set[str]:
    return {actor for actor, text in leads if fragment in " ".join(text.split())}


def _local(name: str) -> str:
    """The name the builder gives a body of the plan's province ("Sở Y tế" -> "Sở Y tế tỉnh Nghệ An")."""
    return name + (" Nghệ An" if name.endswith(" tỉnh") else " tỉnh Nghệ An")


def _pair(a: str, b: str) -> frozenset:
    return frozenset((_local(a), _local(b)))


# form -> (body, {task fragment: its leads}, pairs that must be stated, pairs that must not, (task start, deadline))
CASES = {
    "Word table, one cell per line, rows opened by their number": (
        "STT\nNội dung nhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian hoàn thành\n"
        "1\nKiện toàn lực lượng xung kích cấp xã\nSở Nội vụ\nSở Y tế; Sở Xây dựng\nTháng 4/2026\n"
        "2\nRà soát phương án ứng phó thiên tai\nBộ Chỉ huy Quân sự tỉnh\nCông an tỉnh\nQuý II/2026",
        {"Kiện toàn lực lượng xung kích": {"Sở Nội vụ"}, "Rà soát phương án ứng phó": {"Bộ Chỉ huy Quân sự tỉnh"}},
        [("Sở Nội vụ", "Sở Y tế"), ("Sở Nội vụ", "Sở Xây dựng")], [("Sở Y tế", "Sở Xây dựng")],
        [("Kiện toàn lực lượng xung kích cấp xã", "Tháng 4/2026"), ("Rà soát phương án ứng phó thiên tai",
                                                                    "Quý II/2026")]),
    "Word table, rows between blank lines, lead marked in the executors' column": (
        "TT\nNhiệm vụ\nĐơn vị thực hiện\nThời gian\n\n"
        "1\nĐiều tra hiện trạng ô nhiễm môi trường\nSở Y tế; Sở Tư pháp (chủ trì); Công an tỉnh\nQuý II/2026\n\n"
        "2\nKiểm tra các cơ sở sản xuất\nSở Công Thương (chủ trì), Sở Xây dựng\nHằng năm",
        {"Điều tra hiện trạng ô nhiễm": {"Sở Tư pháp"}, "Kiểm tra các cơ sở sản xuất": {"Sở Công Thương"}},
        [("Sở Tư pháp", "Sở Y tế"), ("Sở Tư pháp", "Công an tỉnh")], [],
        [("Kiểm tra các cơ sở sản xuất", "Hằng năm")]),
    "Word table, cells parted by blank lines, a wrapped task, a heading right after": (
        "TT\n\nNội dung công việc\n\nCơ quan thực hiện\n\nThời hạn\n\n"
        "1\n\nXây dựng kế hoạch giám sát dịch bệnh\nđộng vật trên cạn\n\nSở Y tế (chủ trì); Sở Tư pháp\n\n"
        "Tháng 7/2026\n\n2\n\nTruyền thông về phòng, chống dịch bệnh\n\nCông an tỉnh (chủ trì); Sở Y tế\n\n"
        "Thường xuyên\nIV. KINH PHÍ\nSở Tài chính bố trí kinh phí.",
        {"giám sát dịch bệnh động vật trên cạn": {"Sở Y tế"}, "Truyền thông về phòng, chống": {"Công an tỉnh"},
         "KINH PHÍ": set()},
        [("Sở Y tế", "Sở Tư pháp")], [],
        [("Truyền thông về phòng, chống dịch bệnh", "Thường xuyên")]),
    "tab-separated rows, group headings, a row continuing the task above": (
        "Phụ lục\nDANH MỤC NHIỆM VỤ\n"
        "Nội dung nhiệm vụ\tCơ quan, đơn vị chủ trì\tCơ quan, đơn vị phối hợp\tThời hạn\tSản phẩm\n"
        "I. Hoàn thiện thể chế\n"
        "Xây dựng quy định về giá dịch vụ\tSở Tài chính\tSở Y tế; Sở Tư pháp\tQuý IV/2026\tQuyết định\n"
        "II. Chuyển đổi số\n"
        "Triển khai sổ sức khỏe điện tử\tSở Y tế\tCông an tỉnh\tQuý III/2026\tBáo cáo\n"
        "\tSở Khoa học và Công nghệ\tSở Nội vụ\tQuý III/2026\tHướng dẫn",
        {"Xây dựng quy định về giá": {"Sở Tài chính"},
         "Triển khai sổ sức khỏe điện tử": {"Sở Y tế", "Sở Khoa học và Công nghệ"}},
        [("Sở Khoa học và Công nghệ", "Sở Nội vụ"), ("Sở Tài chính", "Sở Tư pháp"),
         ("Sở Y tế", "Sở Khoa học và Công nghệ")], [("Sở Y tế", "Sở Nội vụ")],     # two leads of one task: a pair
        [("Xây dựng quy định về giá dịch vụ", "Quý IV/2026")]),
    "an assignment column, the lead marked without brackets": (
        "\n| TT | Nội dung | Phân công | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Tuyên truyền pháp luật cho học sinh | Sở Tư pháp chủ trì; Sở Y tế, Công an tỉnh phối hợp | Quý II/2026 |",
        {"Tuyên truyền pháp luật": {"Sở Tư pháp"}}, [("Sở Tư pháp", "Sở Y tế"), ("Sở Tư pháp", "Công an tỉnh")],
        [("Sở Y tế", "Công an tỉnh")], [("Tuyên truyền pháp luật cho học sinh", "Quý II/2026")]),
    "'Giao X chủ trì; Y, Z phối hợp <task>'": (
        "1. Giao Công an tỉnh chủ trì; Sở Giáo dục và Đào tạo, Tỉnh đoàn phối hợp tổ chức tuyên truyền phòng, "
        "chống ma túy trong trường học, hoàn thành trước ngày 30/11/2026.",
        {"tổ chức tuyên truyền phòng, chống ma túy": {"Công an tỉnh"}}, [("Công an tỉnh", "Sở Giáo dục và Đào tạo")],
        [], [("Công an tỉnh chủ trì", "hoàn thành trước ngày 30/11/2026")]),
    "'X chủ trì; các cơ quan phối hợp gồm: ...; thời gian thực hiện: Năm ... và các năm tiếp theo'": (
        '1. Xây dựng mô hình "Trường học an toàn": Sở Giáo dục và Đào tạo chủ trì; các cơ quan phối hợp gồm: '
        "Sở Tư pháp, Sở Y tế; thời gian thực hiện: Năm 2026 và các năm tiếp theo.",
        {"Xây dựng mô hình": {"Sở Giáo dục và Đào tạo"}},
        [("Sở Giáo dục và Đào tạo", "Sở Tư pháp"), ("Sở Giáo dục và Đào tạo", "Sở Y tế")], [("Sở Tư pháp", "Sở Y tế")],
        [("Xây dựng mô hình", "thời gian thực hiện: Năm 2026 và các năm tiếp theo")]),
    "roles and time on one line below the task": (
        "1. Xây dựng phần mềm quản lý hồ sơ đất đai\nĐơn vị chủ trì: Sở Khoa học và Công nghệ; Đơn vị phối hợp: "
        "Sở Tài chính; Thời gian hoàn thành: Trước ngày 30/9/2026.",
        {"Xây dựng phần mềm quản lý": {"Sở Khoa học và Công nghệ"}}, [("Sở Khoa học và Công nghệ", "Sở Tài chính")],
        [], [("Xây dựng phần mềm quản lý hồ sơ đất đai", "Thời gian hoàn thành: Trước ngày 30/9/2026")]),
    "roles labelled after the task in its own sentence": (
        "1. Rà soát các cơ sở kinh doanh dịch vụ lưu trú; cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; cơ quan "
        "phối hợp: Công an tỉnh, Sở Y tế; thời gian hoàn thành: Quý II/2026.\n"
        "2. Tổng kết việc thực hiện Nghị quyết. Cơ quan chủ trì: Sở Nội vụ. Cơ quan phối hợp: Sở Tư pháp.",
        {"Rà soát các cơ sở kinh doanh": {"Sở Văn hóa, Thể thao và Du lịch"}, "Tổng kết việc thực hiện": {"Sở Nội vụ"}},
        [("Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh"), ("Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"),
         ("Sở Nội vụ", "Sở Tư pháp")], [("Công an tỉnh", "Sở Y tế")],
        [("Rà soát các cơ sở kinh doanh dịch vụ lưu trú", "thời gian hoàn thành: Quý II/2026")]),
    "a numbered lead-in 'Giao X chủ trì, phối hợp với Y ... sau:' over its items": (
        "2. Giao Sở Công Thương chủ trì, phối hợp với Công an tỉnh thực hiện các nhiệm vụ sau:\n"
        "a) Kiểm tra thị trường hàng hóa dịp Tết;\nb) Xử lý vi phạm về hàng giả.\n"
        "3. Sở Y tế tổ chức kiểm tra an toàn thực phẩm.",
        # (round 19: the lead-in's words only announce the items, no task of its own: its lead is its items')
        {"thực hiện các nhiệm vụ sau": set(), "Kiểm tra thị trường hàng hóa": {"Sở Công Thương"},
         "Xử lý vi phạm về hàng giả": {"Sở Công Thương"}, "kiểm tra an toàn thực phẩm": set()},
        [("Sở Công Thương", "Công an tỉnh")], [], []),
    "role labels with a comma or a purpose word": (
        "1. Xây dựng cơ sở dữ liệu hộ tịch\n- Cơ quan, đơn vị chủ trì: Sở Tư pháp.\n- Cơ quan, đơn vị phối hợp: "
        "Sở Nội vụ, Sở Y tế.\n2. Tổ chức tập huấn nghiệp vụ\n- Đơn vị chủ trì tham mưu: Sở Nội vụ.",
        {"Xây dựng cơ sở dữ liệu hộ tịch": {"Sở Tư pháp"}, "Tổ chức tập huấn nghiệp vụ": {"Sở Nội vụ"}},
        [("Sở Tư pháp", "Sở Y tế"), ("Sở Tư pháp", "Sở Nội vụ")], [], []),
    "'X là đơn vị thường trực'": (
        "1. Sở Y tế là đơn vị thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch, báo cáo trước ngày 31/12/2026.",
        {"theo dõi, đôn đốc việc thực hiện": {"Sở Y tế"}}, [], [], []),
    "lead, partners and time in brackets after the task": (
        "1. Rà soát, sửa đổi quy chế phối hợp liên ngành (Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ; hoàn thành "
        "trong Quý II/2026).\n2. Tuyên truyền pháp luật về phòng cháy (Giao Công an tỉnh chủ trì; Sở Y tế phối "
        "hợp).\n3. Kiểm tra việc thực hiện các quy định (Sở Xây dựng thực hiện).",
        {"Rà soát, sửa đổi quy chế phối hợp": {"Sở Tư pháp"}, "Tuyên truyền pháp luật về phòng cháy": {"Công an tỉnh"},
         "Kiểm tra việc thực hiện": set()},       # who carries it out, no lead named
        [("Sở Tư pháp", "Sở Nội vụ"), ("Công an tỉnh", "Sở Y tế")], [],
        [("Rà soát, sửa đổi quy chế phối hợp liên ngành", "hoàn thành trong Quý II/2026")]),
}


@pytest.mark.parametrize("form", sorted(CASES))
def test_duty_form(form):
    body, expected_leads, stated, not_stated, dated = CASES[form]
    leads, pairs, deadlines = _read(body)
    assert {f: _lead_of(leads, f) for f in expected_leads} == {
        f: {_local(a) for a in actors} for f, actors in expected_leads.items()}
    assert {_pair(a, b) for a, b in stated} <= pairs
    assert not {_pair(a, b) for a, b in not_stated} & pairs
    for start, due in dated:
        assert any(text.startswith(start) and d == due for text, d in deadlines), (start, due, deadlines)
    assert not any("\t" in a or "chủ trì" in a.lower() for a, _ in leads)    # no header word as an actor


def test_plain_text_has_no_flattened_table():
    text = ("II. NHIỆM VỤ\nNội dung chủ yếu\n1. Sở Y tế chủ trì thực hiện.\nThời gian thực hiện\nNăm 2026\n"
            "Nội dung\tGhi chú\nx\ty\n")
    assert flat_table_marks(text) == {}

"""A body's name split between a table row's lead cell and a tail printed after the row (issue 9, round 26,
`leads26`): a table copied one cell per line writes a tall row's first line cell by cell, then the second lines of
its wrapping cells ("Trường Đại học Y tế công cộng, Sở" / ... / "Nông nghiệp và Môi trường"): the body named across
leads the row with the cell's other bodies. A row whose cells are whole keeps its leads. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of

HEAD = """ỦY BAN NHÂN DÂN TỈNH BẾN TRE
Số: 30/KH-UBND                                      Bến Tre, ngày 2 tháng 3 năm 2026
KẾ HOẠCH
Kiểm soát an toàn thực phẩm tại các chợ năm 2026
Phụ lục: các nhiệm vụ cụ thể

| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
| --- | --- | --- | --- |
Thời gian thực hiện
"""

ROWS = """\
1
Tổ chức tuyên truyền các quy định về an toàn thực phẩm đến các cơ sở kinh doanh.
Sở Y tế
Sở Công Thương
Quý III/2026
2
Xây dựng bộ tiêu chí đánh giá an toàn thực phẩm tại các chợ đầu mối và hướng dẫn, kiểm tra việc áp dụng
Trường Đại học Y tế công cộng, Sở
Sở Tài chính
Quý IV/2026
bộ tiêu chí tại các địa phương.
Nông nghiệp và Môi trường
3
Tổng hợp kết quả thực hiện kế hoạch.
Sở Tư pháp
Sở Nội vụ
Thường xuyên
"""


def _leads(body: str) -> tuple[dict[str, set[str]], set[frozenset]]:
    found = facts_of(HEAD + body, name="plan.md", drop_suffix=" tỉnh Bến Tre")
    leads: dict[str, set[str]] = {}
    for actor, task in found["leads"]:
        leads.setdefault(task.split(" tại ")[0], set()).add(actor)
    return leads, found["pairs"]


def test_a_body_named_across_the_lead_cell_and_a_tail_after_the_row_leads_the_row():
    leads, pairs = _leads(ROWS)
    assert leads["Xây dựng bộ tiêu chí đánh giá an toàn thực phẩm"] == {"Trường Đại học Y tế công cộng",
                                                                     "Sở Nông nghiệp và Môi trường"}
    assert frozenset(("Sở Nông nghiệp và Môi trường", "Sở Tài chính")) in pairs


def test_rows_of_whole_cells_keep_their_own_leads():
    leads, pairs = _leads(ROWS)
    assert leads["Tổng hợp kết quả thực hiện kế hoạch."] == {"Sở Tư pháp"}
    assert leads["Tổ chức tuyên truyền các quy định về an toàn thực phẩm đến các cơ sở kinh doanh."] == {"Sở Y tế"}


GAZETTE = """ỦY BAN NHÂN DÂN TỈNH BẾN TRE
Số: 31/KH-UBND
Bến Tre, ngày 3 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra an toàn thực phẩm năm 2026

II. NHIỆM VỤ CỤ THỂ

STT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Thời gian hoàn
thành
1.
Rà soát các quy định về quản lý
an toàn thực phẩm.
Sở Giáo dục và
Đào tạo
Sở Y tế; Sở Công
Thương; Ủy ban
nhân dân các huyện
Quý II/2027
"""


def test_a_partner_s_name_wrapped_before_a_semicolon_stays_whole_in_a_gazette_table():
    pairs = facts_of(GAZETTE, drop_suffix=" tỉnh Bến Tre")["pairs"]
    assert {frozenset(("Sở Giáo dục và Đào tạo", p)) for p in ("Sở Y tế", "Sở Công Thương", "Ủy ban nhân dân cấp huyện")} \
        <= pairs
    assert not {pair for pair in pairs if "Sở Công" in pair}

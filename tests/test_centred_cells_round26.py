"""A lead cell of two lines centred about its row's number line in a PDF layout table (issue 9, round 26, `leads26`):
its first half is printed on the line above the row's number ("Sở Giáo dục và"), the number's line is empty in its
column, and its second half is on the line below ("Đào tạo"). The line above belongs to the row below when it only
holds that cell and leaves the name open ("và", a comma, a dash): the row keeps its lead, and the row above does not
take half a name as one more lead. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of

HEAD = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 12/KH-UBND
Long An, ngày 5 tháng 8 năm 2026

KẾ HOẠCH
Bảo đảm an toàn thực phẩm năm 2026

II. NHIỆM VỤ CỤ THỂ

"""

CENTRED = """\
STT   Nội dung nhiệm vụ                          Cơ quan chủ trì        Cơ quan phối hợp              Thời gian
1     Rà soát các văn bản về an toàn thực phẩm   Sở Y tế                Sở Công Thương                Quý II/2026
                                                 Sở Giáo dục và
2     Kiểm tra các cơ sở sản xuất                                       Sở Y tế; Công an tỉnh         Quý III/2026
                                                 Đào tạo
3     Tuyên truyền về an toàn thực phẩm          Sở Văn hóa, Thể        Báo Long An                   Năm 2026
                                                 thao và Du lịch
"""

CLOSED_ABOVE = """\
STT   Nội dung nhiệm vụ                          Cơ quan chủ trì        Cơ quan phối hợp              Thời gian
1     Rà soát các văn bản về an toàn thực phẩm   Sở Y tế                Sở Công Thương                Quý II/2026
                                                 Sở Tư pháp
2     Kiểm tra các cơ sở sản xuất                Sở Xây dựng            Công an tỉnh                  Quý III/2026
"""


def _leads(body: str) -> dict[str, set[str]]:
    found = facts_of(HEAD + body, drop_suffix=" tỉnh Long An")
    leads: dict[str, set[str]] = {}
    for actor, task in found["leads"]:
        leads.setdefault(task, set()).add(actor)
    return leads


def test_a_lead_cell_centred_about_its_number_line_leads_its_own_row():
    leads = _leads(CENTRED)
    assert leads["Kiểm tra các cơ sở sản xuất"] == {"Sở Giáo dục và Đào tạo"}
    assert leads["Rà soát các văn bản về an toàn thực phẩm"] == {"Sở Y tế"}
    assert leads["Tuyên truyền về an toàn thực phẩm"] == {"Sở Văn hóa, Thể thao và Du lịch"}


def test_a_whole_name_on_the_line_above_a_row_stays_with_the_row_above():
    leads = _leads(CLOSED_ABOVE)
    assert leads["Kiểm tra các cơ sở sản xuất"] == {"Sở Xây dựng"}
    assert "Sở Tư pháp" in leads["Rà soát các văn bản về an toàn thực phẩm"]


CARRIED = """\
STT   Nội dung nhiệm vụ                          Cơ quan chủ trì        Cơ quan phối hợp              Thời gian
1     Rà soát các văn bản về an toàn thực phẩm   Sở Y tế                Sở Công Thương;               Quý II/2026
                                                                        Sở Tư pháp;
2     Kiểm tra các cơ sở sản xuất                Sở Xây dựng                                          Quý III/2026
3     Tuyên truyền về an toàn thực phẩm          Sở Nội vụ              Báo Long An                   Năm 2026
"""


def test_a_partner_line_above_a_row_with_no_partners_stays_with_the_row_above():
    found = facts_of(HEAD + CARRIED, drop_suffix=" tỉnh Long An")
    assert frozenset(("Sở Y tế", "Sở Tư pháp")) in found["pairs"]
    assert not {pair for pair in found["pairs"] if "Sở Xây dựng" in pair}

"""Round 12 (issue 9): duties whose holder the builder knows, lost or cut by the layout of published text. Every text
here is invented."""

from __future__ import annotations

from bench.eval_real import predictions_from_quads, text_key
from policykg.graph_builder.pipeline import build_source, emit_result
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.skipped import page_lines


def duties(text: str, name: str = "kh.txt") -> dict[str, list[str]]:
    """Holder label -> the matching keys of the texts of its duties, as the evaluation reads them from the graph."""
    result = build_source(source_from_string(text, name=name))
    pred = predictions_from_quads(emit_result(result), {})
    out: dict[str, list[str]] = {}
    for iri, task in sorted(pred.duties):
        label = sorted(pred.labels.get(iri) or {iri})[0]
        out.setdefault(label, []).append(text_key(task))
    return out


def holds(found: dict[str, list[str]], holder: str, fragment: str) -> bool:
    """``holder`` (its label, or its label with the place the document adds) holds a duty with ``fragment``."""
    return any(text_key(fragment) in task for label, tasks in found.items() if label.startswith(holder) for task in tasks)


# a sentence of a duty cut by a page break that left only the page's number, alone between blank lines
CUT_BY_PAGE_NUMBER = """ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Số: 88/KH-UBND
KẾ HOẠCH
Bảo đảm nước sinh hoạt mùa khô
II. NHIỆM VỤ
1. Sở Nông nghiệp và Môi trường kiểm tra các hồ chứa, bố trí máy bơm cho các thôn thiếu nước ở vùng


3

gò đồi; tổng hợp nhu cầu hỗ trợ của các xã gửi Sở Tài chính.

2. Sở Y tế giám sát chất lượng nước tại các điểm cấp nước tập trung.
"""

# the same cut by the file name a printed page carries at its foot (the copies, the file, the page)
CUT_BY_FILE_FOOTER = """BAN CHẤP HÀNH TRUNG ƯƠNG
Số: 310-KL/TW
KẾT LUẬN
Về công tác chuẩn bị đại hội
Giao Ban Tổ chức Trung ương, Văn phòng Trung ương Đảng theo dõi, đôn đốc việc chuẩn bị nhân sự; sẵn sàng cho việc tổng kết các


12.KLTW310.DOC 4

mô hình thí điểm; bảo đảm tiến độ chung của toàn Đảng.
"""


def test_a_duty_goes_on_past_a_page_number_alone_between_blank_lines():
    found = duties(CUT_BY_PAGE_NUMBER)
    assert holds(found, "Sở Nông nghiệp và Môi trường", "tổng hợp nhu cầu hỗ trợ của các xã")
    assert holds(found, "Sở Y tế", "giám sát chất lượng nước")


def test_a_duty_goes_on_past_the_file_name_at_a_page_foot():
    found = duties(CUT_BY_FILE_FOOTER, name="kl.txt")
    for holder in ("Ban Tổ chức Trung ương", "Văn phòng Trung ương Đảng"):
        assert holds(found, holder, "bảo đảm tiến độ chung của toàn Đảng")


def test_page_lines_reads_page_numbers_inside_a_sentence_and_file_footers():
    text = "bảo đảm an toàn cho vùng\n\n7\n\nsâu, vùng xa;\n\n15.NQTW52.DOC 2\n\n30.CTTW9 DỌC. 3\n\n20CTTW41.00C\n\nhết"
    assert [text[s.start:s.end] for s in page_lines(text)] == ["7", "15.NQTW52.DOC 2", "30.CTTW9 DỌC. 3", "20CTTW41.00C"]


def test_a_number_alone_stays_text_where_no_sentence_goes_on_below_it():
    # an item's letter below it, a capital below it, or text right under it: no page's number
    for text in ("các nội dung sau:\n\n2\n\na) Rà soát hồ sơ", "Số lượng cấp phép:\n\n12\n\nHồ sơ được trả",
                 "tổng số hồ sơ\n2\ncòn tồn đọng"):
        assert page_lines(text) == []


# a request names its addressees once; the sentences after it go on with their duties, their subject left out
REQUEST_GOES_ON = """HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM
Số: 19/NQ-HĐND
NGHỊ QUYẾT
Về kết quả giám sát chuyên đề năm 2026
HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Hội đồng nhân dân tỉnh tán thành báo cáo kết quả giám sát, cụ thể như sau:
1. Về quản lý chợ nông thôn:
- Đề nghị Ủy ban nhân dân tỉnh khẩn trương hoàn thiện quy hoạch mạng lưới chợ. Bố trí nguồn vốn sửa chữa các chợ xuống cấp. Trường hợp chợ không còn hoạt động, phải chuyển đổi công năng theo quy định.
- Sở Công Thương hướng dẫn các xã quản lý chợ.
Điều 2. Tổ chức thực hiện
Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.
"""

# a list of items run on inside one paragraph after its lead-in: "(1) ... . (2) ... . 3) ..."
INLINE_ITEMS = """BAN BÍ THƯ
Số: 77-KL/TW
KẾT LUẬN
Về công tác thi đua, khen thưởng
2. Yêu cầu Đảng ủy các bộ, ngành Trung ương lãnh đạo, chỉ đạo: (1) Rà soát quy chế khen thưởng của ngành. (2) Đánh giá việc bình xét danh hiệu thi đua những năm gần đây. 3) Bố trí cán bộ chuyên trách công tác thi đua.
3. Ban Tổ chức Trung ương theo dõi việc thực hiện.
"""


def test_the_addressees_of_a_request_hold_the_duties_that_go_on_after_it():
    found = duties(REQUEST_GOES_ON, name="nq.txt")
    holder = "Ủy ban nhân dân tỉnh"
    assert holds(found, holder, "khẩn trương hoàn thiện quy hoạch mạng lưới chợ")
    assert holds(found, holder, "Bố trí nguồn vốn sửa chữa các chợ xuống cấp")
    assert holds(found, holder, "phải chuyển đổi công năng theo quy định")
    assert not holds(found, "Sở Công Thương", "Bố trí nguồn vốn")


def test_the_items_of_a_list_run_on_in_a_paragraph_keep_its_holder():
    found = duties(INLINE_ITEMS, name="kl.txt")
    holder = "Đảng ủy các bộ, ngành Trung ương"
    for fragment in ("Rà soát quy chế khen thưởng của ngành", "Đánh giá việc bình xét danh hiệu thi đua",
                     "Bố trí cán bộ chuyên trách công tác thi đua"):
        assert holds(found, holder, fragment), fragment


# the basis of the duty fronted before its holders, up to one of its commas
BASIS_FRONTED = """ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Số: 140/KH-UBND
KẾ HOẠCH
Triển khai Chỉ thị số 09-CT/TU về chuyển đổi số
IV. TỔ CHỨC THỰC HIỆN
1. Căn cứ Chỉ thị số 09-CT/TU của Tỉnh ủy, các sở, ban, ngành, Ủy ban nhân dân các xã theo chức năng được giao xây dựng kế hoạch chuyển đổi số của đơn vị.
2. Trên cơ sở nội dung Quyết định số 749/QĐ-TTg, Chương trình hành động số 45-CTr/TU, Sở Thông tin và Truyền thông tổ chức tập huấn kỹ năng số.
3. Căn cứ bộ tiêu chí do Sở Khoa học và Công nghệ ban hành, các bệnh viện rà soát hạ tầng mạng.
4. Dựa trên đề xuất của các xã, thông báo của Kho bạc Nhà nước tỉnh, các đơn vị dự toán thuộc Sở Y tế, Sở Tài chính thẩm định dự toán kinh phí.
5. Sở Nội vụ

Căn cứ chức năng, nhiệm vụ, hướng dẫn các cơ quan, đơn vị lưu trữ hồ sơ điện tử.
"""


def test_the_holders_after_a_fronted_basis_hold_the_duty():
    found = duties(BASIS_FRONTED)
    for holder in ("sở, ban, ngành", "Ủy ban nhân dân cấp xã"):
        assert holds(found, holder, "xây dựng kế hoạch chuyển đổi số của đơn vị"), holder
    assert holds(found, "Sở Thông tin và Truyền thông", "tổ chức tập huấn kỹ năng số")
    assert holds(found, "bệnh viện", "rà soát hạ tầng mạng")
    assert holds(found, "Sở Nội vụ", "hướng dẫn các cơ quan, đơn vị lưu trữ hồ sơ điện tử")


def test_bodies_the_basis_names_hold_no_duty_of_it():
    # (item 4 names bodies in a list inside its basis: which of them begins the holders is not read; none of the basis's)
    found = duties(BASIS_FRONTED)
    assert not holds(found, "Sở Khoa học và Công nghệ", "rà soát hạ tầng mạng")
    assert not holds(found, "Kho bạc Nhà nước", "thẩm định dự toán kinh phí")

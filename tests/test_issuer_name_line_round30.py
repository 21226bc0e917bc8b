"""The issuer's name line below the title (round 30, `duties30`): a copy that puts the title first ("NGHỊ QUYẾT" /
"VỀ KẾT QUẢ GIÁM SÁT ..." / "HỘI ĐỒNG NHÂN DÂN TỈNH ..." / "KHÓA X, KỲ HỌP THỨ 5" / "Căn cứ ..."): the line in capitals
that names the issuer is the frame's, not an actor heading over the findings the resolution records, which are nobody's
duties; the duties it asks of others stay (``assertions.framelines``). Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

RESOLUTION = """NGHỊ QUYẾT
VỀ KẾT QUẢ GIÁM
SÁT VIỆC THỰC HIỆN CHÍNH SÁCH ĐỐI VỚI NGƯỜI CAO TUỔI GIAI ĐOẠN 2020 - 2025
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ
KHÓA X, KỲ HỌP THỨ 5
Căn cứ Luật Tổ chức chính quyền địa phương
ngày 19 tháng 6 năm 2015;
Sau khi xem xét Báo cáo số 12/BC-ĐGS ngày 3
tháng 7 năm 2026 của Đoàn giám sát Hội đồng nhân dân tỉnh và ý kiến thảo luận của đại biểu tại kỳ họp,
QUYẾT NGHỊ:
Điều 1. Hội đồng nhân dân tỉnh tán
thành nội dung báo cáo kết quả giám sát của Đoàn giám sát và nhấn mạnh một số nội dung sau:
Trong những năm qua, các cấp, các ngành đã triển khai kịp thời các chính sách đối với người cao tuổi. Đời sống của
người cao tuổi từng bước được cải thiện.
Tuy nhiên, việc chi trả trợ cấp ở một số địa phương còn chậm.
Điều 2. Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân
tỉnh tập trung thực hiện một số nhiệm vụ sau:
1. Chỉ đạo Sở Y tế rà soát việc chi trả trợ cấp cho người cao tuổi.
"""


def test_the_findings_below_the_issuers_name_are_nobodys_duties():
    duties = facts_of(RESOLUTION, drop_suffix=" tỉnh Quảng Trị")["duties"]
    assert holders(duties, "Trong những năm qua") == set()
    assert holders(duties, "việc chi trả trợ cấp ở một số địa phương") == set()


def test_the_duties_the_resolution_asks_stay():   # (a guard: passes without the change)
    duties = facts_of(RESOLUTION, drop_suffix=" tỉnh Quảng Trị")["duties"]
    assert "Ủy ban nhân dân" in holders(duties, "Chỉ đạo Sở Y tế rà soát")
    assert "Sở Y tế" in holders(duties, "rà soát việc chi trả trợ cấp")

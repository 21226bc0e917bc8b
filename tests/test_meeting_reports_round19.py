"""A report of a meeting held (issue 9, round 19, `duties19`): the opening of a notice of conclusions ("Ngày
08/12/2026, Chủ tịch UBND tỉnh ... chủ trì cuộc họp nghe báo cáo ...") or of a news article ("Sáng 12/3, UBND tỉnh tổ
chức hội nghị ... do Phó Chủ tịch UBND tỉnh chủ trì") says who chaired a meeting on a day: no lead of a task, no duty,
and the body met or the place named ("tại trụ sở Ủy ban nhân dân tỉnh") no partner. A meeting the text prescribes
stays a lead. Every text here is invented."""

from __future__ import annotations

from documentfacts import facts_of, holders

NOTICE = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN

Số: 640/TB-UBND

Nghệ An, ngày 11 tháng 12 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tiến độ xây dựng trường học vùng lũ

Ngày 08/12/2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp nghe báo cáo tiến độ xây dựng trường học vùng lũ.
Chiều 09/12, tại trụ sở Ủy ban nhân dân tỉnh, Sở Giáo dục và Đào tạo chủ trì buổi làm việc với Ban Quản lý dự án đầu tư xây dựng tỉnh về hồ sơ thiết kế.
Sau khi nghe báo cáo, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:
1. Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính thẩm định dự toán các điểm trường.
2. Hằng năm, Sở Giáo dục và Đào tạo chủ trì hội nghị sơ kết công tác xây dựng trường học vào tháng 12.
"""
NEWS = """Nghệ An: Triển khai phòng chống cháy rừng năm 2027

(nghean.gov.vn) - Sáng 12/3, Ủy ban nhân dân tỉnh Nghệ An tổ chức hội nghị triển khai phương án phòng cháy rừng do đồng chí Lê Văn Hùng, Phó Chủ tịch UBND tỉnh chủ trì.
Theo phương án, Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh tuần tra các khu rừng trọng điểm.
Chiều cùng ngày, Sở Nông nghiệp và Môi trường chủ trì buổi giao ban với Bộ Chỉ huy Quân sự tỉnh.
"""
PLACE = " tỉnh Nghệ An"


def test_who_chaired_the_meeting_a_notice_reports_leads_no_task():
    facts = facts_of(NOTICE, drop_suffix=PLACE)
    assert not holders(facts["leads"], "nghe báo cáo tiến độ")
    assert not holders(facts["leads"], "hồ sơ thiết kế")
    assert not holders(facts["duties"], "hồ sơ thiết kế")
    assert not any("Ban Quản lý dự án đầu tư xây dựng" in pair for pair in facts["pairs"])
    assert not any("Ủy ban nhân dân tỉnh" in pair for pair in facts["pairs"])
    # the conclusions keep their leads, a meeting prescribed included
    assert holders(facts["leads"], "thẩm định dự toán") == {"Sở Xây dựng"}
    assert holders(facts["leads"], "hội nghị sơ kết") == {"Sở Giáo dục và Đào tạo"}


def test_who_chaired_the_meeting_a_news_article_reports_leads_no_task():
    facts = facts_of(NEWS, drop_suffix=PLACE)
    assert not holders(facts["leads"], "phương án phòng cháy rừng do")
    assert not holders(facts["leads"], "buổi giao ban")
    assert not any("Bộ Chỉ huy Quân sự" in pair for pair in facts["pairs"])
    assert holders(facts["leads"], "tuần tra các khu rừng") == {"Sở Nông nghiệp và Môi trường"}

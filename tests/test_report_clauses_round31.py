"""The closing clause on difficulties met while carrying a document out (round 31, `duties31`): "Trong quá trình thực
hiện, nếu có khó khăn, vướng mắc, X kịp thời báo cáo về Y để tổng hợp, ...". X holds the duty to report, read after a
condition fronted over several commas (``assertions.conditionruns``); Y, the body the report goes to, holds what it
does with the report, the words after "để" (``assertions.reportedto``); not the document's issuer, and not where "để"
opens no handling of the report. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

HEAD = """ỦY BAN NHÂN DÂN TỈNH HÀ NAM

KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2027

IV. TỔ CHỨC THỰC HIỆN

1. Sở Khoa học và Công nghệ chủ trì hướng dẫn các đơn vị triển khai nền tảng số dùng chung.

"""

RUN_OF_CONDITIONS = HEAD + """2. Trong quá trình triển khai, nếu có khó khăn, vướng mắc, Sở Tài chính kịp thời báo cáo về \
Sở Khoa học và Công nghệ.
"""

RECEIVER = HEAD + """2. Trong quá trình thực hiện, nếu phát sinh vướng mắc, các địa phương phản ánh bằng văn bản về Sở Nội vụ \
để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh.
"""

RECEIVER_NAMED_AGAIN = HEAD + """2. Nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Tư pháp (qua Phòng Văn bản) để \
Sở Tư pháp nghiên cứu, hướng dẫn theo thẩm quyền.
"""

TO_THE_ISSUER = HEAD + """2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, Sở Tài chính báo cáo về Ủy ban nhân dân \
tỉnh để xem xét, giải quyết; Sở Y tế báo cáo về Sở Nội vụ để trình Ủy ban nhân dân tỉnh.
"""


def test_the_holder_after_a_time_and_a_condition_with_listed_nouns_reports():
    duties = facts_of(RUN_OF_CONDITIONS, drop_suffix=" tỉnh Hà Nam")["duties"]
    assert "Sở Tài chính" in holders(duties, "kịp thời báo cáo về Sở Khoa học và Công nghệ")


def test_the_body_a_report_goes_to_holds_its_handling():
    duties = facts_of(RECEIVER, drop_suffix=" tỉnh Hà Nam")["duties"]
    assert "Sở Nội vụ" in holders(duties, "để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét")
    assert "Sở Nội vụ" not in holders(duties, "phản ánh bằng văn bản")   # the reporting is the senders' duty


def test_the_receiver_named_again_after_de_and_a_bracket_holds_it():
    duties = facts_of(RECEIVER_NAMED_AGAIN, drop_suffix=" tỉnh Hà Nam")["duties"]
    assert "Sở Tư pháp" in holders(duties, "nghiên cứu, hướng dẫn theo thẩm quyền")


def test_the_issuer_and_a_submission_upwards_give_no_receiver_duty():
    duties = facts_of(TO_THE_ISSUER, drop_suffix=" tỉnh Hà Nam")["duties"]
    assert "Sở Tài chính" in holders(duties, "báo cáo về Ủy ban nhân dân")
    assert not holders(duties, "để xem xét, giải quyết") - {"Sở Tài chính"}   # the province's own voice
    assert "Sở Nội vụ" not in holders(duties, "để trình")                     # "để trình": no handling of it

"""The bodies a directive is sent to hold the content it lists (issue 9, round 22, `duties22`): "Cục ... đã có công
điện số 52/TK gửi: A, B; C với nội dung:" over "1. ...", "2. ..." (a news report of a telegram) and "Bộ Y tế đã có
Công văn ... gửi A; B với nội dung chỉ đạo như sau:" over "- ..." (a letter passing a directive on): each item is a
duty of every body the directive went to, as the items after "X đề nghị A, B:" are. A report sent up ("báo cáo gửi
Ủy ban nhân dân tỉnh với nội dung:") lists what it says: no duty of its addressee. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

NEWS = """\
<html><body>
<h1>Cục Cứu hộ - Cứu nạn chỉ đạo ứng phó bão số 5</h1>
<p>Ngày 12/9/2026, Cục Cứu hộ - Cứu nạn đã có công điện số 52/TK gửi: Bộ Tư lệnh Quân khu 3, Bộ Tư lệnh Quân khu 4;
Bộ Tư lệnh Cảnh sát biển với nội dung:</p>
<p>1. Duy trì nghiêm chế độ trực, theo dõi chặt chẽ diễn biến của bão.</p>
<p>2. Báo cáo kết quả về Cục Cứu hộ - Cứu nạn trước 17 giờ hằng ngày.</p>
</body></html>
"""

LETTER = """\
ỦY BAN NHÂN DÂN TỈNH LONG AN
SỞ Y TẾ
Số: 905/SYT-NVY
Long An, ngày 5 tháng 8 năm 2026

Kính gửi: Trung tâm Y tế các huyện, thị xã, thành phố

Bộ Y tế đã có Công văn hỏa tốc số 1234/BYT-DP gửi Sở Y tế các tỉnh, thành phố trực thuộc Trung ương; Bệnh viện Bạch
Mai với nội dung chỉ đạo như sau:
- Tăng cường giám sát bệnh sốt xuất huyết tại cộng đồng.
- Tổ chức chiến dịch diệt lăng quăng tại các ổ dịch.

Sở Y tế đã có báo cáo gửi Ủy ban nhân dân tỉnh với nội dung:
- Tình hình dịch bệnh trên địa bàn tỉnh đang diễn biến phức tạp.

Đề nghị Trung tâm Y tế các huyện, thị xã, thành phố triển khai thực hiện.

GIÁM ĐỐC

Nguyễn Văn L
"""


def test_a_telegram_reported_in_the_news_gives_its_items_to_its_addressees():
    found = facts_of(NEWS, name="news.html")["duties"]
    addressees = {"Bộ Tư lệnh Quân khu 3", "Bộ Tư lệnh Quân khu 4", "Bộ Tư lệnh Cảnh sát biển"}
    assert holders(found, "Duy trì nghiêm chế độ trực") == addressees
    assert holders(found, "Báo cáo kết quả về Cục") == addressees


def test_a_letter_passing_a_directive_on_gives_its_items_to_the_directive_s_addressees():
    found = facts_of(LETTER, drop_suffix=" tỉnh Long An")["duties"]
    assert holders(found, "Tăng cường giám sát bệnh sốt xuất huyết") == {
        "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "Bệnh viện Bạch Mai"}


def test_a_report_sent_up_gives_its_addressee_no_duty():
    found = facts_of(LETTER, drop_suffix=" tỉnh Long An")["duties"]
    assert not holders(found, "Tình hình dịch bệnh")

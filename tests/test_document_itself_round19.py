"""A sentence whose subject is the document itself (issue 9, round 19, `duties19`): "Hướng dẫn này có hiệu lực kể từ
ngày ký.", "- Quy định này áp dụng ...". Kind words that are also verbs ("hướng dẫn", "quy định", "thông báo") made it
read as a duty left without its subject, given to the lead of the item before it or to the actor heading above it (a
false lead and a false duty). Every text here is invented."""

from __future__ import annotations

from documentfacts import facts_of, holders

PLACE = " tỉnh Điện Biên"
TOP = """ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN

Số: 88/HD-UBND

Điện Biên, ngày 2 tháng 12 năm 2026

HƯỚNG DẪN

Quản lý chợ phiên vùng biên năm 2027

II. TỔ CHỨC THỰC HIỆN

"""
AFTER_A_LED_ITEM = """\
1. Sở Công Thương chủ trì, phối hợp với Sở Tài chính rà soát quy hoạch mạng lưới chợ phiên.
2. Sở Tư pháp là cơ quan thường trực, tổng hợp vướng mắc, báo cáo định kỳ hằng năm.
Hướng dẫn này có hiệu lực kể từ ngày ký./.
"""
BELOW_A_HEADING = """\
1. Sở Y tế:
- Chủ trì kiểm tra vệ sinh an toàn thực phẩm tại chợ phiên;
- Phối hợp với Công an tỉnh xử lý hàng giả.
- Quy định này áp dụng đối với các chợ phiên trên địa bàn tỉnh.
Thông báo này được gửi tới các xã biên giới để biết, thực hiện.
"""


def test_the_document_as_subject_after_a_led_item_is_no_duty_of_its_lead():
    facts = facts_of(TOP + AFTER_A_LED_ITEM, drop_suffix=PLACE)
    assert not holders(facts["leads"], "có hiệu lực")
    assert not holders(facts["duties"], "có hiệu lực")
    # the items themselves keep their leads
    assert holders(facts["leads"], "tổng hợp vướng mắc") == {"Sở Tư pháp"}
    assert holders(facts["leads"], "quy hoạch mạng lưới chợ") == {"Sở Công Thương"}


def test_the_document_as_subject_below_an_actor_heading_is_no_duty_of_the_heading():
    facts = facts_of(TOP + BELOW_A_HEADING, drop_suffix=PLACE)
    assert holders(facts["leads"], "vệ sinh an toàn thực phẩm") == {"Sở Y tế"}
    assert not holders(facts["duties"], "áp dụng đối với các chợ phiên")
    assert not holders(facts["duties"], "gửi tới các xã biên giới")

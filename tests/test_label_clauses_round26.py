"""A labelled item's duty (issue 9, round 26, `labels26`): an item that opens with a short label and a colon, then
the holder and its duty ("a) Về tuyên truyền: Sở X có trách nhiệm ...", "b) Kiểm soát rủi ro của hệ thống: Sở Y xây
dựng ...", "2. Trách nhiệm báo cáo: UBND các huyện gửi báo cáo ..."). The label is a topic; the clause after the colon
is read as a sentence of its own, its holder named there, whatever the label's length and whether the holder's duty
word is "có trách nhiệm" or a plain verb. Not so: a label that IS the holder ("Sở Y tế: chủ trì ..."), a label that is
the task with the roles after it ("Xây dựng mô hình A: Sở X chủ trì, Sở Y phối hợp."), a colon inside a paragraph's
sentence ("... Tham dự cuộc họp có đại diện: Sở A, Sở B ..."), a one-word label (a photo's caption, "Ảnh: Công an tỉnh
tuyên truyền ..."). Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

HEAD = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
Số: 45/KH-UBND
Đồng Tháp, ngày 9 tháng 4 năm 2026

KẾ HOẠCH
Bảo đảm an toàn thực phẩm năm 2026

III. TỔ CHỨC THỰC HIỆN
"""

BODY = """\
a) Về tuyên truyền: Sở Văn hóa, Thể thao và Du lịch có trách nhiệm hướng dẫn các cơ quan báo chí đưa tin.
b) Kiểm tra cơ sở chế biến: Sở Y tế có trách nhiệm lập đoàn kiểm tra liên ngành.
c) Kiểm soát rủi ro của hệ thống cảnh báo sớm: Sở Khoa học và Công nghệ xây dựng quy trình đánh giá định kỳ.
d) Sở Công Thương: chủ trì rà soát các chợ đầu mối.
đ) Xây dựng mô hình chợ an toàn thực phẩm: Sở Nông nghiệp và Môi trường chủ trì, Sở Tài chính phối hợp.
"""

NEWS = """Ngày 12/3/2026, Phó Chủ tịch UBND tỉnh Nguyễn Văn A chủ trì cuộc họp về an toàn thực phẩm. Tham dự
cuộc họp có đại diện lãnh đạo: Sở Y tế, Sở Công Thương; lãnh đạo Ủy ban nhân dân các xã ven sông.
"""


def _facts() -> dict:
    return facts_of(HEAD + BODY, drop_suffix=" tỉnh Đồng Tháp")


def _duties() -> set[tuple[str, str]]:
    return _facts()["duties"]


def test_the_holder_after_a_label_holds_the_duty_it_is_responsible_for():
    assert holders(_duties(), "lập đoàn kiểm tra liên ngành") == {"Sở Y tế"}
    assert holders(_duties(), "hướng dẫn các cơ quan báo chí") == {"Sở Văn hóa, Thể thao và Du lịch"}


def test_a_long_label_is_a_topic_too():
    assert holders(_duties(), "xây dựng quy trình đánh giá") == {"Sở Khoa học và Công nghệ"}


def test_the_duty_s_text_starts_with_its_holder_after_the_label():
    duties = _duties()
    assert ("Sở Y tế", "Sở Y tế có trách nhiệm lập đoàn kiểm tra liên ngành.") in duties
    assert ("Sở Văn hóa, Thể thao và Du lịch",
            "Sở Văn hóa, Thể thao và Du lịch có trách nhiệm hướng dẫn các cơ quan báo chí đưa tin.") in duties
    assert ("Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ xây dựng quy trình đánh giá định kỳ.") in duties


def test_a_label_that_is_the_holder_is_read_as_before():
    assert holders(_duties(), "rà soát các chợ đầu mối") == {"Sở Công Thương"}


def test_a_label_that_is_the_task_keeps_its_roles():
    facts = _facts()
    assert holders(facts["leads"], "Xây dựng mô hình chợ an toàn thực phẩm") == {"Sở Nông nghiệp và Môi trường"}
    assert not any(text.startswith("Sở Nông nghiệp") for _, text in facts["duties"])


def test_a_colon_inside_a_paragraph_s_sentence_opens_no_label():
    duties = facts_of(HEAD.replace("III. TỔ CHỨC THỰC HIỆN\n", "") + NEWS, drop_suffix=" tỉnh Đồng Tháp")["duties"]
    assert not any(text.startswith("Sở Y tế") for _, text in duties)


def test_a_one_word_label_is_a_caption_not_a_topic():
    news = """Ngày 12/3/2026, Ủy ban nhân dân tỉnh tổ chức hội nghị về an toàn thực phẩm.

Ảnh: Công an tỉnh tuyên truyền pháp luật cho người dân vùng biên.
"""
    assert not holders(facts_of(news)["duties"], "tuyên truyền pháp luật")

"""Coordination pairs and leads on published text (issue 9, round 11, `pairs11`): role labels lettered on one line
("a) Cơ quan chủ trì: X; b) Cơ quan phối hợp: Y"), partners listed a line each below "phối hợp với:". Every text here
is invented."""

from __future__ import annotations

from documentfacts import facts_of, holders

TOP = ("ỦY BAN NHÂN DÂN TỈNH KON TUM\n\nSố: 118/KH-UBND\n\nKẾ HOẠCH\n\nBảo tồn nhà rông truyền thống\n\n"
       "II. NHIỆM VỤ CỤ THỂ\n\n")
PLACE = " tỉnh Kon Tum"
FOLK = frozenset(("Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo"))
MONEY = frozenset(("Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"))


def test_lettered_role_labels_on_one_line_name_the_lead_and_its_partners_apart():
    facts = facts_of(TOP + "3. Kiểm kê hiện trạng các nhà rông ở vùng sâu.\n"
                           "a) Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; b) Cơ quan phối hợp: Sở Dân tộc và "
                           "Tôn giáo, Sở Tài chính; c) Thời gian thực hiện: Quý I/2028.\n", drop_suffix=PLACE)
    # the partners' label is lettered like the lead's: before, every body on the line was taken as a lead
    assert facts["pairs"] == {FOLK, MONEY}
    assert holders(facts["leads"], "Kiểm kê hiện trạng") == {"Sở Văn hóa, Thể thao và Du lịch"}


def test_lettered_role_labels_after_the_task_in_its_own_sentence():
    facts = facts_of(TOP + "3. Phục dựng lễ mừng nhà rông mới tại các làng; a) Cơ quan chủ trì: Sở Văn hóa, Thể thao "
                           "và Du lịch; b) Cơ quan phối hợp: Sở Dân tộc và Tôn giáo; c) Tiến độ: năm 2028.\n",
                     drop_suffix=PLACE)
    assert facts["pairs"] == {FOLK}
    assert holders(facts["leads"], "Phục dựng lễ mừng") == {"Sở Văn hóa, Thể thao và Du lịch"}

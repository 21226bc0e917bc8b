"""Coordination pairs and leads on published text (issue 9, round 12, `pairs12`): a body named after "thuộc" is the
owner of the unit before it, not one more party ("Phòng A thuộc Công an tỉnh chủ trì, phối hợp với Chi cục B thuộc Sở
C"); the units of a list cut by semicolons before "thực hiện nhiệm vụ thường trực" each lead that standing work. Every
text here is invented."""

from __future__ import annotations

from documentfacts import facts_of, holders

TOP = ("ỦY BAN NHÂN DÂN TỈNH GIA LAI\n\nSố: 64/KH-UBND\n\nKẾ HOẠCH\n\nPhòng cháy, chữa cháy rừng mùa khô\n\n"
       "II. NHIỆM VỤ CỤ THỂ\n\n")
PLACE = " tỉnh Gia Lai"
FIRE = "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"
FOREST = "Chi cục Kiểm lâm"
WEATHER = "Đài Khí tượng thủy văn"


def _plan(body: str) -> dict:
    return facts_of(TOP + body, drop_suffix=PLACE)


def test_the_owner_named_after_thuoc_is_neither_a_lead_nor_a_partner():
    facts = _plan(f"2. {FIRE} thuộc Công an tỉnh chủ trì, phối hợp với {FOREST} thuộc Sở Nông nghiệp và Môi "
                  "trường diễn tập chữa cháy rừng tại các huyện trọng điểm.\n")
    # before, the police and the department that own the two units were a lead and partners of their own
    assert facts["pairs"] == {frozenset((FIRE, FOREST))}
    assert holders(facts["leads"], "diễn tập chữa cháy rừng") == {FIRE}


def test_co_leads_named_with_their_owners_pair_only_with_each_other():
    facts = _plan(f"3. {FIRE} thuộc Công an tỉnh, {FOREST} thuộc Sở Nông nghiệp và Môi trường chủ trì "
                  "kiểm tra các chủ rừng trước mùa khô.\n")
    assert facts["pairs"] == {frozenset((FIRE, FOREST))}
    assert holders(facts["leads"], "kiểm tra các chủ rừng") == {FIRE, FOREST}


def test_each_unit_of_a_semicolon_list_leads_the_standing_work():
    facts = _plan(f"4. {FOREST} thuộc Sở Nông nghiệp và Môi trường; {FIRE} thuộc Công an tỉnh và {WEATHER} "
                  "thuộc Đài Khí tượng thủy văn khu vực Tây Nguyên, Bộ Nông nghiệp và Môi trường thực hiện nhiệm "
                  "vụ thường trực công tác phối hợp giữa lực lượng Kiểm lâm, Công an và Quân sự trong mùa khô.\n")
    # before, only the first unit led (the verb "thực hiện" cut the list from the lead word), and after the owners
    # the ministry after the comma was taken for one more lead
    assert holders(facts["leads"], "nhiệm vụ thường trực") == {FOREST, FIRE, WEATHER}


def test_partners_named_after_voi_su_phoi_hop_cua_pair_with_the_lead():
    facts = _plan(f"5. {FOREST} chủ trì rà soát bản đồ vùng trọng điểm cháy rừng, với sự phối hợp chặt chẽ của "
                  f"{WEATHER} và Ủy ban nhân dân các xã có rừng.\n")
    assert frozenset((FOREST, WEATHER)) in facts["pairs"]
    assert holders(facts["leads"], "rà soát bản đồ") == {FOREST}
    # only "với sự phối hợp của" names a partner: the coordination of several bodies names none
    quiet = _plan(f"6. Tăng cường sự phối hợp của {FOREST} trong tuần tra rừng mùa khô.\n")
    assert quiet["pairs"] == set()


def test_two_bodies_joined_by_cung_voi_work_together():
    facts = _plan(f"7. {FOREST} cùng với {WEATHER} lắp đặt trạm cảnh báo cháy rừng tự động.\n")
    assert facts["pairs"] == {frozenset((FOREST, WEATHER))}
    duty = _plan(f"8. {FIRE} có trách nhiệm cùng với {FOREST} rà soát phương án chữa cháy.\n")
    assert duty["pairs"] == {frozenset((FIRE, FOREST))}
    # "Cùng với đó" opens a clause: no partner
    assert _plan(f"9. Cùng với đó, {FOREST} tăng cường tuần tra.\n")["pairs"] == set()


def test_a_column_of_lead_and_partners_together_names_its_lead_apart():
    facts = _plan("| TT | Nội dung | Cơ quan chủ trì, phối hợp | Thời gian |\n|---|---|---|---|\n"
                  f"| 1 | Trang bị máy thổi gió cho tổ đội | {FIRE} (chủ trì); {FOREST}, {WEATHER} | Quý I/2027 |\n")
    # before, every body in the column was a lead, and the partners were paired with each other
    assert facts["pairs"] == {frozenset((FIRE, FOREST)), frozenset((FIRE, WEATHER))}
    assert holders(facts["leads"], "Trang bị máy thổi gió") == {FIRE}


def test_a_body_qualified_by_a_clause_of_place_leads_and_pairs():
    facts = _plan(f"10. Ủy ban nhân dân cấp huyện nơi có rừng phòng hộ đầu nguồn, rừng đặc dụng chủ trì, phối hợp "
                  f"với {FOREST} lập chốt canh lửa trong các tháng cao điểm.\n")
    # before, "nơi có ..." parted the body from its lead word: no lead and no pair
    assert facts["pairs"] == {frozenset(("Ủy ban nhân dân cấp huyện", FOREST))}
    assert holders(facts["leads"], "lập chốt canh lửa") == {"Ủy ban nhân dân cấp huyện"}


def test_partners_listed_after_a_head_noun_pair_with_the_lead():
    facts = _plan(f"11. {FOREST} chủ trì, phối hợp với các đơn vị sau: {FIRE}, {WEATHER} tổ chức diễn tập "
                  "phương án chữa cháy rừng cấp tỉnh.\n")
    # before, "các đơn vị sau:" hid the list: no pair
    assert facts["pairs"] == {frozenset((FOREST, FIRE)), frozenset((FOREST, WEATHER))}
    named = _plan(f"12. {FOREST} chủ trì, phối hợp với các cơ quan liên quan như {FIRE}, {WEATHER} kiểm tra "
                  "thiết bị cảnh báo cháy.\n")
    assert {frozenset((FOREST, FIRE)), frozenset((FOREST, WEATHER))} <= named["pairs"]


def test_a_partner_qualified_by_a_clause_of_place_does_not_end_the_list():
    facts = _plan(f"13. {FOREST} chủ trì, phối hợp với Ủy ban nhân dân cấp xã nơi có diện tích rừng trồng lớn và "
                  f"{WEATHER} cập nhật bản đồ cấp dự báo cháy rừng.\n")
    # before, the list stopped at "nơi ...": the partner after it was lost
    assert facts["pairs"] == {frozenset((FOREST, "Ủy ban nhân dân cấp xã")), frozenset((FOREST, WEATHER))}


def test_partners_a_line_each_below_a_collective_opener_pair_with_the_lead():
    facts = _plan(f"14. {FOREST} chủ trì, phối hợp với các cơ quan sau:\n+ {FIRE};\n+ {WEATHER}.\n")
    # before, the opener made the sentence a lead-in of the lines below: each body became a task of the lead and the
    # only pair was with "các cơ quan"
    assert facts["pairs"] == {frozenset((FOREST, FIRE)), frozenset((FOREST, WEATHER))}
    assert holders(facts["leads"], WEATHER) == set()


def test_partners_cut_by_semicolons_pair_with_the_lead_unless_a_clause_of_their_own_follows():
    facts = _plan(f"15. {FOREST} chủ trì, phối hợp với {FIRE}; {WEATHER}; Ủy ban nhân dân cấp xã lập kế hoạch "
                  "huy động lực lượng tại chỗ.\n")
    # before, the first semicolon ended the list: only the first partner
    assert facts["pairs"] == {frozenset((FOREST, FIRE)), frozenset((FOREST, WEATHER)),
                              frozenset((FOREST, "Ủy ban nhân dân cấp xã"))}
    own = _plan(f"16. {FOREST} chủ trì, phối hợp với {FIRE}; {WEATHER} chịu trách nhiệm cung cấp bản tin dự báo.\n")
    assert own["pairs"] == {frozenset((FOREST, FIRE))}


def test_partners_who_tham_gia_phoi_hop_join_the_lead_of_the_sentence():
    facts = _plan(f"17. {FOREST} chủ trì xây dựng phương án; {FIRE}, {WEATHER} tham gia phối hợp.\n")
    # before, "tham gia" parted the partners from "phối hợp": no pair
    assert facts["pairs"] == {frozenset((FOREST, FIRE)), frozenset((FOREST, WEATHER))}

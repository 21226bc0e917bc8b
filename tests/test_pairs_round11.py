"""Coordination pairs and leads on published text (issue 9, round 11, `pairs11`): role labels lettered on one line
("a) Cơ quan chủ trì: X; b) Cơ quan phối hợp: Y"), partners listed a line each below "phối hợp với:", Markdown headings
that name a body ("## Sở Y tế"). Every text here is invented."""

from __future__ import annotations

from collections import defaultdict

from documentfacts import facts_of, holders, predictions_from_quads

from policykg.graph_builder.pipeline import build_source, emit_result
from policykg.graph_builder.read import source_from_bytes

TOP = ("ỦY BAN NHÂN DÂN TỈNH KON TUM\n\nSố: 118/KH-UBND\n\nKẾ HOẠCH\n\nBảo tồn nhà rông truyền thống\n\n"
       "II. NHIỆM VỤ CỤ THỂ\n\n")
PLACE = " tỉnh Kon Tum"
FOLK = frozenset(("Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo"))
MONEY = frozenset(("Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"))
LEADER = {"Sở Văn hóa, Thể thao và Du lịch"}


def _plan(body: str) -> dict:
    return facts_of(TOP + body, drop_suffix=PLACE)


def test_lettered_role_labels_on_one_line_name_the_lead_and_its_partners_apart():
    facts = _plan("3. Kiểm kê hiện trạng các nhà rông ở vùng sâu.\n"
                  "a) Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; b) Cơ quan phối hợp: Sở Dân tộc và "
                  "Tôn giáo, Sở Tài chính; c) Thời gian thực hiện: Quý I/2028.\n")
    # the partners' label is lettered like the lead's: before, every body on the line was taken as a lead
    assert facts["pairs"] == {FOLK, MONEY}
    assert holders(facts["leads"], "Kiểm kê hiện trạng") == LEADER


def test_lettered_role_labels_after_the_task_in_its_own_sentence():
    facts = _plan("3. Phục dựng lễ mừng nhà rông mới tại các làng; a) Cơ quan chủ trì: Sở Văn hóa, Thể thao "
                  "và Du lịch; b) Cơ quan phối hợp: Sở Dân tộc và Tôn giáo; c) Tiến độ: năm 2028.\n")
    assert facts["pairs"] == {FOLK}
    assert holders(facts["leads"], "Phục dựng lễ mừng") == LEADER


def test_partners_listed_a_line_each_below_the_lead_pair_with_it():
    facts = _plan("4. Để lập hồ sơ di sản cho các nhà rông cổ, Sở Văn hóa, Thể thao và Du lịch chủ trì, "
                  "phối hợp với:\n- Sở Dân tộc và Tôn giáo;\n- Sở Tài chính.\n")
    assert facts["pairs"] == {FOLK, MONEY}
    # the bodies below are partners, not tasks of the lead
    assert holders(facts["leads"], "Sở Tài chính") == set()


def test_partners_below_a_lead_in_of_an_actor_heading():
    facts = _plan("1. Sở Văn hóa, Thể thao và Du lịch\n- Chủ trì, phối hợp chặt chẽ với các cơ quan sau:\n"
                  "+ Sở Dân tộc và Tôn giáo;\n+ Sở Tài chính.\n"
                  "- Tổng hợp kết quả bảo tồn, báo cáo Ủy ban nhân dân tỉnh.\n")
    assert facts["pairs"] == {FOLK, MONEY}
    assert holders(facts["duties"], "Tổng hợp kết quả bảo tồn") == LEADER


def test_bodies_listed_below_a_lead_in_that_opens_no_partners_are_not_partners():
    facts = _plan("4. Sở Văn hóa, Thể thao và Du lịch chủ trì tổng hợp báo cáo của các đơn vị sau:\n"
                  "- Sở Dân tộc và Tôn giáo;\n- Sở Tài chính.\n")
    assert FOLK not in facts["pairs"] and MONEY not in facts["pairs"]


MARKDOWN = ("# ỦY BAN NHÂN DÂN TỈNH KON TUM\n\n# KẾ HOẠCH\n\nBảo tồn nhà rông truyền thống\n\n"
            "# I. MỤC ĐÍCH\n\nGìn giữ không gian văn hóa cộng đồng các dân tộc.\n\n# II. TỔ CHỨC THỰC HIỆN\n\n")


def test_a_markdown_heading_that_names_a_body_gives_it_the_duties_below():
    facts = facts_of(MARKDOWN + "## Sở Văn hóa, Thể thao và Du lịch\n\n"
                                "- Chủ trì, phối hợp với Sở Tài chính lập dự toán tu bổ nhà rông hằng năm.\n"
                                "- Hướng dẫn các làng tổ chức lễ hội truyền thống.\n\n"
                                "## Sở Dân tộc và Tôn giáo\n\n- Vận động già làng tham gia truyền dạy nghề.\n\n"
                                "## Kinh phí\n\n- Bố trí từ nguồn sự nghiệp văn hóa.\n",
                     name="plan.md", drop_suffix=PLACE)
    assert facts["pairs"] == {MONEY}
    assert holders(facts["leads"], "lập dự toán tu bổ") == LEADER
    assert holders(facts["duties"], "Hướng dẫn các làng") == LEADER
    assert holders(facts["duties"], "Vận động già làng") == {"Sở Dân tộc và Tôn giáo"}
    # a heading at the same level that names no body ends the body's heading
    assert holders(facts["duties"], "Bố trí từ nguồn") == set()


def test_a_title_of_duties_that_names_a_second_owner_after_cua_keeps_the_first():
    facts = _plan("5. Trách nhiệm của Sở Dân tộc và Tôn giáo; của các già làng, người có uy tín:\n"
                  "a) Vận động đồng bào giữ gìn kiến trúc nhà rông;\n"
                  "b) Phối hợp với Sở Văn hóa, Thể thao và Du lịch trong việc kiểm kê hiện vật.\n")
    # before, the second "của" hid the whole title: no owner for the items, no pair
    assert facts["pairs"] == {FOLK}
    assert holders(facts["duties"], "Vận động đồng bào") == {"Sở Dân tộc và Tôn giáo"}


def test_registering_to_lead_a_project_is_no_lead_of_the_holder():
    facts = _plan("6. Sở Tài chính hướng dẫn các hợp tác xã đăng ký chủ trì thực hiện dự án bảo tồn nhà rông.\n")
    assert holders(facts["leads"], "thực hiện dự án bảo tồn") == set()
    assert holders(facts["duties"], "hướng dẫn các hợp tác xã") == {"Sở Tài chính"}


def test_every_owner_named_after_cua_holds_the_items():
    facts = _plan("5. Trách nhiệm của Sở Dân tộc và Tôn giáo; của Sở Tài chính:\n"
                  "a) Phối hợp với Sở Văn hóa, Thể thao và Du lịch trong việc kiểm kê hiện vật.\n")
    assert facts["pairs"] == {FOLK, MONEY}


DYKES = ("ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\n\nSố: 09/QĐ-UBND\n\nQUY CHẾ\n\nPhối hợp hộ đê mùa lũ\n\n"
         "Điều 4. Cơ quan thường trực\n\n")


def test_a_lead_before_phoi_hop_giua_leads_the_work_and_the_bodies_after_giua_pair_among_themselves():
    facts = facts_of(DYKES + "Chi cục Thủy lợi thực hiện nhiệm vụ thường trực công tác phối hợp giữa Công an tỉnh và "
                             "Sở Y tế trong cứu hộ đê điều.\n", drop_suffix=" tỉnh Thái Bình")
    assert holders(facts["leads"], "công tác phối hợp giữa") == {"Chi cục Thủy lợi"}
    assert facts["pairs"] == {frozenset(("Công an", "Sở Y tế"))}


def test_several_standing_bodies_each_lead_the_work_of_coordination_without_pairs():
    facts = facts_of(DYKES + "Chi cục Thủy lợi, Sở Xây dựng và Bộ Chỉ huy Quân sự tỉnh chủ trì công tác phối hợp "
                             "giữa các lực lượng trong tuần tra canh đê.\n", drop_suffix=" tỉnh Thái Bình")
    assert holders(facts["leads"], "phối hợp giữa các lực lượng") == {"Chi cục Thủy lợi", "Sở Xây dựng",
                                                                         "Bộ Chỉ huy Quân sự"}
    assert facts["pairs"] == set()


def test_the_owner_named_after_thuoc_does_not_lead_the_work_of_coordination():
    facts = facts_of(DYKES + "Lực lượng xung kích thuộc Sở Xây dựng là nòng cốt trong hoạt động phối hợp giữa các "
                             "lực lượng hộ đê.\n", drop_suffix=" tỉnh Thái Bình")
    assert holders(facts["leads"], "phối hợp giữa các") == set()


def test_a_table_whose_executors_stand_beside_a_column_of_partners_names_them_the_leads():
    facts = facts_of(TOP + "| TT | Nội dung | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n"
                           "| 1 | Lập hồ sơ khoa học nhà rông cổ | Sở Văn hóa, Thể thao và Du lịch | Sở Tài chính | "
                           "Năm 2028 |\n", name="plan.md", drop_suffix=PLACE)
    assert facts["pairs"] == {MONEY}
    assert holders(facts["leads"], "Lập hồ sơ khoa học") == LEADER


def test_the_object_of_the_holders_verb_before_a_comma_is_no_party_of_the_coordination():
    facts = _plan("7. Sở Văn hóa, Thể thao và Du lịch tham mưu Ủy ban nhân dân tỉnh, phối hợp với Sở Tài chính "
                  "bố trí kinh phí tu bổ nhà rông.\n"
                  "8. Sở Văn hóa, Thể thao và Du lịch chỉ đạo Bảo tàng tỉnh phối hợp với Sở Dân tộc và Tôn giáo "
                  "sưu tầm hiện vật.\n")
    # the holder advises the committee and cooperates with the finance department; the museum it directs, named
    # with no comma before "phối hợp", is the party of the second
    assert facts["pairs"] == {MONEY, frozenset(("Bảo tàng", "Sở Dân tộc và Tôn giáo"))}


def test_bodies_that_coordinate_with_each_other_pair():
    facts = _plan("9. Sở Dân tộc và Tôn giáo, Sở Văn hóa, Thể thao và Du lịch phối hợp chặt chẽ với nhau trong "
                  "việc phục dựng lễ hội.\n")
    assert facts["pairs"] == {FOLK}


def test_html_tables_in_a_plain_text_are_read_as_rows():
    table = ("<table>\n<tr><th rowspan=\"2\">TT</th><th rowspan=\"2\">Nội dung</th><th colspan=\"2\">Cơ quan thực hiện"
             "</th><th rowspan=\"2\">Thời gian</th></tr>\n<tr><th>Chủ trì</th><th>Phối hợp</th></tr>\n<tr><td>1</td>"
             "<td>Số hóa tư liệu về nhà rông</td><td>Sở Văn hóa, Thể thao và Du lịch</td><td>Sở Tài chính</td>"
             "<td>Quý III/2028</td></tr>\n</table>\n")
    source = source_from_bytes((TOP + table).encode("utf-8"), "plan.txt")
    found = predictions_from_quads(emit_result(build_source(source)), defaultdict(set))
    labels = {a: sorted(found.labels[a])[0].removesuffix(PLACE) for a in found.labels}
    assert {frozenset(labels[a] for a in pair) for pair in found.pairs} == {MONEY}
    assert {labels[a] for a, task in found.leads if task == "Số hóa tư liệu về nhà rông"} == LEADER

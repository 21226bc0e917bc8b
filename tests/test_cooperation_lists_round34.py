"""Lists of cooperating bodies after "phối hợp với" that the builder misread (issue 9, round 34, lane `pairs`, second
wave): general grammar of the genre, found on invented text (plans and quy chế write these forms; no development text
holds them, so the development figures do not move):

1. a head that announces the list in the sentence itself, "X chủ trì, phối hợp với các cơ quan sau đây: a) Sở A; b) Sở
   B; c) Sở C ..." (also "- Sở A; - Sở B", "+ ...", "• ...", "Sở A, Sở B và Sở C" after the head): every body of the
   list is a partner of the lead, and the head ("các cơ quan sau đây") is none (``assertions/followinglists.py``);
2. "X phối hợp với:" (no "chủ trì") over list lines "- Sở A;" / "- Sở B.": X cooperates with each body listed
   (unled), also when X is the heading above ("3. Sở A:" / "Kiểm tra ... và phối hợp với:") (``roleblocks``);
3. a list of partners that goes on after a comma over a blank line or a page's number, with a capitalised name
   ("phối hợp với Sở A, Sở B," / "" / "12" / "" / "Sở C và các cơ quan liên quan ..."): one sentence, as if no page
   broke it (``linebreaks.partner_list_goes_on``, used by ``read``).

The lead (if any) pairs with every body of the list; the duty's holders are as the builder gives them for the same
list on one line. Every text here is invented; each test fails without the change unless its docstring says it is a
guard.
"""

from __future__ import annotations

import pytest

from documentfacts import facts_of

HEAD = """ỦY BAN NHÂN DÂN TỈNH BẾN TRE
Số: 31/KH-UBND
Bến Tre, ngày 9 tháng 9 năm 2026

KẾ HOẠCH
Phòng, chống dịch bệnh trên cây trồng năm 2026

II. NHIỆM VỤ
"""


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Bến Tre")


def _pairs(lead: str, *partners: str) -> set[frozenset]:
    return {frozenset((lead, p)) for p in partners}


PARTNERS = ("Sở Khoa học và Công nghệ", "Sở Tài chính", "Công an")


@pytest.mark.parametrize("listed", [
    "a) Sở Khoa học và Công nghệ; b) Sở Tài chính; c) Công an tỉnh",
    "- Sở Khoa học và Công nghệ; - Sở Tài chính; - Công an tỉnh",
    "+ Sở Khoa học và Công nghệ; + Sở Tài chính; + Công an tỉnh",
    "• Sở Khoa học và Công nghệ • Sở Tài chính • Công an tỉnh",
    "Sở Khoa học và Công nghệ, Sở Tài chính và Công an tỉnh",
])
def test_a_list_the_head_announces_in_the_sentence_pairs_the_lead_with_every_body_not_with_the_head(listed):
    found = _facts(f"1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ quan sau đây: {listed} giám sát sâu "
                   "bệnh hại trên cây lúa.\n")
    assert _pairs("Sở Nông nghiệp và Môi trường", *PARTNERS) <= found["pairs"]
    assert not any("cơ quan, đơn vị" in p for p in found["pairs"])


@pytest.mark.parametrize("duty, partners, led", [
    # a named partner before the head: the list adds to it
    ("chủ trì giám sát sâu bệnh hại, phối hợp với Sở Nội vụ và các đơn vị sau:", ("Sở Nội vụ", "Sở Tài chính", "Công an"),
     True),
    # no lead: the holder cooperates with each body of the list (unled)
    ("giám sát sâu bệnh hại và phối hợp với các cơ quan sau:", ("Sở Tài chính", "Công an"), False),
])
def test_a_head_after_a_named_partner_or_without_a_lead_pairs_the_holder_with_each_body(duty, partners, led):
    found = _facts(f"1. Sở Nông nghiệp và Môi trường {duty} a) Sở Tài chính; b) Công an tỉnh.\n")
    assert _pairs("Sở Nông nghiệp và Môi trường", *partners) <= found["pairs"]
    assert any(actor == "Sở Nông nghiệp và Môi trường" for actor, _ in found["leads"]) == led


def test_a_holder_cooperating_with_the_bodies_listed_a_line_each_below_its_sentence_pairs_with_each():
    found = _facts("3. Sở Nông nghiệp và Môi trường phối hợp với:\n- Sở Tài chính;\n- Công an tỉnh.\n"
                   "4. Sở Nội vụ tổng hợp kết quả.\n")
    assert _pairs("Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Công an") <= found["pairs"]
    assert not found["leads"]


def test_the_holder_of_a_heading_over_a_duty_ending_in_phoi_hop_voi_pairs_with_each_body_below():
    found = _facts("3. Sở Nông nghiệp và Môi trường:\nGiám sát sâu bệnh hại trên cây lúa và phối hợp với:\n"
                   "- Sở Tài chính;\n- Công an tỉnh.\n4. Sở Nội vụ tổng hợp kết quả.\n")
    assert _pairs("Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Công an") <= found["pairs"]


def test_duties_listed_below_phoi_hop_voi_make_no_pair():
    """A guard (passes without the change): the lines below name duties, not bodies."""
    found = _facts("3. Sở Nông nghiệp và Môi trường phối hợp với:\n- Giám sát sâu bệnh hại trên cây lúa;\n- Báo cáo "
                   "kết quả về Ủy ban nhân dân tỉnh.\n4. Sở Nội vụ tổng hợp kết quả.\n")
    assert not found["pairs"]


@pytest.mark.parametrize("between", ["\n\n", "\n\n12\n\n"])   # ("- 12 -" was joined before: a page's, always)
def test_a_list_of_partners_going_on_after_a_comma_over_a_blank_line_or_a_page_number_keeps_every_partner(between):
    found = _facts("1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Khoa học và Công nghệ, Sở Tài chính,"
                   f"{between}Công an tỉnh và các cơ quan liên quan giám sát sâu bệnh hại trên cây lúa.\n")
    assert _pairs("Sở Nông nghiệp và Môi trường", *PARTNERS) <= found["pairs"]
    assert {actor for actor, _ in found["leads"]} == {"Sở Nông nghiệp và Môi trường"}


@pytest.mark.parametrize("opening, partner", [
    ("Ban Quản lý các khu công nghiệp tỉnh", "Ban Quản lý các khu công nghiệp"),   # a head noun's name
    ("UBND các huyện", "Ủy ban nhân dân cấp huyện"),                              # initials
])
def test_the_line_after_the_page_number_may_open_with_a_head_noun_or_initials(opening, partner):
    found = _facts("1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính,\n\n7\n\n"
                   f"{opening} giám sát sâu bệnh hại trên cây lúa.\n")
    assert _pairs("Sở Nông nghiệp và Môi trường", "Sở Tài chính", partner) <= found["pairs"]


def test_a_sentence_ending_in_a_comma_outside_a_list_of_partners_does_not_run_on_over_a_blank_line():
    """A guard (passes without the change): no "phối hợp với" opens a list on the line, the next body's sentence is
    its own."""
    found = _facts("1. Sở Nông nghiệp và Môi trường tổ chức tập huấn, hội thảo,\n\nSở Tài chính bố trí kinh phí thực "
                   "hiện.\n")
    assert not found["pairs"]
    assert ("Sở Tài chính", "Sở Tài chính bố trí kinh phí thực hiện.") in found["duties"]

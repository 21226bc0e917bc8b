"""A run of the issuer's requests, one a sentence (round 30, `duties30`): "Giao Cục A sẵn sàng ... . Giao Cục B chủ
động ..." — the second "giao" is the issuer's as the first was, not an act of Cục A, which holds no part of Cục B's
task (``assertions.requestruns``, in ``duties._heading_assigns``); a body's own sentence followed by "Giao Y ..."
still gives that body the assigning ("Sở Y tế tổ chức ... . Giao Trung tâm ..."). Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

HEAD = """BỘ CÔNG AN

CÔNG ĐIỆN
Về việc ứng phó với bão số 5

"""

RUN = HEAD + """3. Giao Cục Cảnh sát giao thông sẵn sàng lực lượng, phương tiện. Giao Cục Cảnh sát cơ động chủ động phương án \
chi viện cho các địa phương.
"""


def test_the_body_of_the_first_request_holds_no_part_of_the_second():
    duties = facts_of(RUN)["duties"]
    assert holders(duties, "chủ động phương án chi viện") == {"Cục Cảnh sát cơ động"}
    assert holders(duties, "sẵn sàng lực lượng") == {"Cục Cảnh sát giao thông"}


OWN = """ỦY BAN NHÂN DÂN TỈNH LONG AN

KẾ HOẠCH
Phòng chống dịch năm 2027

II. NHIỆM VỤ
1. Sở Y tế tổ chức tiêm chủng cho trẻ em trên địa bàn tỉnh. Giao Trung tâm Kiểm soát bệnh tật tỉnh theo dõi số ca mắc.
"""


def test_a_bodys_own_sentence_before_giao_still_makes_it_the_giver():   # (a guard: passes without the change)
    duties = facts_of(OWN, drop_suffix=" tỉnh Long An")["duties"]
    assert holders(duties, "theo dõi số ca mắc") == {"Sở Y tế", "Trung tâm Kiểm soát bệnh tật"}

"""A long list of the bodies a text addresses (round 30, `duties30`): its members parted by semicolons ("Giao Cục A;
Cục B; Cục C sẵn sàng ..."), opened by the kind they are ("Giao các đơn vị Cục A; Cục B ..."), a member's name with a
kind of body in lower case in its domain ("Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo
dưỡng;"). Every member holds the duty after the list (``assertions.addresseelists``, ``semicolonitems``). Every
text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, graph_actors, holders

HEAD = """BAN CHỈ ĐẠO PHÒNG THỦ DÂN SỰ BỘ CÔNG AN

CÔNG ĐIỆN
Về việc ứng phó với bão số 5

"""

SEMICOLONS = HEAD + """1. Giao Cục Cảnh sát giao thông; Cục Y tế; Cục Trang bị và kho vận sẵn sàng lực lượng, phương tiện chi viện cho \
các địa phương.
"""

KIND = HEAD + """2. Giao các đơn vị Cục Công nghệ thông tin; Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường \
giáo dưỡng; Cục Viễn thông và cơ yếu bảo đảm thông tin liên lạc phục vụ công tác chỉ huy.
"""

CLAUSES = HEAD + """3. Giao Cục Y tế chủ trì chuẩn bị cơ số thuốc; Cục Trang bị và kho vận bảo đảm xăng dầu.
"""


def test_every_member_of_a_semicolon_list_holds_the_duty():
    duties = facts_of(SEMICOLONS)["duties"]
    assert {"Cục Cảnh sát giao thông", "Cục Y tế", "Cục Trang bị và kho vận"} <= holders(duties, "sẵn sàng lực lượng")


def test_a_list_opened_by_its_kind_holds_the_duty():
    duties = facts_of(KIND)["duties"]
    assert {"Cục Công nghệ thông tin", "Cục Viễn thông và cơ yếu",
            "Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng"} \
        <= holders(duties, "bảo đảm thông tin liên lạc")


def test_a_member_named_with_a_kind_in_its_domain_is_one_actor():
    actors = graph_actors(KIND)
    assert "Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng" in actors
    assert "Cục Cảnh sát quản lý trại giam" not in actors


def test_a_semicolon_after_a_members_own_words_parts_two_clauses():   # (a guard: passes without the change)
    duties = facts_of(CLAUSES)["duties"]
    assert holders(duties, "chuẩn bị cơ số thuốc") == {"Cục Y tế"}
    assert "Cục Y tế" not in holders(duties, "bảo đảm xăng dầu")

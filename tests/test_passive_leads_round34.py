"""Leads of passive and nominal assignments (issue 9, round 34, `leads34`): "X được Y giao chủ trì ..." (Y, between
"được" and "giao", is the assigner: X holds and leads the task), "X đảm nhận vai trò chủ trì ...", the label "Trách
nhiệm chủ trì: X" and "Việc <task> giao X chủ trì." (the task named before "giao" is the lead's task). Every text here
is invented; each test fails without the change unless its docstring says it is a guard.
"""

from __future__ import annotations

from documentfacts import facts_of

HEAD = """ỦY BAN NHÂN DÂN TỈNH HẬU GIANG
Số: 47/KH-UBND
Hậu Giang, ngày 9 tháng 3 năm 2026

KẾ HOẠCH
Phòng, chống buôn lậu và gian lận thương mại năm 2026

II. NHIỆM VỤ
"""


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Hậu Giang")


def _leads_of(found: dict, fragment: str) -> set[str]:
    return {actor for actor, task in found["leads"] if fragment in task}


def _holders_of(found: dict, fragment: str) -> set[str]:
    return {actor for actor, task in found["duties"] if fragment in task}


PASSIVE = """\
1. Công an tỉnh cũng được Ủy ban nhân dân tỉnh giao chủ trì điều tra các đường dây buôn lậu thuốc lá.
2. Sở Công Thương được Thủ tướng Chính phủ giao chủ trì kiểm soát thị trường xăng dầu.
3. Cục Hải quan được Thủ tướng giao nhiệm vụ chủ trì kiểm tra hàng hóa quá cảnh.
4. Sở Tài chính được Bộ Tài chính, Bộ Công Thương giao chủ trì rà soát giá vật tư nông nghiệp.
"""


def test_the_body_given_the_lead_in_the_passive_leads_and_holds_the_task_not_its_assigner():
    found = _facts(PASSIVE)
    for fragment, lead in (("đường dây buôn lậu thuốc lá", "Công an"), ("thị trường xăng dầu", "Sở Công Thương"),
                           ("hàng hóa quá cảnh", "Cục Hải quan"), ("giá vật tư nông nghiệp", "Sở Tài chính")):
        assert _leads_of(found, fragment) == {lead}, fragment
        assert _holders_of(found, fragment) == {lead}, fragment


def test_the_assigner_named_by_its_post_is_no_partner_and_the_partners_pair_with_the_lead():
    found = _facts("1. Sở Y tế được Chủ tịch Ủy ban nhân dân tỉnh giao chủ trì, phối hợp với Sở Nông nghiệp và Môi "
                   "trường kiểm tra an toàn thực phẩm tại các chợ đầu mối.\n")
    assert _leads_of(found, "an toàn thực phẩm") == {"Sở Y tế"}
    assert frozenset(("Sở Y tế", "Sở Nông nghiệp và Môi trường")) in found["pairs"]
    assert not any("Ủy ban nhân dân" in pair for pair in found["pairs"])


def test_guard_the_plain_passive_and_the_active_assignment_keep_their_lead():
    """A guard (passes without the change): "X được giao chủ trì ..." and "Y giao X chủ trì ..." already read X."""
    found = _facts("1. Sở Tư pháp được giao chủ trì thẩm định các văn bản quy phạm.\n"
                   "2. Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì kiểm tra công vụ.\n")
    assert _leads_of(found, "thẩm định các văn bản quy phạm") == {"Sở Tư pháp"}
    assert _leads_of(found, "kiểm tra công vụ") == {"Sở Nội vụ"}


def test_a_body_that_takes_on_the_role_of_lead_leads_the_task():
    found = _facts("1. Sở Nội vụ đảm nhận vai trò chủ trì tổ chức hội nghị tập huấn cán bộ cơ sở.\n"
                   "2. Thanh tra tỉnh đảm nhiệm vai trò chủ trì đối thoại với doanh nghiệp.\n")
    assert _leads_of(found, "tập huấn cán bộ cơ sở") == {"Sở Nội vụ"}
    assert _leads_of(found, "đối thoại với doanh nghiệp") == {"Thanh tra"}


LABELS = """\
1. Tổ chức hội nghị tập huấn cán bộ cơ sở.
- Trách nhiệm chủ trì: Sở Nội vụ.
- Trách nhiệm phối hợp: Sở Tư pháp.
2. Kiểm tra hàng giả trên sàn thương mại điện tử; trách nhiệm chủ trì: Sở Công Thương; trách nhiệm phối hợp: Công an \
tỉnh.
"""


def test_a_label_of_the_responsibility_to_lead_names_the_lead_and_its_partners():
    found = _facts(LABELS)
    assert _leads_of(found, "tập huấn cán bộ cơ sở") == {"Sở Nội vụ"}
    assert _leads_of(found, "hàng giả trên sàn thương mại điện tử") == {"Sở Công Thương"}
    assert {frozenset(("Sở Nội vụ", "Sở Tư pháp")), frozenset(("Sở Công Thương", "Công an"))} <= found["pairs"]


def test_the_task_named_before_giao_is_the_leads_task():
    found = _facts("1. Việc rà soát thủ tục hành chính về đất đai giao Sở Tư pháp chủ trì.\n"
                   "2. Việc số hóa hồ sơ hộ tịch giao Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ.\n")
    assert _leads_of(found, "rà soát thủ tục hành chính về đất đai") == {"Sở Tư pháp"}
    assert _leads_of(found, "số hóa hồ sơ hộ tịch") == {"Sở Nội vụ"}
    assert frozenset(("Sở Nội vụ", "Sở Khoa học và Công nghệ")) in found["pairs"]


def test_guard_a_lead_given_its_own_task_after_giao_keeps_it():
    """A guard (passes without the change): "Việc T giao X chủ trì <verb> ..." gives X its own words' task."""
    found = _facts("1. Việc triển khai Đề án giao Sở Tư pháp chủ trì xây dựng kế hoạch chi tiết.\n")
    assert _leads_of(found, "xây dựng kế hoạch chi tiết") == {"Sở Tư pháp"}
    assert not _leads_of(found, "Việc triển khai Đề án")


def test_the_body_given_a_task_by_a_named_assigner_holds_it():
    found = _facts("1. Sở Khoa học và Công nghệ được Ủy ban nhân dân tỉnh giao xây dựng cơ sở dữ liệu truy xuất nguồn "
                   "gốc hàng hóa.\n"
                   "2. Chi cục Quản lý thị trường đã được Bộ Công Thương phân công kiểm tra các cửa hàng xăng dầu, phối "
                   "hợp với Công an tỉnh.\n")
    assert _holders_of(found, "truy xuất nguồn gốc hàng hóa") == {"Sở Khoa học và Công nghệ"}
    assert {"Chi cục Quản lý thị trường", "Công an"} <= _holders_of(found, "cửa hàng xăng dầu")
    assert "Bộ Công Thương" not in _holders_of(found, "cửa hàng xăng dầu")
    assert frozenset(("Chi cục Quản lý thị trường", "Công an")) in found["pairs"]


def test_guard_the_tasks_a_body_was_given_named_in_a_relative_clause_are_no_duty_of_it():
    """A guard (passes on main, fails on c9151b0 before its relative-clause check): "các nhiệm vụ mà X được Y giao."
    names the tasks given, with no task after "giao"."""
    found = _facts("1. Rà soát, hoàn thành các nhiệm vụ mà Sở Xây dựng được Ủy ban nhân dân tỉnh giao.\n")
    assert not _holders_of(found, "Sở Xây dựng được Ủy ban nhân dân tỉnh giao")

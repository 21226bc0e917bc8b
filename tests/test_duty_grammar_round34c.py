"""The grammar of duty on invented documents of the genre (issue 9, round 34c, `forms34`): a lead word after "phối
hợp với" that describes the partners ("Sở A phối hợp với các đơn vị được Y giao chủ trì ...", "... với cơ quan chủ trì
...") gives the holder no lead; a body named right before "được (Y) giao chủ trì" leads, with the holder as its
partner. Every text here is invented; each test fails without the change unless its docstring says it is a guard.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

HEAD = """ỦY BAN NHÂN DÂN TỈNH KON TUM
Số: 112/KH-UBND
Kon Tum, ngày 14 tháng 4 năm 2026

KẾ HOẠCH
Kiểm soát thị trường vật tư nông nghiệp năm 2026

II. NHIỆM VỤ
"""


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Kon Tum")


UNNAMED = """\
1. Sở Công Thương phối hợp với các đơn vị được Ủy ban nhân dân tỉnh giao chủ trì kiểm tra kho phân bón.
2. Sở Y tế phối hợp với cơ quan chủ trì thanh tra cơ sở sản xuất thuốc thú y.
3. Sở Xây dựng phối hợp với các đơn vị chủ trì nhiệm vụ tại Phụ lục lập danh mục kho vật tư.
4. Sở Nội vụ phối hợp với các cơ quan, đơn vị được phân công chủ trì rà soát nhân sự các tổ công tác.
5. Sở Tư pháp phối hợp với đơn vị được giao nhiệm vụ chủ trì soạn thảo quy định về kho bãi.
"""


def test_a_lead_word_that_describes_unnamed_partners_is_no_lead_of_the_holder():
    found = _facts(UNNAMED)
    for fragment, holder in (("kho phân bón", "Sở Công Thương"), ("thuốc thú y", "Sở Y tế"),
                             ("danh mục kho vật tư", "Sở Xây dựng"), ("nhân sự các tổ công tác", "Sở Nội vụ"),
                             ("quy định về kho bãi", "Sở Tư pháp")):
        assert holders(found["leads"], fragment) == set(), fragment
        assert holder in holders(found["duties"], fragment), fragment
    assert not any("Ủy ban nhân dân" in pair for pair in found["pairs"])


NAMED = """\
1. Sở Tài chính phối hợp với Công an tỉnh được Ủy ban nhân dân tỉnh giao chủ trì điều tra các vụ gian lận hóa đơn.
2. Sở Nông nghiệp và Môi trường phối hợp chặt chẽ với Sở Công Thương được giao chủ trì kiểm soát giá thức ăn chăn nuôi.
"""
OWN = """\
1. Sở Y tế chủ trì, phối hợp với các đơn vị được giao quản lý chợ kiểm tra thuốc bảo vệ thực vật.
2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp với Liên đoàn Lao động tỉnh triệu tập và chủ trì hội nghị đối thoại.
3. Sở Công Thương là cơ quan chủ trì, phối hợp với đơn vị được giao quản lý kho tổng hợp giá vật tư.
4. Sở Tư pháp phối hợp với Sở Nội vụ (cơ quan chủ trì) rà soát quy chế kho bãi.
"""


def test_a_body_named_before_its_passive_assignment_leads_and_pairs_with_the_holder():
    found = _facts(NAMED)
    for fragment, lead, partner in (("gian lận hóa đơn", "Công an", "Sở Tài chính"),
                                    ("thức ăn chăn nuôi", "Sở Công Thương", "Sở Nông nghiệp và Môi trường")):
        assert holders(found["leads"], fragment) == {lead}, fragment
        assert frozenset((lead, partner)) in found["pairs"], fragment
    assert not any("Ủy ban nhân dân" in pair for pair in found["pairs"])


def test_guard_the_holders_own_lead_stays_its_own():
    """A guard (passes without the change): the holder's own lead word, before "phối hợp với" (also "là cơ quan chủ
    trì") or after its partners joined by "và", and a partner marked "(cơ quan chủ trì)", keep their lead."""
    found = _facts(OWN)
    expected = {"thuốc bảo vệ thực vật": "Sở Y tế", "hội nghị đối thoại": "Ủy ban Mặt trận Tổ quốc Việt Nam",
                "tổng hợp giá vật tư": "Sở Công Thương", "quy chế kho bãi": "Sở Nội vụ"}
    assert {fragment: holders(found["leads"], fragment) for fragment in expected} == \
        {fragment: {lead} for fragment, lead in expected.items()}


HEADED = """\
1. Sở Tài chính:
- Phối hợp với Sở Xây dựng (cơ quan chủ trì) thẩm định dự toán kho lạnh.
- Phối hợp với Công an tỉnh được Ủy ban nhân dân tỉnh giao chủ trì định giá tang vật.
2. Sở Nội vụ, Sở Tư pháp:
- Phối hợp với Sở Công Thương được giao chủ trì rà soát quy chế kiểm tra liên ngành.
"""


def test_the_partner_marked_as_lead_in_an_item_pairs_with_the_headings_holders():
    found = _facts(HEADED)
    for fragment, lead, partners in (("dự toán kho lạnh", "Sở Xây dựng", ["Sở Tài chính"]),
                                     ("định giá tang vật", "Công an", ["Sở Tài chính"]),
                                     ("quy chế kiểm tra liên ngành", "Sở Công Thương", ["Sở Nội vụ", "Sở Tư pháp"])):
        assert holders(found["leads"], fragment) == {lead}, fragment
        assert {frozenset((lead, p)) for p in partners} <= found["pairs"], fragment
        assert set(partners) <= holders(found["duties"], fragment), fragment


LEAD_IN = """\
2. Sở Y tế chủ trì, phối hợp với các đơn vị liên quan thực hiện các nhiệm vụ sau:
a) Kiểm tra an toàn thực phẩm tại các chợ nông sản;
b) Phối hợp với Sở Công Thương (cơ quan chủ trì) kiểm soát thực phẩm chức năng nhập lậu;
c) Phối hợp với đơn vị được giao chủ trì xử lý vi phạm về thuốc thú y;
d) Xây dựng quy chế, trong đó quy định trách nhiệm các sở trong việc phối hợp với Sở Y tế chia sẻ dữ liệu.
"""


def test_an_item_below_a_lead_in_that_makes_its_holder_a_partner_is_not_the_holders_lead():
    """Items a) and d) are guards (their lead stays the lead-in's); b) and c) fail without the change."""
    found = _facts(LEAD_IN)
    expected = {"chợ nông sản": {"Sở Y tế"}, "thực phẩm chức năng": {"Sở Công Thương"}, "thuốc thú y": set(),
                "chia sẻ dữ liệu": {"Sở Y tế"}}
    assert {fragment: holders(found["leads"], fragment) for fragment in expected} == expected
    assert frozenset(("Sở Công Thương", "Sở Y tế")) in found["pairs"]
    assert "Sở Y tế" in holders(found["duties"], "thuốc thú y")


ASSIGNEES = """\
1. Các cơ quan, đơn vị được giao chủ trì các nhiệm vụ tại Phụ lục có trách nhiệm báo cáo kết quả về Sở Công Thương.
2. Hằng năm, các sở, ngành được phân công chủ trì thực hiện nhiệm vụ tại Kế hoạch này có trách nhiệm lập dự toán kinh phí.
3. Sở Y tế được giao chủ trì tổ chức kiểm tra thực phẩm chức năng, có trách nhiệm tổng hợp kết quả.
"""


def test_those_given_the_lead_of_tasks_named_elsewhere_hold_their_own_duty_and_lead_nothing_here():
    """Item 3 is a guard (its lead stays: a comma parts the task it leads from its other duty)."""
    found = _facts(ASSIGNEES)
    assert holders(found["leads"], "báo cáo kết quả về Sở Công Thương") == set()
    assert holders(found["leads"], "lập dự toán kinh phí") == set()
    assert holders(found["duties"], "báo cáo kết quả về Sở Công Thương") == {"cơ quan, đơn vị"}
    assert any("lập dự toán kinh phí" in task and due == "Hằng năm" for task, due in found["dated"])
    assert holders(found["leads"], "kiểm tra thực phẩm chức năng") == {"Sở Y tế"}

"""Precision of actors, issue 9, round 13: names that ran on into the next body or the next verb (a second body after
"và", two names of a table cell whose comma was lost, the verb "giúp") and bodies named inside words an amendment
quotes. Every text is invented, of another kind of document than the one that showed the error, and worded unlike
it."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def surfaces(text: str) -> list[str]:
    """The surfaces of the actor mentions of the built ``text``, in order."""
    return [m.surface for m in build_source(source_from_string(text)).mentions if m.category == "actor"]


def test_a_kind_of_body_after_a_name_s_and_is_a_second_body():
    # a forest-protection plan and a finance circular: "Chi cục Kiểm lâm và | cơ quan công an ..." are two bodies
    found = surfaces("Chi cục Kiểm lâm và cơ quan công an huyện (Công an huyện) tuần tra các tiểu khu rừng giáp ranh.")
    assert "Chi cục Kiểm lâm" in found and not any(" và cơ quan" in s for s in found), found
    found = surfaces("Cục Hải quan và cơ quan thuế trao đổi thông tin về hàng hóa nhập khẩu hằng tháng.")
    assert found[:2] == ["Cục Hải quan", "cơ quan thuế"], found


def test_a_domain_s_and_before_a_kind_of_body_ends_the_name():
    # a name whose own words hold a "và" ("Văn hóa, Khoa học và Thông tin") ends before "và | cơ sở ...", "và | đơn vị ..."
    found = surfaces("Phòng Văn hóa, Khoa học và Thông tin và cơ sở in ấn báo cáo số liệu quý.")
    assert found == ["Phòng Văn hóa, Khoa học và Thông tin"], found
    found = surfaces("Trung tâm Văn hóa và Thể thao và đơn vị tổ chức sự kiện, hội chợ ký cam kết.")
    assert "Trung tâm Văn hóa và Thể thao" in found and not any(" và đơn vị" in s for s in found), found


def test_two_names_of_a_cell_apart_by_a_wider_gap_are_two_bodies():
    # a report's table whose cells lost their commas: a wider gap before a new head noun separates two names
    found = surfaces("| 2 | Rà soát hồ sơ bệnh án | Bệnh viện Đa khoa Lạng Sơn  Trung tâm Kiểm soát bệnh tật | Quý III |")
    assert "Bệnh viện Đa khoa Lạng Sơn" in found and "Trung tâm Kiểm soát bệnh tật" in found, found


def test_a_text_spaced_wide_throughout_keeps_its_names_whole():
    found = surfaces("Đề nghị  Hội  Liên  hiệp  Phụ  nữ  tỉnh  Lạng  Sơn  phối hợp  tuyên truyền.")
    assert any(s.split() == "Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn".split() for s in found), found


def test_giup_after_a_name_is_its_verb():
    # a Party committee's resolution and a district's decision: "X giúp Y ..." gives the name X alone
    found = surfaces("Văn phòng Huyện ủy giúp Ban Thường vụ Huyện ủy theo dõi, đôn đốc việc thực hiện Nghị quyết.")
    assert "Văn phòng Huyện ủy" in found and not any("giúp" in s for s in found), found
    found = surfaces("Trung tâm Phát triển quỹ đất giúp Ủy ban nhân dân huyện tổ chức đấu giá quyền sử dụng đất.")
    assert "Trung tâm Phát triển quỹ đất" in found and not any("giúp" in s for s in found), found


def test_a_body_inside_words_an_amendment_quotes_is_no_actor():
    # a district decision amending a regulation, its quote left open: the quoted words are text, not a body acting
    found = surfaces("2. Bỏ cụm từ “Phòng Tài nguyên và Môi trường tại điểm b khoản 2 Điều 4. "
                     "Văn phòng Ủy ban nhân dân huyện theo dõi việc thực hiện.")
    assert found == ["Văn phòng Ủy ban nhân dân huyện"], found
    # the same body named outside the quotes is an actor
    assert surfaces("Phòng Tài nguyên và Môi trường chủ trì kiểm tra hồ sơ giao đất.") == ["Phòng Tài nguyên và Môi trường"]

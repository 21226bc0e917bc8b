"""Actors of issue 9, round 12: names the builder missed on published text. Sentences invented from docs/GENRE.md and
tests/data/real/GUIDELINES.md, worded unlike the documents that showed the errors."""

from __future__ import annotations

from policykg.core.textnorm import match_form
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def actor_labels(text: str) -> list[str]:
    """The labels of the actor mentions of the built ``text``."""
    return [m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"]


# ---------------------------------------------------------------- a letter cut at the end of a fixed-width line


def test_the_conjunction_cut_at_a_line_end_is_read_as_and():
    # text wrapped at a fixed width in bytes lost the second byte of "à" at the line's end
    text = ("Đề nghị các Bộ: Ngoại giao, Văn hóa, Thể thao v\ufffd\nDu lịch, Tài chính phối hợp hướng dẫn thủ tục "
            "thị thực cho chuyên gia.")
    labels = actor_labels(text)
    assert "Bộ Văn hóa, Thể thao và Du lịch" in labels
    assert "Bộ Tài chính" in labels


def test_only_the_lone_letter_v_before_a_line_end_is_folded():
    assert match_form("Sở Xây dựng v\ufffd\nSở Tài chính") == "Sở Xây dựng và\nSở Tài chính"
    # inside a line, after another letter, or with a letter after it the lost letter is unknown
    assert match_form("giao v\ufffd Sở") == "giao v\ufffd Sở"
    assert match_form("tổng hợp lv\ufffd\n") == "tổng hợp lv\ufffd\n"
    assert match_form("v\ufffdo\n") == "v\ufffdo\n"


# ---------------------------------------------------------------- "Tổ" (a team) as a head noun of its own


def test_a_team_named_by_the_head_noun_to_is_a_body():
    assert actor_labels("Tổ Biên tập Đề án có trách nhiệm tổng hợp ý kiến góp ý.") == ["Tổ Biên tập Đề án"]
    assert actor_labels("Giao Tổ Giúp việc Hội đồng tổng hợp hồ sơ.") == ["Tổ Giúp việc Hội đồng"]


def test_to_as_the_first_syllable_of_a_common_word_opens_no_name():
    # "tổ chức" (to organise, an organisation), "Tổ quốc" (the fatherland), "tổ dân phố" (a hamlet of a ward)
    assert actor_labels("CHƯƠNG III. TỔ CHỨC THỰC HIỆN") == []
    assert actor_labels("Tổ Chức Hội Nghị Lấy Ý Kiến Cử Tri") == []
    assert actor_labels("Xây dựng lực lượng bảo vệ Tổ quốc vững mạnh.") == []
    assert actor_labels("Ủy ban nhân dân phường giao Tổ dân phố số 3 tuyên truyền.") == ["Ủy ban nhân dân cấp xã"]
    # and a name that runs through "Tổ quốc" is not cut there
    text = "Ban Chỉ đạo bảo vệ an ninh Tổ quốc tỉnh (sau đây gọi tắt là Ban Chỉ đạo 138 tỉnh) chủ trì."
    assert actor_labels(text)[0] == "Ban Chỉ đạo bảo vệ an ninh Tổ quốc tỉnh"


# ---------------------------------------------------------------- a head noun written as its initials


def test_a_head_noun_written_as_its_initials_is_read_in_full():
    text = "Đề nghị BTL Quân khu 9 và BTL Thủ đô Hà Nội chỉ đạo các đơn vị sẵn sàng lực lượng cứu hộ."
    labels = actor_labels(text)
    assert "Bộ Tư lệnh Quân khu 9" in labels and "Bộ Tư lệnh Thủ đô Hà Nội" in labels


def test_initials_shared_by_two_head_nouns_are_not_expanded():
    from policykg.graph_builder.vocabulary import _head_abbreviations
    from policykg.ontology import load_lexicon
    heads = _head_abbreviations(load_lexicon())
    assert heads["BTL"] == "Bộ Tư lệnh"
    assert "BCHQS" not in heads   # "Bộ Chỉ huy Quân sự" (a province's) or "Ban Chỉ huy Quân sự" (a district's)


# ---------------------------------------------------------------- a national body's committees of one tier, in the plural


def test_a_national_body_before_the_units_of_one_tier_is_its_committees_there():
    assert actor_labels("Đề nghị Hội Cựu chiến binh các xã, thị trấn vận động hội viên tham gia.")[0] \
        == "Hội Cựu chiến binh cấp xã"
    assert actor_labels("Giao Công an các quận, huyện rà soát cơ sở kinh doanh.") == ["Công an cấp huyện"]
    assert actor_labels("Công an các tỉnh, thành phố trực thuộc Trung ương phối hợp.") == ["Công an cấp tỉnh"]


def test_the_national_body_at_every_level_stays_itself():
    assert actor_labels("Tăng cường phối hợp với Công an các cấp.") == ["Công an nhân dân"]
    assert actor_labels("Hội Nông dân các cấp vận động nông dân.") == ["Hội Nông dân Việt Nam"]


def test_the_kind_of_unit_after_the_tier_belongs_to_the_name():
    # the committees of the coastal or highland units only, not of every unit of the tier
    assert actor_labels("Đề nghị Hội Nông dân các xã vùng cao vận động bà con.") == ["Hội Nông dân các xã vùng cao"]
    assert actor_labels("Công an các tỉnh, thành phố ven biển tăng cường tuần tra.") \
        == ["Công an các tỉnh, thành phố ven biển"]
    assert actor_labels("Bộ Chỉ huy Quân sự các tỉnh ven biển chủ trì diễn tập.") \
        == ["Bộ Chỉ huy Quân sự các tỉnh ven biển"]


# ---------------------------------------------------------------- a domain that goes on after "và"


def test_a_domain_of_four_or_five_words_after_and_belongs_to_the_name():
    assert actor_labels("Cục Bảo tồn thiên nhiên và đa dạng sinh học chủ trì thẩm định.") \
        == ["Cục Bảo tồn thiên nhiên và đa dạng sinh học"]
    assert actor_labels("Vụ Quản lý đất và tài nguyên rừng ngập mặn chủ trì rà soát.") \
        == ["Vụ Quản lý đất và tài nguyên rừng ngập mặn"]
    # a body named after "và" is still a body of its own
    assert actor_labels("Sở Tài chính và các cơ quan liên quan thực hiện.") == ["Sở Tài chính", "cơ quan, đơn vị"]

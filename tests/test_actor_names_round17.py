"""Actors of issue 9, round 17: false and cut actors on published text, decided by the role a phrase plays. Sentences
invented from docs/GENRE.md and tests/data/real/GUIDELINES.md, worded unlike the documents that showed the errors."""

from __future__ import annotations

import pytest

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def actor_labels(text: str) -> list[str]:
    """The labels of the actor mentions of the built ``text``."""
    return [m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"]


# ---------------------------------------------------------------- a lower-case kind of body keeps its qualifier


QUALIFIED = [
    # a district's plan on crops: the plant-protection bodies of the speciality, their domain four words long already
    ("Chi cục Trồng trọt phối hợp với cơ quan bảo vệ thực vật chuyên ngành kiểm tra vùng trồng.",
     "cơ quan bảo vệ thực vật chuyên ngành", "cơ quan bảo vệ thực vật"),
    # a circular's closing article: the managers of training (a verb pair), then other addressees after a comma
    ("Giám đốc Sở Công Thương, thủ trưởng cơ quan quản lý đào tạo, các tổ chức có liên quan chịu trách nhiệm thi hành.",
     "cơ quan quản lý đào tạo", "cơ quan quản lý"),
    # a provincial tourism plan, its line wrapped before "về"
    ("Sở Văn hóa, Thể thao phối hợp với các hiệp hội nghề nghiệp\nvề lữ hành quảng bá điểm đến.",
     "hiệp hội nghề nghiệp về lữ hành", "hiệp hội nghề nghiệp"),
    # a bank's circular: the field enterprises work in, then the duty
    ("Các tổ chức tín dụng hoạt động ngoại hối có trách nhiệm báo cáo Ngân hàng Nhà nước.",
     "tổ chức tín dụng hoạt động ngoại hối", "tổ chức tín dụng"),
    # a securities regulator's plan: the field, then a comma
    ("Các công ty chứng khoán hoạt động môi giới, quỹ đầu tư phối hợp với Ủy ban Chứng khoán.",
     "công ty chứng khoán hoạt động môi giới", "công ty chứng khoán"),
]


@pytest.mark.parametrize(("text", "whole", "cut"), QUALIFIED)
def test_a_lower_case_kind_of_body_keeps_the_qualifier_after_it(text, whole, cut):
    labels = actor_labels(text)
    assert whole in labels and cut not in labels


def test_a_verb_after_the_kind_is_its_duty_not_its_qualifier():
    # "hoạt động" as the clause's verb, "về" after a verb, a verb after "quản lý": no qualifier
    assert not any("hoạt động" in label for label in actor_labels(
        "Các doanh nghiệp hoạt động theo Luật Doanh nghiệp và chịu sự kiểm tra của Sở Tài chính."))
    assert not any(" về " in label for label in actor_labels(
        "Các hội nghề nghiệp báo cáo về tình hình hội viên với Sở Nội vụ."))
    labels = actor_labels("Cơ quan quản lý chủ trì xây dựng kế hoạch, Sở Tài chính phối hợp.")
    assert not any("xây dựng" in label for label in labels)


# ---------------------------------------------------------------- the noun "yêu cầu" asks no body


def holders(text: str) -> set[str]:
    """The labels of the actors that any statement of the built ``text`` names."""
    result = build_source(source_from_string(text))
    labels = {m.iri: m.label for m in result.mentions if m.category == "actor"}
    return {labels[iri] for s in result.assertions for iri in [*s.subjects, *s.objects] if iri in labels}


def test_a_requirement_met_or_followed_asks_nothing_of_the_body_after_it():
    # a staffing plan: the recruits must meet what district health centres need; no duty of the centres
    assert "trung tâm y tế tuyến huyện" not in holders(
        "Nhân lực được tuyển dụng phải đáp ứng yêu cầu các trung tâm y tế tuyến huyện về chuyên môn.")
    # the verb "yêu cầu" still asks its body
    assert "trung tâm y tế tuyến huyện" in holders(
        "Ủy ban nhân dân tỉnh yêu cầu các trung tâm y tế tuyến huyện rà soát nhân lực.")


# ---------------------------------------------------------------- a body a capitals heading names after a thing


POSTAL_GOAL = ("KẾ HOẠCH\n\nI. MỤC TIÊU\nNâng cao chất lượng dịch vụ bưu chính trên địa bàn, bảo đảm người dân được "
               "phục vụ thuận tiện.\n")


def test_a_body_named_in_a_capitals_heading_after_the_thing_it_qualifies_is_no_actor():
    # a postal plan's section: the post office's network, then a note in brackets on the heading's line
    labels = actor_labels(POSTAL_GOAL + "II. PHÁT TRIỂN MẠNG LƯỚI BƯU ĐIỆN TỈNH LẠNG SƠN (theo Quyết định số "
                          "12/QĐ-UBND)\nSở Công Thương chủ trì rà soát các điểm phục vụ.")
    assert not any(label.startswith("Bưu điện") for label in labels)
    # an election plan: the council's deputies, the council named nowhere else
    labels = actor_labels("KẾ HOẠCH\n\nII. BẦU CỬ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN HUYỆN NHIỆM KỲ 2026-2031 (theo Luật Bầu "
                          "cử)\nSở Nội vụ chủ trì hướng dẫn hồ sơ của người ứng cử, tổng hợp danh sách và báo cáo kết "
                          "quả trước ngày bầu cử.")
    assert not any(label.startswith("Hội đồng nhân dân") for label in labels)


def test_a_body_a_heading_names_as_holder_or_the_text_names_again_stays():
    # after "CỦA": the holder of the duties below
    labels = actor_labels(POSTAL_GOAL + "II. NHIỆM VỤ CỦA BƯU ĐIỆN TỈNH LẠNG SƠN (theo Quyết định số 12/QĐ-UBND)\n"
                          "Sở Công Thương chủ trì rà soát các điểm phục vụ.")
    assert "Bưu điện tỉnh Lạng Sơn" in labels
    # the body acts in the running text too
    labels = actor_labels(POSTAL_GOAL + "II. PHÁT TRIỂN MẠNG LƯỚI BƯU ĐIỆN TỈNH LẠNG SƠN\nBưu điện tỉnh Lạng Sơn "
                          "chủ trì rà soát các điểm phục vụ.")
    assert "Bưu điện tỉnh Lạng Sơn" in labels


# ---------------------------------------------------------------- the places a level's bodies have


def test_the_places_a_levels_bodies_have_make_a_body_of_their_own_when_never_named_bare():
    # a forest-fire plan: only the communes with forest are meant, and the plan names no commune's body otherwise
    labels = actor_labels("Hạt Kiểm lâm chủ trì, phối hợp với Ủy ban nhân dân các xã, thị trấn có rừng phòng hộ và "
                          "các chủ rừng tổ chức tuần tra.")
    assert "Ủy ban nhân dân các xã, thị trấn có rừng phòng hộ" in labels
    # a border plan: the provinces' police that have a border, then the clause's own verb
    labels = actor_labels("Công an các tỉnh có cửa khẩu quốc tế tăng cường kiểm soát người xuất cảnh.")
    assert "Công an các tỉnh có cửa khẩu quốc tế" in labels


def test_the_places_qualifier_is_no_act_and_joins_the_bare_level_when_the_document_names_it():
    # "có ý kiến", "có văn bản" is what the districts do: no qualifier
    for text in ("Ủy ban nhân dân các huyện có ý kiến bằng văn bản gửi Sở Tài chính.",
                 "Ủy ban nhân dân các huyện có văn bản báo cáo Sở Tài chính trước ngày 30/6."):
        assert not any(" có " in label for label in actor_labels(text))
    # the document names the communes' bodies bare too: one node, the level's
    labels = actor_labels("Ủy ban nhân dân các xã rà soát diện tích. Hạt Kiểm lâm phối hợp với Ủy ban nhân dân các xã "
                          "có rừng phòng hộ tổ chức tuần tra.")
    assert not any(" có " in label for label in labels)


# ---------------------------------------------------------------- a kind of body named again without its speciality


def test_a_function_body_named_again_without_its_speciality_is_the_one_named_with_it():
    # a hospital licensing plan: the council is introduced with its speciality, then named short
    labels = set(actor_labels("Sở Y tế thành lập Hội đồng tư vấn chuyên môn để đánh giá hồ sơ. Hội đồng tư vấn có "
                              "trách nhiệm báo cáo kết quả với Sở Y tế."))
    assert labels == {"Sở Y tế", "Hội đồng tư vấn chuyên môn"}


def test_a_short_function_body_with_two_specialities_in_the_document_stays_apart():
    # an election plan with fixed and mobile counting teams: "Tổ kiểm phiếu" is neither of them alone
    labels = set(actor_labels("Ủy ban bầu cử thành lập Tổ kiểm phiếu lưu động và Tổ kiểm phiếu cố định. Tổ kiểm phiếu "
                              "có trách nhiệm niêm phong hòm phiếu."))
    assert "Tổ kiểm phiếu" in labels


# ---------------------------------------------------------------- a council's part named bare and at one level


def test_a_councils_part_named_bare_is_the_one_level_the_document_names_it_at():
    # a district council's supervision plan: "các Ban của Hội đồng nhân dân" later is the district's
    labels = set(actor_labels("Kế hoạch giám sát năm 2026 của huyện. Các Ban của Hội đồng nhân dân huyện chủ trì giám "
                              "sát chuyên đề. Các Ban của Hội đồng nhân dân báo cáo kết quả trước ngày 30/11."))
    assert labels == {"Ban của Hội đồng nhân dân cấp huyện"}
    # written "các cấp": every level's, its own node
    labels = set(actor_labels("Các Ban của Hội đồng nhân dân huyện chủ trì giám sát. Các Ban của Hội đồng nhân dân các "
                              "cấp báo cáo kết quả trước ngày 30/11."))
    assert "Ban của Hội đồng nhân dân các cấp" in labels


def test_the_border_places_a_levels_bodies_are_at_stay_in_their_name():
    # a border-guard plan: the communes on the border, a class of places of their own, singular and plural
    labels = actor_labels("Đồn Biên phòng Cha Lo chủ trì, phối hợp với Công an xã biên giới xác minh người nhập cảnh.")
    assert "Công an xã biên giới" in labels
    labels = actor_labels("Bộ Chỉ huy Quân sự tỉnh phối hợp với Ủy ban nhân dân các xã biên giới tổ chức diễn tập.")
    assert "Ủy ban nhân dân các xã biên giới" in labels


# ---------------------------------------------------------------- verbs of handing over and destroying end a name


def test_handing_over_and_destroying_end_the_name_before_them():
    # a forest-ranger case handed to the police; a market inspectors' team destroying seized goods
    assert actor_labels("Công an huyện tiếp nhận hồ sơ vụ việc do Hạt Kiểm lâm bàn giao theo quy định.") == [
        "Công an huyện", "Hạt Kiểm lâm"]
    assert actor_labels("Sở Công Thương giao Chi cục Thú y tiêu hủy gia cầm bệnh.") == ["Sở Công Thương",
                                                                                     "Chi cục Thú y"]


# ---------------------------------------------------------------- places below a commune listed after a body


def test_a_body_of_several_hamlets_is_one_body_per_hamlet_also_before_a_word_tables_next_cell():
    # a commune Party committee's plan: the hamlets' cells, in a sentence and in a tab-separated row
    labels = actor_labels("Giao Ban công tác Mặt trận các thôn Đồng Tâm, Hòa Bình vận động nhân dân hiến đất.")
    assert labels[:2] == ["Ban công tác Mặt trận thôn Đồng Tâm", "Ban công tác Mặt trận thôn Hòa Bình"]
    labels = actor_labels("KẾ HOẠCH\n\nSTT\tNhiệm vụ\tĐơn vị thực hiện\tThời gian\n1\tPhát quang đường làng, khơi "
                          "thông cống rãnh\tChi bộ các thôn Nà Pàn, Khuổi Mạ\tQuý II/2026\n")
    assert labels == ["Chi bộ thôn Nà Pàn", "Chi bộ thôn Khuổi Mạ"]


# ---------------------------------------------------------------- a title in capitals broken over its lines


JOINT_TITLE = ("QUY CHẾ\nPHỐI HỢP GIỮA SỞ Y TẾ VÀ BỘ CHỈ HUY BỘ\nĐỘI BIÊN PHÒNG TỈNH TRONG PHÒNG, CHỐNG DỊCH BỆNH, BẢO "
               "ĐẢM AN SINH XÃ\nHỘI Ở KHU VỰC BIÊN GIỚI\n\nĐiều 1. Sở Y tế chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên "
               "phòng tỉnh tổ chức khám bệnh.\n")


def test_a_word_broken_over_a_titles_lines_opens_no_name():
    # "BỘ | ĐỘI" and "XÃ | HỘI" broken at the line's end: "Bộ đội", "xã hội", no "Đội ..." nor "Hội ..."
    labels = actor_labels(JOINT_TITLE)
    assert not any(label.startswith(("Hội", "Đội")) for label in labels)
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh" in labels


def test_a_conjunction_after_a_level_in_a_headerless_title_is_no_place():
    # the title names "SỞ Y TẾ TỈNH VÀ ...": no province called "Và" for the document's bodies
    labels = actor_labels("QUY CHẾ\nPHỐI HỢP GIỮA SỞ Y TẾ TỈNH VÀ CÔNG AN TỈNH TRONG QUẢN LÝ NGƯỜI NGHIỆN\n\nĐiều 1. Sở Y "
                          "tế tỉnh chủ trì, phối hợp với Công an tỉnh lập danh sách.\n")
    assert labels and not any(label.endswith(" Và") for label in labels)


# ---------------------------------------------------------------- "the same level's" body with no level to read


def test_the_same_levels_body_with_no_level_before_it_is_a_body_of_its_own():
    # a court's plan: "the police at the same level", not the nation's police
    labels = actor_labels("Tòa án nhân dân huyện phối hợp với Công an cùng cấp tổ chức thi hành án phạt tù.")
    assert "Công an cùng cấp" in labels and "Công an nhân dân" not in labels


def test_the_same_levels_body_is_one_of_its_levels_when_the_document_names_them():
    # a treasury's letter that also names the treasuries of every level: "cùng cấp" is one of those
    labels = actor_labels("Chi cục Thuế phối hợp với Kho bạc Nhà nước cùng cấp đối chiếu số liệu. Kho bạc Nhà nước các "
                          "cấp báo cáo kết quả.")
    assert not any(label.endswith("cùng cấp") for label in labels)


# ---------------------------------------------------------------- the enacting verb in capitals after the issuer


def test_the_enacting_verb_in_capitals_is_no_word_of_the_name_before_it():
    # a commune council's resolution and a district standing committee's conclusion
    assert actor_labels("Hội đồng nhân dân xã Tân Lập QUYẾT NGHỊ:\nĐiều 1. Ủy ban nhân dân xã tổ chức thực hiện.")[0] \
        == "Hội đồng nhân dân xã Tân Lập"
    assert actor_labels("Ban Thường vụ Huyện ủy KẾT LUẬN:\n1. Ủy ban nhân dân huyện chỉ đạo.")[0] == "Ban Thường vụ Huyện ủy"

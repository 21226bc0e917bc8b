"""Precision of actors, issue 9, round 12: a Party committee's standing board cut from its name (written "BTV", with
a lower-case "thường vụ" that opens a sentence, or shared by two committees named together) and a collective of
committees read as two. Every text is invented, worded unlike the documents that showed the errors."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.vocabulary import vocabulary
from policykg.ontology import load_lexicon


def actors(text: str) -> dict[str, str]:
    """Surface -> IRI of the actor mentions of the built ``text``."""
    return {m.surface: m.iri for m in build_source(source_from_string(text)).mentions if m.category == "actor"}


def assert_one_node(text: str, surface: str, slug: str, not_slugs: tuple[str, ...]) -> dict[str, str]:
    """``surface`` is an actor of ``text`` minted as ``slug``; no actor of it is minted as one of ``not_slugs``."""
    found = actors(text)
    assert found.get(surface, "").endswith("/" + slug), found
    assert not any(iri.endswith(tuple("/" + x for x in not_slugs)) for iri in found.values()), found
    return found


def test_btv_before_a_party_committee_is_its_standing_board():
    text = ("Căn cứ Chương trình số 21-CTr/TU ngày 12/3/2026 của BTV Tỉnh ủy Điện Biên về chuyển đổi số, "
            "Sở Khoa học và Công nghệ chủ trì xây dựng kế hoạch.")
    assert_one_node(text, "BTV Tỉnh ủy Điện Biên", "ban-thuong-vu-tinh-uy-dien-bien",
                    ("tinh-uy-dien-bien", "tinh-uy-thanh-uy"))


def test_btv_and_the_board_written_out_are_one_node():
    text = ("Thực hiện Nghị quyết số 05-NQ/HU của Ban Thường vụ Huyện ủy Mường Nhé và Kết luận của BTV Huyện ủy Mường "
            "Nhé, Phòng Nội vụ tham mưu triển khai.")
    iris = {iri for surface, iri in actors(text).items() if "Huyện ủy" in surface}
    assert len(iris) == 1


def test_a_head_noun_s_abbreviation_expands_to_the_head_of_its_kind():
    expansions = vocabulary(load_lexicon()).expansions
    assert expansions["BTV"] == "Ban Thường vụ"
    assert expansions["UBKT"] == "Ủy ban Kiểm tra"
    assert expansions["BTL"] == "Bộ Tư lệnh"
    assert "BCHQS" not in expansions      # two head nouns have those initials (Bộ / Ban Chỉ huy Quân sự)


def test_btl_before_a_force_is_its_command():
    text = "Đề nghị BTL Bộ đội Biên phòng, BTL Quân khu 9 chỉ đạo các đơn vị trực thuộc sẵn sàng lực lượng cứu hộ."
    found = actors(text)
    assert found.get("BTL Bộ đội Biên phòng", "").endswith("/bo-tu-lenh-bo-doi-bien-phong"), found
    assert found.get("BTL Quân khu 9", "").endswith("/bo-tu-lenh-quan-khu-9"), found


def test_a_lower_case_form_of_the_vocabulary_may_open_a_sentence():
    text = ("Kết quả sơ kết được gửi về Văn phòng Trung ương Đảng. Ban thường vụ các tỉnh ủy, thành ủy chỉ đạo "
            "rà soát đội ngũ cán bộ trước ngày 30/9/2026.")
    assert_one_node(text, "Ban thường vụ các tỉnh ủy, thành ủy", "ban-thuong-vu-cac-tinh-uy-thanh-uy",
                    ("tinh-uy-thanh-uy",))
    # a vocabulary form written in lower case inside a sentence is still not the body ("kiểm toán nhà nước")
    assert not actors("Đơn vị phối hợp trong hoạt động kiểm toán nhà nước đối với dự án.").get("kiểm toán nhà nước")


def test_one_standing_board_named_for_the_committees_of_provinces_and_cities():
    text = "3. Ban Thường vụ Tỉnh ủy, Thành ủy chỉ đạo các cấp ủy đảng tổ chức lấy ý kiến Nhân dân về đề án."
    found = assert_one_node(text, "Ban Thường vụ Tỉnh ủy, Thành ủy", "ban-thuong-vu-cac-tinh-uy-thanh-uy", ())
    assert "Thành ủy" not in found


def test_the_committees_of_provinces_cities_and_the_centre_named_together_are_one_collective():
    text = ("Ban Bí thư đề nghị các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương quán triệt và báo cáo kết quả "
            "về Ban Tổ chức Trung ương.")
    assert_one_node(text, "tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
                    "tinh-uy-thanh-uy-dang-uy-truc-thuoc-trung-uong",
                    ("tinh-uy-thanh-uy", "cac-dang-uy-truc-thuoc-trung-uong"))


def test_a_committee_s_board_after_cua_in_a_title_in_capitals_is_one_name():
    text = ("KẾ HOẠCH\nTRIỂN KHAI CHỈ THỊ SỐ 07-CT/HU CỦA BAN THƯỜNG VỤ HUYỆN ỦY MƯỜNG CHÀ VỀ CÔNG TÁC GIẢM NGHÈO\n\n"
            "Phòng Dân tộc chủ trì, phối hợp với các xã rà soát hộ nghèo.")
    assert_one_node(text, "BAN THƯỜNG VỤ HUYỆN ỦY MƯỜNG CHÀ", "ban-thuong-vu-huyen-uy-muong-cha",
                    ("huyen-uy-muong-cha", "huyen-uy-quan-uy"))
    # a body's one-word head after "CỦA" in capitals is still no name ("CỦA BỘ MÁY", "CỦA ĐỘI NGŨ")
    found = actors("KẾ HOẠCH\nNÂNG CAO HIỆU QUẢ CỦA BỘ MÁY HÀNH CHÍNH\n\nSở Nội vụ chủ trì.")
    assert not any("BỘ MÁY" in surface for surface in found)


def test_the_state_named_as_whose_a_thing_is_is_no_actor():
    text = ("Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước về phòng cháy; nâng cao hiệu lực "
            "quản lý Nhà nước và niềm tin của người dân đối với Đảng, Nhà nước. Sở Tư pháp chủ trì biên soạn tài liệu.")
    assert "nha-nuoc" not in {iri.rsplit("/", 1)[-1] for iri in actors(text).values()}
    # the Party named with the State as owners is neither; the Party's leadership alone is left to the Party
    text = ("Quán triệt các chủ trương, giải pháp của Đảng, Nhà nước, chỉ đạo của Tỉnh ủy về công tác gia đình; Sở Văn "
            "hóa, Thể thao và Du lịch chủ trì.")
    assert not {"dang-cong-san-viet-nam", "nha-nuoc"} & {iri.rsplit("/", 1)[-1] for iri in actors(text).values()}
    # the State that acts stays an actor
    assert actors("Nhà nước bố trí kinh phí cho các xã biên giới.").get("Nhà nước", "").endswith("/nha-nuoc")


def test_the_army_as_an_owner_or_in_a_list_of_ranks_is_no_actor():
    text = ("Thành lập các tổ công tác của quân đội tham gia cứu hộ; ghi rõ hàm cấp (quân đội, công an) của người được "
            "đề cử và xác nhận hồ sơ thương binh thuộc lực lượng quân đội; Sở Y tế phối hợp thực hiện.")
    assert {iri.rsplit("/", 1)[-1] for iri in actors(text).values()} == {"so-y-te"}
    # the army named as a partner stays an actor
    assert actors("Ủy ban nhân dân xã phối hợp với quân đội sơ tán người dân.").get("quân đội")


def test_a_kind_of_body_named_for_the_people_who_come_from_it_is_no_actor():
    text = ("Tham dự buổi tiếp xúc có đại diện các đơn vị trực thuộc Sở Y tế; ứng viên đang công tác tại Bệnh viện Đa "
            "khoa tỉnh, các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện được mời. Sở Nội vụ tổng hợp danh sách.")
    found = {surface.lower() for surface in actors(text)}
    assert not any(x.startswith(("đơn vị trực thuộc", "cơ quan chuyên môn")) for x in found), found
    # such a body that acts, or a representative office, stays an actor
    assert "cơ quan chuyên môn thuộc Ủy ban nhân dân huyện" in actors("Các cơ quan chuyên môn thuộc Ủy ban nhân dân "
                                                                    "huyện rà soát hồ sơ.")
    assert "ngân hàng thương mại nước ngoài" in actors("Văn phòng đại diện các ngân hàng thương mại nước ngoài phối "
                                                      "hợp cung cấp số liệu.")


def test_a_body_in_the_title_of_a_document_whose_issuer_is_named_through_its_head_is_no_actor():
    text = ("Căn cứ Thông tư số 08/2025/TT-BVHTTDL ngày 14 tháng 3 năm 2025 của Bộ trưởng Bộ Văn hóa, Thể thao và Du "
            "lịch hướng dẫn chức năng, nhiệm vụ của Trung tâm Văn hóa thuộc Ủy ban nhân dân cấp huyện; Phòng Văn hóa "
            "và Thông tin tham mưu thực hiện.")
    found = actors(text)
    assert "Bộ Văn hóa, Thể thao và Du lịch" in found      # the cited document's issuer stays
    assert not any(x.startswith(("Trung tâm Văn hóa", "Ủy ban nhân dân")) for x in found), found

"""One actor, one node, issue 9, round 15 (graph_builder/samebody.py): one body named several ways in one document
(the probes tests/data/genre/probe15i/r15i-* hold them in whole documents). Every text is invented, of another kind
of document than the probe or the published document that showed the error, and worded unlike it."""

from __future__ import annotations

import pytest

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def iris(text: str) -> dict[str, set[str]]:
    """IRI of each actor surface of the built ``text`` (a surface may have several)."""
    found: dict[str, set[str]] = {}
    for m in build_source(source_from_string(text)).mentions:
        if m.category == "actor":
            found.setdefault(m.surface, set()).add(m.iri)
    return found


# (rule, text, surfaces that name one body, pairs of surfaces that name two)
CASES = [
    # an environment department's report: a company's full registered name, then its trade name
    ("a company with and without its legal form is one",
     "Công ty TNHH Môi trường Đô thị Vĩnh Long thu gom chất thải rắn sinh hoạt. Công ty Môi trường Đô thị Vĩnh Long "
     "phối hợp với Ủy ban nhân dân các phường lắp đặt thùng rác. Tổng công ty Cảng hàng không Việt Nam - Công ty cổ "
     "phần bố trí điểm tập kết; Tổng công ty Cảng hàng không Việt Nam báo cáo.",
     [("Công ty TNHH Môi trường Đô thị Vĩnh Long", "Công ty Môi trường Đô thị Vĩnh Long"),
      ("Tổng công ty Cảng hàng không Việt Nam - Công ty cổ phần", "Tổng công ty Cảng hàng không Việt Nam")],
     [("Công ty Môi trường Đô thị Vĩnh Long", "Tổng công ty Cảng hàng không Việt Nam")]),
    # a health bulletin
    ("a place with and without its level word is one",
     "Trung tâm Kiểm soát bệnh tật tỉnh Hậu Giang giám sát dịch sốt xuất huyết. Trung tâm Kiểm soát bệnh tật Hậu "
     "Giang cấp phát hóa chất.",
     [("Trung tâm Kiểm soát bệnh tật tỉnh Hậu Giang", "Trung tâm Kiểm soát bệnh tật Hậu Giang")], []),
    ("two levels sharing a place leave the place alone to neither",
     "Trung tâm Văn hóa huyện Long Phú và Trung tâm Văn hóa thị xã Long Phú tổ chức hội diễn. Trung tâm Văn hóa "
     "Long Phú chuẩn bị sân khấu.", [],
     [("Trung tâm Văn hóa Long Phú", "Trung tâm Văn hóa huyện Long Phú"),
      ("Trung tâm Văn hóa Long Phú", "Trung tâm Văn hóa thị xã Long Phú")]),
    # an agricultural extension notice with no header: "Trạm Khuyến nông" first, every district's stations later
    ("a body named bare and at its levels is one",
     "Trạm Khuyến nông hướng dẫn nông dân ghi nhật ký sản xuất.\n\nTrạm Khuyến nông các huyện, thị xã tổ chức tập "
     "huấn kỹ thuật.", [("Trạm Khuyến nông các huyện, thị xã", "Trạm Khuyến nông")], []),
    ("a body named bare, at its levels and with a place stays bare",
     "Trạm Khuyến nông hướng dẫn nông dân ghi nhật ký sản xuất.\n\nTrạm Khuyến nông Thành phố chủ trì, phối hợp với "
     "Trạm Khuyến nông các huyện, thị xã tổ chức tập huấn kỹ thuật.", [],
     [("Trạm Khuyến nông", "Trạm Khuyến nông các huyện, thị xã")]),
    # a tender notice
    ("a body named with its owner and without is one",
     "Ban Quản lý các dự án nông nghiệp Bộ Nông nghiệp và Môi trường lập hồ sơ mời thầu. Ban Quản lý các dự án nông "
     "nghiệp công khai kết quả lựa chọn nhà thầu.",
     [("Ban Quản lý các dự án nông nghiệp Bộ Nông nghiệp và Môi trường", "Ban Quản lý các dự án nông nghiệp")], []),
    # a news item on forest fires
    ("the level's body without its place is the one place an article names",
     "Sáng 5/3, UBND tỉnh Điện Biên họp bàn phương án phòng cháy rừng. UBND tỉnh giao Sở Nông nghiệp và Môi trường "
     "bố trí lực lượng trực.", [("UBND tỉnh Điện Biên", "UBND tỉnh")], []),
    ("two places leave the level's body the level's",
     "Sáng 5/3, UBND tỉnh Điện Biên và UBND tỉnh Lai Châu họp bàn phương án phòng cháy rừng giáp ranh. UBND tỉnh giao "
     "Sở Nông nghiệp và Môi trường bố trí lực lượng trực.", [],
     [("UBND tỉnh Điện Biên", "UBND tỉnh"), ("UBND tỉnh Lai Châu", "UBND tỉnh")]),
    # a ministry's scanned report: one letter misread in one of three writings; another head noun is another body
    ("a name misread by one letter is the name written more often",
     "Vụ Hợp tác quốc tế chủ trì đón đoàn. Vụ Hợp tác quốe tế chuẩn bị tài liệu. Vụ Hợp tác quốc tế báo cáo kết quả. "
     "Sở Tài chính và Bộ Tài chính thẩm định kinh phí.",
     [("Vụ Hợp tác quốc tế", "Vụ Hợp tác quốe tế")], [("Sở Tài chính", "Bộ Tài chính")]),
    # a district's list of schools: two schools named after two places one letter apart
    ("names one letter apart in a proper name are two",
     "Trường Tiểu học Tân Lập tổ chức lễ khai giảng. Trường Tiểu học Tân Lập và Trường Tiểu học Tân Lạc tham gia hội "
     "thi.", [], [("Trường Tiểu học Tân Lập", "Trường Tiểu học Tân Lạc")]),
    # a construction department's notice: a project board in title case, then in the body with its domain
    ("a name in other capitals is the longer name that goes on in lower case",
     "Ban Quản lý Dự án Đầu tư Xây dựng chủ trì lập hồ sơ. Ban Quản lý dự án đầu tư xây dựng công trình dân dụng "
     "phối hợp với Sở Xây dựng.",
     [("Ban Quản lý Dự án Đầu tư Xây dựng", "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng")], []),
    # a district's plan on schools: the one Sở it names, later "Sở" alone; a steering committee, later "Ban Chỉ đạo"
    ("a head noun alone is the one body of that head the document names",
     "Phòng Giáo dục và Đào tạo phối hợp với Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi sắp xếp điểm trường. Đề nghị Sở "
     "bố trí giáo viên tăng cường. Ban Chỉ đạo phổ cập giáo dục huyện kiểm tra tiến độ; định kỳ báo cáo Ban Chỉ đạo.",
     [("Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi", "Sở"), ("Ban Chỉ đạo phổ cập giáo dục huyện", "Ban Chỉ đạo")], []),
    ("a head noun alone names none of two bodies of that head",
     "Sở Y tế phối hợp với Sở Công Thương kiểm tra cơ sở sản xuất. Đề nghị Sở báo cáo kết quả.", [],
     [("Sở Y tế", "Sở"), ("Sở Công Thương", "Sở")]),
    ("a name written alike and a longer one first are two",
     "Vụ Chính sách chủ trì xây dựng đề án. Vụ Chính sách thuế phối hợp với Vụ Pháp chế thẩm định dự thảo.", [],
     [("Vụ Chính sách", "Vụ Chính sách thuế")]),
]


@pytest.mark.parametrize("rule, text, same, different", CASES, ids=[c[0] for c in CASES])
def test_one_body_named_several_ways(rule, text, same, different):
    found = iris(text)
    found.setdefault("Sở", set())
    for surfaces in same:
        assert len(set().union(*(found[s] for s in surfaces))) == 1, (surfaces, found)
    for a, b in different:
        assert not (found[a] & found[b]), ((a, b), found)

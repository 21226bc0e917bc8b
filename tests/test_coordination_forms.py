"""Ways the genre states who leads and who cooperates (docs/GENRE.md, "The grammar of duty"), each in a small plan
of a province: the pairs and the lead the graph gives. Forms the real corpus's tune half shows are tested on it
(tests/test_real_duties.py); these are forms of the genre it does not show."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import predictions_from_quads  # noqa: E402

from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 12/KH-UBND\nLào Cai, ngày 01 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
        "Về phòng chống thiên tai\n\nIII. TỔ CHỨC THỰC HIỆN\n\n")
SXD, STC, CA = "so-xay-dung-tinh-lao-cai", "so-tai-chinh-tinh-lao-cai", "cong-an-tinh-lao-cai"

CASES = {
    "X chủ trì, Y phối hợp": ("1. Sở Xây dựng chủ trì, Sở Tài chính phối hợp tổ chức kiểm tra công trình.",
                              {(STC, SXD)}, {SXD}),
    "do X chủ trì, Y phối hợp": ("2. Việc kiểm tra công trình do Sở Xây dựng chủ trì, Sở Tài chính phối hợp thực hiện.",
                                 {(STC, SXD)}, {SXD}),
    "X là cơ quan chủ trì; Y, Z là cơ quan phối hợp": (
        "3. Sở Xây dựng là cơ quan chủ trì; Sở Tài chính, Công an tỉnh là cơ quan phối hợp.",
        {(STC, SXD), (CA, SXD)}, {SXD}),
    "Chủ trì: X; phối hợp: Y, Z": ("4. Kiểm tra công trình.\nChủ trì: Sở Xây dựng; phối hợp: Sở Tài chính, Công an tỉnh.",
                                   {(STC, SXD), (CA, SXD)}, {SXD}),
    "a column of all who carry the task out": (
        "| TT | Nội dung | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Kiểm tra công trình | Sở Tài chính, Sở Xây dựng (chủ trì), Công an tỉnh | Tháng 6/2025 |",
        {(STC, SXD), (CA, SXD)}, {SXD}),
    "Đơn vị thực hiện: Y, X (chủ trì)": ("6. Kiểm tra công trình xây dựng.\n"
                                        "- Đơn vị thực hiện: Sở Tài chính, Sở Xây dựng (chủ trì), Công an tỉnh.",
                                        {(STC, SXD), (CA, SXD)}, {SXD}),
    "X (chủ trì), Y, Z <verb>": ("7. Sở Xây dựng (chủ trì), Sở Tài chính, Công an tỉnh kiểm tra công trình.",
                                 {(STC, SXD), (CA, SXD)}, {SXD}),
    "Giao X chủ trì, phối hợp với Y": ("5. Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính kiểm tra công trình.",
                                       {(STC, SXD)}, {SXD}),
    # round 5: the partners of a lead named in another clause of the sentence, co-leads, a topic label, a list of
    # partners over a line break, an article "Trách nhiệm của X trong ...", a name ended by "và"
    "X chủ trì ...; Y, Z phối hợp ...": (
        "8. Sở Xây dựng chủ trì kiểm tra công trình; Sở Tài chính, Công an tỉnh phối hợp cung cấp hồ sơ.",
        {(SXD, STC), (SXD, CA)}, {SXD}),
    "X và Y đồng chủ trì ...; Z phối hợp": (
        "9. Sở Xây dựng và Sở Tài chính đồng chủ trì kiểm tra công trình; Công an tỉnh phối hợp thực hiện.",
        {(SXD, STC), (SXD, CA), (STC, CA)}, {SXD, STC}),
    "Công tác ...: X chủ trì, Y phối hợp": ("10. Công tác kiểm tra: Sở Xây dựng chủ trì, Sở Tài chính phối hợp thực hiện.",
                                          {(STC, SXD)}, {SXD}),
    "partners over a line break": ("11. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính\nvà Công an tỉnh kiểm tra công trình.",
                                   {(SXD, STC), (SXD, CA)}, {SXD}),
    "Trách nhiệm của X trong phối hợp": (
        "Điều 5. Trách nhiệm của Sở Xây dựng trong phối hợp\n1. Chủ trì, phối hợp với Sở Tài chính kiểm tra công trình.",
        {(SXD, STC)}, {SXD}),
    "a name of a domain and a place, then và": (
        "12. Sở Xây dựng chủ trì, phối hợp với Ban quản lý rừng phòng hộ Bát Xát và Công an tỉnh kiểm tra công trình.",
        {(SXD, "ban-quan-ly-rung-phong-ho-bat-xat"), (SXD, CA)}, {SXD}),
    "X khẩn trương <verb>; phối hợp với Y, after an item given to another": (
        "13. Giao Sở Tài chính chủ trì kiểm tra công trình.\n"
        "14. Công an tỉnh khẩn trương rà soát hồ sơ; phối hợp với Sở Xây dựng bảo đảm an toàn.",
        {(CA, SXD)}, {STC}),
    "X phối hợp với Y cùng cấp triệu tập và chủ trì": (
        "15. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã phối hợp với Ủy ban nhân dân cùng cấp triệu tập "
        "và chủ trì hội nghị.", {("ban-thuong-truc-uy-ban-mat-tran-to-quoc-viet-nam-cap-xa", "uy-ban-nhan-dan-cap-xa")},
        {"ban-thuong-truc-uy-ban-mat-tran-to-quoc-viet-nam-cap-xa"}),
    "phối hợp giữa các cơ quan: A, B, C": (
        "16. Tăng cường phối hợp giữa các cơ quan: Sở Xây dựng, Sở Tài chính và Công an tỉnh trong kiểm tra công trình.",
        {(SXD, STC), (SXD, CA), (STC, CA)}, set()),
    "A và B ký kết Chương trình phối hợp": (
        "17. Sở Xây dựng và Công an tỉnh ký kết Chương trình phối hợp về bảo đảm an toàn công trình.", {(SXD, CA)}, set()),
    "hội nghị liên tịch giữa A, B, C cấp xã (a level written once for the list)": (
        "18. Việc giới thiệu được thực hiện tại hội nghị liên tịch giữa Thường trực Hội đồng nhân dân, Ủy ban nhân dân, "
        "Ủy ban Mặt trận Tổ quốc cấp xã.",
        {("thuong-truc-hoi-dong-nhan-dan-cap-xa", "uy-ban-nhan-dan-cap-xa"),
         ("thuong-truc-hoi-dong-nhan-dan-cap-xa", "uy-ban-mat-tran-to-quoc-viet-nam-cap-xa"),
         ("uy-ban-mat-tran-to-quoc-viet-nam-cap-xa", "uy-ban-nhan-dan-cap-xa")}, set()),
    # round 10: a later "; phối hợp với Z" goes on with the party of the first "phối hợp", not the body directing it
    "X chỉ đạo Y phối hợp với A ...; phối hợp với B ...": (
        "19. Ủy ban nhân dân tỉnh chỉ đạo Công an tỉnh phối hợp với Sở Xây dựng khoanh vùng hiện trường; "
        "phối hợp với Sở Tài chính lập dự toán khắc phục.",
        {(CA, SXD), (CA, STC)}, set()),
}


def _short(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


@pytest.mark.parametrize("case", sorted(CASES))
def test_coordination_form(case):
    body, pairs, leads = CASES[case]
    result = build_source(source_from_string(HEAD + body + "\n", name="plan.md"))
    surfaces: dict[str, set[str]] = defaultdict(set)
    predicted = predictions_from_quads(emit_result(result), surfaces)
    assert {tuple(sorted(_short(x) for x in p)) for p in predicted.pairs} == {tuple(sorted(p)) for p in pairs}
    assert {_short(a) for a, _ in predicted.leads} == leads


def test_the_parties_named_in_the_title_of_a_coordination_regulation_coordinate():
    text = ("CÔNG AN TỈNH LÀO CAI\n\nSố: 05/QCPH-CAT\n\nLào Cai, ngày 15 tháng 01 năm 2026\n\nQUY CHẾ PHỐI HỢP\n"
            "Giữa Công an tỉnh và Sở Xây dựng trong công tác bảo đảm an toàn công trình\n\n"
            "Điều 1. Mục đích\nTăng cường phối hợp giữa hai cơ quan.\n")
    result = build_source(source_from_string(text, name="qcph.txt"))
    predicted = predictions_from_quads(emit_result(result), defaultdict(set))
    assert {tuple(sorted(_short(x) for x in p)) for p in predicted.pairs} == {tuple(sorted((CA, SXD)))}


def _pairs_of_markdown(body: str) -> set[tuple[str, ...]]:
    text = HEAD.replace("III. TỔ CHỨC", "# III. TỔ CHỨC") + body
    predicted = predictions_from_quads(emit_result(build_source(source_from_string(text, name="plan.md"))),
                                       defaultdict(set))
    return {tuple(sorted(_short(x) for x in p)) for p in predicted.pairs}


def test_a_markdown_heading_split_in_two_names_its_bodies_whole():
    """A converter split the holders' heading over two Markdown headings, cutting a name after its head noun: the
    bodies of both lines lead the duty below together, each pair of the four parties coordinates."""
    body = ("## 1. Sở Xây dựng, Công an tỉnh; Công ty\n\n### Cấp nước Lào Cai\n\n"
            "Chủ trì, phối hợp với Sở Tài chính bố trí nguồn nước dự phòng cho các khu dân cư.\n")
    parties = sorted({SXD, CA, STC, "cong-ty-cap-nuoc-lao-cai"})
    assert _pairs_of_markdown(body) == {(a, b) for i, a in enumerate(parties) for b in parties[i + 1:]}


def test_two_markdown_headings_that_each_end_a_name_stay_apart():
    body = ("## 1. Sở Xây dựng\n\n### Kiểm tra công trình\n\n"
            "Chủ trì, phối hợp với Sở Tài chính kiểm tra các công trình trọng điểm.\n")
    assert _pairs_of_markdown(body) == {tuple(sorted((SXD, STC)))}

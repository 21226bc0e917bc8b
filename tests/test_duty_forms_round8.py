"""Duty forms of letters and plans that round 8 read on development documents (invented text): a lead-in that gives a
task and lists its holders as bullets, each for its own field ("Giao các sở quản lý chuyên ngành theo lĩnh vực gồm:"
/ "- Sở A (đối với ...);" / "Có trách nhiệm:" / "a) ..."), and a list of members that gives no duty."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import predictions_from_quads  # noqa: E402

from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402

LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n\nSố: 845/UBND-KT\nYên Bái, ngày 12 tháng 5 năm 2027\n"
          "V/v quản lý mạng lưới chợ\n\nKính gửi: Các sở, ban, ngành thuộc tỉnh.\n\n"
          "Để quản lý mạng lưới chợ trên địa bàn, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành "
          "thực hiện các nội dung sau:\n")


def _read(body: str):
    result = build_source(source_from_string(LETTER + body, name="letter.txt"))
    p = predictions_from_quads(emit_result(result), defaultdict(set))
    label = {iri: min(labels) for iri, labels in p.labels.items() if labels}
    duties = {(label.get(a, a), text.split("\n")[0]) for a, text in p.duties}
    pairs = {tuple(sorted((label.get(a, a), label.get(b, b)))) for a, b in p.pairs}
    return duties, pairs


LISTED = ("1. Về quản lý chợ\nGiao các sở quản lý chuyên ngành theo ngành, lĩnh vực gồm:\n"
          "- Sở Công Thương (đối với chợ đầu mối);\n- Sở Y tế (đối với an toàn thực phẩm tại chợ).\n"
          "Có trách nhiệm:\na) Chủ trì, phối hợp với Ủy ban nhân dân cấp xã rà soát mạng lưới chợ.\n"
          "b) Báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.\n2. Sở Tài chính\nBố trí kinh phí thực hiện.\n")


def test_bodies_listed_below_a_lead_in_hold_the_duties_that_follow():
    duties, pairs = _read(LISTED)
    for body in ("Sở Công Thương", "Sở Y tế"):
        held = {text for who, text in duties if who.startswith(body)}
        assert any("rà soát mạng lưới chợ" in t for t in held), (body, duties)
        assert any(t.startswith("Báo cáo Ủy ban nhân dân tỉnh") for t in held), (body, duties)
        assert not any(t.startswith(("Sở Y tế (đối với", "Có trách nhiệm", "Giao các sở")) for t in held)
    assert any(who.startswith("Sở Tài chính") and t.startswith("Bố trí kinh phí") for who, t in duties)
    assert not any(t.startswith("Bố trí kinh phí") for who, t in duties if who.startswith(("Sở Y tế", "Sở Công")))


def test_bodies_listed_each_for_its_field_are_no_pair():
    _, pairs = _read(LISTED)
    assert not any(a.startswith("Sở Công Thương") and b.startswith("Sở Y tế") for a, b in pairs), pairs


def test_members_listed_are_not_the_holders_of_duties_below():
    duties, _ = _read("1. Tổ công tác liên ngành\nThành phần Tổ công tác gồm:\n- Sở Công Thương;\n- Sở Y tế.\n"
                      "Nhiệm vụ của Tổ công tác:\na) Kiểm tra các chợ đầu mối.\n")
    assert not any(t.startswith("Kiểm tra các chợ") for who, t in duties if who.startswith(("Sở Y tế", "Sở Công")))


def _actor_labels(text: str) -> list[str]:
    from policykg.graph_builder.recognise import find_mentions
    from policykg.graph_builder.segment import segment
    from policykg.ontology import load_lexicon
    src = source_from_string(text)
    _, sentences = segment(src)
    return [m.label for m in find_mentions(src, sentences, load_lexicon()) if m.category == "actor"]


def test_a_list_of_ministries_wraps_over_lines_and_names_ministries_of_an_older_government():
    labels = _actor_labels("3. Trách nhiệm của các Bộ: Tư pháp, Thủy sản, Nông nghiệp và\nPhát triển nông thôn, "
                           "Thương  mại, Công\nnghiệp và Y tế:\na) Phối hợp với Bộ Khoa học và Công nghệ.\n")
    assert labels[:6] == ["Bộ Tư pháp", "Bộ Thủy sản", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Thương mại",
                          "Bộ Công nghiệp", "Bộ Y tế"], labels


def test_an_unknown_ministry_ends_before_the_verb_and_a_broken_known_name_makes_none():
    assert _actor_labels("Bộ Tư pháp chủ trì, phối hợp với các Bộ: Thủy sản, Công nghiệp thực hiện rà soát.\n") == [
        "Bộ Tư pháp", "Bộ Thủy sản", "Bộ Công nghiệp"]
    labels = _actor_labels("Bộ Tư pháp chủ trì, phối hợp với các Bộ: Kế hoạch và Đầu. tư, Tài chính rà soát.\n")
    assert not any(label.startswith("Bộ Kế hoạch và Đầu") and label != "Bộ Kế hoạch và Đầu tư" for label in labels)


def test_an_item_below_a_lead_line_stays_the_leads_when_bodies_inside_it_coordinate():
    result = build_source(source_from_string(
        LETTER + "3. Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan\n\na) Khẩn trương trình Ủy ban nhân "
        "dân tỉnh ban hành quy định về chợ, trong đó quy định trách nhiệm các sở, ngành trong việc phối hợp với Sở "
        "Tài chính quản lý chợ.\n", name="letter.txt"))
    p = predictions_from_quads(emit_result(result), defaultdict(set))
    label = {iri: min(labels) for iri, labels in p.labels.items() if labels}
    assert any(label.get(a, "").startswith("Sở Tài chính") and text.startswith("Khẩn trương trình")
               for a, text in p.leads), p.leads


def test_the_running_head_of_a_gazette_page_is_no_duty():
    duties, _ = _read("1. Sở Tài chính bố trí kinh phí thực hiện quản lý chợ, bảo đảm đúng quy định của pháp luật "
                      "về ngân sách.\n\nCÔNG BÁO/Số 412/Ngày 05-06-2027\n45\n\n2. Sở Y tế kiểm tra an toàn thực phẩm.\n")
    assert not any("CÔNG BÁO" in text or text.strip() == "45" for _, text in duties), duties
    assert any(who.startswith("Sở Y tế") and text.startswith("kiểm tra") or "kiểm tra an toàn" in text
               for who, text in duties), duties


WRAPPED = ("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n\nSố: 845/UBND-KT\nYên Bái, ngày 12 tháng 5 năm 2027\n"
           "V/v quản lý mạng lưới chợ\n\nKính gửi: Các sở, ban, ngành thuộc tỉnh.\n\n"
           "Để quản lý mạng lưới chợ trên địa bàn, Chủ tịch Ủy ban nhân dân tỉnh yêu\n"
           "cầu các sở, ban, ngành và Ủy ban nhân dân các xã thực hiện các nội dung\nsau:\n")


def test_an_item_wrapped_before_a_name_goes_on_on_the_next_line():
    result = build_source(source_from_string(
        WRAPPED + "4. Ủy ban nhân dân cấp xã\na) Khẩn trương rà soát toàn bộ các chợ trên địa bàn quản lý.\n"
        "b) Định kỳ báo cáo Ủy ban nhân dân tỉnh để kịp thời tổng hợp, báo cáo\nBan Thường vụ Tỉnh ủy về tiến "
        "độ và kết quả thực hiện.\nc) Về công tác quản lý an toàn thực phẩm tại các chợ đầu mối của tỉnh\n"
        "Sở Y tế chủ trì kiểm tra an toàn thực phẩm.\n", name="letter.txt"))
    p = predictions_from_quads(emit_result(result), defaultdict(set))
    label = {iri: min(labels) for iri, labels in p.labels.items() if labels}
    duties = {(label.get(a, a), " ".join(text.split())) for a, text in p.duties}
    assert any(who.startswith("Ủy ban nhân dân") and text.startswith("Định kỳ báo cáo") and "Ban Thường vụ" in text
               for who, text in duties), duties
    assert not any(who.startswith("Ban Thường vụ") for who, _ in duties), duties
    assert any(who.startswith("Sở Y tế") and "kiểm tra an toàn" in text for who, text in duties), duties


GAZETTE = ("THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 901/QĐ-TTg\nHà Nội, ngày 20 tháng 5 năm 2027\n\nQUYẾT ĐỊNH\n"
           "Ban hành Kế hoạch quản lý chợ đầu mối\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch quản lý chợ đầu "
           "mối.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nTrần Văn Bình\n\n"
           "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\n"
           "Ngày ký: 2027-05-25 08:00:52 +07:00\n\nCÔNG BÁO/Số 286/Ngày 27-05-2027\n90\n\n"
           "THỦ TƯỚNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\n"
           "Quản lý chợ đầu mối\n\nI. NHIỆM VỤ\n1. Bộ Công Thương chủ trì rà soát quy hoạch chợ đầu mối.\n")


def test_a_gazette_stamp_names_no_actor_and_an_attached_header_gives_no_duty():
    result = build_source(source_from_string(GAZETTE, name="decision.txt"))
    p = predictions_from_quads(emit_result(result), defaultdict(set))
    labels = {label for ls in p.labels.values() for label in ls}
    assert "Văn phòng Chính phủ" not in labels, labels
    texts = [text for _, text in p.duties]
    assert not any("Độc lập" in t or "CÔNG BÁO" in t for t in texts), texts
    assert any(t.startswith("Bộ Công Thương chủ trì") or "rà soát quy hoạch" in t for t in texts), texts

"""OCR'd organs of a signature block (round 27, issue 9, invented texts; ``graph_builder/signedorgans.py``): an organ's
line in capitals over or under a signer's post that lost its diacritics ("CÔNG AN TINH", "HỘI NÔNG DÂN TINH", "TOA
ÁN NHÂN DÂN TỈNH") no longer hides the block's signer; a line in capitals of the body, with no post beside it and no
signer under it, is left as printed."""

from __future__ import annotations

from documentfacts import frame_of

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.signedorgans import repair_signature_organs
from policykg.ontology import load_lexicon

JOINT = ("CÔNG AN TỈNH BẮC NINH\nHỘI NÔNG DÂN TỈNH BẮC NINH\nSố: 08/KHLT-CAT-HND\nKẾ HOẠCH LIÊN TỊCH\n"
         "Phòng, chống trộm cắp tài sản ở nông thôn\n1. Công an tỉnh chủ trì tuần tra tại các xã.\n"
         "2. Hội Nông dân tỉnh vận động hội viên tham gia.\n\n{foot}")


def _signers(text: str) -> list[tuple[str, str]]:
    return sorted((person, post) for person, post, _ in frame_of(text)[1])


def test_two_blocks_whose_organs_lost_their_marks_keep_their_signers():
    foot = ("GIÁM ĐỐC                          CHỦ TỊCH\n"
            "CÔNG AN TINH                      HỘI NÔNG DÂN TINH\n"
            "(Đã ký)                           (Đã ký)\n"
            "Đại tá Phan Văn Kiên              Lê Thị Hạnh\n")
    assert _signers(JOINT.format(foot=foot)) == [("Lê Thị Hạnh", "Chủ tịch"), ("Phan Văn Kiên", "Giám đốc")]


def test_a_name_in_capitals_under_the_post_is_left_as_printed():
    text = "Điều 1. Thi hành.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHOÀNG VĂN TÂM\n(Đã ký)\nCÔNG AN TINH\n"
    source = source_from_string(text)
    repair_signature_organs(source, load_lexicon())
    assert source.match.split("\n")[4] == "HOÀNG VĂN TÂM"


def test_the_organ_is_written_back_in_the_match_form_only():
    text = "Điều 1. Thi hành.\n\nGIÁM ĐỐC\nCÔNG AN TINH\n(Đã ký)\nLê Văn Bình\n"
    source = source_from_string(text)
    repair_signature_organs(source, load_lexicon())
    assert source.match.split("\n")[3] == "CÔNG AN TỈNH" and source.text == text


def test_a_heading_in_capitals_of_the_body_is_left_as_printed():
    text = ("Điều 1. Thi hành.\n\nCHƯƠNG II\nNHIỆM VỤ CỦA CÔNG AN TINH\n\n"
            "Điều 2. Công an tỉnh chủ trì tuần tra.\nĐiều 3. Các xã phối hợp.\n")
    source = source_from_string(text)
    repair_signature_organs(source, load_lexicon())
    assert source.match == text

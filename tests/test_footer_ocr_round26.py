"""OCR'd posts of a signature block (round 26, issue 9, invented texts; ``graph_builder/footerocr.py``): a post in
capitals that lost or changed its diacritics over a signer ("PHO VỤ TRƯỞNG", "GIAM ÐỐC CÔNG AN TỈNH", "TRƯỞNG CÔNG AN
HUYÊN") is read as the vocabulary's post; a line in capitals that no signer follows is left as printed."""

from __future__ import annotations

from documentfacts import frame_of

from policykg.graph_builder.footerocr import repair_footer_posts
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

LETTER = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 51/BGDĐT-KHTC\nV/v hướng dẫn quyết toán kinh phí\nKính gửi: Các trường đại học.\n"
          "Các đơn vị căn cứ nội dung văn bản này tổ chức thực hiện.\n{foot}")
JOINT = ("CÔNG AN HUYỆN AN LẠC\nBAN CHỈ HUY QUÂN SỰ HUYỆN AN LẠC\nSố: 17/KHLT-CAH-BCHQS\nKẾ HOẠCH LIÊN TỊCH\n"
         "Bảo đảm an ninh tại các xã\n1. Công an huyện chủ trì tuần tra tại các xã.\n2. Công an các xã nắm tình hình.\n\n"
         "{first}\n(Đã ký)\nThượng tá Đặng Văn Lực\n\nCHỈ HUY TRƯỞNG BAN CHỈ HUY QUÂN SỰ HUYỆN\n(Đã ký)\n"
         "Thượng tá Nguyễn Hữu Phước\n")


def _posts(text: str) -> list[str]:
    return [post for _, post, _ in frame_of(text)[1]]


def test_a_deputys_post_over_a_signed_note_and_a_name():
    foot = "TL. BỘ TRƯỞNG\nKT. VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH\nPHO VỤ TRƯỞNG\n(Đã ký)\nNguyễn Đức Cường\n"
    assert frame_of(LETTER.format(foot=foot))[1][0][:2] == ("Nguyễn Đức Cường", "Phó Vụ trưởng")


def test_the_post_is_written_back_and_its_organ_left_as_printed():
    source = source_from_string(JOINT.format(first="GIAM ÐỐC CÔNG AN HUYÊN AN LẠC"))
    repair_footer_posts(source, load_lexicon())
    assert "\nGIÁM ĐỐC CÔNG AN HUYÊN AN LẠC\n" in source.match and source.text == source.match.replace(
        "GIÁM ĐỐC", "GIAM ÐỐC")


def test_the_level_after_a_post_ending_in_its_organ():
    posts = _posts(JOINT.format(first="TRƯỞNG CÔNG AN HUYÊN"))
    assert posts[0].lower() == "trưởng công an huyện"


def test_a_line_no_signer_follows_is_left_as_printed():
    source = source_from_string("CHƯƠNG III\nPHO GIAM ĐỐC CÓ TRÁCH NHIỆM\n\nĐiều 5. Các sở thực hiện.\n")
    before = source.match
    repair_footer_posts(source, load_lexicon())
    assert source.match == before

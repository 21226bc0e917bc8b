"""A coordination text's title names its issuers when the copy lost its header (round 26, issue 9, invented texts):
"QUY CHẾ / PHỐI HỢP GIỮA A, B VÀ C" is issued by A, B and C, a place written after the last party is every party's,
and a title the header reading took for an organ's line gives way to them; never a decision's title (the deciding
organ issues it), never one body's coordination "với" another, and a header of its own keeps its issuers
(``titleparties``)."""

from __future__ import annotations

from documentfacts import frame_of

BODY = ("Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp giữa các bên.\nĐiều 2. Trách nhiệm\n"
        "Sở Y tế chủ trì thanh tra, kiểm tra.\n")


def _issuers(text: str) -> list[str]:
    return frame_of(text)[0]


def test_each_party_of_the_title_issues():
    text = "QUY CHẾ\nPhối hợp giữa Sở Y tế, Bảo hiểm xã hội tỉnh và Công an tỉnh trong khám chữa bệnh\n" + BODY
    assert _issuers(text) == ["Sở Y tế", "Bảo hiểm xã hội tỉnh", "Công an tỉnh"]


def test_the_place_after_the_last_party_is_every_partys():
    text = "QUY CHẾ\nPHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN HUYỆN VÀ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nHUYỆN TÂN LẬP\n" + BODY
    assert _issuers(text) == ["Ủy ban nhân dân huyện Tân Lập", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tân Lập"]


def test_a_decisions_title_names_no_issuer():
    text = ("QUYẾT ĐỊNH\nBan hành Quy chế phối hợp giữa Sở Y tế và Công an tỉnh\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quy chế phối hợp.\n")
    assert _issuers(text) == ["Ủy ban nhân dân tỉnh Bắc Ninh"]


def test_one_bodys_coordination_with_another_names_no_issuer():
    text = "QUY CHẾ\nPhối hợp giữa Sở Y tế với Công an tỉnh trong khám chữa bệnh\n" + BODY
    assert _issuers(text) == []


def test_a_header_of_its_own_keeps_its_issuer():
    text = ("SỞ Y TẾ TỈNH BẮC NINH\nSố: 12/QC-SYT\nQUY CHẾ\nPhối hợp giữa Sở Y tế và Công an tỉnh trong khám chữa bệnh\n"
            + BODY)
    assert _issuers(text) == ["Sở Y tế tỉnh Bắc Ninh"]

"""Parties of a signed coordination document when the sentence names a holder and its partners (round 20, issue 9,
invented text). "A, B và C ký kết Quy chế phối hợp" makes every two of them a pair (GUIDELINES convention 1); "X phối
hợp với A, B và C ký kết Quy chế phối hợp" or "X cùng với A và B ký Kế hoạch phối hợp" names X's partners: X with each,
not the partners with each other ("X phối hợp (với) Y" gives [X, Y])."""

from __future__ import annotations

from documentfacts import facts_of


def _pairs(sentence: str) -> set[frozenset[str]]:
    text = "TIN TỨC\n\nNgày 06/4/2027, " + sentence + "\n\n"
    return {frozenset(p) for p in facts_of(text, name="news.txt")["pairs"]}


def _named(pairs: set[frozenset[str]], a: str, b: str) -> bool:
    return any(any(a in x for x in p) and any(b in y for y in p) and not any(a in x and b in x for x in p) for p in pairs)


def test_a_holder_and_its_partners_signing_a_coordination_document_pair_the_holder_with_each_partner():
    pairs = _pairs("Cục Thú y đã phối hợp với Sở Nông nghiệp và Môi trường tỉnh Nghệ An, Sở Nông nghiệp và Môi "
                   "trường tỉnh Hà Tĩnh và Sở Nông nghiệp và Môi trường tỉnh Quảng Bình ký kết Quy chế phối hợp trong "
                   "kiểm soát dịch bệnh gia súc.")
    assert len(pairs) == 3 and all(any("Cục Thú y" in x for x in p) for p in pairs), pairs
    pairs = _pairs("Bộ Công an cùng với Bộ Quốc phòng và Bộ Ngoại giao ký Kế hoạch phối hợp bảo vệ an ninh biên giới.")
    assert len(pairs) == 2 and all(any("Bộ Công an" in x for x in p) for p in pairs), pairs


def test_parties_that_sign_a_coordination_document_together_still_pair_with_each_other():
    pairs = _pairs("Sở Tư pháp, Công an tỉnh Nghệ An và Sở Nội vụ ký kết Chương trình phối hợp phổ biến pháp luật.")
    assert len(pairs) == 3, pairs
    assert _named(pairs, "Công an tỉnh", "Sở Nội vụ"), pairs

"""The central committee of a mass organisation (issue 9, round 26, `actors26`): "Trung ương Hội X" is an actor of
its own where the text also names the organisation itself ("Hội X các cấp"), and the organisation where it does not.
Every text here is invented, in the form of a national plan that gives duties to the veterans' association.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

HEAD = """BAN CHỈ ĐẠO QUỐC GIA VỀ CÔNG TÁC MỘ LIỆT SĨ

Số: 31/KH-BCĐ
Hà Nội, ngày 3 tháng 6 năm 2026

KẾ HOẠCH
Tuyên truyền về công tác mộ liệt sĩ

III. TỔ CHỨC THỰC HIỆN

"""

CENTRAL = "1. Trung ương Hội Cựu chiến binh Việt Nam chủ trì, phối hợp với Bộ Quốc phòng giải mã phiên hiệu đơn vị.\n"
LEVELS = "2. Hội Cựu chiến binh các cấp vận động hội viên cung cấp thông tin về mộ liệt sĩ.\n"


def test_the_central_committee_is_an_actor_apart_where_the_organisation_is_also_named():
    found = facts_of(HEAD + CENTRAL + LEVELS)
    assert holders(found["leads"], "giải mã phiên hiệu") == {"Trung ương Hội Cựu chiến binh Việt Nam"}
    assert holders(found["duties"], "vận động hội viên") == {"Hội Cựu chiến binh Việt Nam"}
    assert frozenset(("Trung ương Hội Cựu chiến binh Việt Nam", "Bộ Quốc phòng")) in found["pairs"]


def test_the_central_committee_alone_is_the_organisation():
    found = facts_of(HEAD + CENTRAL)
    assert holders(found["leads"], "giải mã phiên hiệu") == {"Hội Cựu chiến binh Việt Nam"}

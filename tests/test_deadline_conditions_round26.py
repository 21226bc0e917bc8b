"""Times that are no deadline of a duty (round 26, issue 9, invented text in the forms of circulars, decisions and
resolutions): a time of the past against the document's date (a span that ends on it: the meeting that passed a
resolution; a date before it: a condition on those who took part in an event) and the time of an entitlement or of
the state that grants it ("bị mất việc làm trong năm ...", "được vay vốn trong thời gian 12 tháng", "Thời hạn vay:
tối đa ...", "đã từ trần trước ngày ..."); the duties' own times in the same documents stay."""

from __future__ import annotations

from documentfacts import predictions_of
from policykg.graph_builder.notdeadlines import no_deadline

CIRCULAR = ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nSố: 14/2026/TT-BLĐTBXH\nHà Nội, ngày 10 tháng 3 năm 2026\n\n"
            "THÔNG TƯ\nHướng dẫn hỗ trợ người lao động\n\n")


def _deadlines(text: str) -> set[str]:
    return {d for _, d, _ in predictions_of(text + "\n").deadlines}


def test_an_entitlement_and_its_condition_give_no_deadline():
    found = _deadlines(CIRCULAR + "Điều 2. Đối tượng\n\nNgười lao động bị mất việc làm trong năm 2026 được vay vốn để "
                       "học nghề.\n\nĐiều 3. Mức vay\n\n1. Người lao động được vay vốn trong thời gian 12 tháng kể từ "
                       "ngày nghỉ việc.\n\n2. Thời hạn vay: tối đa 18 tháng.\n\nĐiều 4. Trách nhiệm\n\n"
                       "Sở Lao động - Thương binh và Xã hội tổng hợp, báo cáo Bộ trước ngày 30/9/2026.\n")
    assert found == {"trước ngày 30/9/2026"}


def test_a_death_before_a_date_is_a_condition():
    found = _deadlines(CIRCULAR + "Điều 2. Đối tượng\n\nThân nhân của người đã từ trần trước ngày 01/7/2026 được "
                       "hưởng trợ cấp một lần.\n")
    assert not found


def test_times_of_the_past_against_the_documents_date():
    head = ("BỘ TÀI CHÍNH\n\nSố: 20/2026/TT-BTC\nHà Nội, ngày 12 tháng 4 năm 2026\n\nTHÔNG TƯ\nVề kinh phí\n\n"
            "Hội nghị toàn ngành họp từ ngày 10/4 đến ngày 12/4/2026 tại Hà Nội, thống nhất như sau:\n\n")
    found = _deadlines(head + "1. Chi trợ cấp cho người tham gia kháng chiến trước ngày 30/4/1975.\n\n"
                       "2. Hội nghị sơ kết được tổ chức từ ngày 10/6 đến ngày 12/6/2026.\n")
    assert found == {"từ ngày 10/6 đến ngày 12/6/2026"}


def test_the_rule_reads_the_clause_and_the_date():
    low = "sở tài chính được hưởng kinh phí; sở y tế báo cáo trước ngày 30/6/2026."
    d = low.find("trước")
    assert not no_deadline(low, low.find("sở y"), len(low), d, len(low) - 1, "2026-03-10")
    assert no_deadline(low, 0, len(low), d, len(low) - 1, "2026-03-10")
    assert no_deadline(low, low.find("sở y"), len(low), d, len(low) - 1, "2026-07-01")
    assert not no_deadline(low, low.find("sở y"), len(low), d, len(low) - 1, "2026-06-30")

"""A programme's item whose number stands alone on its line, its words on the next, its bodies and time on labelled
lines below ("1.4." / "Xây dựng kế hoạch ..." / "- Cơ quan thực hiện: ..." / "- Thời gian thực hiện: Thường xuyên hằng
năm", round 30, invented text): the number opens the item with its words (``loosenumbers``, in ``segment``), and they make
the task the labelled lines give their bodies and time to, not the item above."""

from __future__ import annotations

from documentfacts import facts_of

TEXT = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 35/KH-UBND          Kon Tum, ngày 4 tháng 5 năm 2026\n\n"
        "KẾ HOẠCH\nXây dựng quan hệ lao động hài hòa\n\nII. NHIỆM VỤ\n"
        "1. Tăng cường công tác tuyên truyền\n"
        "1.1. Tuyên truyền, phổ biến pháp luật lao động cho người lao động trong doanh nghiệp.\n"
        "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Liên đoàn Lao động tỉnh.\n"
        "- Thời gian thực hiện: Thực hiện thường xuyên.\n"
        "1.2.\nXây dựng kế hoạch đối thoại tại nơi làm việc trong các khu công nghiệp.\n"
        "- Cơ quan thực hiện: Ban Quản lý Khu kinh tế tỉnh chủ trì, phối hợp với Sở Nội vụ.\n"
        "- Thời gian thực hiện: Hoàn thành trong quý III/2026.\n")


def test_the_time_of_an_item_numbered_alone_is_its_words_task():
    dated = facts_of(TEXT)["dated"]
    assert any(task.startswith("Xây dựng kế hoạch đối thoại") and due == "Hoàn thành trong quý III/2026"
               for task, due in dated)
    assert not any(task.startswith("Tuyên truyền") and "quý III" in due for task, due in dated)


def test_the_lead_of_an_item_numbered_alone_leads_its_words_task():
    leads = facts_of(TEXT)["leads"]
    assert any(actor == "Ban Quản lý Khu kinh tế tỉnh Kon Tum" and task.startswith("Xây dựng kế hoạch đối thoại")
               for actor, task in leads)

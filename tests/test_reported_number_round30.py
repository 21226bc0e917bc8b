"""The number an article reports when no sentence says a document was issued (round 30, invented texts): not one it
cites as the ground of what it reports ("Thực hiện Công điện số 53/CĐ-TW ...", "theo Nghị quyết số 258/2025/QH15",
and the next of such a list) (``graph_builder.reportednumber``): those are the article's citations; a sentence that
opens "Theo Kế hoạch số ..., ..." reports that plan."""

from __future__ import annotations

from documentfacts import predictions_of

NEWS = ("Ứng phó bão số 3\n\nĐăng lúc 10:00 ngày 21/7/2025\n\n"
        "{ground} Cục Cứu hộ - Cứu nạn đề nghị các đơn vị tổ chức trực ban nghiêm túc, sẵn sàng lực lượng.\n")


def test_a_ground_of_the_article_is_cited():
    p = predictions_of(NEWS.format(ground="Thực hiện Công điện số 53/CĐ-TW ngày 20/7/2025 của Văn phòng Ban Chỉ đạo,"))
    assert p.cited == {"53/CĐ-TW"}


def test_the_next_of_a_cited_list_is_cited_too():
    p = predictions_of(NEWS.format(ground="Theo quy định tại Nghị định số 103/2013/NĐ-CP và Nghị định số "
                                          "41/2017/NĐ-CP, các tàu vi phạm bị xử lý nghiêm."))
    assert p.cited == {"103/2013/NĐ-CP", "41/2017/NĐ-CP"}


def test_a_sentence_that_opens_with_the_plan_reports_it():    # (a guard: passes without the change)
    p = predictions_of(NEWS.format(ground="Theo Kế hoạch số 12/KH-UBND, tỉnh sẽ tổ chức 3 đợt kiểm tra."))
    assert p.cited == set()

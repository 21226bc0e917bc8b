"""Acts a news item or a report says were done (round 26, issue 9, invented texts in the genre's forms): the partners
of a past "chủ trì" / "phối hợp" ("X đã phối hợp với Y ...", "X vừa chủ trì ... giữa A, B, C", a dated opening in an
article) and the parties of a signing an article reports ("Sáng 13/4, A và B ký kết Quy chế phối hợp ...") still
coordinate, but hold no duty of the act; a requirement reported, whatever its tense, is a duty."""

from __future__ import annotations

import pytest

from policykg.graph_builder.pipeline import build_source, emit_result
from policykg.graph_builder.read import source_from_string

NEWS_HEAD = "Hai tỉnh phối hợp quản lý tàu cá\n\nThứ Ba, 14/04/2026 - 10:20\n\n(BTN) - "
PLAN_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\n\nSố: 52/KH-UBND\nBình Thuận, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
             "Về quản lý tàu cá\n\nIII. TỔ CHỨC THỰC HIỆN\n\n")


def _graph(text: str) -> tuple[str, set[tuple[str, str, str]]]:
    """The document's kind and its (subject, predicate, object) local names for the duty and pair shortcuts."""
    result = build_source(source_from_string(text, name="tin.txt"))
    local = (lambda term: str(term).rstrip(">").rsplit("/", 1)[-1].rsplit("#", 1)[-1])
    triples = {(local(q.subject), local(q.predicate), local(q.object)) for q in emit_result(result)
               if local(q.predicate) in ("cooperatesIn", "leads", "responsibleFor", "coordinatesWith")}
    return result.document.kind, triples


def _has_duty(triples, actor: str) -> bool:
    return any(s == actor and p in ("cooperatesIn", "leads", "responsibleFor") for s, p, _ in triples)


def _pair(triples, a: str, b: str) -> bool:
    return (a, "coordinatesWith", b) in triples


@pytest.mark.parametrize("sentence, lead, partner", [
    ("Ngày 10/4, tại Phan Thiết, Sở Nông nghiệp và Môi trường tỉnh Bình Thuận đã phối hợp với Bộ đội Biên phòng tỉnh "
     "Bình Thuận tổ chức 12 đợt tuần tra trên biển.",
     "so-nong-nghiep-va-moi-truong-tinh-binh-thuan", "bo-doi-bien-phong-tinh-binh-thuan"),
    ("Trong năm qua, Sở Nông nghiệp và Môi trường tỉnh Bình Thuận vừa chủ trì, phối hợp với Công an tỉnh Bình Thuận "
     "kiểm tra 300 tàu cá.", "so-nong-nghiep-va-moi-truong-tinh-binh-thuan", "cong-an-tinh-binh-thuan"),
    ("Sáng 13/4, Sở Nông nghiệp và Môi trường tỉnh Bình Thuận phối hợp với Công an tỉnh Bình Thuận tổ chức diễn tập "
     "cứu nạn trên biển.", "so-nong-nghiep-va-moi-truong-tinh-binh-thuan", "cong-an-tinh-binh-thuan"),
])
def test_the_partners_of_an_act_done_coordinate_but_hold_no_duty(sentence, lead, partner):
    kind, triples = _graph(NEWS_HEAD + sentence + "\n\nMinh An\n")
    assert kind == "NewsArticle"
    assert _pair(triples, lead, partner)
    assert not _has_duty(triples, partner)


def test_the_parties_of_a_signing_reported_coordinate_but_hold_no_duty():
    kind, triples = _graph(NEWS_HEAD + "Sáng 13/4, tại thành phố Phan Thiết, Ủy ban nhân dân tỉnh Bình Thuận và Ủy ban "
                           "nhân dân tỉnh Ninh Thuận đã ký kết Quy chế phối hợp quản lý tàu cá giai đoạn 2026-2030.\n\n"
                           "Minh An\n")
    assert kind == "NewsArticle"
    assert _pair(triples, "uy-ban-nhan-dan-tinh-binh-thuan", "uy-ban-nhan-dan-tinh-ninh-thuan")
    assert not _has_duty(triples, "uy-ban-nhan-dan-tinh-binh-thuan")
    assert not _has_duty(triples, "uy-ban-nhan-dan-tinh-ninh-thuan")


@pytest.mark.parametrize("sentence, partner", [
    # the requirement an article reports: the partner must act, whatever the tense of the request
    ("Theo Quy chế, Sở Nông nghiệp và Môi trường tỉnh Bình Thuận chủ trì, phối hợp với Công an tỉnh Bình Thuận kiểm "
     "tra tàu cá xuất bến.", "cong-an-tinh-binh-thuan"),
    ("Ngày 10/4, Ủy ban nhân dân tỉnh Bình Thuận đã giao Sở Nông nghiệp và Môi trường tỉnh Bình Thuận chủ trì, phối hợp "
     "với Công an tỉnh Bình Thuận kiểm tra tàu cá xuất bến.", "cong-an-tinh-binh-thuan"),
    # "vừa ... vừa ...": both roles at once, not a past
    ("Theo Quy chế, Sở Nông nghiệp và Môi trường tỉnh Bình Thuận vừa chủ trì kiểm tra tàu cá, vừa phối hợp với Công "
     "an tỉnh Bình Thuận xử lý vi phạm.", "cong-an-tinh-binh-thuan"),
])
def test_a_reported_requirement_keeps_its_partners_duty(sentence, partner):
    _, triples = _graph(NEWS_HEAD + sentence + "\n\nMinh An\n")
    assert _has_duty(triples, partner)


def test_a_signing_a_plan_prescribes_is_a_duty():
    _, triples = _graph(PLAN_HEAD + "1. Ủy ban nhân dân tỉnh Bình Thuận và Ủy ban nhân dân tỉnh Ninh Thuận ký kết Quy "
                        "chế phối hợp quản lý tàu cá trong quý II/2026.\n")
    assert _has_duty(triples, "uy-ban-nhan-dan-tinh-ninh-thuan")

"""Names of issue 9, round 19: a duty's verb that may also open a name's domain ("xây dựng", "giám sát", "kiểm
soát", "khắc phục" ...) is the clause's predicate when the name would swallow it: the actor is the name before the
verb and the duty keeps its verb. Sentences invented from docs/GENRE.md, worded unlike the documents that showed
the errors; each form (a subject, a partner after "phối hợp với", a complement after "về") on its own."""

from __future__ import annotations

import pytest

from documentfacts import facts_of, graph_actors


SWALLOWED = [
    # a partner after "phối hợp với", its capitalised field, then the shared duty
    ("3. Sở Y tế chủ trì, phối hợp với Trung tâm Dinh dưỡng giám sát việc bổ sung vi chất tại trường học.",
     "Trung tâm Dinh dưỡng"),
    # the second partner of a list, the duty after a comma-less object and a comma
    ("Cục Trồng trọt chủ trì, phối hợp với Cục Bảo vệ thực vật và Viện Di truyền xây dựng bộ giống chuẩn, "
     "trình Bộ trước tháng 9.",
     "Viện Di truyền"),
    # the subject itself after a number, two fields joined by a dash; the object's own verb after it
    ("2. Phòng Tài chính - Kế hoạch xây dựng dự thảo quy chế kiểm tra nội bộ.", "Phòng Tài chính - Kế hoạch"),
    # a field after "về": the verb after the complement is the duty
    ("Công an tỉnh phối hợp với Phòng Cảnh sát điều tra tội phạm về ma túy xây dựng kế hoạch truy quét.",
     "Phòng Cảnh sát điều tra tội phạm về ma túy"),
]


@pytest.mark.parametrize(("text", "name"), SWALLOWED)
def test_a_domain_verb_after_a_complete_name_is_the_duty(text, name):
    actors = graph_actors(text)
    assert name in actors
    assert not any(label.startswith(name + " ") for label in actors)


def test_the_duty_goes_to_the_name_read_short():
    duties = facts_of("2. Phòng Tài chính - Kế hoạch xây dựng dự thảo quy chế kiểm tra nội bộ.")["duties"]
    assert any(actor == "Phòng Tài chính - Kế hoạch" and "xây dựng dự thảo" in task for actor, task in duties)


KEPT = [
    # a verb of the name's field followed by the name's own predicate
    ("Sở Công Thương phối hợp với Trung tâm Khuyến công phát triển làng nghề tổ chức hội chợ.",
     "Trung tâm Khuyến công phát triển làng nghề"),
    # a list of fields after the verb: the name's
    ("Phối hợp với Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ.",
     "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
    # a name in a label's list
    ("Cơ quan phối hợp: Phòng Cảnh sát quản lý hành chính về trật tự xã hội; Viện kiểm sát nhân dân tỉnh.",
     "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_a_domain_verb_that_is_the_names_own_stays_in_it(text, name):
    assert name in graph_actors(text)

"""A collective of the levels written bare and in passing (round 34, invented texts): "Hội đồng nhân dân", "Ủy ban
nhân dân" written without a level or a place, where the document names none of those bodies at a level or a place,
is an actor of its graph (``graph_builder.systembodies._written_bare``, read by ``emit.named_actors``); written with
its levels ("Ủy ban nhân dân các cấp") it stays an actor only where it acts, and the bare name beside a body of a
level ("Ủy ban nhân dân cấp huyện") is that body's short form, no actor of its own.

The first two tests fail without the change (the bare name was read as the collective "... các cấp" and left out);
the last two are guards."""

from __future__ import annotations

from test_system_bodies_round31 import LEX, _actors

COUNCILS, COMMITTEES = LEX.lookup("Hội đồng nhân dân các cấp").iri, LEX.lookup("Ủy ban nhân dân các cấp").iri


def test_the_councils_named_bare_as_the_body_a_plan_is_submitted_to():
    text = ("KẾ HOẠCH\n\n3. Kinh phí\nSở Tài chính tổng hợp nhu cầu kinh phí của các đơn vị, trình Hội đồng nhân dân "
            "bố trí kinh phí thực hiện Kế hoạch này theo quy định.\n")
    assert COUNCILS in _actors(text)


def test_the_committees_named_bare_beside_a_ministry():
    text = ("QUY CHẾ PHỐI HỢP\n\nĐiều 6. Phối hợp trao đổi thông tin\nBảo hiểm xã hội Việt Nam cung cấp số liệu cho "
            "Bộ Tài chính, Ủy ban nhân dân khi được yêu cầu để theo dõi việc đóng bảo hiểm.\n")
    assert COMMITTEES in _actors(text)


def test_the_collective_written_with_its_levels_stays_out_in_passing():
    text = "BÁO CÁO\n\nHội nghị có đại diện Ủy ban nhân dân các cấp, Hội đồng nhân dân các cấp cùng dự.\n"
    actors = _actors(text)
    assert COMMITTEES not in actors and COUNCILS not in actors


def test_the_bare_name_beside_a_body_of_a_level_is_its_short_form():
    text = ("KẾ HOẠCH\n\n1. Ủy ban nhân dân cấp huyện chủ trì tổ chức tuyên truyền trên địa bàn.\n"
            "2. Sở Tư pháp gửi tài liệu cho Ủy ban nhân dân để tổ chức thực hiện.\n")
    assert COMMITTEES not in _actors(text)

"""Round 31 (`frame31`, invented texts): a document number written with its issuer's code alone, the kind code left
off, is cited as written when a kind word stands right before it: the acts of the Council of Ministers ("Quyết định
số 176/HĐBT", "Nghị định 299/HĐBT"), the Government's of the 1990s ("Nghị định 15/CP") (``graph_builder.barenumbers``).
A code that opens with a kind's own code is the rest of a full number cut or glued ("Chỉ thị số 33/CT"), no issuer's."""

from __future__ import annotations

from documentfacts import predictions_of

HEAD = ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nSố: 08/TT-LĐTBXH          Hà Nội, ngày 3 tháng 4 năm 1991\n\n"
        "THÔNG TƯ\nHướng dẫn chế độ trợ cấp thôi việc\n\n")


def test_numbers_with_the_issuers_code_alone_are_cited():
    text = HEAD + ("Thi hành Quyết định số 176/HĐBT ngày 9/10/1989 của Hội đồng Bộ trưởng và Nghị định 15/CP, "
                   "Bộ Lao động - Thương binh và Xã hội hướng dẫn như sau.\n"
                   "Các Sở Lao động - Thương binh và Xã hội lập danh sách theo Quyết định 176/HĐBT.\n")
    assert predictions_of(text).cited == {"176/HĐBT", "15/CP"}


def test_a_cut_full_number_and_a_scale_are_not_cited():     # (a guard: passes without the change; failed on the
    # rule's first version, which cited "33/CT")
    text = HEAD + ("Thực hiện Chỉ thị số 33/CT về tăng cường kỷ luật, các Sở lập bản đồ tỷ lệ 1/500 "
                   "và báo cáo Bộ trước ngày 30/6/1991.\n")
    assert "33/CT" not in predictions_of(text).cited
    assert not any(c.startswith("1/") for c in predictions_of(text).cited)

"""Ministries named jointly under one "Bộ" (round 30, invented texts): an older joint circular's header "BỘ Y TẾ - TÀI
CHÍNH" or "LIÊN BỘ Y TẾ - TÀI CHÍNH" over a "…-TT/LB" number, and a copy without its header whose text says "Liên Bộ
Y tế - Tài chính hướng dẫn ..." (``graph_builder.jointministries``, in ``header._resolve`` and the headless issuers of
``metadata._formal``): each ministry issues the document."""

from __future__ import annotations

import pytest

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string

BODY = ("          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12-TT/LB          Hà Nội, ngày 3 tháng 4 năm 1995\n\n"
        "THÔNG TƯ LIÊN BỘ\nHướng dẫn chi tiêu cho công tác phòng bệnh\n\n"
        "1. Sở Y tế lập dự toán gửi Sở Tài chính.\n")


@pytest.mark.parametrize("organ", ["BỘ Y TẾ - TÀI CHÍNH", "LIÊN BỘ Y TẾ - TÀI CHÍNH", "BỘ Y TẾ - BỘ TÀI CHÍNH"])
def test_a_joint_header_under_one_head_names_each_ministry(organ):
    info = build_source(source_from_string(organ + BODY, "<s>")).document
    assert [i.label for i in info.issuers] == ["Bộ Y tế", "Bộ Tài chính"]


def test_one_ministry_whose_name_holds_a_dash_stays_one():    # (a guard: passes without the change)
    info = build_source(source_from_string("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" + BODY, "<s>")).document
    assert [i.label for i in info.issuers] == ["Bộ Lao động - Thương binh và Xã hội"]


def test_a_headless_joint_circular_is_issued_by_the_joint_body_it_names():
    text = ("THÔNG TƯ\nLIÊN BỘ SỐ 07-TT/LB NGÀY 2 THÁNG 3 NĂM 1991 HƯỚNG DẪN CẤP PHÁT KINH PHÍ\n\n"
            "Để quản lý tốt kinh phí chống dịch, Liên Bộ Y tế - Tài chính hướng dẫn như sau:\n\n"
            "1. Sở Y tế lập dự toán hằng năm gửi Sở Tài chính.\n")
    info = build_source(source_from_string(text, "<s>")).document
    assert [i.label for i in info.issuers] == ["Bộ Y tế", "Bộ Tài chính"]


def test_the_joint_body_that_issued_a_cited_document_issues_nothing_here():   # (a guard: passes without the change)
    text = ("Căn cứ Thông tư số 09/2011/TTLT-BNV-BTC của liên Bộ Nội vụ, Bộ Tài chính;\n\n"
            "Sở Nội vụ tổng hợp danh sách gửi Sở Tài chính.\n")
    info = build_source(source_from_string(text, "<s>")).document
    assert info.issuers == []

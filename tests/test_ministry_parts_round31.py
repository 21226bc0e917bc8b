"""One parser of ministries written under one "Bộ" (round 31, invented texts): ``graph_builder.ministryparts`` reads
the form for both the header and headless joint circulars (``jointministries``) and the names of running text
(``jointmentions``). A ministry whose own name holds a dash or "và" ("Bộ Lao động - Thương binh và Xã hội") may be one
of the joint ministries: the parser tries where one ministry's name ends and the next begins, not only at each dash."""

from __future__ import annotations

import pytest

from policykg.graph_builder.ministryparts import ministry_parts
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

BODY = ("          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05-TT/LB          Hà Nội, ngày 11 tháng 4 năm 1992\n\n"
        "THÔNG TƯ LIÊN BỘ\nHướng dẫn trợ cấp cho người lao động thôi việc\n\n"
        "1. Sở Lao động - Thương binh và Xã hội lập danh sách gửi Sở Tài chính.\n")


@pytest.mark.parametrize("organ", ["LIÊN BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI - TÀI CHÍNH",
                                   "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI - TÀI CHÍNH"])
def test_a_joint_header_whose_first_ministry_holds_a_dash_names_both(organ):
    info = build_source(source_from_string(organ + BODY, "<s>")).document
    assert [i.label for i in info.issuers] == ["Bộ Lao động - Thương binh và Xã hội", "Bộ Tài chính"]


def test_a_joint_name_in_running_text_is_each_ministry():
    text = "Liên Bộ Tài chính - Lao động - Thương binh và Xã hội hướng dẫn như sau."
    parts = ministry_parts(text, load_lexicon(), runs_on=True)
    assert [(p.entry.label_vi, text[p.start:p.end]) for p in parts] == [
        ("Bộ Tài chính", "Bộ Tài chính"), ("Bộ Lao động - Thương binh và Xã hội", "Lao động - Thương binh và Xã hội")]


def test_a_name_cut_at_the_end_of_a_header_line_is_no_joint_name():
    # "BỘ LAO ĐỘNG, THƯƠNG BINH" (the rest on the next line): no ministry is "Bộ Lao động" or "Bộ Thương binh"
    assert ministry_parts("BỘ LAO ĐỘNG, THƯƠNG BINH", load_lexicon(), runs_on=True) == []


def test_the_same_ministry_twice_is_no_joint_name():
    assert ministry_parts("Bộ Y tế - Y tế", load_lexicon()) == []


def test_organs_run_together_with_the_head_repeated_are_left_to_the_header():
    # "BỘ Y TẾ BỘ TÀI CHÍNH ...": several organs on one header line, each with its own "Bộ" (header.py cuts them)
    assert ministry_parts("BỘ Y TẾ BỘ TÀI CHÍNH BỘ NỘI VỤ", load_lexicon(), runs_on=True) == []

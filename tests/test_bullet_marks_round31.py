"""One set of bullet marks (round 31, invented text): a bulleted line opens with "-", "+", "*", "•", "–" or "—"
(``linebreaks.BULLET_MARK``, beside ``BULLET_START`` which adds numbered items and articles). Until round 31 three
patterns said what a bullet is (``linebreaks``, ``assertions/context``, ``assertions/leadins``), each with its own
marks. The first test guards that the one shared pattern still reads bodies listed as bullets below a lead-in that
gives a task as the holders of the duties that follow (it passes before the change too: the match form turns the
dashes into "-")."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import predictions_from_quads  # noqa: E402

from policykg.graph_builder.linebreaks import BULLET_MARK, BULLET_START  # noqa: E402
from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402

LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 312/UBND-KT\nLào Cai, ngày 4 tháng 6 năm 2027\n"
          "V/v quản lý cơ sở lưu trú\n\nKính gửi: Các sở, ban, ngành thuộc tỉnh.\n\n"
          "Để quản lý cơ sở lưu trú trên địa bàn, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
          "1. Về kiểm tra cơ sở lưu trú\nGiao các sở quản lý chuyên ngành theo lĩnh vực gồm:\n"
          "{m} Sở Văn hóa, Thể thao và Du lịch (đối với khách sạn);\n{m} Sở Y tế (đối với cơ sở nghỉ dưỡng).\n"
          "Có trách nhiệm:\na) Kiểm tra điều kiện an ninh, trật tự của các cơ sở lưu trú.\n")


@pytest.mark.parametrize("mark", ["-", "•", "–", "—"])
def test_bodies_listed_with_any_bullet_mark_hold_the_duties_below(mark):
    text = LETTER.format(m=mark)
    p = predictions_from_quads(emit_result(build_source(source_from_string(text, name="letter.txt"))),
                               defaultdict(set))
    label = {iri: min(labels) for iri, labels in p.labels.items() if labels}
    holders = {label.get(a, a) for a, duty in p.duties if duty.startswith("Kiểm tra điều kiện an ninh")}
    for body in ("Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch"):    # "Sở Y tế tỉnh Lào Cai"
        assert any(h.startswith(body) for h in holders), (body, holders)


@pytest.mark.parametrize("line", ["- Sở Y tế;", "* Sở Y tế;", "• Sở Y tế;", "– Sở Y tế;", "— Sở Y tế;", "+ Sở Y tế;"])
def test_every_bullet_mark_opens_a_bulleted_line(line):
    assert BULLET_MARK.match(line) and BULLET_START.match(line)


@pytest.mark.parametrize("line", ["1. Sở Y tế;", "a) Sở Y tế;", "Điều 3. Trách nhiệm", "-Sở Y tế", "Sở Y tế - Bộ"])
def test_a_numbered_item_or_a_glued_dash_is_no_bullet(line):
    assert not BULLET_MARK.match(line)

"""Round 21's published layouts of the frame (``bench/block_layouts.py``, measured by ``bench/eval_frame.py``): each
rewrites how the footer or a joint header is published, never what it says; the builder reads the same issuers and
signers from an invented document under each; and the harness keeps every check set (probe17h to probe20h) out of
its development run."""

from __future__ import annotations

import doctest
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import block_layouts, eval_frame  # noqa: E402
from bench.block_layouts import BLOCK_LAYOUTS, block_layout  # noqa: E402

from policykg.graph_builder.metadata import extract_document_info  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402
from policykg.ontology import load_lexicon  # noqa: E402
from test_frame_layouts_round19 import _PLAN  # noqa: E402   (a plan of one department, one block)

_JOINT = """SỞ Y TẾ TỈNH ĐIỆN BIÊN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN     Độc lập - Tự do - Hạnh phúc
CÔNG AN TỈNH ĐIỆN BIÊN
Số: 05/KHLT-SYT-SGDĐT-CAT                Điện Biên, ngày 12 tháng 3 năm 2026

KẾ HOẠCH LIÊN TỊCH
Phòng chống ma túy trong trường học

Các bên phối hợp tuyên truyền phòng chống ma túy trong trường học.

KT. GIÁM ĐỐC SỞ Y TẾ
PHÓ GIÁM ĐỐC

Lò Văn Hải

GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO

Cà Thị Thu

KT. GIÁM ĐỐC CÔNG AN TỈNH
PHÓ GIÁM ĐỐC

Vừ A Bằng
"""
_GOLD = {"signers": [("Lò Văn Hải", "Phó Giám đốc")]}
_JOINT_GOLD = {"issuers": ["Sở Y tế tỉnh Điện Biên", "Sở Giáo dục và Đào tạo tỉnh Điện Biên", "Công an tỉnh Điện Biên"],
               "signers": [("Lò Văn Hải", "Phó Giám đốc"), ("Cà Thị Thu", "Giám đốc"), ("Vừ A Bằng", "Phó Giám đốc")]}


def test_the_layouts_examples_run():
    assert doctest.testmod(block_layouts).failed == 0


def _read(text: str):
    info = extract_document_info(source_from_string(text, "<s>"), load_lexicon())
    return [r.label for r in info.issuers], {(s.person, s.post) for s in info.signatures}


@pytest.mark.parametrize("layout", [x for x in BLOCK_LAYOUTS if not x.startswith("j") and x != "nohead"])
def test_the_builder_reads_the_same_frame_under_each_footer_layout(layout):
    published = block_layout(_PLAN, layout, "kh.txt", _GOLD)
    assert published != _PLAN and published == block_layout(_PLAN, layout, "kh.txt", _GOLD)
    assert _read(published) == (["Sở Y tế tỉnh Điện Biên"], {("Lò Văn Hải", "Phó Giám đốc")})


@pytest.mark.parametrize("layout", [x for x in BLOCK_LAYOUTS if x.startswith("j")])
@pytest.mark.parametrize("name", ["khln.txt", "khln.html"])
def test_the_builder_reads_the_same_joint_frame_under_each_joint_layout(layout, name):
    published = block_layout(_JOINT, layout, name, _JOINT_GOLD)
    assert published != _JOINT
    issuers, signers = _read(published)
    assert sorted(issuers) == sorted(_JOINT_GOLD["issuers"]) and signers == set(_JOINT_GOLD["signers"])


def test_a_copy_without_its_header_keeps_its_signers_and_the_organs_its_blocks_name():
    published = block_layout(_JOINT, "nohead", "khln.txt", _JOINT_GOLD)
    assert published.startswith("KẾ HOẠCH LIÊN TỊCH") and published == block_layout(_JOINT, "nohead", "khln.txt", _JOINT_GOLD)
    issuers, signers = _read(published)     # the blocks name no province: "SỞ Y TẾ", "CÔNG AN TỈNH"
    assert sorted(issuers) == ["Công an tỉnh", "Sở Giáo dục và Đào tạo", "Sở Y tế"] and signers == set(_JOINT_GOLD["signers"])


def test_the_harness_holds_every_check_set_back():
    assert {"probe17h", "probe18h", "probe19h", "probe20h"} <= set(eval_frame.HELD_BACK)
    assert not set(eval_frame.HELD_BACK) & set(eval_frame.SPLITS)

"""The frame's published layouts (``bench/frame_layouts.py``, measured by ``bench/eval_frame.py``, round 19): each
layout rewrites how the header and the footer are published, never what they say, so the document's gold still
holds; and the builder reads the same issuers and signers from an invented document under every layout."""

from __future__ import annotations

import doctest
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import frame_layouts  # noqa: E402
from bench.frame_layouts import FRAME_LAYOUTS, frame_layout  # noqa: E402

from policykg.graph_builder.metadata import extract_document_info  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402
from policykg.ontology import load_lexicon  # noqa: E402

_PLAN = """SỞ Y TẾ                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐIỆN BIÊN                Độc lập - Tự do - Hạnh phúc
Số: 77/KH-SYT                 Điện Biên, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Tiêm chủng mở rộng năm 2026

Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với các bệnh viện tổ chức tiêm chủng.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.

                                          KT. GIÁM ĐỐC
                                          PHÓ GIÁM ĐỐC

                                          Lò Văn Hải
"""
_SIGNERS = [("Lò Văn Hải", "Phó Giám đốc")]


def test_the_layouts_examples_run():
    assert doctest.testmod(frame_layouts).failed == 0


@pytest.mark.parametrize("layout", sorted(FRAME_LAYOUTS))
def test_a_layout_is_the_same_for_the_same_document_and_keeps_the_signers_name(layout):
    published = frame_layout(_PLAN, layout, "kh.txt", _SIGNERS)
    assert published == frame_layout(_PLAN, layout, "kh.txt", _SIGNERS)
    assert "Lò Văn Hải" in published and "77/KH-SYT" in published


@pytest.mark.parametrize("layout", sorted(FRAME_LAYOUTS))
def test_the_builder_reads_the_same_frame_under_every_layout(layout):
    info = extract_document_info(source_from_string(frame_layout(_PLAN, layout, "kh.txt", _SIGNERS), "<s>"),
                                 load_lexicon())
    assert [r.label for r in info.issuers] == ["Sở Y tế tỉnh Điện Biên"]
    assert {(s.person, s.post) for s in info.signatures} == {("Lò Văn Hải", "Phó Giám đốc")}

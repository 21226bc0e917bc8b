"""Forms of published text that the real-dev documents showed (issue 9, round 6, `dev6`): a second document after
the first one's signature and recipients list, the two run together in a PDF's columns (an agreement sent with the notice that assigns its work), and a Markdown table converted
from Word with each cell on lines of its own between lone "|" lines. Each test reads what a user gets: the quads of
the document's graph; the texts are invented."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import predictions_from_quads  # noqa: E402

from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402


def _read(text: str, name: str = "doc.md"):
    """The predictions of the document: duties, leads, pairs (actor labels) and dated tasks."""
    result = build_source(source_from_string(text, name=name, media_type="text/markdown"))
    p = predictions_from_quads(emit_result(result), defaultdict(set))

    def label(iri: str) -> str:   # a body named in capitals in a header is labelled as written there
        return sorted(p.labels.get(iri) or [iri])[0].lower()

    return {
        "duties": {(label(a), text) for a, text in p.duties},
        "leads": {(label(a), text) for a, text in p.leads},
        "pairs": {frozenset((label(a), label(b))) for a, b in p.pairs},
        "dated": {(text, deadline) for text, deadline, _ in p.deadlines},
    }


def _holders(found, fragment: str) -> set[str]:
    return {actor for actor, text in found if fragment in text}


NOTICE = ("BỘ NỘI VỤ\nCỤC VĂN THƯ\n\nSố: 12/TB-CVT\nHà Nội, ngày 10 tháng 3 năm 2026\n\nTHÔNG BÁO\n"
          "Phân công thực hiện Bản ghi nhớ\n\nCục Văn thư phân công các phòng như sau:\n\n"
          "1. Giao Phòng Tổng hợp chủ trì, phối hợp với Phòng Lưu trữ theo dõi việc thực hiện.\n\n"
          "Nơi nhận: TL. CỤC TRƯỞNG\n- Lãnh đạo Cục (để biết);\n\n- Các phòng, đơn vị trực thuộc\n“Cục, các Chi cục (để thực hiện);"
          "\n\n- Lưu VT, VP.\n\n\n\n--- PAGE BREAK ---\n\n")


def test_a_document_attached_after_the_recipients_list_is_read_as_body():
    attached = ("BỘ NỘI VỤ - BỘ TƯ PHÁP    CONG HOA XA HOI CHU NGHIA VIET NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                "Số: 03/BGN-BNV-BTP    Hà Nội, ngày 02 tháng 2 năm 2026\n\nBẢN GHI NHỚ\n\n"
                "Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21/02/2025 của Chính phủ;\n\n"
                "I. NỘI DUNG PHỐI HỢP\n\n"
                "1. Cục Văn thư chủ trì, phối hợp với Sở Tư pháp xây dựng cơ sở dữ liệu văn bản.\n\n"
                "BỘ TRƯỞNG BỘ TƯ PHÁP    BỘ TRƯỞNG BỘ NỘI VỤ\nNguyễn Văn Cường    Lê Thị Dung\n\n"
                "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    found = _read(NOTICE + attached)
    assert _holders(found["leads"], "xây dựng cơ sở dữ liệu văn bản") == {"cục văn thư"}
    assert frozenset(("cục văn thư", "sở tư pháp")) in found["pairs"]


def test_a_recipients_list_without_an_attached_document_stays_no_body():
    found = _read(NOTICE + "- Sở Tư pháp chủ trì kiểm tra việc thực hiện.\n")
    assert not _holders(found["duties"], "kiểm tra việc thực hiện")


def test_the_segmenter_leaves_a_recipients_list_the_frame_missed_at_an_attached_documents_header():
    from policykg.graph_builder.segment import segment
    text = (NOTICE + "BỘ NỘI VỤ - BO TU PHAP    CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM\n\nSố: 03 /BGN-BNV-BTP\n\nBẢN GHI NHỚ\n\n"
            "Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21/02/2025 của Chính phủ;\n\n"
            "1. Cục Văn thư chủ trì xây dựng cơ sở dữ liệu văn bản.\n")
    source = source_from_string(text, name="doc.md", media_type="text/markdown")
    sections, _ = segment(source, frame=[])          # no frame: the recipients list is known by its label alone
    at = text.index("1. Cục Văn thư")
    roles = [s.role for s in sections if s.span.start <= at < s.span.end]
    assert roles and "recipients" not in roles
    assert [s.role for s in sections if s.span.start == text.index("BỘ NỘI VỤ - BO")] == ["header"]

"""Tables of duty as published: Markdown and HTML tables (headers over two rows, merged cells), PDF text kept in
columns (graph_builder/layout.py), an annex after the signature; one task per row with its lead, partners, time."""

from __future__ import annotations

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.tabular import find_tables
from policykg.graph_builder.segment import segment


def rows(text: str, name: str, media_type: str | None = None) -> list[tuple]:
    """(task text, leads, partners, deadline) per task of a table row, by slug."""
    kwargs = {"media_type": media_type} if media_type else {}
    result = build_source(source_from_string(text, name=name, **kwargs))
    out = []
    for i, a in enumerate(result.assertions):
        if a.relation not in ("task", "requirement") or a.deadline is None:
            continue
        duty = next((d for d in result.assertions if d.relation == "coordination" and d.parent == i), None)
        slug = lambda iris: [x.rsplit("/", 1)[1] for x in iris]   # noqa: E731
        out.append((a.text, slug(a.subjects), slug(duty.objects) if duty else [], a.deadline))
    return out


def test_a_header_over_two_rows_and_a_row_of_column_numbers_are_one_header():
    src = source_from_string("| STT | Nội dung | Cơ quan thực hiện | | Thời gian hoàn thành | Sản phẩm |\n"
                             "| | | Chủ trì | Phối hợp | | |\n| (1) | (2) | (3) | (4) | (5) | (6) |\n"
                             "| 1 | Tuần tra biên giới | Bộ đội Biên phòng | Công an | Quý I/2026 | Báo cáo |\n", name="k.md")
    [table] = find_tables(src, segment(src)[1])
    assert table.header[2:5] == ["cơ quan thực hiện chủ trì", "phối hợp", "thời gian hoàn thành"]
    assert len(table.rows) == 1 and len(table.header_rows) == 2


def test_an_html_table_with_merged_cells_gives_every_row_its_lead():
    html = ("<html><body><p>KẾ HOẠCH</p><table>"
            "<tr><th rowspan=2>STT</th><th rowspan=2>Nhiệm vụ</th><th colspan=2>Cơ quan thực hiện</th>"
            "<th rowspan=2>Thời gian</th></tr><tr><th>Chủ trì</th><th>Phối hợp</th></tr>"
            "<tr><td>1</td><td>Kiểm tra an toàn thực phẩm</td><td rowspan=2>Sở Y tế</td><td>Công an tỉnh</td>"
            "<td>Quý II/2026</td></tr>"
            "<tr><td>2</td><td>Tuyên truyền pháp luật</td><td>Sở Tư pháp</td><td>Năm 2026</td></tr>"
            "</table></body></html>")
    assert rows(html, "kh.html", "text/html") == [
        ("Kiểm tra an toàn thực phẩm", ["so-y-te"], ["cong-an-tinh"], "Quý II/2026"),
        ("Tuyên truyền pháp luật", ["so-y-te"], ["so-tu-phap"], "Năm 2026")]


LAYOUT = """ỦY BAN NHÂN DÂN
PHƯỜNG PHONG CHÂU

KẾ HOẠCH
Làm sạch dữ liệu đất đai

II. PHÂN CÔNG NHIỆM VỤ

TT   Nội dung công việc       Cơ quan chủ trì   Cơ quan phối hợp   Thời gian
                                                                   hoàn thành
1    Rà soát hồ sơ địa chính  Phòng Kinh tế     Công an phường     Quý III/2026
     của các hộ gia đình
2    Chỉnh lý biến động       Phòng Kinh tế     Ủy ban Mặt trận    Trước ngày
     đất đai                                    Tổ quốc Việt Nam   30/9/2026
                                                phường

III. TỔ CHỨC THỰC HIỆN
Phòng Kinh tế tổng hợp kết quả.
"""


def test_a_layout_table_reads_cells_that_wrap_over_lines():
    assert rows(LAYOUT, "kh.txt") == [
        ("Rà soát hồ sơ địa chính của các hộ gia đình", ["phong-kinh-te"], ["cong-an-phuong-phong-chau"], "Quý III/2026"),
        ("Chỉnh lý biến động đất đai", ["phong-kinh-te"],
         ["uy-ban-mat-tran-to-quoc-viet-nam-phuong-phong-chau"], "Trước ngày 30/9/2026")]
    result = build_source(source_from_string(LAYOUT, name="kh.txt"))
    # the table's lines make no other statement; the prose after it is read as usual
    texts = [a.text for a in result.assertions if a.relation in ("task", "requirement")]
    assert texts == ["Rà soát hồ sơ địa chính của các hộ gia đình", "Chỉnh lý biến động đất đai",
                     "Phòng Kinh tế tổng hợp kết quả."]
    front = next(m for m in result.mentions if m.iri == mint_actor_iri("Ủy ban Mặt trận Tổ quốc Việt Nam phường Phong Châu"))
    assert front.surface == "Ủy ban Mặt trận Tổ quốc Việt Nam phường"   # the cell's words, joined


def test_an_annex_after_the_signature_is_read():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\n\nI. NHIỆM VỤ\n1. Các sở thực hiện theo Phụ lục.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPhụ lục\n"
            "NHIỆM VỤ TRỌNG TÂM\n\n| TT | Tên nhiệm vụ | Sở chủ trì | Đơn vị phối hợp | Thời gian thực hiện |\n"
            "| 1 | Rà soát quy hoạch | Sở Xây dựng | Sở Tài chính | Năm 2026 |\n")
    assert rows(text, "kh.md") == [("Rà soát quy hoạch", ["so-xay-dung-tinh-lao-cai"], ["so-tai-chinh-tinh-lao-cai"],
                                    "Năm 2026")]

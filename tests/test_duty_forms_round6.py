"""How programmes of action and plans carry their tasks (issue 9, round 6): a division-of-labour table whose header
is repeated after a page break, a named law in a table's task cell, the preamble of a resolution under the issuer's
name line, an item below an actor heading that opens with a verb and lists its own sub-items ("c) Hằng năm, tổng hợp
...:"), and a "- Phối hợp với Y:" lead-in whose "+" items are held with Y. Each test reads what a user gets: the quads
of the document's graph (the probes r6d-* of tests/data/genre/probe6/ hold these forms in whole documents)."""

from __future__ import annotations

from pathlib import Path

from documentfacts import facts_of, holders as _holders

HEAD = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\n\nSố: 87/KH-UBND\nHòa Bình, ngày 05 tháng 5 năm 2026\n\nKẾ HOẠCH\n"
        "Xây dựng phường đạt chuẩn đô thị văn minh\n\n")


def _read(body: str, head: str = HEAD, name: str = "plan.md"):
    """The predictions of the document with this body: duties, leads, pairs (actor labels) and dated tasks; the
    ward's own bodies are labelled with its name ("Công an phường Hòa Bình"), here without it."""
    return facts_of(head + body, name=name, drop_suffix=" Hòa Bình")


TABLE = ("II. NHIỆM VỤ\n\n| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Tiến độ |\n|---|---|---|---|---|\n"
         "| 1 | Rà soát thực trạng theo Bộ tiêu chí | Phòng Văn hóa - Xã hội | Công an phường | Tháng 5/2026 |\n\n"
         "| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Tiến độ |\n|---|---|---|---|---|\n"
         "| 2 | Bảo đảm an ninh, trật tự trên địa bàn | Công an phường | Phòng Văn hóa - Xã hội | Thường xuyên |\n")


def test_a_header_repeated_after_a_page_break_is_no_task_and_the_rows_below_it_are_read():
    found = _read(TABLE)
    assert not any("Nội dung công việc" in text for text, _ in found["dated"])
    assert ("Bảo đảm an ninh, trật tự trên địa bàn", "Thường xuyên") in found["dated"]
    assert _holders(found["leads"], "Bảo đảm an ninh") == {"Công an phường"}


def test_a_law_named_in_a_task_cell_ends_at_the_cell():
    found = _read("II. NHIỆM VỤ\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n|---|---|---|---|---|\n"
                  "| 1 | Xây dựng Luật Phòng bệnh | Bộ Y tế | Bộ Tư pháp;<br>Bộ Tài chính | Tháng 10/2026 |\n")
    assert _holders(found["leads"], "Xây dựng Luật Phòng bệnh") == {"Bộ Y tế"}
    assert frozenset(("Bộ Y tế", "Bộ Tư pháp")) in found["pairs"]
    tabs = _read("II. NHIỆM VỤ\n\nNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn\n"
                 "Xây dựng dự án Luật Phòng bệnh\tVụ Pháp chế\tCục Phòng bệnh\tNăm 2026\n", name="plan.txt")
    assert _holders(tabs["leads"], "Xây dựng dự án Luật Phòng bệnh") == {"Vụ Pháp chế"}


def test_the_grounds_of_a_resolution_under_the_issuers_name_are_no_duties():
    text = (Path(__file__).parent / "data" / "genre" / "probe6" / "r6d-01-nq-cp-ctr-hanh-dong-y-te.md").read_text("utf-8")
    body = text[text.index("*Căn cứ"):text.index("**Điều 2.**")]
    found = _read(body + "**Điều 3.** Bộ Y tế chủ trì, phối hợp với Bộ Tài chính xây dựng đề án.\n",
                  text[:text.index("*Căn cứ")], "nq.md")
    assert not _holders(found["duties"], "Căn cứ") and not _holders(found["duties"], "Theo đề nghị")
    assert _holders(found["leads"], "xây dựng đề án") == {"Bộ Y tế"}


def test_an_item_that_opens_with_a_verb_below_an_actor_heading_is_its_duty():
    found = _read("III. TỔ CHỨC THỰC HIỆN\n4. Sở Khoa học và Công nghệ:\na) Chủ trì tham mưu bố trí kinh phí.\n"
                  "b) Hằng năm, tổng hợp danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh:\n"
                  "- Đặt hàng các viện giải quyết các vấn đề thực tiễn;\n- Công bố công khai kết quả nghiệm thu.\n",
                  name="plan.txt")
    assert _holders(found["duties"], "tổng hợp danh mục nhiệm vụ") == {"Sở Khoa học và Công nghệ"}
    assert any("tổng hợp danh mục" in text and deadline == "Hằng năm" for text, deadline in found["dated"])
    assert _holders(found["duties"], "Công bố công khai kết quả") == {"Sở Khoa học và Công nghệ"}


def test_the_items_below_a_partners_lead_in_are_held_with_the_partner_until_an_item_beside_it():
    found = _read("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội phường:\n"
                  "- Phối hợp với Trung tâm Văn hóa - Thể thao phường:\n+ Tổ chức các hoạt động văn nghệ chào mừng;\n"
                  "+ Tuyên truyền trên hệ thống loa truyền thanh.\n- Thẩm định nội dung các buổi biểu diễn.\n",
                  name="plan.txt")
    assert _holders(found["duties"], "Tổ chức các hoạt động văn nghệ") == {"Phòng Văn hóa - Xã hội phường",
                                                                           "Trung tâm Văn hóa - Thể thao phường"}
    assert frozenset(("Phòng Văn hóa - Xã hội phường", "Trung tâm Văn hóa - Thể thao phường")) in found["pairs"]
    assert _holders(found["duties"], "Thẩm định nội dung") == {"Phòng Văn hóa - Xã hội phường"}
    assert not _holders(found["leads"], "Tổ chức các hoạt động văn nghệ")   # partners, no lead


def test_names_on_lines_of_their_own_in_a_cell_are_separate_partners():
    md = _read("II. NHIỆM VỤ\n\n| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
               "| 1 | Xây dựng Luật Phòng bệnh | Bộ Y tế | Bộ Tư pháp<br>Bộ Tài chính | Tháng 10/2026 |\n")
    html = _read("<p>II. NHIỆM VỤ</p><table><tr><th>TT</th><th>Nội dung</th><th>Cơ quan chủ trì</th><th>Cơ quan "
                 "phối hợp</th><th>Thời gian</th></tr><tr><td>1</td><td>Xây dựng Luật Phòng bệnh</td><td>Bộ Y tế</td>"
                 "<td>Bộ Tư pháp<br/>Bộ Tài chính</td><td>Tháng 10/2026</td></tr></table></body></html>",
                 "<html><body>" + "".join(f"<p>{line}</p>" for line in HEAD.splitlines() if line), "plan.html")
    for found in (md, html):
        assert _holders(found["duties"], "Xây dựng Luật Phòng bệnh") == {"Bộ Y tế", "Bộ Tư pháp", "Bộ Tài chính"}
        assert frozenset(("Bộ Y tế", "Bộ Tài chính")) in found["pairs"]


def test_roles_labelled_in_brackets_after_the_task_with_commas_between_them():
    found = _read("1. Xây dựng Đề án phát triển y tế cơ sở (Cơ quan chủ trì: Bộ Y tế, cơ quan phối hợp: Bộ Tài chính, "
                  "Bộ Nội vụ, thời hạn trình: Quý III/2026).\n", name="plan.txt")
    assert _holders(found["leads"], "Xây dựng Đề án phát triển y tế") == {"Bộ Y tế"}
    assert {frozenset(("Bộ Y tế", "Bộ Tài chính")), frozenset(("Bộ Y tế", "Bộ Nội vụ"))} <= found["pairs"]
    assert any("Xây dựng Đề án" in text and "Quý III/2026" in deadline for text, deadline in found["dated"])


DIRECTIVE = ("THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 17/CT-TTg\nHà Nội, ngày 22 tháng 5 năm 2026\n\nCHỈ THỊ\nVề an toàn thực phẩm\n\n"
             "Thủ tướng Chính phủ yêu cầu:\n\n")


def test_a_lead_in_that_only_names_the_roles_is_no_task_of_its_own():
    found = _read("1. Bộ Y tế chủ trì, phối hợp với Bộ Công Thương, Bộ Tài chính:\na) Rà soát, đề xuất sửa đổi Luật An toàn "
                  "thực phẩm.\nb) Xây dựng cơ sở dữ liệu quốc gia về an toàn thực phẩm.\n", DIRECTIVE, "ct.txt")
    assert {text for _, text in found["leads"]} == {"Rà soát, đề xuất sửa đổi Luật An toàn thực phẩm.",
                                                   "Xây dựng cơ sở dữ liệu quốc gia về an toàn thực phẩm."}
    assert _holders(found["duties"], "Xây dựng cơ sở dữ liệu") == {"Bộ Y tế", "Bộ Công Thương", "Bộ Tài chính"}


def test_a_body_in_brackets_after_another_names_which_body_and_holds_nothing():
    found = _read("2. Bộ Công an (Cục Cảnh sát kinh tế) tăng cường đấu tranh với các đường dây buôn bán thực phẩm giả; "
                  "phối hợp với Bộ Y tế xử lý nghiêm các vi phạm.\n", DIRECTIVE, "ct.txt")
    assert "Bộ Công an" in _holders(found["duties"], "tăng cường đấu tranh")
    assert "Cục Cảnh sát kinh tế" not in _holders(found["duties"], "tăng cường đấu tranh")
    assert frozenset(("Bộ Công an", "Bộ Y tế")) in found["pairs"]
    assert not any("Cục Cảnh sát kinh tế" in pair for pair in found["pairs"])
    table = _read("II. NHIỆM VỤ\n\n| STT | Cơ quan chủ trì | Nội dung nhiệm vụ | Cơ quan phối hợp | Thời gian |\n"
                  "|---|---|---|---|---|\n| 1 | Cục Cảnh sát kinh tế (Bộ Công an) | Triệt phá các đường dây buôn lậu "
                  "| Bộ Tư lệnh Bộ đội Biên phòng | Năm 2026 |\n")
    assert _holders(table["leads"], "Triệt phá các đường dây") == {"Cục Cảnh sát kinh tế"}


def test_a_body_named_again_in_brackets_keeps_its_sentence_and_its_heading():
    found = _read("4. Bộ Thông tin và Truyền thông (nay là Bộ Văn hóa, Thể thao và Du lịch) chỉ đạo các cơ quan báo chí "
                  "đẩy mạnh tuyên truyền về an toàn thực phẩm.\n5. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung "
                  "ương (sau đây gọi là Ủy ban nhân dân cấp tỉnh):\na) Thành lập đoàn kiểm tra liên ngành về an toàn thực "
                  "phẩm.\nb) Giao Sở Y tế làm đầu mối tổng hợp tình hình, báo cáo Ủy ban nhân dân cấp tỉnh.\n",
                  DIRECTIVE, "ct.txt")
    assert _holders(found["duties"], "chỉ đạo các cơ quan báo chí") == {"Bộ Thông tin và Truyền thông"}
    assert _holders(found["duties"], "Thành lập đoàn kiểm tra liên ngành") == {"Ủy ban nhân dân cấp tỉnh"}
    assert _holders(found["leads"], "tổng hợp tình hình") == {"Sở Y tế"}   # given the task by the heading's body


def test_the_closing_article_of_a_decision_binds_every_body_of_its_list():
    head = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n\nSố: 63/QĐ-UBND\nPhú Thọ, ngày 12 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
            "Ban hành Quy chế phối hợp\n\n")
    found = _read("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tư pháp, Thủ trưởng các ban, ngành của "
                  "tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; các tổ chức, cá nhân có liên quan chịu trách nhiệm thi "
                  "hành Quyết định này.\n", head, "qd.txt")
    holders = _holders(found["duties"], "thi hành Quyết định này")
    for body in ("Văn phòng Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Ủy ban nhân dân cấp xã"):   # labels may add the province
        assert any(actor.startswith(body) for actor in holders), (body, holders)


def test_a_time_in_brackets_on_its_own_line_is_the_time_of_the_line_above():
    found = _read("II. NỘI DUNG\nBƯỚC BA\nTổ chức hội nghị hiệp thương lần thứ hai để lập danh sách sơ bộ\n"
                  "(Từ ngày 02/2 đến ngày 03/2/2026)\n\n1. Phòng Văn hóa - Xã hội rà soát danh sách cử tri.\n"
                  "(Thời gian thực hiện: Quý II/2026)\n", name="plan.txt")
    assert any(text.startswith("Tổ chức hội nghị hiệp thương lần thứ hai") and deadline == "Từ ngày 02/2 đến ngày 03/2/2026"
               for text, deadline in found["dated"]), found["dated"]
    assert any("rà soát danh sách cử tri" in text and deadline == "Quý II/2026" for text, deadline in found["dated"])
    assert not any(text.startswith("(") for text, _ in found["dated"])


def test_a_row_wrapped_over_lines_of_its_own_is_one_task():
    found = _read("II. NHIỆM VỤ\n\n| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
                  "| 1 | Xây dựng đề án phát triển | Bộ Y tế | Bộ Tài chính, | Năm 2026 |\n"
                  "| | y tế cơ sở giai đoạn 2026-2030 | | Bộ Nội vụ | |\n"
                  "| 2 | Rà soát chế độ phụ cấp | Bộ Nội vụ | Bộ Y tế | Quý II/2026 |\n")
    assert _holders(found["leads"], "đề án phát triển y tế cơ sở") == {"Bộ Y tế"}
    assert frozenset(("Bộ Y tế", "Bộ Nội vụ")) in found["pairs"]
    assert _holders(found["leads"], "Rà soát chế độ phụ cấp") == {"Bộ Nội vụ"}


def test_the_verbs_of_local_works_end_a_partners_name():
    found = _read("III. TỔ CHỨC THỰC HIỆN\n3. Phòng Kinh tế chủ trì, phối hợp với Công ty Cổ phần Môi trường đô thị "
                  "Việt Trì thu gom, xử lý rác thải, hoàn thành trước ngày 30/8/2026.\n", name="plan.txt")
    assert frozenset(("Phòng Kinh tế", "Công ty Cổ phần Môi trường đô thị Việt Trì")) in found["pairs"], found["pairs"]

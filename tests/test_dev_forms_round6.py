"""Forms of published text that the real-dev documents showed (issue 9, round 6, `dev6`): a second document after
the first one's signature and recipients list, the two run together in a PDF's columns (an agreement sent with the notice that assigns its work), and a Markdown table converted
from Word with each cell on lines of its own between lone "|" lines. Each test reads what a user gets: the quads of
the document's graph; the texts are invented (one is a round-6 probe)."""

from __future__ import annotations

from pathlib import Path

from test_duty_forms_round6 import _holders
from test_duty_forms_round6 import _read as _read_plan

from policykg.graph_builder.read import source_from_string


def _read(text: str):
    """The predictions of the document (actor labels in lower case: a body named in capitals in a header is
    labelled as written there)."""
    found = _read_plan(text, head="", name="doc.md")
    return {key: {tuple(x.lower() if isinstance(x, str) else x for x in item) if key != "pairs"
                  else frozenset(x.lower() for x in item) for item in items} for key, items in found.items()}


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


def _pipe_lines(rows: list[list[str]]) -> str:
    """A table as a Word-to-Markdown conversion writes it: each cell on lines of its own between lone "|" lines."""
    return "".join("|\n" + "".join(f"{cell}\n|\n" if cell else "|\n" for cell in row) for row in rows)


def test_a_table_with_each_cell_between_lone_pipe_lines_is_read_row_by_row():
    head = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\n\nSố: 87/KH-UBND\nHòa Bình, ngày 05 tháng 5 năm 2026\n\nKẾ HOẠCH\n"
            "Chuyển đổi số năm 2026\n\nPHỤ LỤC\n\n")
    table = _pipe_lines([
        ["**TT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời gian hoàn thành**",
         "**Kết quả**"],
        ["**I**", "**Hoàn thiện\nthể chế về dữ liệu**"],
        ["1", "Rà soát các quy định về\nchia sẻ dữ liệu của phường.", "Phòng Kinh tế", "Công an phường",
         "Quý IV/2026", ""],
        ["Cập nhật dữ liệu dân cư vào hệ thống.", "Công an phường", "", "Thường xuyên"],
        ["2", "Tập huấn kỹ năng số cho cán bộ.", "Phòng Văn hóa - Xã hội", "", "Năm 2026", "Báo cáo"]])
    found = _read(head + table + "\n")
    assert _holders(found["leads"], "rà soát các quy định về chia sẻ dữ liệu") == {"phòng kinh tế"}
    assert frozenset(("phòng kinh tế", "công an phường")) in found["pairs"]
    assert ("tập huấn kỹ năng số cho cán bộ.", "năm 2026") in found["dated"]
    assert not _holders(found["leads"], "hoàn thiện thể chế")


def test_a_markdown_header_over_rows_converted_one_cell_per_line_is_read_row_by_row():
    head = ("BỘ NỘI VỤ\n\nSố: 40/QĐ-BNV\nHà Nội, ngày 05 tháng 5 năm 2026\n\nKẾ HOẠCH\nTriển khai Nghị định về văn thư\n\n"
            "PHỤ LỤC\n")
    table = ("| TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp |\n| --- | --- | --- | --- |\n"
             "Thời gian thực hiện\n1\nTuyên truyền, phổ biến Nghị định\na)\nTổ chức hội nghị phổ biến Nghị định.\n"
             "Cục Văn thư và Lưu trữ nhà nước\nVụ Pháp chế; các cơ quan, đơn vị có liên quan\nQuý III/2026\n"
             "b)\nBiên soạn tài liệu hướng dẫn.\nVụ Pháp chế\nCục Văn thư và Lưu trữ nhà nước\nThường xuyên\n"
             "2\nKiểm tra việc thi hành Nghị định.\nThanh tra Bộ\nVụ Pháp chế\nNăm 2027\n")
    found = _read(head + table)
    assert _holders(found["leads"], "tổ chức hội nghị phổ biến nghị định") == {"cục văn thư và lưu trữ nhà nước"}
    assert frozenset(("vụ pháp chế", "cục văn thư và lưu trữ nhà nước")) in found["pairs"]
    assert ("kiểm tra việc thi hành nghị định.", "năm 2027") in found["dated"]
    assert not _holders(found["leads"], "tuyên truyền, phổ biến nghị định")


def test_a_posts_html_body_under_its_front_matter_is_read_as_html():
    from policykg.graph_builder.read import source_from_bytes
    post = ('---json\n{\n    "title": "Bộ Tư pháp triển khai kế hoạch"\n}\n---\n'
            "<p>Theo kế hoạch, Bộ Tư ph&aacute;p chủ tr&igrave;, phối hợp với Bộ C&ocirc;ng an r&agrave; so&aacute;t "
            "c&aacute;c văn bản.</p>\n\n<p>Bộ C&ocirc;ng an tăng cường tuy&ecirc;n truyền.</p>\n\n"
            '<p style="text-align:right">Theo baochinhphu.vn</p>\n')
    source = source_from_bytes(post.encode("utf-8"), "post.txt")
    assert source.media_type == "text/html" and "rà soát các văn bản" in source.text
    found = _read_plan(source.text, head="", name="post.txt")
    assert _holders(found["leads"], "rà soát các văn bản") == {"Bộ Tư pháp"}
    plain = source_from_bytes("Ghi chú: dùng <br> để xuống dòng.\n<p> là thẻ đoạn.\n".encode("utf-8"), "note.txt")
    assert plain.media_type == "text/plain"


def test_an_actor_heading_in_bold_wrapped_over_two_lines_heads_its_items():
    body = ("II. NHIỆM VỤ\n\n**1. Sở\nY tế**\n\na) Tổ chức sơ kết các\nchương trình về dân số;\n\n"
            "b) Phối hợp với Sở Tư pháp tổ chức phổ biến các chủ trương;\n\n**2. Sở Tài\nchính**\n\n"
            "a) Bố trí kinh phí thực hiện Kế hoạch.\n")
    found = _read_plan(body, name="plan.md")
    assert _holders(found["duties"], "Tổ chức sơ kết các") == {"Sở Y tế"}
    assert frozenset(("Sở Y tế", "Sở Tư pháp")) in found["pairs"]
    assert _holders(found["duties"], "Bố trí kinh phí") == {"Sở Tài chính"}


def test_a_bodys_own_powers_listed_below_a_long_lead_in_and_grouped_under_headings_are_its_duties():
    head = "BỘ NỘI VỤ\n\nSố: 03/2025/TT-BNV\nHà Nội, ngày 15 tháng 9 năm 2025\n\nTHÔNG TƯ\nHướng dẫn thủ tục hành chính\n\n"
    body = ("Trung tâm Phục vụ hành chính công cấp xã quy định tại khoản 3 Điều 7 Nghị định số 118/2025/NĐ-CP tham mưu "
            "Ủy ban nhân dân cấp xã hoặc thực hiện theo thẩm quyền nhiệm vụ, quyền hạn quy định tại Nghị định số "
            "118/2025/NĐ-CP và những nhiệm vụ, quyền hạn cụ thể sau đây:\n\n#### 1. Về hướng dẫn thủ tục hành chính\n\n"
            "a) Hướng dẫn tổ chức, cá nhân chuẩn bị hồ sơ;\n\nb) Số hóa hồ sơ theo quy định.\n\n"
            "#### 2. Về kiểm soát thủ tục hành chính\n\na) Kiểm soát việc thực hiện thủ tục hành chính.\n")
    found = _read_plan(body, head=head, name="circular.md")
    centre = {"Trung tâm Phục vụ hành chính công cấp xã"}
    assert _holders(found["duties"], "Hướng dẫn tổ chức, cá nhân") == centre
    assert _holders(found["duties"], "Kiểm soát việc thực hiện") == centre


def test_a_lead_in_that_asks_another_body_keeps_the_items_with_that_body():
    found = _read_plan("II. NHIỆM VỤ\n\nỦy ban nhân dân phường yêu cầu Công an phường thực hiện các nhiệm vụ sau:\n\n"
                       "1. Tuần tra, kiểm soát trên địa bàn.\n\n2. Xử lý vi phạm trật tự đô thị.\n")
    assert _holders(found["duties"], "Tuần tra, kiểm soát") == {"Công an phường"}


def test_the_focal_units_each_body_names_below_an_item_of_an_agreement_lead_it():
    head = ("BỘ TƯ PHÁP - BỘ NỘI VỤ\n\nSố: 02/TTPH-BTP-BNV\nHà Nội, ngày 10 tháng 4 năm 2026\n\nBẢN THỎA THUẬN PHỐI HỢP\n"
            "Giữa Bộ Tư pháp và Bộ Nội vụ\n\n")
    body = ("III. NỘI DUNG PHỐI HỢP\n\n1. Phối hợp trong xây dựng văn bản quy phạm pháp luật\n\n"
            "Hai Bộ trao đổi dự thảo văn bản trước khi trình.\n\n"
            "Giao đầu mối của Bộ Tư pháp: Cục Con nuôi, Cục Kiểm tra văn bản quy phạm pháp luật.\n"
            "Giao đầu mối của Bộ Nội vụ: Vụ Pháp chế.\n\n2. Phối hợp trong công tác thống kê\n")
    found = _read_plan(body, head=head, name="agreement.md")
    item = "Phối hợp trong xây dựng văn bản"
    assert {"Vụ Pháp chế", "Cục Kiểm tra văn bản quy phạm pháp luật"} <= _holders(found["leads"], item)
    assert frozenset(("Cục Con nuôi", "Cục Kiểm tra văn bản quy phạm pháp luật")) in found["pairs"]
    assert not any("Vụ Pháp chế" in pair for pair in found["pairs"])


def test_the_years_in_brackets_that_close_an_item_are_its_time_frame_but_not_a_bracket_inside_a_name():
    body = ("III. NHIỆM VỤ TRỌNG TÂM\n\n1. Hoàn thiện hạ tầng công nghệ thông tin và phần mềm quản lý dữ liệu của "
            "phường (2025 - 2026).\n\n2. Mở rộng kết nối dữ liệu với Trung tâm dữ liệu quốc gia (2026 trở đi).\n\n"
            "3. Lồng ghép Chương trình chuyển đổi số (2021-2025) của phường vào các nhiệm vụ thường xuyên.\n")
    dated = {text.split(" (")[0]: deadline for text, deadline in _read_plan(body)["dated"]}
    assert dated.get("Hoàn thiện hạ tầng công nghệ thông tin và phần mềm quản lý dữ liệu của phường") == "2025 - 2026"
    assert dated.get("Mở rộng kết nối dữ liệu với Trung tâm dữ liệu quốc gia") == "2026 trở đi"
    assert not any(text.startswith("Lồng ghép") for text in dated)


def test_the_subject_line_of_a_letter_is_no_roman_heading_and_its_lead_in_opens_the_list_below():
    from policykg.graph_builder.segment import segment
    text = ("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSố: 4740/TCT-DNNCN\nHà Nội, ngày 06 tháng 12 năm 2021\n\n"
            "V/v: Hướng dẫn thực hiện quy\nchế phối hợp công tác.\n\nKính gửi: Cục Thuế các tỉnh, thành phố.\n\n"
            "Tổng cục Thuế đã ký Quy chế phối hợp với Bảo hiểm xã hội Việt Nam.\n\n"
            "Tổng cục Thuế hướng dẫn cơ quan Thuế các cấp thực hiện một số nội dung như sau:\n\n"
            "1. Chia sẻ dữ liệu\n\n1.1. Cục Thuế cử cán bộ đầu mối.\n")
    sections, _ = segment(source_from_string(text, name="letter.md", media_type="text/markdown"))
    assert not any(s.number == "V" for s in sections)
    assert [s.role for s in sections if s.number == "1.1"] == ["tasks"]


def test_an_article_that_delegates_powers_to_a_body_heads_its_clauses():
    head = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 28/2025/QĐ-UBND\nLào Cai, ngày 05 tháng 5 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Quy định phân cấp quản lý an toàn thực phẩm\n\n")
    body = ("Chương II\nPHÂN CẤP QUẢN LÝ\n\nĐiều 4. Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền hạn sau\n"
            "1. Quản lý an toàn thực phẩm đối với bếp ăn tập thể.\n2. Cấp Giấy chứng nhận cơ sở đủ điều kiện.\n"
            "Điều 5. Phân cấp cho Sở Công Thương thực hiện một số nhiệm vụ, quyền hạn sau\n"
            "1. Quản lý an toàn thực phẩm đối với siêu thị.\n")
    found = _read_plan(body, head=head, name="decision.md")
    assert _holders(found["duties"], "Cấp Giấy chứng nhận cơ sở") == {"Sở Y tế tỉnh Lào Cai"}
    assert _holders(found["duties"], "đối với siêu thị") == {"Sở Công Thương tỉnh Lào Cai"}


def test_the_addressees_of_a_numbered_item_end_with_it_but_a_lead_ins_hold_the_items_below():
    # the round-6 probe letter: "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ... tuyên truyền" is item 6's own
    # request; item 8 ("Báo và Phát thanh, Truyền hình Gia Lai mở chuyên mục ...") is not the Front's
    path = Path(__file__).resolve().parent / "data" / "genre" / "probe6" / "r6a-04-cv-uy-ban-bau-cu-tinh.txt"
    found = _read_plan(path.read_text(encoding="utf-8"), head="", name="letter.txt")
    front = ("Ủy ban Mặt trận Tổ quốc", "tổ chức thành viên")
    assert not [a for a in _holders(found["duties"], "mở chuyên mục") if a.startswith(front)]
    assert [a for a in _holders(found["duties"], "vận động cử tri đi bầu cử") if a.startswith(front)]

"""The own number of a document whose header has no "Số:" line (round 30, invented texts): in its title in capitals
("THÔNG TƯ / LIÊN BỘ SỐ 07-TT/LB NGÀY 2 THÁNG 3 NĂM 1991 ...") or in the line heading its annex ("(Ban hành kèm theo
Nghị quyết số 08/NQ-HĐND ngày ...)") (``graph_builder.titlenumbers``): the document is not a document it cites; a
title that cites another kind's number ("KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW NGÀY ...") cites it (and, a ground of
the text, "THỰC HIỆN", it is no document the text reports: ``graph_builder.reportednumber``)."""

from __future__ import annotations

from documentfacts import predictions_of


def test_the_number_in_an_older_title_is_the_documents_own():
    text = ("THÔNG TƯ\nLIÊN BỘ SỐ 07-TT/LB NGÀY 2 THÁNG 3 NĂM 1991 HƯỚNG DẪN CẤP PHÁT KINH PHÍ\n\n"
            "Trước đây, Liên Bộ đã ban hành Thông tư số 11-TT/LB ngày 4/5/1989. Nay Liên Bộ hướng dẫn như sau:\n\n"
            "1. Sở Y tế lập dự toán gửi Sở Tài chính.\n")
    assert predictions_of(text).cited == {"11-TT/LB"}


def test_the_number_an_annex_is_issued_with_is_the_documents_own():
    text = ("NGHỊ QUYẾT\nVỀ KẾT QUẢ GIÁM SÁT VIỆC SỬ DỤNG ĐẤT CỦA CÁC DỰ ÁN\n\n"
            "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\nKHÓA XVII, KỲ HỌP THỨ 4\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "Trên cơ sở xem xét Báo cáo số 21/BC-ĐGS ngày 10/7/2017 của Đoàn giám sát;\n\nQUYẾT NGHỊ:\n\n"
            "Điều 1. Yêu cầu Ủy ban nhân dân tỉnh chỉ đạo rà soát các dự án chậm tiến độ.\n\n"
            "PHỤ LỤC\n(Ban hành kèm theo Nghị quyết số 08/NQ-HĐND ngày 14 tháng 7 năm 2017 của Hội đồng nhân dân tỉnh)\n\n"
            "Danh mục dự án chậm tiến độ.\n")
    assert predictions_of(text).cited == {"21/BC-ĐGS"}


def test_a_title_that_names_another_kinds_number_cites_it():
    text = ("KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW NGÀY 15 THÁNG 5 NĂM 2016 CỦA BỘ CHÍNH TRỊ\n\n"
            "1. Các cơ quan, đơn vị tổ chức học tập chuyên đề năm 2026.\n")
    assert predictions_of(text).cited == {"05-CT/TW"}

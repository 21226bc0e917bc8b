"""Duty forms round 9 read as mechanisms of the genre (invented text): who holds a duty when the text does not put
the actor before the verb — an article of a regulation whose title names the body ("Điều 6. Sở Y tế có trách
nhiệm" over "1. ...", "2. ..."), the closing article of a decision whose list of offices is cut by semicolons."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import predictions_from_quads  # noqa: E402

from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402

DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\nSố: 31/2027/QĐ-UBND\nQuảng Trị, ngày 04 tháng 3 năm 2027\n\n"
            "QUYẾT ĐỊNH\nBan hành Quy chế quản lý Quỹ bảo vệ rừng\n\n"
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý Quỹ bảo vệ rừng.\n\n")


def _read(body: str, head: str = DECISION):
    result = build_source(source_from_string(head + body, name="decision.txt"))
    p = predictions_from_quads(emit_result(result), defaultdict(set))
    label = {iri: min(labels) for iri, labels in p.labels.items() if labels}
    return {(label.get(a, a), text.split("\n")[0]) for a, text in p.duties}


def _held(duties, body: str) -> set[str]:
    return {text for who, text in duties if who.startswith(body)}


ARTICLES = ("Điều 2. Sở Nông nghiệp và Môi trường có trách nhiệm\n\n"
            "1. Hướng dẫn các chủ rừng lập hồ sơ đề nghị hỗ trợ hằng năm.\n\n"
            "2. Kiểm tra việc sử dụng kinh phí của Quỹ. Tổng hợp kết quả gửi Ủy ban nhân dân tỉnh.\n\n"
            "Điều 3. Ủy ban nhân dân cấp xã có nhiệm vụ\n\n"
            "1. Xác nhận diện tích rừng được giao khoán trên địa bàn.\n\n"
            "2. Niêm yết công khai danh sách hộ nhận khoán.\n\n")


def test_an_article_whose_title_names_a_body_gives_it_every_clause_below():
    duties = _read(ARTICLES)
    forestry = _held(duties, "Sở Nông nghiệp và Môi trường")
    assert any(t.startswith("Hướng dẫn các chủ rừng") for t in forestry), duties
    assert any(t.startswith("Kiểm tra việc sử dụng kinh phí") for t in forestry), duties
    assert any(t.startswith("Tổng hợp kết quả") for t in forestry), duties
    communes = _held(duties, "Ủy ban nhân dân cấp xã")
    assert any(t.startswith("Xác nhận diện tích rừng") for t in communes), duties
    assert any(t.startswith("Niêm yết công khai") for t in communes), duties
    assert not any(t.startswith("Xác nhận diện tích") for t in forestry), duties   # the next article ends the first


def test_every_office_listed_before_the_closing_duty_executes_the_decision():
    duties = _read("Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Giám đốc Sở Tư pháp; "
                   "Giám đốc Kho bạc Nhà nước tỉnh có tiếp nhận tiền dịch vụ môi trường rừng và Chủ tịch Ủy ban "
                   "nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.\n")
    for body in ("Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính", "Sở Tư pháp", "Kho bạc Nhà nước",
                 "Ủy ban nhân dân"):
        assert any("thi hành Quyết định này" in t for t in _held(duties, body)), (body, duties)


COUNCIL = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH LÂM ĐỒNG\n\nSố: 12/NQ-HĐND\nLâm Đồng, ngày 10 tháng 7 năm 2027\n\n"
           "NGHỊ QUYẾT\nVề chất vấn và trả lời chất vấn\n\nHỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG\n\nQUYẾT NGHỊ:\n\n")
DIRECTED = ("Điều 2. Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tập trung chỉ đạo các nội dung sau đây:\n\n"
            "1. Về lĩnh vực y tế:\n\n"
            "Chỉ đạo Sở Y tế khẩn trương rà soát nhu cầu thuốc tại các trạm y tế xã. Bổ sung trang thiết bị cho "
            "các phòng khám khu vực.\n\n"
            "2. Về lĩnh vực giáo dục:\n\n- Chỉ đạo Sở Giáo dục và Đào tạo:\n\n"
            "+ Sắp xếp lại mạng lưới trường học vùng sâu.\n\n+ Tuyển dụng đủ giáo viên mầm non cho năm học mới.\n\n"
            "- Bố trí vốn sửa chữa các phòng học xuống cấp.\n\n"
            "3. Về an ninh trật tự: Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Công an tỉnh:\n\n"
            "- Mở đợt cao điểm trấn áp tội phạm ma túy.\n\n- Công khai thủ tục cấp căn cước tại bộ phận một cửa.\n\n"
            "Điều 3. Nghị quyết này có hiệu lực từ ngày ký.\n")


def test_items_below_a_lead_in_that_names_the_bodies_to_direct_are_theirs():
    duties = _read(DIRECTED, COUNCIL)
    police = _held(duties, "Công an tỉnh")
    assert any(t.startswith("Mở đợt cao điểm") for t in police) and any(t.startswith("Công khai thủ tục") for t in police)
    council = _held(duties, "Ủy ban nhân dân tỉnh")
    assert any(t.startswith("chỉ đạo Công an tỉnh") for t in council), duties   # the director's own duty
    assert not any(t.startswith("Mở đợt cao điểm") for t in council), duties


def test_a_bulleted_direction_heads_the_sub_items_until_the_next_bullet():
    duties = _read(DIRECTED, COUNCIL)
    schools = _held(duties, "Sở Giáo dục")
    assert any(t.startswith("Sắp xếp lại mạng lưới") for t in schools), duties
    assert any(t.startswith("Tuyển dụng đủ giáo viên") for t in schools), duties
    assert not any(t.startswith("Bố trí vốn sửa chữa") for t in schools), duties   # the next "-" is the council's
    assert any(t.startswith("Bố trí vốn sửa chữa") for t in _held(duties, "Ủy ban nhân dân tỉnh")), duties


def test_a_plain_line_inside_a_numbered_item_goes_on_with_the_lead_in_and_a_topic_line_is_no_duty():
    duties = _read(DIRECTED, COUNCIL)
    assert any(t.startswith("Sở Y tế khẩn trương rà soát") for t in _held(duties, "Sở Y tế")), duties
    council = _held(duties, "Ủy ban nhân dân tỉnh")
    assert any(t.startswith("Chỉ đạo Sở Y tế") for t in council), duties
    assert not any(t.startswith("Về lĩnh vực") for _, t in duties), duties


APPRAISED = ("Điều 1. Hội đồng nhân dân tỉnh cơ bản thống nhất với các giải pháp đã trả lời tại kỳ họp, cụ thể "
             "như sau:\n\n1. Về y tế cơ sở:\n\n"
             "- Ủy ban nhân dân tỉnh cần sắp xếp lại các trạm y tế xã. Tập trung bố trí bác sĩ về vùng sâu. "
             "Giao nhiệm vụ Sở Y tế kiểm tra chất lượng khám bệnh.\n\n"
             "- Khi có dịch bệnh phát sinh tại các xã biên giới, Ủy ban nhân dân tỉnh chỉ đạo Sở Y tế tổ chức khoanh vùng ổ "
             "dịch. Trong trường hợp thiếu vắc xin, phải báo cáo Bộ Y tế ngay. Đồng thời, rà soát kho thuốc dự "
             "phòng của tỉnh.\n\n")


def test_the_councils_appraisal_is_no_duty_and_heads_nothing():
    duties = _read(APPRAISED, COUNCIL)
    assert not _held(duties, "Hội đồng nhân dân tỉnh"), duties


def test_a_sentence_without_its_subject_goes_on_with_the_holder_before_it():
    duties = _read(APPRAISED, COUNCIL)
    province = _held(duties, "Ủy ban nhân dân tỉnh")
    assert any(t.startswith("Tập trung bố trí bác sĩ") for t in province), duties
    assert any(t.startswith("Giao nhiệm vụ Sở Y tế") for t in province), duties   # the giver goes on
    assert any(t.startswith("Sở Y tế kiểm tra chất lượng") for t in _held(duties, "Sở Y tế")), duties
    assert any("thiếu vắc xin, phải báo cáo" in t for t in province), duties   # after a fronted condition
    assert any(t.startswith("Đồng thời, rà soát kho thuốc") for t in province), duties   # after a connective


def test_a_condition_fronted_before_the_holder_leaves_it_the_holder():
    duties = _read(APPRAISED, COUNCIL)
    assert any(t.startswith("Khi có dịch bệnh phát sinh") for t in _held(duties, "Ủy ban nhân dân tỉnh")), duties
    assert any(t.startswith("Sở Y tế tổ chức khoanh vùng") for t in _held(duties, "Sở Y tế")), duties


PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố: 77/KH-UBND\nNinh Bình, ngày 02 tháng 4 năm 2027\n\n"
        "KẾ HOẠCH\nPhòng chống dịch bệnh trên cây trồng\n\nI. TỔ CHỨC THỰC HIỆN\n\n")


def test_a_numbered_request_over_items_gives_them_to_those_asked():
    duties = _read("1. Sở Tài chính: Bố trí kinh phí mua vật tư phòng dịch.\n\n"
                   "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp thực hiện các nội dung sau:\n\n"
                   "- Vận động hội viên tham gia diệt trừ sâu bệnh.\n\n"
                   "- Giám sát việc hỗ trợ giống cho hộ bị thiệt hại.\n\n", PLAN)
    front = _held(duties, "Ủy ban Mặt trận Tổ quốc")
    assert any(t.startswith("Vận động hội viên") for t in front), duties
    assert any(t.startswith("Giám sát việc hỗ trợ giống") for t in front), duties


CONCLUSION = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 205-KL/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 14 tháng 8 năm 2027\n\n"
              "KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề phát triển nguồn nhân lực số\n\n"
              "Tại phiên họp ngày 10/8/2027, Bộ Chính trị kết luận như sau:\n\n")


def test_a_body_led_and_directed_after_two_verbs_holds_the_duty():
    duties = _read("1. Đảng ủy Chính phủ lãnh đạo, chỉ đạo Chính phủ rà soát các chính sách thu hút nhân tài.\n",
                   CONCLUSION)
    assert any(t.startswith("Chính phủ rà soát các chính sách") for t in _held(duties, "Chính phủ")), duties


def test_the_kind_of_place_after_a_list_of_local_bodies_does_not_hide_their_verb():
    duties = _read("1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển chỉ đạo kiểm đếm tàu thuyền trên biển.\n",
                   CONCLUSION)
    assert any("kiểm đếm tàu thuyền" in t for t in _held(duties, "Ủy ban nhân dân")), duties


AIMS = ("I. MỤC ĐÍCH, YÊU CẦU\n\n"
        "1. Quán triệt đầy đủ Chỉ thị số 08-CT/TU nhằm thống nhất nhận thức, tạo đồng thuận trong Nhân dân; việc "
        "triển khai phải gắn với nhiệm vụ phát triển kinh tế của địa phương.\n\n"
        "2. Huy động các nguồn lực xã hội để giảm nghèo bền vững, thu hẹp khoảng cách vùng miền.\n\n"
        "II. NHIỆM VỤ\n\n1. Sở Tài chính bố trí kinh phí thực hiện.\n")


def test_an_item_of_the_aims_is_one_aim_of_the_document_its_purposes_are_its_own():
    p = predictions_from_quads(emit_result(build_source(source_from_string(
        PLAN.replace("I. TỔ CHỨC THỰC HIỆN\n\n", "") + AIMS, name="plan.txt"))), defaultdict(set))
    aims = sorted(p.objectives)
    assert any(t.startswith("Quán triệt đầy đủ Chỉ thị") for t in aims), aims   # a duty word inside it
    assert any(t.startswith("Huy động các nguồn lực xã hội") for t in aims), aims
    assert not any(t.startswith(("thống nhất nhận thức", "giảm nghèo bền vững", "thu hẹp")) for t in aims), aims


TARGETS = ("II. MỤC TIÊU\n\n1. Mục tiêu cụ thể\n\n"
           "a) Phổ cập kỹ năng số cơ bản cho người dân ở nông thôn:\n\n- Ít nhất 70% hộ gia đình có người biết dùng "
           "dịch vụ công trực tuyến.\n\n"
           "b) Phát triển mạng lưới điểm hỗ trợ số: xây dựng ít nhất 20 điểm hỗ trợ, trong đó Bưu điện tỉnh là đầu "
           "mối hướng dẫn người dân.\n\n"
           "III. NHIỆM VỤ\n\n1. Sở Khoa học và Công nghệ chủ trì triển khai kế hoạch.\n")


def test_an_aim_over_its_targets_is_an_aim_and_a_body_named_inside_an_aim_leads_nothing():
    result = build_source(source_from_string(PLAN.replace("I. TỔ CHỨC THỰC HIỆN\n\n", "") + TARGETS, name="plan.txt"))
    p = predictions_from_quads(emit_result(result), defaultdict(set))
    assert any(t.startswith("Phổ cập kỹ năng số cơ bản") for t in p.objectives), p.objectives
    assert any(t.startswith("Phát triển mạng lưới điểm hỗ trợ số") for t in p.objectives), p.objectives
    label = {iri: min(labels) for iri, labels in p.labels.items() if labels}
    assert not any(label.get(a, a).startswith("Bưu điện") for a, _ in p.leads), p.leads


def test_an_article_titled_with_names_and_a_word_that_says_which_heads_its_lines():
    duties = _read("Điều 2. Các sở, ban, ngành khác\n\nPhối hợp với Sở Tài chính kiểm tra việc sử dụng Quỹ.\n\n"
                   "Điều 3. Ủy ban nhân dân cấp xã\n\na) Xác nhận diện tích rừng trên địa bàn.\n")
    assert any(t.startswith("Phối hợp với Sở Tài chính kiểm tra") for who, t in duties if "sở" in who.lower()
               and not who.startswith("Sở Tài chính")), duties
    assert any(t.startswith("Xác nhận diện tích") for t in _held(duties, "Ủy ban nhân dân cấp xã")), duties


def test_the_head_and_members_of_a_body_in_a_heading_of_duties_act_for_it():
    duties = _read("Điều 2. Nhiệm vụ, quyền hạn của Trưởng ban và các thành viên Ban Chỉ đạo phòng chống thiên tai "
                   "tỉnh\n\n1. Chỉ đạo các địa phương sơ tán dân khỏi vùng nguy hiểm.\n\n"
                   "2. Báo cáo Ủy ban nhân dân tỉnh sau mỗi đợt thiên tai.\n")
    board = _held(duties, "Ban Chỉ đạo")
    assert any(t.startswith("Chỉ đạo các địa phương sơ tán") for t in board), duties
    assert any(t.startswith("Báo cáo Ủy ban nhân dân tỉnh") for t in board), duties


def test_an_ocr_d_verb_of_duty_still_opens_the_duty_of_the_names_before_it():
    duties = _read("1. Sở Du lịch đây mạnh quảng bá các điểm đến của tỉnh.\n", CONCLUSION)
    assert any("quảng bá các điểm đến" in t for t in _held(duties, "Sở Du lịch")), duties


def test_only_the_purpose_fronted_before_the_main_clause_is_the_document_s():
    p = predictions_from_quads(emit_result(build_source(source_from_string(
        "SỞ Y TẾ\nTỈNH PHÚ YÊN\n\nSố: 15/KH-SYT\nPhú Yên, ngày 05 tháng 6 năm 2027\n\nKẾ HOẠCH\nTiêm chủng mở rộng\n\n"
        "Để nâng cao tỷ lệ tiêm chủng đầy đủ cho trẻ em, Sở Y tế ban hành Kế hoạch này, trong đó các trạm y tế tổ "
        "chức tiêm bù để bảo vệ trẻ chưa được tiêm.\n", name="plan.txt"))), defaultdict(set))
    assert any(t.startswith("nâng cao tỷ lệ tiêm chủng") for t in p.objectives), p.objectives
    assert not any(t.startswith("bảo vệ trẻ chưa được tiêm") for t in p.objectives), p.objectives

"""How duties and leads are written in procedural guidance, plans, decisions and letters (issue 9, round 5): the
steps of a procedure ("Bước 1: X triệu tập ..."), the agent of a passive duty ("... do Tổ bầu cử thực hiện"), "X được
giao ...", an actor heading with its duties on the same line ("Trách nhiệm của Sở Y tế: bố trí ..."), the items of a
lead-in in a body ("đề nghị X quan tâm chỉ đạo: - ...; - ..."), verbs joined before a trigger ("X triệu tập, chủ
trì ..."), hamlet levels after a heading's name ("Ban công tác Mặt trận ở thôn, tổ dân phố:") and generic actors that
hold duties. Each test reads what a user gets: the quads of the document's graph (the probes r5d-* of
tests/data/genre/probe5/ hold these forms in whole documents)."""

from __future__ import annotations

from documentfacts import facts_of, holders as _holders

from policykg.ontology import load_lexicon

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n\nSố: 27/HD-UBND\nThanh Hóa, ngày 12 tháng 3 năm 2026\n\nHƯỚNG DẪN\n"
        "Về tổ chức bầu cử ở thôn, tổ dân phố\n\n")


def _read(body: str):
    """(duties, leads) of a guidance with this body: sets of (actor label, task text)."""
    facts = facts_of(HEAD + body, name="guidance.txt")
    return facts["duties"], facts["leads"]


def test_a_step_of_a_procedure_is_its_subjects_duty_and_lead():
    duties, leads = _read("II. QUY TRÌNH\nBước 1: Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã triệu tập và chủ trì "
                          "hội nghị liên tịch để thống nhất danh sách người ứng cử.\n")
    assert any("Ban Thường trực" in a for a in _holders(duties, "triệu tập và chủ trì hội nghị liên tịch"))
    assert any("Ban Thường trực" in a for a in _holders(leads, "triệu tập và chủ trì hội nghị liên tịch"))


def test_verbs_joined_before_the_lead_word_keep_the_subject():
    _, leads = _read("II. QUY TRÌNH\nHội nghị hiệp thương lần thứ nhất do Ban Thường trực Ủy ban Mặt trận Tổ quốc "
                     "Việt Nam cùng cấp triệu tập, chủ trì.\n")
    assert any("Ban Thường trực" in a for a in _holders(leads, "Hội nghị hiệp thương lần thứ nhất"))


def test_the_agent_of_a_passive_duty_holds_it():
    duties, _ = _read("III. TỔ CHỨC BẦU CỬ\n4. Việc phát phiếu bầu do Tổ bầu cử thực hiện.\n"
                      "5. Quy chế này do Ủy ban nhân dân tỉnh ban hành.\n")
    assert _holders(duties, "phát phiếu bầu") == {"Tổ bầu cử"}
    assert not _holders(duties, "Quy chế này do")   # "do X ban hành" names the author of a text, not a duty


def test_an_actor_given_a_task_in_the_passive_holds_it():
    duties, _ = _read("III. NHIỆM VỤ\nTrung tâm Y tế xã được giao hướng dẫn người dân đăng ký khám bệnh.\n"
                      "Các sở theo chức năng, nhiệm vụ được giao, bố trí kinh phí.\n")
    assert _holders(duties, "hướng dẫn người dân đăng ký khám bệnh") == {"Trung tâm Y tế xã"}


def test_an_actor_heading_with_its_duties_on_the_same_line():
    duties, _ = _read("III. NHIỆM VỤ\n4. Trách nhiệm của Sở Y tế: bố trí lực lượng tại các điểm sơ tán; chủ động "
                      "phòng, chống dịch bệnh sau lũ.\n5. Sở Xây dựng: bảo đảm giao thông cho các khu sơ tán.\n")
    assert _holders(duties, "bố trí lực lượng tại các điểm sơ tán") == {"Sở Y tế tỉnh Thanh Hóa"}
    assert _holders(duties, "chủ động phòng, chống dịch bệnh") == {"Sở Y tế tỉnh Thanh Hóa"}
    assert _holders(duties, "bảo đảm giao thông cho các khu sơ tán") == {"Sở Xây dựng tỉnh Thanh Hóa"}


def test_the_items_of_a_lead_in_in_a_body_are_the_addressees_duties_until_a_plain_line():
    duties, _ = _read("Ủy ban nhân dân tỉnh đề nghị Ủy ban nhân dân các xã, phường quan tâm chỉ đạo:\n"
                      "- Rà soát, cắm biển cảnh báo tại các khu vực sông nước nguy hiểm;\n"
                      "- Mở các lớp dạy bơi miễn phí cho trẻ em trong dịp hè.\n"
                      "Sở Tài chính bố trí kinh phí thực hiện.\n- Tổng hợp kết quả.\n")
    assert _holders(duties, "Rà soát, cắm biển cảnh báo") == {"Ủy ban nhân dân cấp xã"}
    assert _holders(duties, "Mở các lớp dạy bơi miễn phí") == {"Ủy ban nhân dân cấp xã"}
    assert "Ủy ban nhân dân cấp xã" not in _holders(duties, "Tổng hợp kết quả")


def test_a_heading_named_with_its_hamlet_level_carries_the_bullets_below():
    duties, leads = _read("III. TỔ CHỨC BẦU CỬ\n2. Ban công tác Mặt trận ở thôn, tổ dân phố:\n"
                          "- Chủ trì hội nghị bầu cử, phối hợp với Ban Thanh tra nhân dân giám sát việc bầu cử;\n"
                          "- Niêm yết danh sách cử tri tại nhà văn hóa.\n")
    assert any("Ban công tác Mặt trận" in a for a in _holders(duties, "Niêm yết danh sách cử tri"))
    assert any("Ban công tác Mặt trận" in a for a in _holders(leads, "Chủ trì hội nghị bầu cử"))


def test_generic_actors_that_hold_duties_and_the_party_committee_by_its_formal_name():
    duties, _ = _read("III. NHIỆM VỤ\n5. Các đơn vị vũ trang nhân dân sẵn sàng lực lượng, "
                      "phương tiện tham gia sơ tán dân.\n6. Các tổ chức kinh tế có trách nhiệm vận hành hồ chứa đúng "
                      "quy trình.\n")
    assert _holders(duties, "sẵn sàng lực lượng, phương tiện") == {"đơn vị vũ trang nhân dân"}
    assert _holders(duties, "vận hành hồ chứa đúng quy trình") == {"tổ chức kinh tế"}
    lexicon = load_lexicon()
    assert lexicon.lookup("Ban Chấp hành Đảng bộ xã").iri == lexicon.lookup("Đảng ủy xã").iri
    assert lexicon.level("ấp") is not None and lexicon.level("khu phố") is not None


def test_a_lead_in_after_a_fronted_purpose_heads_the_items_below():
    duties, _ = _read("II. NHIỆM VỤ\n2.1. Để thực hiện có hiệu quả Nghị quyết, đầy đủ, kịp thời, Sở Khoa học và Công "
                      "nghệ xác định các nhiệm vụ trọng tâm sau:\n*   Khẩn trương rà soát các quy định về chuyển đổi số.\n"
                      "*   Chủ động xây dựng kế hoạch giám sát.\n")
    for item in ("Khẩn trương rà soát các quy định", "Chủ động xây dựng kế hoạch giám sát"):
        assert _holders(duties, item) == {"Sở Khoa học và Công nghệ tỉnh Thanh Hóa"}, item


def test_a_recurrence_right_after_its_verb_is_the_duty_s_time_a_noun_s_is_not():
    deadlines = facts_of(HEAD + "III. NHIỆM VỤ\n1. Văn phòng tham mưu Ủy ban nhân dân tỉnh sơ kết hằng năm.\n"
                         "2. Sở Tài chính xây dựng chương trình hành động hằng năm.\n", name="guidance.txt")["dated"]
    assert any("sơ kết" in text and due == "hằng năm" for text, due in deadlines)
    assert not any("chương trình hành động" in text for text, _ in deadlines)


def test_duties_in_the_reporting_part_and_duties_opened_by_an_adverb_of_urgency():
    duties, _ = _read("V. CHẾ ĐỘ BÁO CÁO\n- Các sở, ngành, địa phương định kỳ hằng năm hoặc đột xuất báo cáo Ủy ban "
                      "nhân dân tỉnh về kết quả thực hiện.\n- Sở Tài chính khẩn trương tổng hợp kết quả.\n")
    assert "sở, ban, ngành" in _holders(duties, "đột xuất báo cáo Ủy ban nhân dân tỉnh")
    assert _holders(duties, "khẩn trương tổng hợp kết quả") == {"Sở Tài chính tỉnh Thanh Hóa"}


def test_a_heading_named_with_a_qualifier_that_gives_a_task_in_a_later_clause():
    duties, _ = _read("III. NHIỆM VỤ\n7. Ủy ban nhân dân các xã, phường có cụm công nghiệp\nPhối hợp chặt chẽ với chủ đầu "
                      "tư đẩy nhanh giải phóng mặt bằng; khẩn trương giao Trung tâm dịch vụ tổng hợp xã lập hồ sơ thành "
                      "lập cụm công nghiệp.\n")
    # (round 17: the communes "có cụm công nghiệp", never named bare here, are a body of their own, named as written;
    # until then the level's "Ủy ban nhân dân cấp xã")
    assert "Ủy ban nhân dân các xã, phường có cụm công nghiệp" in _holders(duties, "Phối hợp chặt chẽ với chủ đầu tư")
    # the heading's actor gives the task ("giao"), the addressee holds it
    assert _holders(duties, "khẩn trương giao Trung tâm") == {"Ủy ban nhân dân các xã, phường có cụm công nghiệp"}
    assert "Trung tâm dịch vụ tổng hợp xã" in _holders(duties, "lập hồ sơ thành lập cụm công nghiệp")

"""Duties listed under their holder in decrees and joint resolutions: lead-ins naming the holder ("X trong phạm vi
nhiệm vụ, quyền hạn của mình thực hiện các nội dung sau:"), a holder's own duty that also opens a list, duty verbs
without a trigger word, "đầu mối" as a lead, "ngành" as a field, and the national bodies of the ontology."""

from __future__ import annotations

from test_assertions import actor, of, run
from test_recognise import mentions

from policykg.core.iris import ACTOR
from policykg.graph_builder.model import DocumentInfo

DECREE = DocumentInfo(kind="Decree")


def holders(found, relation="task"):
    return [(a.subjects, a.text) for a in of(found, relation)]


def test_a_lead_in_naming_its_holder_gives_it_the_items_below_until_the_next_clause():
    _, found = run("Điều 4. Trách nhiệm quản lý nhà nước\n"
                   "3. Bộ Y tế trong phạm vi nhiệm vụ, quyền hạn của mình thực hiện các nội dung sau:\n"
                   "a) Tổ chức tuyên truyền, phổ biến, giáo dục pháp luật về an toàn hóa chất;\n"
                   "b) Kiểm tra chuyên ngành hoạt động hóa chất.\n"
                   "4. Trong phạm vi nhiệm vụ, quyền hạn của mình, Bộ Công an thực hiện các nội dung sau:\n"
                   "a) Quản lý công tác an toàn hóa chất trong lĩnh vực an ninh.", DECREE)
    assert holders(found) == [
        ([ACTOR + "bo-y-te"], "Tổ chức tuyên truyền, phổ biến, giáo dục pháp luật về an toàn hóa chất"),
        ([ACTOR + "bo-y-te"], "Kiểm tra chuyên ngành hoạt động hóa chất."),
        ([ACTOR + "bo-cong-an"], "Quản lý công tác an toàn hóa chất trong lĩnh vực an ninh.")]


def test_a_holders_own_duty_that_opens_a_list_is_a_duty_and_its_holder_holds_the_items():
    _, found = run("Điều 4. Trách nhiệm quản lý nhà nước\n"
                   "1. Chính phủ thống nhất quản lý nhà nước về hóa chất trong phạm vi cả nước.\n"
                   "10. Ủy ban nhân dân các cấp trong phạm vi nhiệm vụ, quyền hạn của mình thực hiện quản lý nhà nước "
                   "về hóa chất, cụ thể như sau:\n"
                   "a) Thực hiện quản lý, thanh tra, kiểm tra;\n"
                   "b) Quyết định bố trí ngân sách nhà nước.", DECREE)
    found_holders = [subjects for subjects, _ in holders(found)]
    assert found_holders == [[ACTOR + "chinh-phu"]] + [[ACTOR + "uy-ban-nhan-dan-cac-cap"]] * 3
    assert holders(found)[1][1].startswith("Ủy ban nhân dân các cấp trong phạm vi nhiệm vụ")


def test_the_focal_point_leads():
    _, found = run("2. Bộ Công Thương là cơ quan đầu mối giúp Chính phủ thực hiện quản lý nhà nước về hóa chất.",
                   DECREE)
    [duty] = of(found, "coordination")
    assert (duty.subjects, duty.qualifier) == ([ACTOR + "bo-cong-thuong"], None)
    _, found = run("Các đầu mối liên lạc của các bộ trao đổi thông tin hằng tháng.", DECREE)
    assert of(found, "coordination") == []


def test_a_field_or_an_industry_is_no_sector_of_government():
    assert ACTOR + "nganh" not in [m.iri for m in mentions(
        "Tổ chức tư vấn huấn luyện an toàn chuyên ngành hóa chất phải đáp ứng các điều kiện; phát triển ngành công "
        "nghiệp hóa chất; Đoàn kiểm tra liên ngành.", "actor")]
    assert [m.iri for m in mentions("Các ngành chức năng phối hợp kiểm tra.", "actor")] == [ACTOR + "nganh"]


def test_the_national_assemblys_and_the_fronts_central_bodies_are_actors_of_their_own():
    found = mentions("Tổ đảng ở Thường trực Hội đồng Dân tộc, Ủy ban Văn hóa, Giáo dục, Ủy ban Tài chính, Ngân sách "
                     "và Văn phòng Quốc hội phối hợp với Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và Hội đồng bầu cử "
                     "quốc gia.", "actor")
    iris = [m.iri for m in found]
    for slug in ("uy-ban-van-hoa-giao-duc", "uy-ban-tai-chinh-ngan-sach", "van-phong-quoc-hoi",
                 "uy-ban-trung-uong-mat-tran-to-quoc-viet-nam", "hoi-dong-bau-cu-quoc-gia"):
        assert ACTOR + slug in iris, slug
    assert ACTOR + "mat-tran-to-quoc-viet-nam" not in iris
    assert actor("Tòa án") == ACTOR + "toa-an-nhan-dan" and actor("Viện kiểm sát") == ACTOR + "vien-kiem-sat-nhan-dan"


def test_kinds_of_institution_act_where_given_a_duty_and_are_places_after_a_preposition():
    _, found = run("Điều 6. Trách nhiệm của nhà trường\nTrường học có trách nhiệm tổ chức tư vấn tâm lý cho học sinh; "
                   "phối hợp với cha mẹ học sinh phát hiện sớm nguy cơ bạo lực.", DocumentInfo(kind="Circular"))
    [duty] = of(found, "coordination")
    assert (duty.subjects, duty.objects) == ([ACTOR + "truong-hoc"], [ACTOR + "cha-me-hoc-sinh"])
    assert [m.surface for m in mentions("Bộ Giáo dục và Đào tạo đưa nội dung an toàn giao thông vào trường học.",
                                        "actor")] == ["Bộ Giáo dục và Đào tạo"]


def test_an_attached_form_is_a_template_that_states_no_duty():
    source, found = run("Điều 5. Trách nhiệm thi hành\nỦy ban bầu cử có trách nhiệm lập danh sách người ứng cử.\n"
                        "PHỤ LỤC\nMẫu số 01/BCĐBQH-MT\nỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM:\n"
                        "a) Họ và tên: ...\nb) Ủy ban bầu cử ghi rõ nơi công tác ...\n"
                        "Phụ lục II\nĐiều 1. Sở Nội vụ có trách nhiệm hướng dẫn.", DECREE)
    texts = [a.text for a in found if a.relation in ("task", "requirement")]
    assert texts == ["Ủy ban bầu cử có trách nhiệm lập danh sách người ứng cử.", "Sở Nội vụ có trách nhiệm hướng dẫn."]


def test_partners_of_an_unnamed_party_cooperate_in_the_task_but_not_with_each_other():
    _, found = run("II. NHIỆM VỤ\n6.2. Phối hợp với Ủy ban bầu cử xã, Ủy ban nhân dân xã chuẩn bị hội nghị tập huấn.",
                   DocumentInfo(kind="Plan"))
    assert of(found, "coordination") == []
    [cooperating] = [a for a in of(found, "responsible") if a.qualifier == "cooperating"]
    assert len(cooperating.subjects) == 2 and cooperating.parent is not None


def test_a_bare_office_of_a_standing_board_is_the_body_above_it():
    from policykg.graph_builder.model import ActorRef
    board = actor("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh")
    body = actor("Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh")
    info = DocumentInfo(kind="Plan", issuer=board, issuer_kind="FatherlandFront",
                        issuer_label="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh",
                        parents={board: ActorRef(body, "Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh",
                                                 "FatherlandFront")})
    _, found = run("1. Xây dựng kế hoạch tuyên truyền.\n- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách "
                   "lĩnh vực Giám sát và Phản biện xã hội.", info)
    [lead] = of(found, "coordination")
    assert lead.subjects == [body]


def test_names_with_a_comma_after_and_and_a_glued_dash():
    assert [m.surface for m in mentions("Chủ trì, phối hợp với Sở Tư pháp, Báo và Phát thanh, Truyền hình Phú Thọ, "
                                        "các cơ quan liên quan tổ chức tuyên truyền.", "actor")][:2] == [
        "Sở Tư pháp", "Báo và Phát thanh, Truyền hình Phú Thọ"]
    assert [m.surface for m in mentions("gửi văn bản cho Cục\nQuản lý xuất nhập cảnh- Bộ Công an và Công an tỉnh.",
                                        "actor")][:2] == ["Cục\nQuản lý xuất nhập cảnh", "Bộ Công an"]


def test_bodies_given_information_to_coordinate_are_partners():
    _, found = run("Điều 10. Sở Khoa học và Công nghệ\n2. Cung cấp, trao đổi thông tin cho Công an tỉnh về tổ chức, cá "
                   "nhân nước ngoài hoạt động tại tỉnh để phối hợp quản lý.", DocumentInfo(kind="Regulation"))
    [duty] = of(found, "coordination")
    assert duty.objects == [actor("Công an tỉnh")] and duty.qualifier == "unled"


def test_the_head_of_a_front_work_committee_acts_for_the_committee():
    _, found = run("3. Trưởng ban công tác Mặt trận triệu tập và chủ trì hội nghị gồm toàn bộ các thành viên.",
                   DocumentInfo(kind="Guidance"))
    [duty] = of(found, "coordination")
    assert duty.subjects == [ACTOR + "ban-cong-tac-mat-tran"]


def test_a_list_of_commune_level_words_is_the_commune_level_body():
    for text in ("Ủy ban nhân dân xã, phường, đặc khu phối hợp kiểm tra.", "Ủy ban nhân dân cấp xã, phường quản lý.",
                 "Giao Ủy ban nhân dân các xã, phường thực hiện."):
        assert [m.iri for m in mentions(text, "actor")] == [ACTOR + "uy-ban-nhan-dan-cap-xa"], text


def test_standing_members_act_for_their_body_but_a_peoples_councils_standing_board_is_an_organ():
    _, found = run("3. Thường trực Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội chủ trì, phối hợp với Hội đồng "
                   "Dân tộc tổ chức sơ kết.", DocumentInfo(kind="Plan"))
    [duty] = of(found, "coordination")
    assert (duty.subjects, duty.objects) == ([ACTOR + "uy-ban-khoa-hoc-cong-nghe-va-moi-truong"],
                                             [ACTOR + "hoi-dong-dan-toc"])
    assert [m.iri for m in mentions("Thường trực Hội đồng nhân dân cấp tỉnh trình bày dự kiến.", "actor")] == [
        ACTOR + "thuong-truc-hoi-dong-nhan-dan-cap-tinh"]


def test_bodies_named_by_their_function():
    assert [m.surface for m in mentions(
        "Bộ Công Thương thành lập Hội đồng thẩm định Chiến lược. Hội đồng thẩm định Kế hoạch phòng ngừa, ứng phó sự cố "
        "hóa chất tiến hành kiểm tra; Tổ kiểm phiếu có trách nhiệm kiểm phiếu; Đoàn kiểm tra chuyên ngành có trách "
        "nhiệm báo cáo; Ban quản trị nhà chung cư tổ chức hội nghị; Hội đồng thẩm định chấm dứt hoạt động.", "actor")] == [
        "Bộ Công Thương", "Hội đồng thẩm định Chiến lược", "Hội đồng thẩm định Kế hoạch phòng ngừa, ứng phó sự cố hóa chất",
        "Tổ kiểm phiếu", "Đoàn kiểm tra chuyên ngành", "Ban quản trị nhà chung cư", "Hội đồng thẩm định"]
    assert all(m.generic for m in mentions("Tổ kiểm phiếu có trách nhiệm kiểm phiếu.", "actor"))


def test_a_body_under_a_body_after_thuoc():
    assert [m.label for m in mentions("Chi cục trưởng và tương đương thuộc cơ quan chuyên môn thuộc Ủy ban nhân dân "
                                      "tỉnh có thẩm quyền kiểm tra.", "actor")] == [
        "cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh"]


def test_a_seat_one_stands_for_is_no_people_group_and_candidates_are():
    found = mentions("Chậm nhất là ngày 01 tháng 2 năm 2026, người ứng cử đại biểu Quốc hội phải hoàn thành việc nộp "
                     "hồ sơ ứng cử.", "actor")
    assert [m.iri for m in found] == [ACTOR + "nguoi-ung-cu"]
    assert [m.iri for m in mentions("Các đại biểu Quốc hội có trách nhiệm tiếp xúc cử tri.", "actor")] == [
        ACTOR + "dai-bieu-quoc-hoi"]


def test_sentence_clauses_with_their_own_holders_and_the_commands_of_the_forces():
    _, found = run("4. Thực hiện theo nguyên tắc: Công an tỉnh chủ trì quản lý nhà nước về nhập cảnh; Sở Nội vụ chủ trì "
                   "quản lý nhà nước đối với người lao động nước ngoài; Sở Ngoại vụ chủ trì quản lý nhà nước đối với các "
                   "đoàn khách nước ngoài.", DocumentInfo(kind="Regulation"))
    leads = [(d.subjects, d.text.split(" chủ trì")[0]) for d in of(found, "coordination")]
    assert [subjects for subjects, _ in leads] == [[actor("Công an tỉnh")], [actor("Sở Nội vụ")], [actor("Sở Ngoại vụ")]]
    assert actor("Bộ Tư lệnh Cảnh sát biển") != actor("Cảnh sát biển") == ACTOR + "canh-sat-bien-viet-nam"

"""The grammar of duty: each pattern of docs/GENRE.md on realistic sentences and short documents."""

from __future__ import annotations

from policykg.graph_builder.assertions import extract_assertions, split_objectives
from policykg.graph_builder.identity import identify_actors
from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.model import DocumentInfo
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.graph_builder.segment import segment
from policykg.ontology import load_lexicon
from policykg.core.iris import ACTOR, PKG, mint_actor_iri, mint_document_iri, mint_initiative_iri, mint_named_document_iri

LEX = load_lexicon()


def run(text: str, document: DocumentInfo | None = None, name: str = "doc.txt"):
    source = source_from_string(text, name=name)
    sections, sentences = segment(source)
    info = document or extract_document_info(source, LEX)
    mentions = identify_actors(find_mentions(source, sentences, LEX), source, info, LEX)
    found = extract_assertions(source, info, sections, sentences, mentions, LEX)
    return source, found


def of(found, relation):
    return [a for a in found if a.relation == relation]


def actor(name: str) -> str:
    entry = LEX.lookup(name)
    return entry.iri if entry else mint_actor_iri(name)


def test_lead_and_partners_with_a_list_and_related_agencies():
    source, found = run("Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Công an tỉnh và các cơ quan liên quan "
                        "tổ chức tuyên truyền pháp luật cho người dân.", DocumentInfo(kind="Plan"))
    [task] = of(found, "task")
    [duty] = of(found, "coordination")
    assert task.subjects == [actor("Sở Tư pháp")]
    assert duty.subjects == [actor("Sở Tư pháp")]
    assert duty.objects == [actor("Sở Nội vụ"), actor("Công an tỉnh"), ACTOR + "co-quan-don-vi"]
    assert found[duty.parent] is task
    assert source.text[task.evidence.start:task.evidence.end] == task.text
    assert task.text.startswith("Sở Tư pháp chủ trì") and task.text.endswith("cho người dân.")


def test_giao_x_chu_tri_assigns_the_task_to_x():
    _, found = run("4. Giao Ban Dân vận Trung ương chủ trì, phối hợp với Văn phòng Trung ương Đảng theo dõi, "
                   "đôn đốc việc thực hiện Kết luận này.", DocumentInfo(kind="Conclusion", issuer=ACTOR + "bo-chinh-tri"))
    [task] = of(found, "task")
    [duty] = of(found, "coordination")
    assert task.subjects == [ACTOR + "ban-dan-van-trung-uong"]
    assert (duty.subjects, duty.objects) == ([ACTOR + "ban-dan-van-trung-uong"], [ACTOR + "van-phong-trung-uong-dang"])


PLAN_WITH_TABLE = """ỦY BAN NHÂN DÂN TỈNH SƠN LA
Số: 182/KH-UBND

KẾ HOẠCH
Chuyển đổi số năm 2024

II. NHIỆM VỤ CỤ THỂ
1. Xây dựng cơ sở dữ liệu dân cư dùng chung của tỉnh.
Cơ quan chủ trì: Công an tỉnh.
Cơ quan phối hợp: Sở Thông tin và Truyền thông; Sở Tư pháp.
Thời gian thực hiện: năm 2024.

2. Triển khai dịch vụ công trực tuyến.
Cơ quan chủ trì: Văn phòng Ủy ban nhân dân tỉnh.
Cơ quan phối hợp: Sở Thông tin và Truyền thông.

Nơi nhận:
- Bộ Công an;
- Lưu: VT.
"""


def test_co_quan_chu_tri_and_phoi_hop_lines_belong_to_the_task_above():
    _, found = run(PLAN_WITH_TABLE)
    tasks = of(found, "task")
    assert [t.text for t in tasks] == ["Xây dựng cơ sở dữ liệu dân cư dùng chung của tỉnh.",
                                       "Triển khai dịch vụ công trực tuyến."]
    # the plan of the Sơn La People's Committee: its province's bodies (docs/DATA_MODEL.md, identity of actors)
    police, office = actor("Công an tỉnh Sơn La"), actor("Văn phòng Ủy ban nhân dân tỉnh Sơn La")
    assert [t.subjects for t in tasks] == [[police], [office]]
    duties = of(found, "coordination")
    assert [(d.subjects, d.objects) for d in duties] == [
        ([police], [actor("Sở Thông tin và Truyền thông tỉnh Sơn La"), actor("Sở Tư pháp tỉnh Sơn La")]),
        ([office], [actor("Sở Thông tin và Truyền thông tỉnh Sơn La")]),
    ]
    assert [found[d.parent] for d in duties] == tasks


def test_recipients_are_not_duty_holders():
    _, found = run(PLAN_WITH_TABLE)
    assert all(ACTOR + "bo-cong-an" not in a.subjects + a.objects for a in found)


def test_actor_heading_holds_the_duties_listed_below_it():
    text = ("II. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa, Thể thao và Du lịch:\n"
            "a) Chủ trì, phối hợp với Sở Tài chính xây dựng tiêu chí điểm du lịch cộng đồng.\n"
            "b) Hướng dẫn các địa phương tổ chức lễ hội.\n"
            "2. Sở Nông nghiệp và Phát triển nông thôn:\nChủ trì lồng ghép nguồn vốn hỗ trợ các mô hình du lịch.\n")
    _, found = run(text, DocumentInfo(kind="Plan"))
    culture, farming = actor("Sở Văn hóa, Thể thao và Du lịch"), actor("Sở Nông nghiệp và Phát triển nông thôn")
    assert [(t.subjects, t.text[:12]) for t in of(found, "task")] == [
        ([culture], "Chủ trì, phố"), ([culture], "Hướng dẫn cá"), ([farming], "Chủ trì lồng")]
    assert [(d.subjects, d.objects) for d in of(found, "coordination")] == [
        ([culture], [actor("Sở Tài chính")]), ([farming], [])]


def test_de_nghi_the_front_in_a_plan_and_a_request_by_the_prime_minister():
    _, found = run("III. TỔ CHỨC THỰC HIỆN\n3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - "
                   "xã hội tỉnh vận động hội viên, đoàn viên tham gia phát triển du lịch cộng đồng.\n",
                   DocumentInfo(kind="Plan"))
    [task] = of(found, "task")
    # the Front's committee of the province is a body of its own; the mass organisations act: they are actors
    assert task.subjects == [mint_actor_iri("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), ACTOR + "doan-the"]
    assert task.qualifier == "requested" and task.levels == (PKG + "LevelProvincial",)
    [mobilises] = of(found, "mobilises")
    assert mobilises.objects == [ACTOR + "hoi-vien", ACTOR + "doan-vien"]

    _, found = run("Thủ tướng đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên đẩy mạnh "
                   "tuyên truyền, vận động nhân dân chấp hành pháp luật.", DocumentInfo(kind="NewsArticle"))
    [request] = of(found, "requires")
    assert request.subjects == [ACTOR + "thu-tuong-chinh-phu"]
    # the Front's Central Committee is an organ of the Front (pkg:partOf), not the Front itself
    assert request.objects == [ACTOR + "uy-ban-trung-uong-mat-tran-to-quoc-viet-nam",
                               ACTOR + "to-chuc-thanh-vien-cua-mat-tran"]
    assert request.text.startswith("đẩy mạnh tuyên truyền")


def test_the_document_as_subject_means_its_issuer_requires():
    reported = DocumentInfo(kind="Resolution", identifier="33-NQ/TW", issuer=ACTOR + "bo-chinh-tri")
    _, found = run("Theo đó, Nghị quyết yêu cầu các cấp ủy, chính quyền các tỉnh biên giới phải lãnh đạo, chỉ đạo "
                   "chặt chẽ công tác quản lý, bảo vệ biên giới.", DocumentInfo(kind="NewsArticle", reports_on=reported))
    [request] = of(found, "requires")
    assert request.subjects == [ACTOR + "bo-chinh-tri"]
    assert request.objects == [ACTOR + "cap-uy-dang", ACTOR + "chinh-quyen"]


DECREE = """CHÍNH PHỦ
Số: 50/2024/NĐ-CP

NGHỊ ĐỊNH
Quy định về phối hợp phòng cháy, chữa cháy

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Luật Phòng cháy và chữa cháy số 27/2001/QH10;
Chính phủ ban hành Nghị định quy định về phối hợp phòng cháy, chữa cháy.

Điều 2. Trách nhiệm của Bộ Tài chính
Bộ Tài chính có trách nhiệm bảo đảm kinh phí cho hoạt động phòng cháy, chữa cháy.

Điều 3. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024 và thay thế Nghị định số 79/2014/NĐ-CP.
"""


def test_a_decree_cites_laws_replaces_a_decree_and_is_issued_by_the_government():
    _, found = run(DECREE)
    cites = sorted((a.objects[0], a.qualifier) for a in of(found, "cites"))
    assert cites == sorted([(mint_named_document_iri("Law", "Luật Tổ chức Chính phủ"), "basis"),
                            (mint_document_iri("27/2001/QH10"), "basis"),
                            (mint_document_iri("79/2014/NĐ-CP"), "replaces")])
    assert mint_document_iri("50/2024/NĐ-CP") not in [o for a in found for o in a.objects if a.relation == "cites"]
    [issues] = of(found, "issues")
    assert (issues.subjects, issues.objects) == ([ACTOR + "chinh-phu"], [mint_document_iri("50/2024/NĐ-CP")])
    [task] = of(found, "task")
    [responsible] = of(found, "responsible")
    assert task.subjects == responsible.subjects == [ACTOR + "bo-tai-chinh"]
    assert found[responsible.parent] is task


def test_implements_a_resolution():
    _, found = run("Thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị, Ủy ban nhân dân tỉnh Sơn La "
                   "ban hành Kế hoạch như sau:", DocumentInfo(kind="Plan", identifier="182/KH-UBND"))
    assert [a.objects for a in of(found, "implements")] == [[mint_document_iri("52-NQ/TW")]]
    [issues] = of(found, "issues")
    assert issues.subjects == [actor("Ủy ban nhân dân tỉnh Sơn La")]   # not the Politburo named before the comma
    assert issues.objects == [mint_document_iri("182/KH-UBND")]


def test_phoi_hop_giua_x_voi_y_and_x_phoi_hop_y():
    _, found = run("Việc phối hợp giữa Bộ Văn hóa, Thể thao và Du lịch với Bộ Công an nhằm bảo đảm an ninh, trật tự.",
                   DocumentInfo(kind="JointCircular"))
    [duty] = of(found, "coordination")
    assert (duty.subjects, duty.objects) == ([ACTOR + "bo-van-hoa-the-thao-va-du-lich"], [ACTOR + "bo-cong-an"])
    _, found = run("Ủy ban nhân dân cấp xã phối hợp Công an xã theo dõi tình hình trên địa bàn.",
                   DocumentInfo(kind="JointCircular"))
    [duty] = of(found, "coordination")
    assert (duty.subjects, duty.objects) == ([ACTOR + "uy-ban-nhan-dan-cap-xa"], [actor("Công an xã")])
    assert duty.qualifier == "unled"   # the first party, but no one leads: no pkg:leadActor
    _, found = run("Ủy ban nhân dân cấp xã chủ trì, phối hợp Công an xã theo dõi tình hình trên địa bàn.",
                   DocumentInfo(kind="JointCircular"))
    [duty] = of(found, "coordination")
    assert (duty.subjects, duty.qualifier) == ([ACTOR + "uy-ban-nhan-dan-cap-xa"], None)


def test_one_objective_per_clause():
    _, found = run("Việc phối hợp nhằm giữ vững ổn định chính trị, bảo đảm trật tự, an toàn xã hội, bảo vệ cuộc sống "
                   "bình yên và hạnh phúc của nhân dân và góp phần xây dựng và bảo vệ Tổ quốc.", DocumentInfo(kind="Plan"))
    assert [a.text for a in of(found, "objective")] == [
        "giữ vững ổn định chính trị", "bảo đảm trật tự, an toàn xã hội",
        "bảo vệ cuộc sống bình yên và hạnh phúc của nhân dân", "góp phần xây dựng và bảo vệ Tổ quốc"]


def test_a_purpose_clause_ends_where_the_main_clause_starts():
    text = "Để tiếp tục thực hiện có hiệu quả Nghị quyết, Bộ Chính trị yêu cầu các cấp ủy thực hiện tốt các nhiệm vụ sau:"
    assert [a.text for a in of(run(text, DocumentInfo(kind="Conclusion"))[1], "objective")] == [
        "tiếp tục thực hiện có hiệu quả Nghị quyết"]
    t = "xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển, giữ vững chủ quyền"
    assert [t[a:b] for a, b in split_objectives(t, 0, len(t))] == [
        "xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển", "giữ vững chủ quyền"]


def test_items_inherit_the_addressees_of_the_lead_in_and_unheld_items_stay_requirements():
    text = ("Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau:\n\n"
            "1. Đổi mới nội dung, phương thức công tác dân vận.\n\n"
            "2. Công an tỉnh có trách nhiệm bảo đảm an ninh.\n")
    _, found = run(text, DocumentInfo(kind="Conclusion", issuer=ACTOR + "bo-chinh-tri"))
    assert [(t.subjects, t.text[:10]) for t in of(found, "task")] == [
        ([ACTOR + "cap-uy-dang", ACTOR + "to-chuc-dang"], "Đổi mới nộ"), ([actor("Công an tỉnh")], "Công an tỉ")]
    _, found = run("II. NHIỆM VỤ\n1. Đổi mới chương trình đào tạo nghề.\n", DocumentInfo(kind="Plan"))
    assert of(found, "task") == [] and [a.text for a in of(found, "requirement")] == ["Đổi mới chương trình đào tạo nghề."]


def test_messy_copy_with_broken_lines_and_old_tone_marks():
    text = ("**TỈNH UỶ NGHỆ AN**\n\nBan Thường vụ Tỉnh uỷ yêu cầu các cấp uỷ\nđảng thực hiện tốt các nhiệm vụ\nsau:\n\n"
            "1. Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh\n"
            "tấn công, trấn áp tội phạm ma tuý trên tuyến biên giới.\n")
    _, found = run(text, name="messy.md")
    [duty] = of(found, "coordination")
    assert duty.subjects == [actor("Công an tỉnh")]
    assert duty.objects == [actor("Bộ Chỉ huy Quân sự tỉnh"), actor("Bộ Chỉ huy Bộ đội Biên phòng tỉnh")]
    assert duty.text.endswith("trên tuyến biên giới.")


def test_directs_participates_and_concerns():
    _, found = run("Về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc.\n\n"
                   "Về nhiệm vụ và giải pháp, Chỉ thị yêu cầu: Các cấp ủy đảng phải tổ chức vận động nhân dân tích cực "
                   "tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc.",
                   DocumentInfo(kind="Directive", identifier="09-CT/TW", issuer=ACTOR + "ban-bi-thu"))
    movement = mint_initiative_iri("phong trào toàn dân bảo vệ an ninh Tổ quốc")
    [directs] = of(found, "directs")
    assert (directs.subjects, directs.objects) == ([ACTOR + "dang-cong-san-viet-nam"], [movement])
    [participates] = of(found, "participates")
    assert (participates.subjects, participates.objects) == ([ACTOR + "nhan-dan"], [movement])
    [task] = of(found, "task")
    [concerns] = of(found, "concerns")
    assert concerns.objects == [movement] and found[concerns.parent] is task


def test_names_with_digits_co_leads_mandate_phrases_and_paired_verbs():
    _, found = run("Quân khu 7 phối hợp với Bộ Tư lệnh Thành phố Hồ Chí Minh tổ chức diễn tập.", DocumentInfo(kind="Plan"))
    [duty] = of(found, "coordination")
    assert duty.subjects == [mint_actor_iri("Quân khu 7")]
    assert duty.objects == [mint_actor_iri("Bộ Tư lệnh Thành phố Hồ Chí Minh")]
    _, found = run("Thanh tra tỉnh và Sở Nội vụ đồng chủ trì theo dõi việc thực hiện Kế hoạch này.", DocumentInfo(kind="Plan"))
    assert of(found, "coordination")[0].subjects == [mint_actor_iri("Thanh tra tỉnh"), mint_actor_iri("Sở Nội vụ")]
    _, found = run("Bộ Quốc phòng, Bộ Công an theo chức năng, nhiệm vụ được giao có trách nhiệm phối hợp chặt chẽ với "
                   "Sở Giáo dục và Đào tạo.", DocumentInfo(kind="Decree"))
    [task] = of(found, "task")
    assert task.subjects == [ACTOR + "bo-quoc-phong", ACTOR + "bo-cong-an"]
    assert of(found, "coordination")[0].objects == [mint_actor_iri("Sở Giáo dục và Đào tạo")]
    _, found = run("Kế hoạch nhằm nâng cao nhận thức về công tác phòng, chống tham nhũng, tạo chuyển biến trong nhân dân.",
                   DocumentInfo(kind="Plan"))
    assert [a.text for a in of(found, "objective")] == [
        "nâng cao nhận thức về công tác phòng, chống tham nhũng", "tạo chuyển biến trong nhân dân"]


def test_an_office_before_a_level_list_and_need_as_a_duty():
    _, found = run("Điều 3. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
                   "Trung ương chịu trách nhiệm thi hành Quyết định này.", DocumentInfo(kind="Decision"))
    # offices act for their bodies: the ministries and ministry-level agencies, the provincial People's Committees
    assert of(found, "task")[0].subjects == [ACTOR + "bo-co-quan-ngang-bo", ACTOR + "uy-ban-nhan-dan-cap-tinh"]
    _, found = run("Theo Chỉ thị, các bộ, ngành, địa phương cần tập trung rà soát, hoàn thiện thể chế khi cần thiết.",
                   DocumentInfo(kind="NewsArticle"))
    # the ministries, sectors and localities addressed together: one actor (GUIDELINES.md, a list of bodies)
    assert of(found, "task")[0].subjects == [ACTOR + "bo-nganh-dia-phuong"]


def test_words_inside_a_campaign_name_are_not_triggers():
    _, found = run('Bộ Thông tin và Truyền thông đẩy mạnh tuyên truyền về phong trào thi đua "Cả nước chung tay vì '
                   'người nghèo - Không để ai bị bỏ lại phía sau".', DocumentInfo(kind="Plan"))
    assert of(found, "objective") == []


# --- regressions from the blind evaluation (tests/data/genre/blind/, see bench/eval_builder.py) ----------------

DECREE_WITH_ARTICLES = """CHÍNH PHỦ
Số: 30/2025/NĐ-CP

NGHỊ ĐỊNH
Quy định về quản lý bến thủy nội địa

Điều 6. Trách nhiệm của Bộ Xây dựng
1. Chủ trì, phối hợp với Bộ Công an ban hành quy chuẩn an toàn bến thủy nội địa.
2. Hướng dẫn các địa phương cấp phép hoạt động bến khách ngang sông.

Điều 7. Trách nhiệm của Ủy ban nhân dân cấp tỉnh
Ủy ban nhân dân cấp tỉnh tổ chức kiểm tra các bến khách ngang sông trên địa bàn.

Điều 8. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.
"""


def test_numbered_items_under_an_article_heading_belong_to_its_actor():
    _, found = run(DECREE_WITH_ARTICLES, name="nd.txt")
    tasks = {a.text: a.subjects for a in of(found, "task")}
    assert tasks["Chủ trì, phối hợp với Bộ Công an ban hành quy chuẩn an toàn bến thủy nội địa."] == [actor("Bộ Xây dựng")]
    assert tasks["Hướng dẫn các địa phương cấp phép hoạt động bến khách ngang sông."] == [actor("Bộ Xây dựng")]
    assert tasks["Ủy ban nhân dân cấp tỉnh tổ chức kiểm tra các bến khách ngang sông trên địa bàn."] == [
        ACTOR + "uy-ban-nhan-dan-cap-tinh"]
    [duty] = of(found, "coordination")
    assert (duty.subjects, duty.objects) == ([actor("Bộ Xây dựng")], [actor("Bộ Công an")])
    # the next article ends the actor heading: the effect clause is nobody's task
    assert not any("hiệu lực" in (a.text or "") for a in of(found, "task"))


def test_numbered_conclusion_items_with_an_actor_and_a_verb_are_tasks():
    text = ("Bộ Chính trị kết luận như sau:\n"
            "1. Các cấp ủy, chính quyền tiếp tục quán triệt quan điểm của Đảng về phát triển kinh tế biển.\n"
            "2. Bộ Tài chính bố trí kinh phí cho các nhiệm vụ cấp bách.\n")
    _, found = run(text, DocumentInfo(kind="Conclusion", issuer=ACTOR + "bo-chinh-tri"))
    holders = {x for a in of(found, "task") for x in a.subjects}
    assert holders == {actor("cấp ủy đảng"), actor("chính quyền"), actor("Bộ Tài chính")}
    # a narrative sentence without numbering stays a narrative
    _, found = run("Bộ Chính trị đánh giá cao kết quả đạt được.", DocumentInfo(kind="Conclusion"))
    assert of(found, "task") == []


def test_x_directs_y_gives_both_a_duty():
    _, found = run("3. Yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo Sở Nông nghiệp và Môi trường kiểm tra "
                   "việc khai thác cát trên sông.", DocumentInfo(kind="Directive", issuer=ACTOR + "thu-tuong-chinh-phu"))
    [request] = of(found, "requires")
    assert request.objects == [ACTOR + "uy-ban-nhan-dan-cap-tinh"]
    [task] = of(found, "task")
    assert task.subjects == [actor("Sở Nông nghiệp và Môi trường")]
    assert task.text.startswith("Sở Nông nghiệp và Môi trường kiểm tra việc khai thác cát")
    _, found = run("4. Ban cán sự đảng Chính phủ chỉ đạo Bộ Công Thương chủ trì, phối hợp với Bộ Tài chính "
                   "xây dựng cơ chế giá điện.", DocumentInfo(kind="Conclusion"))
    holders = [a.subjects for a in of(found, "task")]
    assert holders == [[actor("Ban cán sự đảng Chính phủ")], [actor("Bộ Công Thương")]]
    [duty] = of(found, "coordination")
    assert (duty.subjects, duty.objects) == ([actor("Bộ Công Thương")], [actor("Bộ Tài chính")])


def test_khong_de_is_a_prohibition_not_an_objective():
    _, found = run("Sở Y tế giám sát chặt chẽ các ổ dịch, không để dịch lan rộng ra cộng đồng.", DocumentInfo(kind="Plan"))
    assert of(found, "objective") == []
    _, found = run("Sở Y tế giám sát các ổ dịch để kịp thời khoanh vùng, dập dịch.", DocumentInfo(kind="Plan"))
    assert [a.text for a in of(found, "objective")] == ["kịp thời khoanh vùng, dập dịch"]


def test_a_purpose_clause_ends_where_the_issuer_directs():
    _, found = run("Để chủ động phòng, chống bão lũ, Thủ tướng Chính phủ chỉ thị:", DocumentInfo(kind="Directive"))
    assert [a.text for a in of(found, "objective")] == ["chủ động phòng, chống bão lũ"]


# --- division-of-labour tables (issue 3, blind evaluation) ------------------------------------

TABLE_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n\nII. NHIỆM VỤ VÀ PHÂN CÔNG\n\n"
    "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
    "|----|----|----|----|----|\n"
    "| 1 | Tuần tra, kiểm soát lâm sản | Chi cục Kiểm lâm | Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh | Thường xuyên |\n"
    "| 2 | Giao rừng gắn với giao đất | Sở Nông nghiệp và Môi trường, Sở Tư pháp | Ủy ban nhân dân các huyện | Quý II |\n"
    "| 3 | Tuyên truyền pháp luật | Sở Văn hóa, Thể thao và Du lịch | Sở Nội vụ, Công an tỉnh | Năm 2025 |\n"
    "| 4 | Tổng kết | | | Quý IV |\n"
    "\nIII. TỔ CHỨC THỰC HIỆN\n\nSở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n")


def test_every_row_of_a_lead_and_partner_table_is_a_task_with_its_coordination():
    source, found = run(TABLE_PLAN, name="kh.md")
    # the plan of the Quảng Trị People's Committee: its province's bodies (docs/DATA_MODEL.md, identity of actors)
    row_tasks = [t for t in of(found, "task") if "|" in source.text[t.evidence.start:t.evidence.end]]
    assert [t.text for t in row_tasks] == ["Tuần tra, kiểm soát lâm sản", "Giao rừng gắn với giao đất",
                                           "Tuyên truyền pháp luật"]
    assert [t.subjects for t in row_tasks] == [
        [actor("Chi cục Kiểm lâm")], [actor("Sở Nông nghiệp và Môi trường tỉnh Quảng Trị"), actor("Sở Tư pháp tỉnh Quảng Trị")],
        [actor("Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị")]]
    duties = [(d.subjects, d.objects, d.text) for d in of(found, "coordination")]
    assert duties == [
        ([actor("Chi cục Kiểm lâm")], [actor("Công an tỉnh Quảng Trị"), actor("Bộ Chỉ huy Quân sự tỉnh Quảng Trị")],
         "Tuần tra, kiểm soát lâm sản"),
        ([actor("Sở Nông nghiệp và Môi trường tỉnh Quảng Trị"), actor("Sở Tư pháp tỉnh Quảng Trị")], [LEX.lookup("Ủy ban nhân dân huyện").iri],
         "Giao rừng gắn với giao đất"),
        ([actor("Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị")], [actor("Sở Nội vụ tỉnh Quảng Trị"), actor("Công an tỉnh Quảng Trị")],
         "Tuyên truyền pháp luật")]
    for duty in of(found, "coordination"):
        quote = source.text[duty.evidence.start:duty.evidence.end]
        assert quote.startswith(("1 |", "2 |", "3 |")) and quote.endswith(("xuyên", "II", "2025"))   # the row
        assert duty.parent is not None and found[duty.parent].relation == "task"
    # the header row makes nothing; a row nobody leads ("Tổng kết") is no task of anybody
    assert not [a for a in found if "Cơ quan chủ trì" in source.text[a.evidence.start:a.evidence.end]]
    assert not [a for a in found if a.relation == "task" and a.text == "Tổng kết"]
    # cells never merge into one name
    mentions = find_mentions(source, segment(source)[1], LEX)
    assert not [m for m in mentions if "|" in m.surface]


def test_an_html_lead_and_partner_table_gives_the_same_coordination():
    html = ("<html><body><p>KẾ HOẠCH</p><p>II. NHIỆM VỤ</p><table>"
            "<tr><th>STT</th><th>Nội dung công việc</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th></tr>"
            "<tr><td>1</td><td>Kiểm tra an toàn thực phẩm</td><td>Sở Y tế</td><td>Công an tỉnh,<br>Sở Công Thương</td></tr>"
            "<tr><td>2</td><td>Tuyên truyền</td><td>Sở Văn hóa, Thể thao và Du lịch</td><td>Sở Nội vụ</td></tr>"
            "<tr><td>3</td><td>Bố trí kinh phí</td><td>Sở Tài chính</td><td></td></tr>"
            "</table></body></html>")
    source = source_from_string(html, name="kh.html", media_type="text/html")
    sections, sentences = segment(source)
    found = extract_assertions(source, DocumentInfo(kind="Plan"), sections, sentences,
                               find_mentions(source, sentences, LEX), LEX)
    assert [(d.subjects, d.objects) for d in of(found, "coordination")] == [
        ([actor("Sở Y tế")], [actor("Công an tỉnh"), actor("Sở Công Thương")]),
        ([actor("Sở Văn hóa, Thể thao và Du lịch")], [actor("Sở Nội vụ")]),
        ([actor("Sở Tài chính")], [])]
    assert [t.text for t in of(found, "task")] == ["Kiểm tra an toàn thực phẩm", "Tuyên truyền", "Bố trí kinh phí"]
    for task in of(found, "task"):
        assert source.text[task.evidence.start:task.evidence.end].startswith(("1 |", "2 |", "3 |"))


def test_a_table_without_lead_columns_is_read_as_ordinary_text():
    source, found = run("Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau.\n\n| Nhiệm vụ | Thời gian |\n|---|---|\n"
                        "| Sở Tư pháp chủ trì, phối hợp với Công an tỉnh tuyên truyền pháp luật. | Năm 2025 |\n"
                        "| Sở Nội vụ có trách nhiệm rà soát. | Quý II |\n", DocumentInfo(kind="Plan"), name="a.md")
    [duty] = of(found, "coordination")
    assert duty.subjects == [actor("Sở Tư pháp")] and duty.objects == [actor("Công an tỉnh")]
    assert actor("Sở Nội vụ") in {s for t in of(found, "responsible") for s in t.subjects}


def test_a_name_broken_over_two_lines_and_a_latin_eth_party_committee():
    source, found = run("II. NHIỆM VỤ\n\n1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh và Sở\n"
                        "Văn hóa và Thể thao tổ chức tuyên truyền về biển, đảo.\n\n"
                        "2. Ðảng uỷ Quân sự tỉnh lãnh đạo lực lượng vũ trang tham gia bảo vệ ngư dân khi\n"
                        "hoạt động trên biển.\n", DocumentInfo(kind="Directive"))
    [duty, *_] = of(found, "coordination")
    assert duty.objects == [actor("Bộ Chỉ huy Quân sự tỉnh"), actor("Sở Văn hóa và Thể thao")]
    holders = {s for t in of(found, "task") for s in t.subjects}
    assert actor("Đảng ủy Quân sự tỉnh") in holders


# --- coordination and duty holders as real documents write them (issue 9) ------------------------------------------


def pairs(found) -> set[frozenset]:
    out = set()
    for d in of(found, "coordination"):
        parties = d.subjects + d.objects
        heads = d.subjects or parties[:1]
        out.update(frozenset((a, b)) for a in heads for b in parties if a != b)
        if not d.subjects:
            out.update(frozenset((a, b)) for a in parties for b in parties if a != b)
    return out


def test_parties_without_a_lead_coordinate_each_with_each():
    _, found = run("Bộ Công an, Bộ Quốc phòng và Bộ Y tế có trách nhiệm phối hợp triển khai thực hiện Thông tư này.",
                   DocumentInfo(kind="Circular"))
    police, defence, health = ACTOR + "bo-cong-an", ACTOR + "bo-quoc-phong", ACTOR + "bo-y-te"
    assert pairs(found) == {frozenset((police, defence)), frozenset((police, health)), frozenset((defence, health))}
    _, found = run("Tăng cường phối hợp giữa Bộ Công an, Bộ Quốc phòng và Bộ Y tế trong kiểm soát tiền chất.",
                   DocumentInfo(kind="Circular"))
    assert len(pairs(found)) == 3 and not of(found, "coordination")[0].subjects
    # "phối hợp giữa X với Y": X leads
    _, found = run("Phối hợp giữa Bộ Công an với Bộ Quốc phòng trong tuần tra.", DocumentInfo(kind="Circular"))
    assert [(d.subjects, d.objects) for d in of(found, "coordination")] == [([police], [defence])]


def test_a_numbered_line_that_only_names_actors_or_assigns_them_is_an_actor_heading():
    doc = DocumentInfo(kind="OfficialLetter", issuer=mint_actor_iri("Ủy ban nhân dân tỉnh Lào Cai"),
                       issuer_label="Ủy ban nhân dân tỉnh Lào Cai", issuer_kind="Authority")
    _, found = run("1. Công an tỉnh và Ủy ban nhân dân các xã, phường\n"
                   "Tổ chức tuyên truyền, phổ biến Quyết định.\n"
                   "2. Giao Sở Xây dựng\n"
                   "Chủ trì, phối hợp với Công an tỉnh kiểm tra, đôn đốc việc triển khai.\n", doc)
    police, builder = mint_actor_iri("Công an tỉnh Lào Cai"), mint_actor_iri("Sở Xây dựng tỉnh Lào Cai")
    tasks = {a.text[:20]: a.subjects for a in of(found, "task")}
    assert tasks == {"Tổ chức tuyên truyền": [police, ACTOR + "uy-ban-nhan-dan-cap-xa"],
                     "Chủ trì, phối hợp vớ": [builder]}
    assert [(d.subjects, d.objects) for d in of(found, "coordination")] == [([builder], [police])]


def test_a_list_of_holders_separated_by_semicolons_shares_the_duty():
    _, found = run("3. Tổ chức thực hiện\nThủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường; "
                   "người đứng đầu các cơ quan, đơn vị có liên quan chịu trách nhiệm tổ chức triển khai thực hiện.",
                   DocumentInfo(kind="OfficialLetter"))
    assert of(found, "task")[0].subjects == [ACTOR + "so-ban-nganh", ACTOR + "uy-ban-nhan-dan-cap-xa",
                                             ACTOR + "co-quan-don-vi"]

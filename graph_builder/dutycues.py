"""The cue words of duty: how a sentence, a list item or a table says who must do what, who leads, who cooperates
(by when: ``deadlinecues.py``).

The second of the builder's two cue modules (the first, ``cues.py``, holds the verbs, the words around names and
lists of actors, objectives, sections, the document's frame and the kind words read from the ontology); why cue
words are code and not ontology is said there. This one holds the grammar of duty ("có trách nhiệm", "giao",
"chủ trì", "phối hợp"), the labels of roles in items and the columns of division-of-labour tables, and the verbs read
right after a duty's holders. The words of time (deadlines, a time that opens a sentence, a table's time cell) stand
in ``deadlinecues.py`` (moved there in round 34). The notes on the genre behind these words are ``docs/GENRE.md``.

>>> bool(LEAD.search("Sở Tư pháp chủ trì, phối hợp")), COOPERATE.search("phối hợp với Công an").group(1)
(True, 'với')
"""

from __future__ import annotations

import re

from policykg.graph_builder.collectivecands import MANNER_ADVERBS
from policykg.graph_builder.cues import MAIN_CLAUSE_VERBS

# the cue words of duty that OCR misreads only in their diacritics ("chủ tri", "phổi hợp", "trách nhiêm"): written back as
# these before anything reads the text (``converted.py``, the one place that reads OCR'd forms): the patterns of this
# module match the cue words as written right only
OCR_CUES = ("chủ trì", "phối hợp", "trách nhiệm", "có trách nhiệm", "chịu trách nhiệm", "đẩy mạnh",   # "đây mạnh"
            "phối hợp chặt chẽ", "phối hợp với")   # "phối hợp chặt chế với Y", "phối hợp vổi Y"

# --- the other spellings of "phối hợp với" ------------------------------------------------------------------------
# "X phối kết hợp với Y", "X phối hợp, hỗ trợ Y", "X phối hợp và giúp đỡ Y": Y is X's partner as in "X phối hợp với Y";
# written as that form (same length, padded with spaces) in the lower-cased text, so every pattern below reads them (not
# "phối hợp, hỗ trợ với": its own "với" says it). "phối" first, "(?<!\w)" over it: re finds the word in C, much faster
_SPELT_OTHERWISE = re.compile(r"phối(?<!\wphối)(?: (kết )hợp(?!\w)| hợp(\s*,\s*|\s+và\s+)(?:hỗ trợ|giúp đỡ)(?!\w)(?!\s+với))")


def cooperation_spelt_plainly(low: str) -> str:
    """``low`` (lower-cased, one character per character of the text) with "phối kết hợp" and "phối hợp, hỗ trợ" /
    "phối hợp và giúp đỡ" written as "phối hợp" and "phối hợp với", padded to their length.

    >>> cooperation_spelt_plainly("sở a phối kết hợp với sở b; sở c phối hợp, hỗ trợ sở d")
    'sở a phối hợp     với sở b; sở c phối hợp     với sở d'
    """
    def plain(m: re.Match) -> str:   # both ends kept where they were: the words before and after read as before
        if m.group(1):
            return "phối hợp" + " " * (len(m.group(0)) - 8)
        return "phối hợp" + " " * (len(m.group(0)) - 11) + "với"
    return _SPELT_OTHERWISE.sub(plain, low) if "phối" in low else low

# --- plain sentences of a body that prescribe nothing ------------------------------------------------------------
# after "X" in a plain sentence of a body: the document's own act ("UBND huyện ban hành kế hoạch như sau", "Chính phủ
# ban hành Nghị định ...") or a verb of saying that opens a quotation ("Bộ Chính trị đánh giá: ..."): no duty
# ... or words in brackets after the name ("đại biểu Hội đồng nhân dân (Thực hiện từ ngày ...)")
NOT_A_PLAIN_DUTY = re.compile(r"\s*(?:(?:" + "|".join(MAIN_CLAUSE_VERBS) + r")(?!\w)|[^\W\d]+(?:\s+[^\W\d]+)?\s*:|[(\[])")
# ... but in a document that prescribes, "X quyết định <what>" of a body other than the issuer is a power it is given
# ("Giám đốc Sở Y tế quyết định thành lập tổ công tác", "Ủy ban nhân dân cấp tỉnh quyết định chấp thuận ..."): a
# duty; not "quyết định số ..." (a decision cited) nor "quyết định:" / "quyết định như sau" (the issuer's own act)
DECIDES_WHAT = re.compile(r"\s*quyết định\s+(?!số\b|như\s+sau\b|ban\s+hành\b|(?:này|trên)\b)[^\W\d]")
# after "X" opening a sentence: the issuer's appraisal of what others did or said, in a resolution or a conclusion
# ("Hội đồng nhân dân tỉnh đánh giá cao ...", "... cơ bản thống nhất với / về phương án ...", "Bộ Chính trị ghi nhận
# ..."): no duty, and no heading of the items it introduces ("..., cụ thể như sau:")
APPRAISAL = re.compile(r"\s*(?:cơ bản\s+(?:thống nhất|nhất trí)|(?:cơ bản\s+)?(?:đánh giá cao|ghi nhận|biểu dương|hoan nghênh"
                       r"|tán thành|đồng tình|(?:thống nhất|nhất trí)\s+(?:với|cao)))(?!\w)")
# a line of the preamble of a decision, decree or resolution ("Căn cứ Luật ...;", "Theo đề nghị của Giám đốc Sở Y tế;",
# "Xét Tờ trình số ..."): the grounds of the act, under the issuer's name line ("CHÍNH PHỦ"), never a duty of it
PREAMBLE = re.compile(r"[\s*_]*(?:căn cứ|theo đề nghị|xét đề nghị|theo đề xuất|xét tờ trình|xét báo cáo)(?!\w)")
# the end of a line whose items below are things, examples or members, not duties: "... theo các nhóm đối tượng như:",
# "... gồm:", "bao gồm:", "... báo cáo Thủ tướng Chính phủ các vấn đề sau:" (its items are the things: "- Doanh
# nghiệp kinh doanh trực tuyến"; not "như sau:", the lead-in of duties)
LISTS_THINGS = re.compile(r"(?<!\w)(?:như|gồm|bao gồm|gồm có|chẳng hạn như|ví dụ|là"
                          r"|(?:vấn đề|trường hợp|đối tượng)\s+sau(?:\s+đây)?)\s*:\s*$")
# a numbered line that only names the topic of the items below it ("1. Về lĩnh vực tài nguyên, môi trường:", "b) Về
# công tác cán bộ:"): no duty of its own (searched from the line's first word, after its number)
TOPIC_LINE = re.compile(r"\s*(?:về|đối với)\s+[^:;.]{1,120}:\s*$")
# "X hướng dẫn Quy trình ... như sau:": a plain sentence that introduces the document's own content
AS_FOLLOWS = re.compile(r"(?<!\w)như sau\s*:?\s*$")

# --- the grammar of duty (searched in the lower-cased match form) -----------------------------------------------
# "X có nhiệm vụ <verb> ..." states X's duty as "X có trách nhiệm ..." does (round 22), but not the words that name
# the remit or announce a list ("có nhiệm vụ, quyền hạn sau:", "có nhiệm vụ sau đây:", "có nhiệm vụ quan trọng")
_NOT_A_TASK_AFTER = (r"(?:sau|như|và|quyền|quan trọng|chính trị|trọng tâm|chủ yếu|cụ thể|chung|chính|được|của|là|gì|này"
                     r"|đó|trên|nêu|tại)")
_HAS_THE_TASK = r"có (?:các )?nhiệm vụ(?=\s+(?!" + _NOT_A_TASK_AFTER + r"(?!\w))[^\W\d_])"
RESPONSIBLE = re.compile(r"(?<!\w)(?:(cùng)\s+)?(có trách nhiệm|chịu trách nhiệm|cần phải|phải|cần(?!\s+thiết)"
                         r"|(?<!vụ )(?<!vụ, )(?<!khi )được (?:giao|đề nghị|yêu cầu)"
                         r"|" + _HAS_THE_TASK + r")(?!\w)")
# "X được giao / được đề nghị ...": X holds the duty (not "nhiệm vụ được giao", the remit; not "khi được yêu cầu");
# the agent of a passive duty: "Việc phát phiếu bầu do Tổ bầu cử thực hiện.", "... do Công an xã thực hiện, phối hợp"
# the body that set up or appointed the subject, in a relative clause between the subject and its duty word: "X |
# do (Chủ tịch) | Y | thành lập / chỉ định / cử / giao / phân công / quyết định thành lập ... ,? | có nhiệm vụ ..."
APPOINTED_BY = re.compile(r"(?<!\w)do(?:\s+(?:bộ trưởng|chủ tịch|giám đốc|thủ trưởng|trưởng ban|người đứng đầu))?\s*$")
APPOINTS = re.compile(r"\s+(?:quyết định\s+)?(?:thành lập|chỉ định|cử|giao|phân công|ủy quyền|uỷ quyền|phê duyệt)(?!\w)"
                      r"[^,;:.()]{0,60}?\s*,?\s*$")
BY_AGENT = re.compile(r"(?<!\w)do\s+")
AGENT_VERB = re.compile(r"\s*(?:thực hiện|đảm nhiệm|đảm nhận|phụ trách|tiến hành|tổ chức|triệu tập)(?=\s*(?:[.;,:]|$"
                        r"|theo\s))")
# after "chịu trách nhiệm" in the closing article of a decision: "... thi hành Quyết định này", "... thực hiện Chỉ thị này"
# nouns that open with a verb's syllable ("trình tự", "cử tri"): a sentence they open does not open with its verb
VERB_LIKE_NOUN = re.compile(r"\s*(?:trình tự|cử tri|thủ tục|trình độ|tổ chức hội nghị|kết quả|nội dung)(?!\w)")
EXECUTES = re.compile(r"\s+(?:thi hành|thực hiện|tổ chức thực hiện)\s+")
# a condition between a duty's holders and its duty word: "Thủ trưởng cơ quan điều tra, Viện trưởng Viện kiểm sát | khi
# quyết định tạm hoãn xuất cảnh ... | phải gửi văn bản ...", "Sở Y tế, | trong trường hợp phát hiện ..., | có trách nhiệm"
CONDITION = re.compile(r"\s*,?\s*(?:khi|trong trường hợp|trường hợp|nếu)\s+")
# a request or an assignment to the body after it; not the noun "yêu cầu" met or followed ("đáp ứng yêu cầu | các bệnh
# viện ...", "theo yêu cầu | cơ quan thuế": a requirement, whose owner is asked nothing), nor the domain of "Bộ Ngoại
# giao" ("Bộ Quốc phòng, Ngoại giao, Công an ...": a list of ministries)
REQUIRE = re.compile(r"(?<!\w)((?<!đáp ứng )(?<!theo )yêu cầu|đề nghị|(?<!bàn )(?<!được )(?<!và )giao\s+cho(?=\s)"
                     r"|(?<!ngoại )(?<!Ngoại )giao|(?<!được )(?:ủy|uỷ) quyền cho"
                     r"|(?<!được )phân cấp cho)"
                     r"(?:(?<=giao)\s+(?:nhiệm vụ(?:\s+cho)?))?(?!\w)")
# "giao nhiệm vụ (cho) X ..." and "giao cho X ..." as "giao X ..." (not "bàn giao cho", a handing over, nor "được giao
# cho X", the passive whose X is the receiver, nor "X phê duyệt ... và giao cho Y ...", X's own second act)
# a condition or a topic fronted before the holder of a duty, up to a comma: "Khi có quyết định thu hồi dự án, Ủy ban
# nhân dân tỉnh chỉ đạo ...", "Trong trường hợp không đủ điều kiện, phải ban hành ...", "Trong quá trình thực hiện, nếu ..."
FRONTED_CONDITION = re.compile(r"\s*(?:khi|trong trường hợp|trường hợp|nếu|sau khi|đối với|trong quá trình)\s")
# the basis fronted before the holders ("Căn cứ Kế hoạch này, | các sở, ngành ... xây dựng ...", "Trên cơ sở nội dung Chỉ
# thị ..., Kế hoạch hành động, | các bộ ... tổ chức ..."): the holders follow one of its commas
FRONTED_BASIS = re.compile(r"\s*(?:căn cứ(?: vào)?|trên cơ sở|dựa (?:trên|vào))\s")
# the kind of place that narrows a list of local bodies, between it and its verb: "Chủ tịch Ủy ban nhân dân các tỉnh,
# thành phố | ven biển | chỉ đạo ...", "Công an các tỉnh | biên giới | tăng cường ..."
PLACE_KIND = re.compile(r"\s*(?:ven biển|có biển|biên giới|miền núi|vùng cao|vùng sâu|trọng điểm|trên địa bàn)(?!\w)")
# the same kind of place after a member of a list, before the next: "Ủy ban nhân dân các huyện | ven biển và | Bộ Chỉ
# huy Quân sự tỉnh", "Công an các xã | biên giới, | Đồn Biên phòng"
PLACE_KIND_MEMBER = re.compile(r"\s*(?:ven biển|có biển|biên giới|miền núi|vùng cao|vùng sâu(?:,? vùng xa)?"
                               r"|trọng điểm)\s*(?:,\s*(?:và\s+)?|\s(?:và|cùng)\s+)(?:các\s+)?")
# words that join a sentence to the one before it ("Đồng thời, rà soát ...", "Ngoài ra, ..."): the subject left out
CONNECTIVE = re.compile(r"\s*(?:đồng thời|bên cạnh đó|ngoài ra|trên cơ sở đó|mặt khác)\s*,?\s*")
# the number of an item of a list run on inside a paragraph ("... chỉ đạo: (1) Rà soát ... . (2) Tổ chức ... . 3) Bố trí
# ..."): the sentence it opens goes on with the list, whose holder the first item's sentence names
INLINE_ITEM = re.compile(r"\s*\(?\d{1,2}\)[ \t]+(?=\w)")
# a delegation ("Ủy quyền cho Giám đốc Sở Công Thương thành lập ...", "phân cấp cho Sở Y tế ..."): the body it names
# holds the task as one given it ("giao"; not "nhiệm vụ được ủy quyền cho ...", what was delegated); later "Người
# được ủy quyền phải ..." is that body
DELEGATES = ("ủy quyền cho", "uỷ quyền cho", "phân cấp cho")
DELEGATE_REFERENCE = re.compile(r"\s*(?:người|cơ quan|đơn vị|bên|tổ chức)\s+được\s+(?:ủy|uỷ) quyền|"
                                r"\s*(?:cơ quan|đơn vị)\s+được\s+phân cấp")
REQUIREMENT_LEAD = re.compile(r"\s*(?:theo đó,\s*)?yêu cầu (?:đặt ra|chung|cụ thể)?\s*(?:là|:)")
# lead words: "chủ trì", "là (cơ quan) đầu mối", "đầu mối theo dõi", "là cơ quan thường trực", "thực hiện nhiệm vụ
# thường trực" (with its verb, so that the bodies right before it are its holders), "phát huy vai trò thường trực",
# "là (lực lượng) nòng cốt" (not "các đầu mối": contact points, nor one its body names or sends to: "cử (cán bộ làm)
# đầu mối", "bố trí đầu mối (nghiệp vụ, kỹ thuật, liên lạc)", "có bộ phận làm đầu mối", "thông qua / với đầu mối", a
# person or a desk to reach, no task the body leads; not a hub, which is a thing: "chợ đầu mối", "công trình đầu
# mối", "đầu mối giao thông"); "chịu trách nhiệm chính / chung" (the body that answers first for the task; not "chịu
# trách nhiệm trước ...", answering to someone); not "luân phiên chủ trì" (the parties chair in turn: no one body leads,
# and a later clause "; Sở A chủ trì giao ban quý I" names its own lead)
LEAD = re.compile(r"(?<!\w)(?:(?:đồng\s+)?(?<!luân phiên )chủ trì"
                  r"|(?<!các\s)(?<!chợ\s)(?<!trình\s)%sđầu mối"
                  r"(?!\s+(?:giao thông|thủy lợi|thuỷ lợi|nghiệp vụ|kỹ thuật|liên lạc))"
                  r"|(?:cơ quan|đơn vị) thường trực"
                  r"|(?:(?:thực hiện|đảm nhiệm|đảm nhận)\s+)?nhiệm vụ thường trực"
                  r"|vai trò(?:\s+cơ quan)?\s+thường trực"
                  r"|(?:là|làm)\s+(?:lực lượng\s+|cơ quan\s+)?nòng cốt|làm thường trực"
                  r"|chịu trách nhiệm (?:chính|chung))(?!\w)" % "".join(
                      f"(?<!{w} )" for w in ("cử", "bố trí", "chỉ định", "qua", "với", "cán bộ", "công chức",
                                            "cán bộ là", "cán bộ làm", "công chức làm", "bộ phận làm", "người làm")))
# a task named before the bodies given it, their own words no task but "(triển khai / tổ chức) thực hiện" or none:
# "Đối với nội dung ...: “<task>” - giao X chủ trì, phối hợp với Y triển khai thực hiện.", "Nhiệm vụ “<task>” giao X
# chủ trì thực hiện.", "Việc <task> giao X chủ trì.": the task is the words before them (FRONTED_TASK searched in the
# lower-cased text from the sentence's start, GENERIC_TASK_END in the lower-cased words after the last body)
FRONTED_TASK = re.compile(r"\s*(?:(?:đối với|về)\s+(?:các\s+)?(?:nội dung|nhiệm vụ|công việc)(?!\w)|nhiệm vụ\s*[“\"«]|việc\s)")
GENERIC_TASK_END = re.compile(r"(?:(?<!\w)(?:(?:tổ chức|triển khai)\s+)?(?:triển khai\s+)?(?:thực hiện|triển khai))?[\s.;,]*$")
# the words before a lead word that make it no lead of the sentence's holder (searched in the lower-cased text up to the
# word): a body named by its standing role after a preposition ("báo cáo cho | cơ quan thường trực Chương trình", "do |
# Cơ quan thường trực ... lập"), and the people a relative clause describes ("khen thưởng tổ chức, cá nhân | chủ trì
# thực hiện dự án": those who lead the project, not the holder)
NAMED_STANDING_BEFORE = re.compile(r"(?<!\w)(?:cho|do|của|với|tới|đến|gửi|về|và)\s+(?:các\s+)?$")
DESCRIBED_LEAD_BEFORE = re.compile(r"(?<!\w)(?:tổ chức|cá nhân|doanh nghiệp|người|đăng ký)\s+$")   # "đăng ký chủ trì"
# any duty word: a lead, cooperation or responsibility
DUTY_TRIGGER = re.compile(r"(?<!\w)(?:(?:đồng\s+)?chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|phải|" + _HAS_THE_TASK
                          + r")(?!\w)")
# a clause that only names the lead, its task in the next clause with the partners: "Giao X chủ trì; Y, Z phối hợp
# tổ chức ..." (searched in the lower-cased clause before the semicolon)
BARE_LEAD = re.compile(r"(?<!\w)(?:đồng\s+)?chủ trì\W*$")
# roles labelled after the task in the same sentence: "1. Rà soát ...; cơ quan chủ trì: X; cơ quan phối hợp: Y, Z;
# thời gian hoàn thành: Quý II/2026.", "Kiểm tra ... - Chủ trì: X - Phối hợp: Y", "Xây dựng Đề án ... (chủ trì: X;
# phối hợp: Y, Z; thời gian: Quý III/2026)", lettered labels ("...; a) Cơ quan chủ trì: X; b) Cơ quan phối hợp: Y"),
# "Trách nhiệm chủ trì: X" (searched in the match form)
INLINE_ROLE = re.compile(r"(?:[;.(,]|\s[-–])\s*(?:[a-zđ][.)]\s*)?(?:(?:cơ quan|đơn vị|bộ phận|trách nhiệm)(?:\s*,\s*(?:đơn vị|địa phương))?\s+"
                         r"(?:được\s+(?:giao|phân công)\s+)?)?"
                         r"(?P<role>chủ trì|phối hợp)(?:\s+(?:thực hiện|tham mưu|triển khai))?\s*:", re.I)
# the label after them that ends their lists: "; thời gian: ...", "- Sản phẩm: ..."
INLINE_ROLE_END = re.compile(r"(?:[;.,]|\s[-–])\s*(?:[a-zđ][.)]\s*)?(?:thời gian|thời hạn|tiến độ|sản phẩm|kết quả)[^:;.]{0,25}:", re.I)
# the lead named in brackets after the task of an item: "1. Rà soát quy chế (Sở Tư pháp chủ trì, phối hợp với Sở Nội
# vụ; hoàn thành trong Quý II/2026)." (searched in the match form; the bracket closes the sentence)
TRAILING_BRACKET = re.compile(r"\((?P<inner>[^()]{6,400})\)\W*$")
BRACKET_OPENER = re.compile(r"\s*(?:giao\s+|do\s+)?", re.I)
# "(Sở Y tế thực hiện)": who carries the item out, no lead named (searched in the lower-cased bracket)
BRACKET_HOLDERS = re.compile(r"(?<!\w)(?:thực hiện|chịu trách nhiệm|đảm nhiệm|triển khai)\W*$")
# the partners listed after a label in the sentence: "X chủ trì; các cơ quan phối hợp gồm: Y, Z"
PARTNER_LIST = re.compile(r"(?<!\w)(?:các\s+)?(?:cơ quan|đơn vị|lực lượng)\s+phối hợp(?:\s+thực hiện)?"
                          r"(?:\s+(?:gồm|bao gồm)(?:\s+có)?)?\s*:\s*")
# a bracket right after a body's name that gives its other name: "Bộ Thông tin và Truyền thông (nay là Bộ Văn hóa,
# Thể thao và Du lịch)", "Ủy ban nhân dân các tỉnh ... (sau đây gọi là Ủy ban nhân dân cấp tỉnh)": the same holder, the
# sentence goes on after it (searched in the match form, from the end of the first name)
RENAMING_BRACKET = re.compile(r"\s*\(\s*(?:nay là|sau đây(?: được)? gọi(?: tắt| chung)? là|gọi tắt là|viết tắt là"
                              r"|trước đây là)\s*:?\s*", re.I)
# "(tham gia) phối hợp (với | giữa)", and "X chủ trì ... với sự phối hợp (chặt chẽ) của Y": Y is X's partner
# (only after "với sự": "tăng cường sự phối hợp của các cơ quan" names no partner); "X chủ trì, cùng (với) Y <task>":
# Y works on X's task as its partner (only right after "chủ trì,": "Cùng với đó, ..." names no partner); "với sự / có
# sự tham gia của Y" as "với sự phối hợp của Y" (not "nâng cao sự tham gia của Y": Y taking part is the aim)
# ... and how, between "phối hợp" and "với" ("X phối hợp thường xuyên với Y", "phối hợp chặt chẽ, kịp thời với Y")
# ... not the topic of a title after "về" ("Nghị định ... quy định về phối hợp trong ..."), but "về phối hợp giữa A và B"
_MANNER_AFTER = (r"(?:(?:\s*,\s*|\s+và\s+|\s+)(?:chặt chẽ|thường xuyên|kịp thời|tích cực|hiệu quả|đồng bộ"
                 r"|nhịp nhàng))*")
COOPERATE = re.compile(r"(?<!\w)(?:(?<!về )|(?=phối hợp\s+giữa))(?:(?:tham gia\s+)?phối hợp(?:\s+chặt chẽ)?(?:" + _MANNER_AFTER + r"\s+(với|giữa)"
                       r"|(?<=với sự phối hợp)\s+của|(?<=với sự phối hợp chặt chẽ)\s+của)?|(?:(?<=chủ trì, )|(?<=chủ trì ))cùng(?:\s+với)?"
                       r"|(?:(?<=với sự )|(?<=có sự ))tham gia\s+của)(?!\w)")
WITH = re.compile(r"(?<!\w)với(?!\w)")
# the work between a bare "phối hợp" and the partner's "với": "Sở Y tế phối hợp | tổ chức kiểm tra với | Công an tỉnh"
# (a few words, no punctuation; not "đối với", "so với", "gắn với", "phù hợp với", which name no partner)
WORK_THEN_WITH = re.compile(r"(?:\s+[^\W\d_]+){1,6}?(?<!\sđối)(?<!\sso)(?<!\sgắn)(?<!\sphù hợp)(?<!\stương ứng)"
                            r"\s+với\s+")
# how a holder cooperates, between it and its "phối hợp" ("Công an tỉnh | chủ động, tích cực | phối hợp với Sở Y tế",
# "X | thường xuyên và chặt chẽ | phối hợp với Y"): the holder still pairs with the partner (round 24); not "tiếp tục",
# which opens a duty of its own ("Tiếp tục phối hợp ...": an ACTION_VERB, as are several manners)
_MANNERS = "|".join(w for w in MANNER_ADVERBS + ("thường xuyên", "chặt chẽ", "trực tiếp") if w != "tiếp tục")
MANNER_BEFORE = re.compile(r"(?<!\w)(?:(?:" + _MANNERS + r")(?:\s*,\s*|\s+và\s+|\s+))+$")


def manner_start(low: str, floor: int, trigger: int) -> int:
    """Where the manner words right before the "phối hợp" at ``trigger`` start (searched in ``low`` from ``floor``),
    else ``trigger``: the holders are named before them.

    >>> low = "công an tỉnh chủ động, tích cực phối hợp với sở y tế"
    >>> low[:manner_start(low, 0, low.index("phối"))]
    'công an tỉnh '
    >>> low = "công an tỉnh tiếp tục phối hợp với sở y tế"
    >>> manner_start(low, 0, low.index("phối")) == low.index("phối")
    True
    """
    if not low.startswith("phối hợp", trigger):
        return trigger
    m = MANNER_BEFORE.search(low, max(floor, trigger - 60), trigger)
    return m.start() if m and (m.start() == floor or not low[m.start() - 1].isalnum()) else trigger
# partners named before the subject at the head of a clause: "Phối hợp với Y, X tổ chức ...", "Cùng với Y, X ..."
FRONTED_PARTNERS = re.compile(r"\s*(?:phối hợp(?:\s+chặt chẽ)?|cùng)\s+với\s+")
# a relative clause of place after a body, up to 12 words ("Ủy ban nhân dân cấp huyện | nơi có rừng phòng hộ |", "... |
# nơi đặt dự án, cơ sở sản xuất |": the gap holds no body, so a comma in it cuts no list); and such a clause after a
# member of a list, before the next ("Ủy ban nhân dân cấp xã | nơi có cơ sở sản xuất và | Công an tỉnh")
WHERE_CLAUSE = re.compile(r"\s*nơi(?:\s*,?\s+[^\s,.;:()]+){1,12}\s*,?\s*")
WHERE_MEMBER = re.compile(r"\s*nơi(?:\s+[^\s,.;:()]+){1,8}?\s*(?:,|\s(?:và|cùng))\s*(?:các\s+)?")
OWNED_BY = re.compile(r"\s+(?:trực\s+)?thuộc\s+")   # "Phòng A thuộc Sở B": the unit, then its owner (lower case)
# a head that opens the list of partners after "phối hợp với": "| các đơn vị: | A, B", "các cơ quan chức năng | như | A"
# (group 1: the head's words, when no body is named by them)
COLLECTIVE_BEFORE = re.compile(r"(?<!\w)(?:các|những)\s+$")
LIST_HEAD = re.compile(r"\s*((?:các|những)(?:\s+[^\W\d]+){1,4}?)?(?:\s+(?:có\s+)?liên\s+quan)?\s*(?:(?<!\w)(?:như|gồm|bao gồm)(?:\s+có)?\s*:?|:)\s*")
# "X cùng (với) Y tổ chức ...", "X sẽ cùng Y phân bổ ...", "X thống nhất với Y điều chỉnh ...": X and Y work together
# (between two bodies only: "Cùng với đó, ..." names no partner)
TOGETHER_WITH = re.compile(r"(?:cùng(?<!\wcùng)(?:\s+với)?|thống nhất(?<!\wthống nhất)\s+với)(?!\w)")   # (the word first: re finds it in C)
TOGETHER_AFTER, TOGETHER_BEFORE = re.compile(r"\s+(?:(?:sẽ|đã|tiếp tục)\s+)*(?:có trách nhiệm\s+)?"), re.compile(r"\s+(?:các\s+)?")
SIGNS_COORDINATION = re.compile(r"(?:k(?<!\wk)ý kết|k(?<!\wk)ý|t(?<!\wt)hống nhất ban hành|b(?<!\wb)an hành)\s+(?:quy chế|chương trình|kế hoạch|thỏa thuận)\s+phối hợp(?!\w)")  # parties: "A và B | ký kết Chương trình phối hợp", "QUY CHẾ PHỐI HỢP / | Giữa", "liên tịch giữa"
COORDINATION_KIND, BETWEEN, JOINT_BETWEEN = re.compile(r"phối hợp[\s\-–]*$"), re.compile(r"\s*giữa(?!\w)"), re.compile(r"liên(?<!\wliên) tịch\s+giữa(?!\w)")
# verbs of exchanging with a body, before a "phối hợp" that names no partner: "trao đổi X để phối hợp"
EXCHANGE = re.compile(r"(?<!\w)(?:trao đổi|cung cấp|thông báo|gửi|chia sẻ)(?:\s+(?:văn bản|thông tin|số liệu|tài liệu))?"
                      r"(?:\s+(?:cho|với|về|đến|tới))?(?!\w)")
# "gửi văn bản đề nghị | cho | Sở Y tế ...": where the bodies written to are named, a few words after the verb
RECIPIENT = re.compile(r"(?<!\w)(?:cho|đến|tới)(?!\w)")
JOINTLY = re.compile(r"cùng")
DIRECT_VERB = re.compile(r"(?<!\w)(?:lãnh đạo|chỉ đạo)(?!\w)")
DIRECT_NOUN = re.compile(r"(?<!\w)sự (?:lãnh đạo|chỉ đạo)(?:,\s*(?:lãnh đạo|chỉ đạo))?\s+của(?!\w)")
TOWARDS = re.compile(r"(?<!\w)đối với(?!\w)")
MOBILISE = re.compile(r"(?<!\w)(?<!cuộc )(?:huy động|vận động)(?!\w)")
PARTICIPATE = re.compile(r"(?<!\w)tham gia(?!\w)")
ISSUE = re.compile(r"(?<!\w)ban hành(?!\w)")
# "A phối hợp với B | triệu tập và | chủ trì", "A phối hợp với B | và | chủ trì cùng C": A chairs
JOINT_VERBS_GAP = re.compile(r"(?:\s*\([^()]{0,20}\))?(?:(?:\s+[^\W\d]+){1,3}\s*(?:,|\svà)|\s+và)\s*")
# an actor heading: "Điều 2. Trách nhiệm (phối hợp) của Bộ Công an", "Điều 7. Nhiệm vụ, quyền hạn của X", "1. Sở Y tế:", "2. Giao
# Sở Xây dựng", "n) Lãnh đạo Ban Dân nguyện" (its leaders act for it)
_DUTY_NOUN = r"(?:trách nhiệm|nhiệm vụ|quyền hạn|nghĩa vụ)"
RESPONSIBILITY_HEADING = re.compile(r"\s*(?:" + _DUTY_NOUN + r"(?:(?:\s*,\s*|\s+và\s+)" + _DUTY_NOUN + r")*"
                                    r"(?: (?:chung|cụ thể|chính|chủ yếu|phối hợp))? (?:của\s+)?|(?:giao|đề nghị|yêu cầu|đối với|lãnh đạo)\s+)")
# "Trách nhiệm của X là <duty>", "Nhiệm vụ (chính) của X là ...": the duty after "là" (round 22)
DUTY_OF = re.compile(r"\s*(?:trách nhiệm|nhiệm vụ)(?:\s+(?:chính|chung|cụ thể|chủ yếu|trọng tâm))?\s+của\s+")
IS = re.compile(r"\s+là\s+(?=[^\W\d_])")
# the head and the members of a body named before it in such a heading act for it: "Nhiệm vụ, quyền hạn của | Trưởng
# đoàn, thành viên | Đoàn kiểm tra", "Trách nhiệm của | Trưởng ban và các thành viên | Ban Chỉ đạo"
MEMBERS_OF = re.compile(r"(?:(?:(?:phó\s+)?trưởng\s+(?:đoàn|ban|nhóm|tổ)|(?:các\s+)?thành viên|tổ trưởng|tổ viên)"
                        r"(?:\s*,\s*|\s+và\s+|\s+(?=\w)))+")
HEADING_SCOPE = re.compile(r"\s+(?:trong|về|đối với)\s+[^,;:.()]{1,90}?[\s.:]*", re.I)   # "Trách nhiệm của X | trong phối hợp"
# "trong phạm vi nhiệm vụ, quyền hạn của mình", "theo chức năng, nhiệm vụ được giao": the remit a duty holder acts in
_REMIT = r"(?:trong phạm vi [^:]{0,60}?(?:của mình|được giao)|theo chức năng,? nhiệm vụ[^:]{0,40}?(?:của mình|được giao))"
REMIT_FIRST = re.compile(r"\s*" + _REMIT + r"\s*,?\s*")
# a lead-in naming its duty holders, the duties listed below: "X (trong phạm vi ... của mình) thực hiện các (một số) nội
# dung sau:", "X có trách nhiệm:", "X có nhiệm vụ, quyền hạn sau đây:", "X theo chức năng, nhiệm vụ được giao:"
_LEAD_IN_WORDS = (
    r"\s*,?\s*(?:" + _REMIT + r"\s*,?\s*)?(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|có các nhiệm vụ|thực hiện"
    r"|tổ chức thực hiện|triển khai(?: thực hiện)?|(?:xác định|đề ra)(?=\s+(?:các|những)))"
    r"(?:\s*,\s*(?:nhiệm vụ|quyền hạn|trách nhiệm))*(?:\s+(?:các|những|một số))?"
    r"(?:\s+(?:nội dung|nhiệm vụ|công việc|việc|trách nhiệm|quyền hạn)(?:\s*,\s*(?:nhiệm vụ|quyền hạn|trách nhiệm"
    r"|giải pháp))*)?(?:\s+(?:cụ thể|chủ yếu|trọng tâm))?"
    r"(?:\s+(?:sau đây|sau|như sau))?")
DUTY_LEAD_IN = re.compile(r"\s*,?\s*" + _REMIT + r"\s*:\s*$|" + _LEAD_IN_WORDS + r"\s*:\s*$")
# the same words closing the title of an article, its colon often left out: "Điều 4. Sở Tài chính có nhiệm vụ",
# "Điều 6. Ủy ban nhân dân cấp huyện có trách nhiệm" over "1. ...", "2. ...": the article's clauses are the body's
TITLE_LEAD_IN = re.compile(_LEAD_IN_WORDS + r"\s*[:.]?\s*$")
# the end of a body's own remit listed below it, however its subject is qualified first: "Trung tâm ... quy định tại
# khoản 3 Điều 7 Nghị định ... tham mưu ... và những nhiệm vụ, quyền hạn cụ thể sau đây:" (powers are always the
# subject's own, never given to another body)
OWN_POWERS = re.compile(r"(?<!\w)nhiệm vụ,?\s+(?:và\s+)?quyền hạn(?:\s+(?:cụ thể|chủ yếu))?\s+(?:sau đây|sau|như sau)\s*:\s*$")
# an article that delegates powers to the body it names, listed below it: "Điều 4. Phân cấp cho Sở Y tế thực hiện một
# số nhiệm vụ, quyền hạn sau" (a heading: the colon may be missing); DELEGATED_TO before the names, DELEGATED after
DELEGATED_TO = re.compile(r"\s*(?:điều\s+\d+\s*[.:]?\s*)?(?:phân cấp|ủy quyền|uỷ quyền)\s+cho\s+")
DELEGATED = re.compile(r"\s*(?:thực hiện\s+)?(?:(?:một số|các|những)\s+)?nhiệm vụ,?\s+(?:và\s+)?quyền hạn"
                       r"(?:\s+(?:sau đây|sau|như sau))?\s*:?\s*$")
# the numbering in front of a list item ("Điều 5.", "II.", "1.2.", "a)", "- ")
ITEM_NUMBERING = re.compile(
    r"\s*(?:(?:Điều|ĐIỀU)\s+\d+\s*[.:]?\s*|(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]?\s+|[-+•*]\s+|\(\d{1,2}\)\s*)")
# "Cơ quan chủ trì: X. / Cơ quan phối hợp: Y; Z." below a task (also "Cơ quan, đơn vị chủ trì:", "Đơn vị chủ trì
# tham mưu:", "Đơn vị phối hợp thực hiện:"; "Cơ quan thực hiện:", "Đơn vị chủ trì/phối hợp:" and a party programme's
# "Cơ quan tham mưu:" name all who carry it out, co-leads unless one is marked; of "chủ trì/phối hợp" the first leads)
_ASSIGNED = r"(?:được\s+(?:giao|phân công)\s+)?"   # the label's body "assigned" its role: "Cơ quan được giao chủ trì:"
# ... and between a body and its duty word ("X được phân công chủ trì", "X được giao làm đầu mối", "X đảm nhận vai trò
# chủ trì"): X holds and leads it as in "X chủ trì" (not after a bare body word: "các cơ quan được phân công chủ trì ...")
ASSIGNED_IT = re.compile(r"(?i)(?<!\w)(?:được\s+(?:phân công|giao|cử|chỉ định)(?:\s+(?:làm|là))?"
                         r"|(?:đảm nhận|đảm nhiệm|giữ|đóng)\s+vai\s+trò(?:\s+là)?)(?=\s)")
BARE_BODY_WORD = re.compile(r"(?<!\w)(?:cơ quan|đơn vị|bộ phận|tổ chức|lực lượng)\s*$")
# ... nor when the clause goes on to a duty of its own ("các sở, ngành được giao chủ trì nhiệm vụ ... có trách nhiệm ...")
DESCRIBED_ASSIGNEE = re.compile(r"[^.;:\n]{0,200}?(?<!\w)(?:có trách nhiệm|chịu trách nhiệm|phải|cần)(?!\w)")
LEAD_ROLE = re.compile(r"^\s*(?:(?:(?:cơ quan|đơn vị|bộ phận)(?:\s*,\s*(?:đơn vị|địa phương))?\s+)?"
                       r"(?P<all>(?<=\s)(?:thực hiện|tham mưu)|chủ trì\s*(?:/|,|và|[-–])\s*phối hợp(?:\s+thực hiện)?)"
                       r"|(?:(?:cơ quan|đơn vị|bộ phận|trách nhiệm)(?:\s*,\s*(?:đơn vị|địa phương))?\s+" + _ASSIGNED + r")?"
                       r"(?P<role>chủ trì|phối hợp)(?:\s+(?:thực hiện|tham mưu|triển khai))?)"
                       r"(?:\s*:|\s+[-–](?=\s))", re.I)   # a dash for the colon: "Cơ quan chủ trì – Sở A"
# ... the colon left out, the label's body word written and a name after it ("- Cơ quan chủ trì Sở A.", "Đơn vị phối
# hợp Bộ Y tế"; not "Chủ trì Hội nghị ...", a duty, nor "Cơ quan chủ trì soạn thảo có trách nhiệm ...")
LEAD_ROLE_UNMARKED = re.compile(r"^\s*(?:cơ quan|đơn vị|bộ phận)\s+" + _ASSIGNED + r"(?:(?P<all>thực hiện)|(?P<role>chủ trì|phối hợp)"
                                r"(?:\s+thực hiện)?)\s+(?=(?-i:[A-ZĐ]))", re.I)
# the focal units of an item of an agreement between bodies, each body's own ("Giao đầu mối của Bộ Tài chính: Tổng cục
# Thuế, Vụ Chính sách thuế." / "a) Đơn vị đầu mối: ..."): they lead the item together, one line per body; also OCR'd
FOCAL_ROLE = re.compile(r"^\s*(?:[-+•]\s*|[a-zđ][.)]\s*)?(?:giao\s+)?(?:(?:cơ quan|đơn vị)\s+)?(?:đầu|dau)\s+m[ốỗôoớ]i"
                        r"(?:\s+c[ủu]a\s+[^:]{2,60}?)?\s*:", re.I)
# what may close a line that only names the lead of the items below it and its partners, without a colon ("1. Bộ Công
# Thương chủ trì, phối hợp với các bộ, cơ quan liên quan" over "a) ...", "b) ..."): a qualifier of the partners, no task
ROLE_LINE_TAIL = re.compile(r"[\s,]*(?:(?:có\s+)?liên\s+quan|khác)?(?:\s+(?:(?:tổ chức\s+)?thực hiện|triển khai(?:\s+thực hiện)?))?"
                            r"[\s:;,.]*")
# "Giao" before the lead of a sentence that assigns the task named before it ("1. Rà soát ... . Giao Sở Y tế chủ trì.")
GIVE = re.compile(r"\s*giao\s+")
# ... or names them in a clause of their own after a semicolon ("Sở A chủ trì; Sở B, Sở C phối hợp")
PARTNERS_JOIN = re.compile(r"\s*(?:cùng\s+)?phối hợp(?!\s+với)")
ROLE_LINE_COOPERATE = re.compile(r"[\s,]*(?:và\s+)?phối hợp(?:\s+chặt chẽ)?\s+với(?!\w)")
# a clause that only names the partners of the lead named before it: "...; Y, Z là (các) cơ quan phối hợp."
PARTNERS_CLAUSE = re.compile(r"(?<!\w)là\s+(?:các\s+)?(?:cơ quan|đơn vị|lực lượng)\s+phối hợp\W*$", re.I)
# the partners' label after the lead's on the same line: "Chủ trì: X; phối hợp: Y, Z.", also lettered as the lead's
# own ("a) Cơ quan chủ trì: X; b) Cơ quan phối hợp: Y, Z; c) Thời gian ...")
PARTNER_ROLE = re.compile(r"(?:[;,.]|\s[-–])\s*(?:[a-zđ][.)]\s*)?(?:(?:cơ quan|đơn vị|bộ phận)\s+)?phối hợp(?:\s+thực hiện)?\s*:", re.I)
# column headers of a division-of-labour table ("| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
# hoàn thành | Sản phẩm |"), searched in the header's match key (header rows joined); the first that matches names
# the column, in this order: lead, partner, time, task. Text taken from PDF glues a header's words ("Đơn vịchủ trì",
# "Đơn vịphốihợp", "Thờigian thựchiện"): the lead, partner and time words are found also glued to their neighbours
# ... or the focal unit ("Đơn vị đầu mối", "Cơ quan đầu mối"; "a) Đơn vị đầu mối: X." below a task of a quy chế phối hợp)
LEAD_COLUMN = re.compile(r"chủ\s*trì(?!\w)|(?<!\w)đầu\s*mối(?!\w)")
# ... also the bodies that take part ("Cơ quan tham gia thẩm tra", "Đơn vị tham gia"): with their body word, as a task
# cell may open with the verb "Tham gia"
PARTNER_COLUMN = re.compile(r"phối\s*hợp(?!\w)|(?:cơ\s*quan|đơn\s*vị)\s*tham\s*gia(?!\w)")
# one column of all who carry a task out ("Đơn vị thực hiện", "Cơ quan thực hiện"): the one marked "(chủ trì)" leads
# and the others cooperate, else all of them lead it together (co-leads, a pair each)
# ("Đơn vị phụ trách", "Cơ quan tham mưu" of a party programme, "Đơn vị triển khai": with their body word, as a
# "Lãnh đạo phụ trách" column names the leaders in charge, no body)
EXECUTOR_COLUMN = re.compile(r"(?<!\w)(?:thực hiện|chịu trách nhiệm|đảm nhiệm|phân công"
                             r"|(?:cơ quan|đơn vị|bộ phận)\s+(?:phụ trách|tham mưu|triển khai))(?!\w)")
LEAD_MARK = re.compile(r"\s*[(\[]\s*(?:chủ trì|cơ quan chủ trì|đơn vị chủ trì)\s*[)\]]", re.I)
# the lead's mark in such a cell, also without brackets ("Sở Y tế chủ trì; Sở Tư pháp phối hợp"), or cut where the
# cell wraps ("Sở Y tế (chủ" / "trì); Sở Tư pháp": a column's gap, marked in the match form, or the line's end follows)
CELL_LEAD_MARK = re.compile(r"\s*(?:(?:[(\[]\s*)?(?:cơ quan |đơn vị )?chủ\s+trì(?!\w)|[(\[]\s*chủ(?=[ \t]*\n|\s{2,}))",
                            re.I)
# the partners' label inside such a list ("Chủ trì: Sở A. Phối hợp: Sở B, Sở C"), or the cell's own sentence ("Sở A
# chỉ đạo ..., phối hợp với Sở B tổ chức thực hiện"), searched in the lower-cased text
CELL_PARTNER_LABEL = re.compile(r"(?<!\w)(?:(?:cơ quan|đơn vị)\s+)?phối hợp(?:\s+thực hiện)?\s*:"
                                r"|(?<!\w)phối hợp(?:\s+chặt chẽ)?\s+với(?!\w)")
DEADLINE_COLUMN = re.compile(r"(?<!\w)(?:thời\s*gian|thời\s*hạn|tiến\s*độ|thời\s*điểm|lộ\s*trình)(?!\w)")
# ... also a programme's list of schemes ("Tên chương trình, đề án"), of bills ("Tên dự án") and an indicator table's targets ("Chỉ tiêu | Đơn vị |
# Cơ quan chủ trì | Năm 2026 | ..."): the body that leads each target, no time (the years are targets, not deadlines);
# a plan to raise an index lists its components or criteria ("Chỉ số thành phần | Lãnh đạo phụ trách | Cơ quan thực
# hiện | Tiến độ", "Tiêu chí | Đơn vị chủ trì"): the body that carries each out
TASK_COLUMN = re.compile(r"(?<!\w)(?:nội dung|nhiệm vụ|công việc|giải pháp|hoạt động|đề án|dự án|tên chương trình|chỉ tiêu"
                         r"|chỉ số|tiêu chí|biện pháp|đầu việc)(?!\w)")
# the titles of a table's number column, and the lines a table never runs into: the list of recipients and a
# signature block ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN")
NUMBER_COLUMNS = ("stt", "tt", "số tt", "số thứ tự")
TABLE_NEVER_HOLDS = r"Nơi nhận|(?:TM|KT|TL|TUQ)\.\s"
# a word of a table's header ("STT", "Cơ quan thực hiện", "hoàn thành", "Sản phẩm"): a line of PDF layout text whose
# every run holds one is more header, not the first lines of a row whose cells are centred on its number's line
_HEADER_PHRASES = ("nội dung", "nhiệm vụ", "công việc", "giải pháp", "hoạt động", "cơ quan", "đơn vị", "chủ trì", "phối hợp", "đầu mối",
                   "thực hiện", "thời gian", "thời hạn", "tiến độ", "thời điểm", "hoàn thành", "sản phẩm", "kết quả",
                   "ghi chú", "dự kiến", "chịu trách nhiệm", "đảm nhiệm", "phân công", "phụ trách", "tham mưu",
                   "lộ trình", "biện pháp", "tiêu chí", "chỉ số")
# ... found also where text taken from PDF glued them to each other or split their syllables ("Đơn vịchủ trì",
# "Thờigian thựchiện", "Ghichú"): a phrase of two syllables or more is distinctive enough without a word boundary
HEADER_WORD = re.compile(r"(?<!\w)(?:stt|tt|số\s*tt)(?!\w)|(?:" + "|".join(p.replace(" ", r"\s*") for p in _HEADER_PHRASES)
                         + ")")
# the second halves of header words wrapped in a narrow column ("Cơ quan chủ" / "trì", "Sản" / "phẩm")
HEADER_FRAGMENTS = frozenset(("trì", "hợp", "thành", "phẩm", "hiện", "gian", "hạn", "độ", "chú", "dung", "vụ", "việc",
                              "quả", "kiến", "nhiệm", "trách"))

# the end of a cell's line that leaves the cell open in a table from PDF, one fragment per line: the next line goes on
# with it even when it starts with a capital ("Các bộ ở" / "Trung ương,"; "Ủy ban nhân dân cấp tỉnh trình" / "Hội ...")
CELL_OPEN_END = re.compile(r"(?:[,;/&(\-–]|(?<!\w)(?:và|với|của|ở|cho|trình|đối|tại|các|những|có|thuộc|hoặc|cùng|về"
                           r"|theo|giữa|trong|đến|từ))$")
# a time printed at the end of a product cell's line ("văn bản phối hợp Thường xuyên"): where the time cell starts
CELL_TIME_TAIL = re.compile(r"(?<=[^\W\d_A-ZĐ,.;)])\s+(?=(?:Thường xuyên|Hằng năm|Hàng năm|Định kỳ|Quý|Tháng|Năm|Từ)(?!\w))")
# words that open a cell of bodies besides the lexicon's head nouns ("Cơ quan, đơn vị liên quan", "Các Bộ, ngành")
CELL_BODY_WORDS = ("cơ quan", "đơn vị", "tổ chức", "địa phương", "doanh nghiệp", "ngành", "cơ sở")
# products a result cell opens with besides the kinds of document ("Văn bản chỉ đạo", "Hội nghị sơ kết")
CELL_PRODUCT_WORDS = ("văn bản", "hội nghị", "hội thảo", "hội thi", "báo cáo")
# in a table's cell, the words before a body that holds no part of the row: the body the lead submits to ("Ủy ban
# nhân dân cấp tỉnh trình | Hội đồng nhân dân cùng cấp") or the owner of the body named before ("cơ quan thuộc |
# Chính phủ", "Ủy ban Pháp luật của | Quốc hội")
NOT_A_PARTY_BEFORE = re.compile(r"(?<!\w)(?:trình|báo cáo|gửi|thuộc|trực thuộc|của)\s+$")

# --- the verbs of a duty read right after its holders (searched in the lower-cased match form) ----------------
# verbs of a duty read only right after its holders, not in ``cues.ACTION_VERBS`` (which also ends names and opens
# objectives): "Sở Tư pháp giúp ...", "Kho bạc Nhà nước thanh toán ...", "... sắp xếp ...", and "quy định <what>"
# ("Bộ trưởng Bộ Y tế quy định (chi tiết) mẫu hồ sơ ..."; not the body "quy định tại khoản 2" a clause names, nor a
# noun: "các quy định của ..."); "trực tiếp" between the holders and their verb is its manner (``MANNER``: two words)
_HOLDER_VERBS = ("giúp", "sắp xếp", "phản ánh", "sửa đổi", "kết nối", "tháo gỡ", "thanh toán", "chia sẻ", "điều phối",
                 "khuyến cáo", "ưu tiên", "sử dụng", "kết hợp", "hạn chế", "chuyển", "mở", "có văn bản", "ra văn bản")
_REGULATES = r"quy\s+định(?=\s+(?!tại\b|ở\b|của\b|này\b|trên\b|như\b|về\s+việc\b)[^\W\d])"
HOLDER_VERB = re.compile("(?:" + "|".join([_REGULATES] + [v.replace(" ", r"\s+") for v in _HOLDER_VERBS]) + r")(?!\w)")
MANNER = re.compile(r"\s*trực\s+tiếp\s")

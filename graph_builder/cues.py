"""The cue words of the genre's grammar: with ``dutycues.py``, the builder's modules where its Vietnamese words are
written.

Why these are code and not ontology: the ontology (``ontology/core.ttl``, ``actors.ttl``) says *what there is*:
classes, kinds of document and their names, actors and their names, levels. The words below say *how a sentence
is built*: which verb opens a duty ("chủ trì", "phối hợp", "giao", "đề nghị"), which word ends a name, which
heading opens the tasks of a plan. They are not things in the graph, they have no IRI, and each one only means
something together with the pattern around it (a regex, a position in the sentence), so they live next to the
code that reads them, in two modules by topic: this one (verbs, names and lists of actors, objectives, references,
sections, the document's frame but its signature block: ``framecues.py``) and ``dutycues.py`` (the grammar of duty: responsibility, leads, cooperation, roles
in items and table columns; its words of time, deadlines, in ``deadlinecues.py``). What the grammar needs from the ontology (the document kinds' names, which
also serve as cue words: "Chỉ thị này", "Kế hoạch yêu cầu") is read from it, by the functions at the end.

The notes on the genre behind these words are ``docs/GENRE.md``.

>>> "chủ trì" in ACTION_VERBS and "tỉnh" in LEVEL_WORDS
True
>>> bool(OBJECTIVE.search("nhằm bảo đảm an ninh"))
True
"""

from __future__ import annotations

import functools
import re

from policykg.core.textnorm import UPPER, ascii_fold
from policykg.ontology.lexicon import Lexicon

# --- verbs ---------------------------------------------------------------------------------------------------------
# Verbs (and verb-like openers) of the genre. They end an organisation name ("Sở Tư pháp | chủ trì"),
# start a new objective clause ("giữ vững ..., | bảo đảm ...") and tell a clause that opens with a
# verb. Measured alternative: underthesea's POS tagger labels "chủ trì" as a noun and "Ủy ban nhân dân"
# as a verb in these sentences, so a small list of the genre's verbs is the more precise tool here.
ACTION_VERBS = frozenset("""
chủ trì|phối hợp|chịu trách nhiệm|có trách nhiệm|có nhiệm vụ|tham mưu|hướng dẫn|tổ chức|xây dựng|triển khai|thực hiện|theo dõi
|kiểm tra|báo cáo|bố trí|bảo đảm|đảm bảo|quản lý|vận động|tham gia|tuyên truyền|chỉ đạo|lãnh đạo|ban hành|yêu cầu
|đề nghị|tăng cường|đẩy mạnh|nâng cao|rà soát|tổng hợp|lồng ghép|khảo sát|đưa|tấn công|trấn áp|thẩm định|cân đối
|quán triệt|huy động|phát động|nghiên cứu|đôn đốc|giám sát|chủ động|phê duyệt|trình|giữ vững|giữ|bảo vệ|góp phần
|tạo|phát huy|củng cố|giảm|giảm thiểu|kéo giảm|chống|phòng ngừa|phòng chống|bảo tồn|quảng bá|phát triển|thúc đẩy
|kiềm chế|tiết kiệm|phục vụ|hoàn thiện|ngăn chặn|đáp ứng|hỗ trợ|khắc phục|mở rộng|cải thiện|ổn định|đổi mới
|nắm|xử lý|đánh giá|sơ kết|tổng kết|quan tâm|chú trọng|tiếp tục|bồi dưỡng|đào tạo|cung cấp|ứng dụng|nhân rộng
|phổ biến|giáo dục|xác định|đề ra|gắn|gắn kết|phát hiện|đấu tranh|ngăn ngừa|nâng|tập trung|coi|định kỳ|hằng năm
|sơ tán|cứu nạn|tìm kiếm|lựa chọn|cai nghiện|thanh tra|giải quyết|thường xuyên|kịp thời|cải cách|số hóa
|bảo đảm an ninh|duy trì|khuyến khích|tạo điều kiện|làm|tuần tra|kiểm soát|cấp|xét|căn cứ|theo|nhằm|để
|đồng chủ trì|phòng|phấn đấu|điều tra|truy tố|xét xử|giám định|cứu hộ|tiếp nhận|thu hồi
|thống nhất|cập nhật|xem xét|tiến hành|lập|gửi|nộp|công bố|đăng tải|lưu giữ|áp dụng|xuất trình|khai báo|thông qua
|quyết định|chấp hành|thông báo|giới thiệu|lấy ý kiến|phân công|điều chỉnh|thẩm tra|xác minh|trả lời
|tiếp thu|dự kiến|cử|kiến nghị|đề xuất|ký|chuẩn bị|hoàn thành|công khai|niêm yết|thống kê|cập nhật|liên hệ|trực
|triệu tập|thảo luận|cho ý kiến|thành lập|kiện toàn|vận hành|sẵn sàng|phê chuẩn|đưa tin|trình bày|trao đổi|ra quyết định
|tìm giải pháp|có giải pháp|có biện pháp|có phương án|phổ cập
|đếm|đọc|mời|phối kết hợp|đảm nhiệm|phụ trách|làm đầu mối|làm thường trực|làm cơ quan|khẩn trương|đẩy nhanh|nêu cao|gương mẫu|nghiêm túc|tích cực
|thu gom|lắp đặt|chỉnh trang|vệ sinh|sửa chữa|nạo vét|di dời|tập huấn|dành|giúp|bàn giao|tiêu hủy|tiêu huỷ
""".replace("\n", "").split("|"))
# verbs that open the main clause after a purpose clause ("Để ..., Thủ tướng Chính phủ chỉ thị:")
# document kinds (ontology class names) whose plain "X <verb> ..." sentences do not prescribe: a news article or a
# report narrates what X did; a conclusion or a notice of conclusions also assesses in its own voice ("Bộ Chính trị
# đánh giá cao kết quả đạt được."; its duties are requested or numbered); "Document": a kind the builder could not tell
NARRATIVE_KINDS = frozenset(("NewsArticle", "Report", "Conclusion", "Notice", "Document"))
# of these, the kinds whose numbered items assign tasks in plain sentences ("2. ... Bộ Tài chính nghiên cứu ...")
CONCLUDING_KINDS = frozenset(("Conclusion", "Notice"))
MAIN_CLAUSE_VERBS = frozenset(("chỉ thị", "kết luận", "quyết nghị", "quyết định", "ban hành"))
# openers a new objective never starts with, though they are in ACTION_VERBS
NOT_OBJECTIVE_OPENERS = ("theo", "để", "nhằm", "căn cứ", "cấp")

# --- lists of actors: what stands between and around their members (searched in the lower-cased match form) ----
PRESS_BEFORE = re.compile(r"(?<!\w)(?:phóng viên|pv|nhà báo|biên tập viên)\s+$")   # "phóng viên | Báo Hải quan"
# an event, not a body, though its first word is the head noun "Hội" ("HỘI NGHỊ LẦN THỨ 11 ...", "Hội thảo khoa học")
EVENT_NOT_BODY = re.compile(r"hội\s+(?:nghị|thảo|thi|chợ|diễn)(?!\w)")
# "X, Y theo chức năng, nhiệm vụ được giao có trách nhiệm ...": a parenthetical between subject and verb; its owner
# may be named ("của tổ chức mình", "của đơn vị mình") and a second source of the remit may follow ("và theo điều lệ
# của tổ chức", "và quy định tại Nghị định số ...")
MANDATE = re.compile(("(?i)\\s*,? ?(?:theo|trong phạm vi|căn cứ) chức năng,? nhiệm vụ(?:,? quyền hạn)?(?: được giao)?"
                      "(?: của (?:(?:tổ chức|đơn vị|cơ quan|ngành|cấp) )?mình)?"
                      "(?: và (?:theo )?(?:điều lệ(?: của (?:tổ chức|hội)(?: mình)?)?"
                      "|quy định tại (?:nghị định|luật|quyết định|thông tư) số [\\w/.-]+))? ?,?").replace(" ", r"\s+")
                     .replace(r"\s+?", r"\s*"))
# "X chủ trì ... của Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành": a possessive or preposition, not a subject
PREPOSITION_BEFORE = re.compile(r"(?<!\w)(?:của|với|cho|về|đối với|giữa|theo|tại)\s+(?:các\s+|những\s+)?$")
# between a body and the one it belongs to: "Thường trực Ủy ban KH,CN&MT | của | Quốc hội"
BELONGS_BEFORE = re.compile(r"\s+(?:của|thuộc|trực thuộc)\s+")
# words in front of an addressee list that belong to the duty's text ("các cấp ủy ...")
LIST_OPENERS = re.compile(r"(?<!\w)(?:toàn thể|các|những|cả|mọi)\s+$", re.I)
# the scope a collective is named with, a list of levels and branches after it: "các cơ quan báo chí Trung ương, địa
# phương, quân đội", "các cơ quan trung ương, địa phương": one body, not three (searched in the lower-cased match form;
# the bare words after "trung ương" are its scope, no bodies of their own; not "..., các địa phương")
SCOPE_LIST = re.compile(r"[ \t\n](?<=\w[ \t\n])[ \t\n]*(?:trung ương|t\.ư|tw)"   # ("(?<=\w)[ \t\n]+": its space first)
                        r"(?P<scope>(?:[ \t\n]*(?:,|và)[ \t\n]*(?:địa phương|quân đội|các cấp|cơ sở))+)(?!\w)")
# filler words allowed between the members of an actor list ("X, Y và các Z từ T.Ư đến cơ sở")
LIST_FILLER = frozenset("và hoặc cùng các những cả toàn thể mọi cấp từ đến tới trực thuộc có liên quan ở".split())
# a level word that is the first syllable of another word: "xã hội" (society) is no commune, "tỉnh ủy" (a province's Party
# committee) no province
NOT_A_LEVEL = r"(?!\s+hội(?!\w))(?!\s+[uủ][yỷ](?!\w))"
# what follows a place in a title in capitals and is none of it ("TỈNH LẠNG SƠN | ĐẾN NĂM 2030", "... | GIAI ĐOẠN
# 2026-2030", "... | NĂM 2027", "... | VỀ ...", "... | TRONG ..."); no place opens with these (searched in lower case)
PAST_PLACE = re.compile(r"(?:đến|về|trong|giai\s+đoạn|nhiệm\s+kỳ|tầm\s+nhìn|năm\s+\d)(?!\w)")
# the words of level qualifiers and place names inside an actor list ("Công an tỉnh, huyện")
LEVEL_WORDS = frozenset(("tỉnh", "huyện", "xã", "quận", "phường", "thành", "phố", "thị", "trấn", "trung", "ương",
                         "t.ư", "tw", "cơ", "sở", "thôn", "khu", "dân", "cư", "địa", "phương",
                         "ấp", "bản", "buôn", "làng", "sóc"))   # hamlets: the ontology's grassroots level
HAMLET_LEVELS = re.compile(r"(?<!\w)(?:tổ dân phố|khu phố|khu dân cư)(?!\w)")   # "ở thôn, tổ dân phố:"
# a known body's regional unit, a body of its own ("Hải quan khu vực XI", "Kho bạc Nhà nước khu vực IX", "Thuế cơ sở
# 3"): searched in the match form (case kept) right after the known name
REGIONAL_UNIT = re.compile(r"[ \t]+(?:khu vực|cơ sở|vùng)[ \t]+(?:[IVXL]{1,5}|\d{1,2})(?![\w/-])")
# departments or ministries named by one head noun and a list of their domains: "Giám đốc các sở: Tài chính, Tư pháp",
# "các Bộ: Công an, Quốc phòng, Y tế" (searched in the lower-cased match form; the list follows the colon)
DOMAIN_LIST = re.compile(r"(?<!\w)(?:các\s+)?(?P<head>sở|bộ)(?P<wide>\s*,?\s*(?:ban\s*,\s*)?ngành(?:\s+liên\s+quan)?)?"
                         r"\s*:[ \t]*")   # "các sở, ngành: Xây dựng, Nội vụ": domains only, each a whole item
HEAD_BEFORE_DOMAINS = re.compile(r"(?<!\w)(?P<head>sở|bộ)[ \t]+(?=\w)")   # "Sở | Y tế, Công Thương ..." (no colon)
# what separates two domains of such a list; what ends it
DOMAIN_SEPARATOR = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)")
# (a list wrapped over lines goes on: it ends at a blank line or a line that opens an item)
DOMAIN_LIST_END = re.compile(r"[;.:()]|\n[ \t]*(?:\n|[-+•]\s|(?:\d{1,2}|[a-zđ])[.)]\s)")

# --- objectives --------------------------------------------------------------------------------------------------
OBJECTIVE = re.compile(r"(n(?<!\wn)hằm|đ(?<!\wđ)ể)(?!\w)")   # "(?<!\w)(nhằm|để)": the letters first, found in C
# "không để dịch lan rộng", "không được để": a prohibition, not a purpose; "khắc phục triệt để": an adverb
NOT_PURPOSE = re.compile(r"(?<!\w)(?:không(?:\s+được)?|triệt)\s+$")
# a purpose clause that opens its sentence ("Để tổ chức triển khai ..., Ủy ban nhân dân tỉnh yêu cầu:"), after its
# number or bullet (used with .match at the sentence start)
ITEM_MARK = r"[\s*•+\-–]*(?:(?:[ivxlc]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s*)?[\s*]*"   # "- ", "2.1. ", "**a) "
FRONTED_PURPOSE = re.compile(rf"{ITEM_MARK}(?:để|nhằm)(?!\w)")
GOAL = re.compile(r"(?<!\w)mục tiêu(?:\s+(?:chung|cụ thể))?(?:\s*:|(?:\s+[^.;:]{0,160}?)?\s+là)(?!\w)")
# the head nouns of names that OCR misreads only in their diacritics ("Uy ban Thường vụ Quốc hội"): written back as these
# before anything reads the text (``converted.py``, with ``dutycues.OCR_CUES``)
OCR_HEADS = ("ủy ban",)
# words of tense or aspect between a subject and its verb ("Ngân hàng Nhà nước đã yêu cầu ...")
TENSE_WORDS = frozenset(("đã", "đang", "sẽ", "vừa", "cũng", "mới"))
# the separators of an objective list: a comma, or "và"
OBJECTIVE_SEPARATOR = re.compile(r",\s*|\s+và\s+")
AND = "và"

# --- what a text is: the words of a news article about a document --------------------------------------------
# "Ban Bí thư vừa ban hành ...": the sentence that reports the issuing
ISSUED = re.compile(r"\b(?:(?:vừa |đã |mới )?(?:ký )?ban hành|(?:vừa|đã|mới) ký(?! kết| cam kết))\b", re.I)
# a document's own preamble, not a report: its first line ("Căn cứ ...", "Thực hiện ..."), and the words after the
# kind word that say the document itself follows ("ban hành Kế hoạch ... với những nội dung sau", "... như sau:")
PREAMBLE_OPENING = re.compile(r"^\s*(?:#+[ \t]*\S+\s+)?[*_|]*(?:Căn cứ|Thực hiện|Triển khai)\b")   # past a Markdown title
FOLLOWS_BELOW = re.compile(r"(?i)\b(?:như sau|(?:những |các )?nội dung(?: chủ yếu| chính| cụ thể)? sau(?: đây)?|sau đây)\b")
# an enacting line's session ("HỘI ĐỒNG NHÂN DÂN TỈNH X" / "KHÓA XVII, KỲ HỌP THỨ NĂM"): no name of the organ
SESSION = re.compile(r"(?:^|[\s,\-–])(?:KHÓA|KHOÁ|KỲ HỌP|NHIỆM KỲ)(?:\s|$)")
# words only a report about a document uses
ARTICLE_SIGNALS = re.compile(r"\b(?:vừa (?:ký )?ban hành|nêu rõ|Chỉ thị yêu cầu|Nghị quyết yêu cầu|Theo đó|"
                              r"Kết luận yêu cầu|cho biết|phóng viên|PV)\b")

# --- references to other documents ---------------------------------------------------------------------------------
IMPLEMENT = re.compile(r"(?<!\w)thực hiện(?:\s+(?:tốt|có hiệu quả|nghiêm))?\s*$")
CITE_BASIS = re.compile(r"(?<!\w)căn cứ(?!\w)")
REPLACE = re.compile(r"(?<!\w)(?:thay thế|bãi bỏ)(?!\w)")
ACCORDING_BEFORE = re.compile(r"(?<!\w)theo\s*$")
OWN_NUMBER_LABEL = re.compile(r"(?<!\w)số\s*:?\s*$")
ISSUED_WITH = r"\s*(?:kèm theo\s+)?"
# "Ban Bí thư yêu cầu", "Bộ Chính trị đề nghị": the Party organs that speak for the document they issue
SPEAKING_ORGANS = ("ban bí thư", "bộ chính trị")
# names that are always capitalised but name no actor (the actors' names come from the lexicon)
PROPER_NOUNS = ("Việt Nam", "Tổ quốc", "Trung ương", "Hồ Chí Minh", "Hà Nội", "Ủy ban")

# --- names: where they end, what stands around them --------------------------------------------------------
# Single words that can never continue an organisation name (prepositions, auxiliaries, conjunctions).
# cited documents: their own words after the mention ("số 12/QĐ-UBND | ngày 3/2/2025 của | UBND tỉnh"), the words that open
# their title ("| về việc ...", "| ban hành ..."; not a bare "về": the genre gold counts its bodies; it means "to" too), its end
CITATION_GAP = re.compile(r"(?:\s*,?\s*ngày\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?(?:\s*(?:,|và|của)\s*|\s+)")
CITED_TITLE, CITED_TITLE_END = re.compile(r"(?:về việc|v/v|quy định|hướng dẫn|ban hành|phê duyệt|sửa đổi|bổ sung|kiện toàn|thành lập|triển khai|thực hiện)(?!\w)"), re.compile(r"[;:]|\.(?:\s|$)|\n\s*\n|\)")
SAME_LEVEL = re.compile(r"\s+(?:cùng|đồng)\s+cấp(?!\w)")   # "Ủy ban nhân dân | cùng cấp": the level of the body before it
REGIONAL_UNITS = re.compile(r"(?P<units>các khu vực)(?!\w)\s*(?:[,;.:)]|$|(?P<stop>\w+))", re.M)   # "Trung tâm Y tế | các khu vực"
# a field of a header's or a stamp's contact lines ("Tổng cục Thuế | Địa chỉ: 123 ...", "..., Email: ..."): no name
# goes on into it
CONTACT_FIELD = re.compile(r"(?:địa chỉ|e-?mail|điện thoại|fax|website|đt)\s*:")
# words that deny the verb after them: a clause, never the words of a name ("Cơ quan Thuế | không chia sẻ ...")
NEGATIONS = frozenset(("không", "chưa", "chẳng"))
NAME_STOP_WORDS = frozenset(
    "có phải được là đã sẽ đang cần của với về trong tại trên cho các những và hoặc để nhằm từ đến khi nếu "
    "thì mà này đó cùng đều cũng vẫn theo thuộc ở do bị vừa sớm kịp hằng gồm như nêu ký sau trước liên trực".split())

# the bloc of bodies a Party committee or a union of a province serves, in its name: "Đảng ủy các cơ quan Đảng tỉnh",
# "Đảng ủy Khối các cơ quan tỉnh", "Đoàn Thanh niên Khối các cơ quan Đảng tỉnh", "Đảng ủy Khối doanh nghiệp tỉnh"
BLOC = re.compile(r"(?:khối\s+)?(?:các\s+)?(?:cơ quan(?:\s+đảng)?|doanh nghiệp)\s+(?=\w)")

# Party organisations named by the body they sit in: "Tổ đảng ở Thường trực Ủy ban Pháp luật", "Chi bộ ở ..."
LOCATED_HEADS = frozenset(("tổ đảng", "chi bộ"))
# a header line under a body's name that names a part of it, no head noun of its own ("HỘI ĐỒNG NHÂN DÂN TỈNH X" /
# "THƯỜNG TRỰC": the council's standing board)
HEADER_PARTS = frozenset(("thường trực",))
# bodies that serve two named bodies at once: "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "Văn phòng Đoàn
# đại biểu Quốc hội và Hội đồng nhân dân tỉnh"
SHARED_HEADS = frozenset(("văn phòng",))
# names whose domain is written with capitals ("Sở Tài chính", "Bộ Công an"): no lower-case domain follows them
CAPITALISED_DOMAIN_HEADS = frozenset(("sở", "bộ"))
# head nouns too general to open a name of their own: a name only before another body's ("Cơ quan | Cảnh sát điều
# tra Công an tỉnh", "Cơ quan | Ủy ban MTTQ Việt Nam xã"), not before a heading's words ("Cơ quan Thường trực công tác")
HEADS_BEFORE_A_NAME = frozenset(("cơ quan",))
# the head noun "Tổ" (a team) as the first syllable of a common word: "tổ chức", "Tổ quốc", "tổ dân phố" (a hamlet)
HEAD_IN_A_WORD = re.compile(r"tổ[\s/]+(?:chức|quốc|dân\s+phố|dân\s+cư|tiên|tông|hợp|ấm)(?!\w)")
# the level words of the administrative units as a regular expression ("tỉnh Lào Cai", "xã, phường", "thị xã"): a
# non-capturing group for the patterns that read a level and its place (LEVEL_WORDS above: the words one by one)
LEVEL_PATTERN = r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)"
# the kind of unit after a tier in the plural: "các tỉnh | biên giới", "các xã | vùng cao", "các tỉnh, thành phố | ven biển"
TIER_KIND = re.compile(r"[ \t]+(?:biên giới|ven biển|miền núi|vùng cao|vùng sâu, vùng xa|đồng bằng|trọng điểm)(?!\w)")
# one noun of two syllables whose second is a verb alone: no end of a domain ("công trình", "y tế | dự phòng")
NOUN_COMPOUNDS = frozenset(("công trình", "chương trình", "quy trình", "tiến trình", "lộ trình", "giáo trình", "công tác",
                            "hợp tác", "dân cư", "nhà ở", "đất đai", "thiết bị", "chuẩn bị", "trang bị", "đăng ký", "dự phòng", "việc làm",
                            "đào tạo", "sáng tạo", "khẩn cấp", "cao cấp", "trung cấp", "bầu cử", "tiền gửi", "thư ký", "truyền thông", "giao thông", "lưu thông", "phổ thông", "nông thôn", "thôn mới", "quốc phòng"))
# head nouns of bodies that hold money more often than they act: "chi từ Quỹ Bảo hiểm y tế", "nguồn Quỹ Đền ơn đáp
# nghĩa"; such a body is an actor only where the text gives it a role (as a generic actor is), never for being named
ACTS_ONLY_HEADS = frozenset(("quỹ",))
# words whose second syllable is a head noun ("nhiệm | vụ", "cơ | sở", a region "Trung | bộ"): the head opens no name
# ("NHIỆM VỤ TRỌNG TÂM", "CƠ / SỞ DỮ LIỆU", "các tỉnh Nam Trung bộ: ...")
HEAD_COMPOUNDS = frozenset(("nhiệm vụ", "dịch vụ", "phục vụ", "nghĩa vụ", "thời vụ", "cơ sở", "trụ sở", "quốc phòng",
                            "dự phòng", "đề cục", "xã hội", "bộ đội", "bắc bộ", "trung bộ", "nam bộ", "toàn bộ", "nội bộ"))
# a lower-case domain ("Cục Điều tra chống buôn lậu") ends before these words, or a verb of the duty grammar
NAME_DOMAIN_ENDS = frozenset(("thuộc", "trực", "của", "và", "cùng", "với"))
# verbs that may open the lower-case domain of a name ("Cục Điều tra chống buôn lậu", "Ban Quản lý dự án đầu tư
# xây dựng"); any other verb ends the name ("Tổng cục Hải quan | đưa ra ...")
DOMAIN_VERBS = ("chống", "phòng", "quản lý", "điều tra", "kiểm soát", "phát triển", "xây dựng", "bảo vệ", "khắc phục",
                "tư vấn", "thẩm định", "hỗ trợ", "giám sát", "xúc tiến",
                "tìm kiếm", "cứu nạn", "cứu hộ")   # "Ban Chỉ huy phòng, chống thiên tai và | tìm kiếm cứu nạn"
DUTY_VERBS = ("chủ trì", "phối hợp", "có trách nhiệm", "chịu trách nhiệm", "tham mưu", "thực hiện", "tham gia",
              "triển khai", "tổ chức", "báo cáo", "cho biết", "đề nghị", "hướng dẫn", "chỉ đạo", "có nhiệm vụ")

# the term of a council or a congress after its name: "Hội đồng nhân dân tỉnh Hà Giang khóa XVII", "..., nhiệm kỳ
# 2016 - 2021": never part of a place's name
TERM_WORDS = frozenset(("khóa", "khoá"))   # "tỉnh Hà Giang | Khóa XVII": a place's name ends before them
COUNCIL_TERM = re.compile(r"(?i)[\s,]+(?:kh(?:óa|oá)|nhiệm kỳ|kỳ họp)(?:\s.*)?$")

# bodies named by a head noun and their function: "Hội đồng thẩm định", "Tổ kiểm phiếu", "Ủy ban bầu cử"
FUNCTION_BODY = re.compile(
    r"(?<!\w)(?:hội đồng|ban|tổ|đoàn|ủy ban|uỷ ban|tiểu ban)\s+(?:thẩm định|kiểm tra|kiểm phiếu|bầu cử|tư vấn|nghiệm thu"
    r"|kỷ luật|thi đua(?:\s*[-,]?\s*khen thưởng)?|quản trị|điều phối|giám sát|thẩm tra|xét duyệt|giám khảo|đánh giá"
    r"|tuyển dụng|biên tập|soạn thảo|tiếp công dân|hòa giải|phúc khảo)(?!\w)")
# words that end the domain of a body named by a common noun ("Hội đồng thẩm định | hoạt động theo ...", "| chỉ ...")
DOMAIN_STOPS = frozenset("chỉ hoạt làm họp gồm bao tiến chấm mới thông ra".split())
# a kind of body named with a common noun and its domain: "cơ quan | điều tra", "cơ quan | thi hành án"
COMMON_BODY = re.compile(r"(?<!\w)cơ quan(?=\s+[^\W\d_])(?!\s+(?:và|hoặc|có|liên quan|đơn vị|tổ chức|ra|triệu tập|lập"
                         r"|được|đã|đang|sẽ|này|đó|mình|nhà nước có thẩm quyền|thường trực)(?!\w))")

# a short name introduced in brackets right after a name: "Ủy ban nhân dân tỉnh X (sau đây gọi tắt là UBND tỉnh)",
# "... (gọi tắt là Ban Chỉ đạo 138 tỉnh)", "(viết tắt là BQL)", or a bare abbreviation "Tập đoàn Điện lực Việt Nam (EVN)"
INTRODUCED_NAME = re.compile(r"\(\s*(?:(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi\s+tắt|viết\s+tắt|gọi)\s+là\s*:?\s*)?"
                             r"[\"“]?(?P<short>[^()\"“”\n;:]{2,60}?)[\"”]?\s*\)")
# words that cannot lie between the start of a name and the bracket that introduces its short name
INTRODUCED_GAP_STOPS = frozenset("của với cho giao là được có đã sẽ đang để nhằm theo tại đến từ khi nếu".split())
# ... and after "gọi tắt là", which says that a name ends at the bracket, only the words that end a clause's subject
NAME_SUBJECT_ENDS = frozenset("giao là được có đã sẽ đang cho".split())

# lower-case nouns of a body after an office title: "Thủ trưởng cơ quan", "Giám đốc sở", "Chủ tịch cấp xã" name the
# head of a body the sentence leaves open, not the issuer's head ("Bộ trưởng quy định ...")
BODY_NOUNS_AFTER_OFFICE = ("cơ quan", "đơn vị", "tổ chức", "sở", "ban", "ngành", "địa phương", "cấp")

# "Trưởng" before a body's name is the head of that body: "Trưởng Công an xã", "Phó Trưởng Phòng Tư pháp"
HEAD_OF_BODY = re.compile(r"(?:[Pp]hó\s+)?[Tt]rưởng\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠỦ][^\W\d_]*[a-zđàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ])")

FUNCTION_WORDS_BEFORE = ("toàn thể", "các", "những", "cả", "mọi")
# nouns that take "nhân dân" / "toàn dân" as an attribute ("an ninh nhân dân", "quốc phòng toàn dân")
MODIFIER_OF = re.compile(r"(?<!\w)(?:an ninh|quốc phòng|thế trận|chiến tranh|đại đoàn kết|thanh tra|hội thẩm"
                          r"|kiểm soát|ngày hội|nghệ sĩ|nhà giáo|thầy thuốc|nghệ nhân)\s+$")
FUNCTION_WORDS_AFTER = ("có liên quan", "liên quan")
# before a people group named as the seat one is elected to, not the people: "ứng cử | đại biểu Quốc hội"
ELECTED_AS = re.compile(r"(?<!\w)(?:ứng cử|bầu cử|bầu|tiêu chuẩn(?: của)?|làm|trúng cử)\s+$")
# ... and the next seat of such a list: "ứng cử đại biểu HĐND tỉnh, | HĐND xã", "bầu cử đại biểu Quốc hội khóa XVI và |
# (đại biểu) Hội đồng nhân dân các cấp": the council is a seat too, not an actor
NEXT_SEAT = re.compile(r"(?<!\w)(?:ứng cử|bầu cử|bầu|trúng cử)\s+đại biểu\s+(?:hđnd|hội đồng nhân dân|quốc hội)"
                       r"(?:\s+(?:cấp\s+)?[^\W\d_]+|\s+khóa\s+[ivxl]+)?\s*(?:,|và)\s*(?:đại biểu\s+)?$")
# after a government named as a model of governing, not the body: "Chính phủ điện tử", "Chính phủ số", "chính quyền số"
GOVERNMENT_AS_MODEL = re.compile(r"\s+(?:điện tử|số(?!\s*[:\d]|\s+hóa)|kiến tạo|liêm chính)(?!\w)")
# before a kind of institution named as a place ("tại địa phương", "vào trường học", "đến các cơ sở y tế")
AT_A_PLACE = re.compile(r"(?<!\w)(?:tại|ở|vào|đến|tới|khỏi)\s+(?:các\s+)?$")
# "ngành" as a field or an industry, not the sector's bodies: "chuyên ngành", "liên ngành", "ngành công nghiệp"
SECTOR_AS_FIELD = re.compile(r"(?<!\w)(?:chuyên|liên|đa|đúng|trái|theo)\s+$")
SECTOR_AS_INDUSTRY = re.compile(r"\s+(?:công nghiệp|nghề|hàng|kinh tế|đào tạo|học|nghiên cứu|dịch vụ|sản xuất|nông nghiệp"
                                r"|du lịch|xây dựng|điện|than|dầu khí|thép|dệt|chế biến|năng lượng)(?!\w)")

# Initiative triggers before a quoted name, and the kind each announces.
QUOTE_TRIGGER = re.compile(r"(cuộc vận động|phong trào thi đua|phong trào|việc)\s*$")
# A quotation of what someone said, not a quoted name: the verb of saying before it and a colon ("... yêu cầu: “Công
# an tỉnh chủ trì ...”"), or after it, past a comma and the speaker ("“Sở Công Thương phải ...”, ông A nhấn mạnh")
_SAYING = (r"(?:nhấn mạnh|cho biết|nói|khẳng định|phát biểu|chia sẻ|lưu ý|đề nghị|yêu cầu|chỉ đạo|nêu rõ|kết luận"
           r"|thông tin|giải thích|trả lời)")
SAID_BEFORE = re.compile(rf"(?<!\w){_SAYING}(?:\s+(?:thêm|rõ))?\s*:\s*$")
SAID_AFTER = re.compile(rf"\s*,\s*(?:[^.;:\n\"“”]{{0,80}}?\s)?{_SAYING}(?!\w)")
# Words that end an unquoted movement name ("phong trào toàn dân bảo vệ an ninh Tổ quốc | trong ...").
MOVEMENT_STOP = frozenset(
    "trong là phải của do được đã sẽ đang với và gắn tại ở trên theo nhằm để cho từ đến có này đó "
    "thường hằng ngày năm hiện vào ra mà thì khi nên".split())
# "theo mẫu số 01/BCĐBQH-MT": the number of a form, not of a document
FORM_NUMBER_BEFORE = re.compile(r"(?<!\w)(?:biểu mẫu|mẫu|phụ lục|biểu)\s*(?:số\s*)?$")
# Words that end a document's name cited without a number.
DOCUMENT_NAME_STOP = frozenset("số ngày năm của do được đã này và".split())
# Words right after "Quy định" / "Quy chế" / "Luật" that make it no name: the verb "quy định tại", a heading
# "Quy định chung", "Quy định chuyển tiếp", a profession ("Hội Luật gia", "Đoàn Luật sư")
NOT_A_DOCUMENT_NAME = frozenset("tại này chung chuyển chi cụ như theo trong về đối với cho có gia sư".split())

# --- sections: the words of headings and of the lines that open or close a part -----------------------------
# the marker of a numbered heading or item as published text writes it: a number ("II", "1.1", "A"; "Phần II"), then
# "." or ")", or before a capital a dash, a colon or a slash ("II- MỤC", "1.1- Ban", "II: ", "II/ Mục tiêu"),
# spaces optional ("1 ." where a Markdown escape "1\\." was blanked, "II.MỤC TIÊU"). A capital letter takes "." or a
# dash only ("T/M" opens a signature). Roman numerals as OCR reads them in capitals ("Il", "lI" for "II") are Roman.
# The match form writes every such marker as the number and "." (or ")"), same length (``read.normalise_markers``).
ROMAN_NUMERAL = r"(?=[IVXLl|]*[IVX])[IVXLl|]{1,5}"
HEADING_MARKER = re.compile(
    r"(?m)^[ \t]*(?:(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)[ \t]+)?(?:(?P<num>" + ROMAN_NUMERAL + r"|\d{1,2}(?:\.\d{1,2})*)(?P<sep>[ \t]*"
    r"(?:[.)]|[-–—:](?![A-ZĐ]{1,8}[a-zđ]{0,2}/)(?=[ \t]*[" + UPPER + r"])|/(?=[ \t]+[" + UPPER + r"]))[ \t]*)"
    r"|(?P<letter>[A-ZĐ])(?P<lsep>[ \t]*(?:\.|[-–—](?=[ \t]*[" + UPPER + r"]))[ \t]*))(?=\S)")

ROLE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("recipients", re.compile(r"^nơi nhận\b")),
    ("organisation", re.compile(
        r"^(tổ chức thực hiện|tổ chức triển khai( thực hiện)?|phân công (nhiệm vụ|thực hiện|trách nhiệm)"
        r"|cơ quan (chủ trì|phối hợp|thực hiện)|đơn vị (chủ trì|phối hợp|thực hiện)"
        r"|trách nhiệm (thi hành|thực hiện|tổ chức thực hiện|của các)|điều khoản thi hành|hiệu lực thi hành"
        r"|tổ chức và trách nhiệm|trách nhiệm tổ chức)\b")),
    ("funding", re.compile(r"^(kinh phí|nguồn kinh phí|nguồn lực|kinh phí thực hiện)\b")),
    ("reporting", re.compile(r"^(chế độ (thông tin,? )?báo cáo|thông tin,? báo cáo|báo cáo kết quả)\b")),
    # the document's own objectives: "Mục đích", "Mục tiêu", "Mục đích, yêu cầu" (a combined heading: its items are
    # the purposes the annotated genre counts); "Yêu cầu" and "Quan điểm" alone state how the work is to be done and
    # the stance it takes, not what it is for (docs/DATA_MODEL.md, objectives)
    ("objectives", re.compile(r"^(mục đích|mục tiêu)\b")),
    ("requirements", re.compile(r"^(yêu cầu|quan điểm)\b")),
    ("tasks", re.compile(r"^((các|những) )?(nhiệm vụ|giải pháp|nội dung|các giải pháp|nhiệm vụ trọng tâm)\b")),
    ("situation", re.compile(r"^(tình hình|kết quả|đánh giá|thực trạng|bối cảnh)\b")),
]

# the same, diacritics stripped: a heading in capitals as OCR reads it loses its marks ("MUC TIEU", "NHIEM VU")
ROLE_PATTERNS_FOLDED: list[tuple[str, re.Pattern]] = [(role, re.compile(ascii_fold(p.pattern)))
                                                       for role, p in ROLE_PATTERNS]

LEAD_PHRASE = re.compile(r"^(?P<title>(?:Về|VỀ)\s+[^,:.;]{3,80}?)\s*[,:]\s*\S")
ROLE_LEAD = re.compile(
    r"^(?:[-+•]\s+)?(?P<title>(?:Tổ chức thực hiện|Phân công nhiệm vụ|Phân công thực hiện|Cơ quan chủ trì|Cơ quan phối hợp"
    r"|Đơn vị chủ trì|Đơn vị phối hợp|Mục tiêu(?: chung| cụ thể)?|Mục đích,? yêu cầu|Mục đích|Yêu cầu|Kinh phí(?: thực hiện)?"
    r"|Nguồn kinh phí|Nhiệm vụ(?: và|,)? giải pháp|Nhiệm vụ|Giải pháp|Chế độ báo cáo|Nơi nhận))\s*(?::|$)", re.I)
# "... tập trung thực hiện tốt những nhiệm vụ sau:" introduces a list of tasks
LIST_INTRO = re.compile(r"\b(?:những|các|một số)\s+(?P<noun>nhiệm vụ|giải pháp|nội dung|mục tiêu|yêu cầu)"
                         r",?(?:\s+[\w,]+){0,6}?\s+(?:sau|sau đây|như sau)\s*:$")   # "các nhiệm vụ, quyền hạn sau đây:"
# after the signature block: an annex, a chapter or an article opens a part attached to the document
# a form attached to a document ("Mẫu số 01/BCĐBQH-MT", "MẪU CHỨNG CHỈ ..."): a template, no duty of its own
FORM = re.compile(r"^(?:Mẫu|MẪU)\s+(?:(?:số|SỐ)\s*)?\d|^MẪU\s+[A-ZĐ]")
ATTACHMENT = re.compile(r"^(?:Phụ lục|PHỤ LỤC|Chương|CHƯƠNG)\b|^(?:Điều|ĐIỀU)\s+\d+\s*[.:]")
SIGNATURE = re.compile(r"^(?:T/M|TM\.|TM\s|T\.M\.|KT\.|KT\s|K/T|TL\.|T/L|TUQ\.|Q\.\s*[A-ZĐ]|\((?:đã|Đã) ký\))")

# --- the document's frame: header, signature blocks, recipients -------------------------------------------------
# the label of a number ("Số:", "SỐ"), also as OCR misreads its diacritics ("Sô", "Sổ")
NUMBER_LABEL = r"(?:S[ốôổỗộóòoỏõọ]|S[ỐÔỔỖỘÓÒOỎÕỌ])"
# "của" and "về" in a title, also OCR'd ("CÙA", "VÉ")
OF = r"c[ủuùúụũ]a"
ABOUT = r"v[ềeếệểễè]"

# the motto lines of the header's right column (State) or top line (Party): never an issuer, never an actor
MOTTO_LINES = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM")
# the header of a second document after the signature of the first (an agreement, a regulation sent with a notice):
# the motto, also OCR'd and beside the organ ("BỘ TÀI CHÍNH - BO CONG HOA XÃ HOI CHỦ NGHĨA"), or its number line
# ("Số: 01 /BTT-BTC-BTTTT Hà Nội, ngày ..."); matched on the ASCII-folded line
ATTACHED_HEADER = re.compile(r"\bCONG\s+HOA\s+XA\s+HOI\b|\bDOC\s+LAP\s*[-–—]\s*T\w\s+D\w\b|"
                             r"^S[Oo]\s*:\s*\d{1,5}\s*/\s*[A-Z]", re.I)
# a signature mode as written at the start of a signature line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M", OCR "KT,")
SIGNATURE_MODE = re.compile(r"(?<![\w/.])(?P<mode>T\.?\s?/?\s?M[.,]?|[„“”\"]\s?/\s?M\.?|K\.?\s?/?\s?T[.,]?|T\.?\s?/?\s?L[.,]?|T\.?U\.?Q\.?|Q\.)"
                            r"(?=\s*[" + UPPER + r"])")
# a block that signs on behalf of an organ without a mode of the list: "ĐẠI DIỆN SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" (joint
# programmes, agreements); read as a mode that names the organ, written as no mode in the graph
ON_BEHALF = re.compile(r"^(?:ĐẠI DIỆN|Đại diện)\s+(?=[" + UPPER + r"])")
# a page's number alone on its line ("2", "- 2 -", "Trang 2/3"): a page break inside a footer
PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$|^(?:Trang|TRANG)\s+\d{1,3}(?:\s*/\s*\d{1,3})?$")
# the deputy of a head whose title is not "Phó" + the head's ("KT. BỘ TRƯỞNG": a Thứ trưởng), by the head's match key
DEPUTY_POSTS = {"bộ trưởng": "Thứ trưởng"}
# what the mode is written as in the graph, by its letters
SIGNATURE_MODES = {"TM": "TM.", "KT": "KT.", "TL": "TL.", "TUQ": "TUQ.", "Q": "Q.", "M": "TM."}   # "„/M": OCR lost T/M's T
# a note in place of the handwriting: "(Đã ký)", "(Ký tên, đóng dấu)", "(ký, ghi rõ họ tên)"
SIGNED_NOTE = re.compile(r"^\(?\s*(?:đã k[ýỷ]|ký tên|ký,|ký và|ký\)|chữ ký|đóng dấu)[^)]*\)?\.?$", re.I)
# such a note inside a cell, beside the post or the name ("(Đã ký) Nguyễn Văn A"; web copies "[daky]"; OCR "(Đã kỷ)")
SIGNED_NOTE_IN = re.compile(r"[(\[]\s*(?:đã k[ýỷ]|đã kí|daky|da ky|ký tên|ký và đóng dấu|chữ ký|ký(?=\s*[)\],]))"
                            r"[^)\]]{0,30}[)\]]", re.I)   # also "(ký)", the note alone, "(Ký, đóng dấu)"
# a digital signature's stamp, printed under or in place of the name: "Người ký: Nguyễn Văn A", "Ký bởi: ..."
SIGNED_BY = re.compile(r"^(?:Người\s+ký|Ký\s+bởi|Được\s+ký\s+bởi)\s*:\s*", re.I)
# ranks and titles in front of a signer's name: "Thượng tướng Nguyễn Văn Hiền", "TS. Lê Văn B"
# who speaks for a body in a news article, right before its name, the person's name after it ("người phát ngôn Bộ
# Ngoại giao Đỗ Minh Trang", "đại diện Sở Y tế Trần Văn B"): the name after the body is the speaker's, as after an office
SPEAKER_BEFORE = re.compile(r"(?<!\w)(?:người phát ngôn|phát ngôn viên|đại diện|lãnh đạo)\s+$")
# (several in a row, a comma between or not, a degree with or without its dot: "Đại tá, TS. Võ Văn A", "PGS.TS Lê B")
_RANK = (r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)|Đồng chí|đồng chí|Đ/c|(?:PGS|GS|TS|ThS|KS|BS(?:CKI{1,2})?|DS|KTS)"
         r"(?:\.?\s*(?:TS|ThS))?\.?|Luật sư|Nhà giáo|Bác sĩ")
PERSON_PREFIX = re.compile(rf"^(?:(?:{_RANK})(?:\s*,)?\s+)+")
# family names: a name written in capitals in a signature block is a person's only with one of these first
FAMILY_NAMES = frozenset("""nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào trịnh mai
trương lâm hà lương lưu tạ chu cao thái vương quách tô triệu phùng kiều đoàn lục hứa lò lù giàng sùng vàng hầu thào
nông hoàng mạc la lăng tòng khổng doãn văn âu ông kim""".split())


def item_break_before_name(word: str) -> bool:
    """A line break in a cell before this capitalised word starts a person's name ("Phó Chủ tịch" / "Nguyễn Văn A"),
    not the next item of a list ("Bộ Tư pháp" / "Bộ Tài chính").

    >>> item_break_before_name("Nguyễn"), item_break_before_name("Bộ")
    (True, False)
    """
    return word.lower() in FAMILY_NAMES


# words a body's name goes on after, over a line break in its cell ("Sở Thông tin và" / "Truyền thông")
NAME_GOES_ON_AFTER = frozenset("và của thuộc về cho với".split())


_LAST_WORD = re.compile(r"\w+$")


def word_before(text: str, at: int) -> str:
    """The word that ends right before offset ``at`` of ``text`` ("" if none)."""
    last = _LAST_WORD.search(text, max(0, at - 40), at)
    return last.group(0) if last else ""


def item_break_between(last_word: str, next_word: str) -> bool:
    """A line break inside one table cell between these two words parts two items of a list: a lower-case word
    before a capitalised one ("Bộ Tư pháp" / "Bộ Tài chính"), unless a name goes on over it ("Sở Thông tin và" /
    "Truyền thông") or a person's name begins after it ("Phó Chủ tịch" / "Nguyễn Văn A").

    >>> item_break_between("pháp", "Bộ"), item_break_between("và", "Truyền"), item_break_between("tịch", "Nguyễn")
    (True, False, False)
    """
    return (last_word[-1:].islower() and next_word[:1].isupper() and last_word.lower() not in NAME_GOES_ON_AFTER
            and not item_break_before_name(next_word))


# --- the kind words, read from the ontology ------------------------------------------------------------------------

@functools.lru_cache(maxsize=4)
def kind_words(lexicon: Lexicon) -> str:
    """The names of the document kinds (``pkg:kindName`` in core.ttl) as a regex alternation, longest first.

    >>> from policykg.ontology import load_lexicon
    >>> re.fullmatch(kind_words(load_lexicon()), "thông tư liên tịch") is not None
    True
    """
    names = sorted({name.lower() for kind in lexicon.document_kinds for name in kind.names}, key=lambda n: (-len(n), n))
    return "|".join(re.escape(name) for name in names)


@functools.lru_cache(maxsize=4)
def self_reference(lexicon: Lexicon) -> re.Pattern:
    """A document naming itself: "Chỉ thị này", "Kế hoạch này"."""
    return re.compile(rf"(?<!\w)(?:{kind_words(lexicon)})\s+này(?!\w)")


@functools.lru_cache(maxsize=4)
def self_purpose(lexicon: Lexicon) -> re.Pattern:
    """The document as the subject right before its purpose word: "Kế hoạch này | nhằm", "Chỉ thị này được ban hành
    | để"."""
    return re.compile(rf"(?<!\w){_NOT_OBJECT}(?:{kind_words(lexicon)})\s+này(?:\s+(?:được\s+)?ban\s+hành)?\s*,?\s*$")


# the preposition that makes the document named after it an object, not a subject: "theo nội dung tại | Chỉ thị này để"
_NOT_OBJECT = "".join(rf"(?<!{word} )" for word in ("tại", "theo", "của", "trong", "với", "vào", "về", "ở", "như",
                                                     "bằng", "từ", "qua"))


@functools.lru_cache(maxsize=4)
def fronted_carrying_out(lexicon: Lexicon) -> re.Pattern:
    """A clause before a purpose word that names the document carried out, ending in a comma or semicolon ("Thực
    hiện Kết luận số 34-KL/TW ...;", "Căn cứ Nghị định ..., Công văn ...,"): used with .fullmatch up to the word."""
    return re.compile(rf"{ITEM_MARK}(?:thực hiện|triển khai(?: thực hiện)?|căn cứ|trên cơ sở|tiếp theo)\s+"
                      rf"(?:\S+\s+){{0,3}}?(?:{kind_words(lexicon)})(?!\w).*[,;]\s*(?:và\s+)?", re.S)


@functools.lru_cache(maxsize=4)
def kind_subject(lexicon: Lexicon) -> re.Pattern:
    """The document (or an organ speaking for it) as the subject right before a verb: "Chỉ thị | yêu cầu"."""
    organs = "|".join(re.escape(o) for o in SPEAKING_ORGANS)
    return re.compile(rf"(?<!\w)(?:{kind_words(lexicon)}|{organs})\s*$")


@functools.lru_cache(maxsize=4)
def reported_frame(lexicon: Lexicon) -> re.Pattern:
    """What a news article or a letter puts before the holder of a duty it reports, up to its comma: "Theo đó,", "Theo
    dự thảo,", "Theo Nghị định,", "Tại Kế hoạch,", "Trong đó,", "Văn bản nêu rõ,", "Quyết định cũng quy định,"
    (searched in the lower-cased match form, from the sentence's first word).

    >>> from policykg.ontology import load_lexicon
    >>> reported_frame(load_lexicon()).match("theo dự thảo, bộ tài chính có trách nhiệm:").end()
    14
    """
    document = rf"(?:{kind_words(lexicon)}|văn bản|dự thảo)"
    return re.compile(rf"\s*(?:(?:theo|tại|trong)\s+(?:đó|{document}(?:\s+(?:này|nêu trên|trên|mới))?)"
                      rf"|{document}\s+(?:cũng\s+)?(?:nêu rõ|nêu|quy định rõ|quy định|chỉ rõ|nhấn mạnh))\s*,\s+")


@functools.lru_cache(maxsize=4)
def issued_kind(lexicon: Lexicon) -> re.Pattern:
    """After "ban hành": the kind of the document itself ("ban hành (kèm theo) Kế hoạch ...")."""
    return re.compile(rf"{ISSUED_WITH}(?:{kind_words(lexicon)})")


@functools.lru_cache(maxsize=4)
def closing_organisation(lexicon: Lexicon) -> re.Pattern:
    """The closing paragraph of a text: "... tổ chức thực hiện tốt Chỉ thị này"."""
    return re.compile(rf"\b(?:triển khai |tổ chức )?thực hiện(?: \w+){{0,3}}? (?:{kind_words(lexicon)}) này\b", re.I)


@functools.lru_cache(maxsize=4)
def kind_word_pattern(lexicon: Lexicon) -> re.Pattern:
    """Any kind name, in any case: "CHỈ THỊ", "Nghị định"."""
    return re.compile(rf"(?<!\w)(?:{kind_words(lexicon)})(?!\w)", re.I)

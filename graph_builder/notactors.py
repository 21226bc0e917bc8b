"""Names that read like an organisation's but name none where they stand: the words around a mention say so.

:func:`recognise.find_mentions` drops an actor mention when:

- it is the office of a deputy or a former holder, a person's post ("Phó Thủ tướng Chính phủ Trần Văn A", "nguyên
  Phó Bí thư Ban cán sự đảng ..."): the Prime Minister is an actor in their own right, the deputy is a person;
- it is the giver of an award named as the award's title ("Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh");
- it is words an amendment quotes ("thay thế cụm từ “Văn phòng Chính phủ” bằng cụm từ “Bộ Tư pháp”");
- it stands inside a web address ("https://.../Quyet-dinh-12-QD-UBND-Quy-che...");
- it is a code of capitals joined to a number ("IMT-2020", "COVID-19"): a standard, a disease, a product;
- it is the "Bộ" of a region ("Bắc Trung Bộ và Nam Trung Bộ", "Tây Nam Bộ", "các tỉnh Nam Trung bộ: Khánh Hòa, ..."), no
  ministry;
- it is a place: a name the vocabulary does not know right after a level word ("các phường Đoàn Kết, Quyết Thắng") or
  a place below a commune ("khu đô thị Hội Xuân", "tổ dân phố Hội Phú");
- it is the army as an attribute, an owner or a place ("các đơn vị quân đội", "lực lượng quân đội", "trong quân đội",
  "các đội chuyên trách của quân đội", "hàm cấp (quân đội, công an)"); the whole army or police as what its members
  belong to ("sĩ quan, hạ sĩ quan, chiến sĩ Công an nhân dân", "cán bộ Công an", "người thuộc lực lượng Công an
  nhân dân"), and "bộ" as the second syllable of "cán bộ" ("cán bộ Công an", "cán bộ Y tế": an official, no
  ministry);
- it is a kind of body, in lower case, named for the people who come from it: a meeting's members ("đại diện lãnh
  đạo các cơ quan chuyên môn"), a candidate's workplace ("đang công tác tại ..., các cơ quan chuyên môn");
- it is the owner of a place or a medium named after it: a venue ("tại trụ sở Sở Tư pháp", "Hội trường Ủy ban nhân
  dân phường"), a landmark ("giáp kè Trường Cao đẳng ...", "đối diện Ủy ban nhân dân xã", "cổng Trường ..."), a web
  portal or page ("trên Cổng thông tin điện tử của Sở X", "trang thông tin của Thư viện tỉnh"), a store ("kho sách
  của Trường ..."): where or through what something is done, no body acting; the body still acts where the text
  names it otherwise;
- it is the centre of a place, "trung tâm" before a level word ("tại Trung tâm huyện", "khu vực trung tâm xã"): the
  town's centre, no centre as a body ("Trung tâm Y tế huyện" names its field first);
- it is a newspaper or a journal named as the copies given or bought ("chi cấp Báo Nhân dân cho ...", "đặt mua Tạp chí
  Cộng sản"): a thing, no body acting;
- it is the body a swindler passes for ("giả danh cơ quan công an", "mạo danh cán bộ Sở Tài chính", "giả mạo là
  nhân viên ngân hàng"): the impostor acts, not the body;
- it is a list of places one of which holds a head noun's syllable ("gồm: Sở Dầu, Máy Chai, Lạch Tray",
  "Lĩnh Nam, Yên Sở, Trần Phú, Thanh Trì"): every word of every item written with its capital, three items or more;
- it is a field of a data table or its code ("ghi vào Trường số 16 (MA_LYDO_VVIEN)"): no school, no body;
- it is the State as a whole named as whose a thing is ("chính sách, pháp luật của Nhà nước", "niềm tin đối với Đảng,
  Nhà nước", "quản lý Nhà nước về ..."); "Nhà nước hỗ trợ ..." still names it;
- it stands in a bloc's heading, a capitals line that opens with "KHỐI" after its item's mark ("C. KHỐI MẶT TRẬN, ĐOÀN
  THỂ", "II. KHỐI CHÍNH QUYỀN"): the heading groups the duties of the bodies named below it (round 19).

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Theo ý kiến của Phó Thủ tướng Chính phủ Lê Văn B, Sở Y tế chủ trì.")
>>> [m.surface for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"]
['Sở Y tế']
"""

from __future__ import annotations

import re

from policykg.graph_builder import cues
from policykg.graph_builder.cuedpatterns import CuedPattern
from policykg.graph_builder.model import Mention

__all__ = ["not_an_actor"]

# "Phó Thủ tướng | Chính phủ": a deputy's post (said of an office in its own right only)
_DEPUTY_BEFORE = re.compile(r"(?<!\w)phó\s+$")
# a person's former post ("nguyên Phó Bí thư | Ban cán sự đảng ...") or an award's title, which names who gives it
# ("Bằng khen của (Chủ tịch) | Ủy ban nhân dân cấp tỉnh"), right before the body's name
_NO_BODY_BEFORE = re.compile(
    r"(?<!\w)(?:nguyên\s+(?:phó\s+)?(?:tổng bí thư|bí thư|chủ tịch|ủy viên|uỷ viên|trưởng ban|bộ trưởng|thủ tướng"
    r"|giám đốc|chánh văn phòng)(?:\s+thường trực)?"
    r"|(?:bằng khen|giấy khen|cờ thi đua|kỷ niệm chương)\s+của(?:\s+(?:phó\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,2})??)\s+$")
# a web address before the name, in the text as written; a code of capitals joined to a number ("IMT-2020")
_WEB_ADDRESS_BEFORE, _CODE_WITH_NUMBER = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]*$"), re.compile(r"[A-ZĐ]{2,}-\d")
# "Bắc Trung | Bộ", "Tây Nam | Bộ", "các tỉnh Nam Trung | bộ: Khánh Hòa, ...": the regions of the country
_REGION_BEFORE = re.compile(r"(?<!\w)(?:Bắc|Trung|Nam|Đông Nam|Tây Nam|Bắc Trung|Nam Trung)[ \t]+$")
# a place, right after its level word written in lower case on the line ("thành phố | Hội An"), or after a plural one
# after a preposition at the end of the line above ("của các phường" / "Đoàn Kết, Quyết Tiến"); not "UBND xã, phường" /
# "Sở Tài chính" nor "Sở X các tỉnh" / "Cục Y" (a table's cell, then the next), nor "Công an Thành phố" / "Sở Y tế" (a
# heading, then its paragraph); with one or two spaces between, in the text and in its match form: a tab (Word's cell
# border), a run of three or more spaces (a layout column's gap) or a cell break the match form marks ";" part a cell
# from the next, as in "Công an tỉnh<TAB>Sở Tài chính"
_LEVEL = rf"(?<!\w){cues.LEVEL_PATTERN}"
# the places below a commune, the same way ("khu đô thị | Hội Xuân", "tổ dân phố | Hội Phú", "thôn | Đoàn Kết")
_SETTLEMENT = r"(?<!\w)(?:thôn|ấp|bản|làng|xóm|buôn|tổ dân phố|khu phố|khu dân cư|khu đô thị)"
_PLACE_BEFORE = re.compile(rf"(?:(?:{_LEVEL}|{_SETTLEMENT})[ \u00a0]{{1,2}}"
                          rf"|(?<!\w)(?:của|tại|ở|gồm|thuộc|từ)\s+các[ \t]+{_LEVEL}[ \t]*\n[ \t]*)\Z")
# "pháp luật của | Nhà nước", "niềm tin đối với Đảng, | Nhà nước", "quản lý | Nhà nước", "đầu tư ngoài | Nhà nước":
# the State as a whole, named as whose a thing is, not as acting; the Party too when named with it (alone it stays:
# the genre's gold counts "sự lãnh đạo của Đảng")
_WHOLE = frozenset(("nhà nước",))
_PARTY_AND_STATE_AFTER = re.compile(r"\s*(?:,|và)\s*nhà nước(?!\w)")   # "của | Đảng | , Nhà nước": both as owners
_POSSESSOR_BEFORE = re.compile(r"(?<!\w)(?:của|đối với|quản lý|đầu tư|ngoài)\s+(?:(?:đảng|nhà nước)\s*(?:,|và)\s*)?$")
# "đại diện lãnh đạo các | cơ quan chuyên môn", "đang công tác tại các | cơ quan chuyên môn": a kind of body named for
# the people who come from it (a meeting's members, a candidate's workplace; its head, "người đứng đầu", acts for it)
_REPRESENTED_BEFORE = re.compile(r"(?<!\w)(?:(?<!phòng )đại diện(?:\s+lãnh đạo)?(?:\s+của)?"   # no "văn phòng đại diện"
                                 r"|công tác tại(?:[^.;:\n]*,)?)(?:\s+các)?\s+$")
# "thay thế cụm từ “| Văn phòng Chính phủ” bằng cụm từ “Bộ Tư pháp”", "bỏ cụm từ “Sở Nội vụ”": words of a text an
# amendment quotes, no body named as acting
_QUOTED_WORDS_BEFORE = re.compile(r"(?<!\w)(?:cụm từ|từ ngữ|chữ)\s*[“\"'‘«]\s*$")
# "tại trụ sở | Sở Tư pháp", "Hội trường | UBND phường", "Cổng thông tin điện tử của | Sở X", "trang thông tin của |
# Thư viện tỉnh", "kho sách của | Trường ...": the owner of a venue, a medium or a store, named for where or through
# what something is done; a landmark a place is told by ("tới giáp kè | Trường Cao đẳng ...", "đối diện | UBND xã",
# "tại cổng | Trường Tiểu học ...")
_OWNED_PLACE_BEFORE = re.compile(r"(?<!\w)(?:trụ sở|hội trường|khuôn viên|cổng thông tin(?: điện tử)?"
                                 r"|trang thông tin(?: điện tử)?|trang tin(?: điện tử)?|website|trang web|kho sách"
                                 r"|kho lưu trữ|giáp(?:\s+với)?(?:\s+(?:kè|tường rào|cổng))?|đối diện|tường rào|cổng)"
                                 r"(?:\s+của)?\s+$")
# "tại | Trung tâm huyện, thành phố X", "khu vực | trung tâm xã": the centre of a place, no body
_CENTRE_OF_A_PLACE = re.compile(rf"trung tâm[ \t]+{cues.LEVEL_PATTERN}(?!\w)")
# "cấp | Báo Nhân dân", "đặt mua | Tạp chí Cộng sản", "tặng các | Báo ...": copies of a newspaper given or bought
_PAPER = re.compile(r"(?:báo|tạp chí)\s", re.I)
_COPIES_BEFORE = re.compile(r"(?<!\w)(?:cấp|mua|đặt|tặng|phát)(?:\s+(?:các|tờ|cuốn|số))?\s+$")
# "các đơn vị | quân đội", "lực lượng | quân đội", "trong | quân đội", "các đội chuyên trách của | quân đội", "người
# có công thuộc | lực lượng quân đội", "hàm cấp (| quân đội, công an ...)": the army as an attribute, an owner or a
# place
_ARMY_AS_ATTRIBUTE_BEFORE = re.compile(r"(?<!\w)(?:đơn vị|lực lượng|trong|ngoài|của|thuộc)\s+$|\(\s*$")
_CAN_BEFORE = re.compile(r"(?<!\w)cán[ \t]+$")   # "cán | bộ Y tế", "cán | bộ Công an": "cán bộ" (an official) of a body
# "sĩ quan, hạ sĩ quan, chiến sĩ | Công an nhân dân", "cán bộ | Công an", "người thuộc | lực lượng Công an nhân dân":
# the whole army or police named as what its members belong to, no body acting
_WHOLE_FORCES = frozenset(("công an", "công an nhân dân", "lực lượng công an nhân dân", "quân đội nhân dân",
                           "lực lượng quân đội nhân dân"))
_MEMBER = r"(?:sĩ quan|hạ sĩ quan|chiến sĩ|cán bộ|công nhân(?: công an| quốc phòng)?|quân nhân(?: chuyên nghiệp)?)"
_MEMBERS_BEFORE = re.compile(rf"(?<!\w)(?:{_MEMBER}(?:\s*,\s*|\s+và\s+)?)+\s+$"
                             r"|(?<!\w)(?:người|đơn vị)\s+(?:thuộc|trong)\s+(?:lực lượng\s+)?$")


# "giả danh | cơ quan công an", "mạo danh cán bộ | Sở Tài chính": the body a swindler passes for
_IMPERSONATED_BEFORE = re.compile(r"(?<!\w)(?:giả danh|mạo danh|giả mạo)(?:\s+là)?(?:\s+(?:cán bộ|nhân viên|lãnh đạo"
                                  r"|người của|cán bộ, nhân viên))?(?:\s+(?:các|của))?\s+$")
# "Trường số 16", "MA_LYDO_VVIEN": a data table's field and its code (a code joins its words with "_")
_DATA_FIELD = re.compile(r"Trường[ \t]+số[ \t]+\d+|\S*_\S*")


# a bloc's heading: an item's mark, "KHỐI" and the bloc, in capitals ("C. KHỐI MẶT TRẬN, ĐOÀN THỂ")
_BLOC_HEADING = re.compile(r"[ \t]*(?:(?:[IVXLC]+|[A-ZĐ]|\d+)[ \t]*[.)/-][ \t]*)?KHỐI[ \t]+\S")


def _in_a_bloc_heading(match: str, start: int, end: int) -> bool:
    line_start = match.rfind("\n", 0, start) + 1
    line_end = match.find("\n", end)
    line = match[line_start:line_end if line_end >= 0 else len(match)]
    return _BLOC_HEADING.match(line) is not None and line.upper() == line


def _listed_places(written: str) -> bool:
    """``written`` is a list of three or more places, each word written with its capital ("Sở, Trần Phú, Thanh Trì",
    "Sở Dầu, Máy Chai, Lạch Tray"): a head noun's syllable inside a place's name began it."""
    items = [item.split() for item in written.split(",")]
    return len(items) >= 3 and all(0 < len(item) <= 4 and all(w.isalpha() and w[0].isupper() for w in item)
                                   for item in items)


# the patterns searched before each mention with the words one of which every match of them holds (a ``CuedPattern``;
# tests/test_notactor_gates_round33.py checks them on each pattern's parse): a window of text without them is not
# searched (re would try the pattern's look-behind at each of its characters)
_IMPERSONATED = CuedPattern(_IMPERSONATED_BEFORE, ("danh", "giả mạo"))
_DEPUTY = CuedPattern(_DEPUTY_BEFORE, ("phó",))
_NO_BODY = CuedPattern(_NO_BODY_BEFORE, ("nguyên", "khen", "cờ thi đua", "kỷ niệm chương"))
_QUOTED = CuedPattern(_QUOTED_WORDS_BEFORE, ("cụm từ", "từ ngữ", "chữ"))
_WEB_ADDRESS = CuedPattern(_WEB_ADDRESS_BEFORE, ("://", "www."))
_PLACE = CuedPattern(_PLACE_BEFORE, ("tỉnh", "phố", "huyện", "quận", "xã", "phường", "thị trấn", "khu", "thôn", "ấp",
                                     "bản", "làng", "xóm", "buôn"))
_REPRESENTED = CuedPattern(_REPRESENTED_BEFORE, ("đại diện", "công tác tại"))
_OWNED_PLACE = CuedPattern(_OWNED_PLACE_BEFORE, ("trụ sở", "hội trường", "khuôn viên", "cổng", "trang ", "website",
                                                 "kho ", "giáp", "đối diện", "tường rào"))


def not_an_actor(text: str, match: str, low: str, m: Mention) -> bool:
    """True when the words around the actor mention ``m`` (``text``: the text as read, ``match``: its match form,
    ``low`` the match form in lower case; same offsets) say that it names no body acting here (the module's list)."""
    start, end = m.span.start, m.span.end
    before = max(0, start - 60)
    if _DATA_FIELD.fullmatch(match, start, end) or not m.known and _listed_places(match[start:end]) \
            or _IMPERSONATED.search(low, before, start) or _in_a_bloc_heading(match, start, end):
        return True
    if m.kind == "Office" and _DEPUTY.search(low, before, start):
        return True
    if _NO_BODY.search(low, before, start) or _QUOTED.search(low, before, start):
        return True
    web = max(0, start - 300)
    if _WEB_ADDRESS.search(match, web, start) or _CODE_WITH_NUMBER.match(match, start, end + 2):
        return True
    if not m.known and _PLACE.search(text, before, start) and _PLACE_BEFORE.search(match, before, start):
        return True
    if low[start:end] in ("quân đội", "lực lượng quân đội") and _ARMY_AS_ATTRIBUTE_BEFORE.search(low, before, start):
        return True
    if " ".join(low[start:end].split()) in _WHOLE_FORCES and _MEMBERS_BEFORE.search(low, before, start):
        return True
    if match.startswith("bộ", start) and _CAN_BEFORE.search(low, before, start):
        return True   # "cán | bộ Công an": an officer of the police, no ministry
    if _OWNED_PLACE.search(low, before, start) \
            or (_PAPER.match(low, start) and _COPIES_BEFORE.search(low, before, start)) \
            or _CENTRE_OF_A_PLACE.match(low, start):
        return True
    if match[start:start + 1].islower() and _REPRESENTED.search(low, max(0, start - 160), start):
        return True
    whole = " ".join(low[start:end].split())
    if m.known and (whole in _WHOLE or whole == "đảng" and _PARTY_AND_STATE_AFTER.match(low, end)) \
            and _POSSESSOR_BEFORE.search(low, before, start):
        return True
    return low.startswith("bộ", start) and _REGION_BEFORE.search(match, before, start) is not None

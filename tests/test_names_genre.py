"""Names of bodies as the genre writes them (docs/GENRE.md, "Names of actors"), recognised whole in a duty sentence:
a list written from the genre, not from the corpus, so that the recogniser is measured on names it was not tuned
on (bodies headed by "Trạm", "Quỹ", "Vườn quốc gia", "Bảo hiểm xã hội", "Bệnh viện", "Hợp tác xã", "Viễn thông",
"Liên minh", "Đại học", "Tạp chí"; a lower-case domain of five syllables; a Party organisation of a People's Committee; an office serving two councils; a numbered steering
committee with its level)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.model import Sentence, Span
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon

NAMES = [
    "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh", "Ban Chỉ đạo 389 tỉnh", "Ban Quản lý Khu kinh tế tỉnh",
    "Trung tâm Kiểm soát bệnh tật tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Cục Thuế tỉnh",
    "Bảo hiểm xã hội tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "Ban cán sự đảng Ủy ban nhân dân tỉnh", "Đảng đoàn Hội đồng nhân dân tỉnh", "Công ty Điện lực Lào Cai",
    "Viễn thông Lào Cai", "Bệnh viện Đa khoa tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Trạm Y tế xã",
    "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "Hợp tác xã Nông nghiệp Tân Tiến",
    "Quỹ Bảo vệ và Phát triển rừng tỉnh", "Vườn quốc gia Hoàng Liên", "Ủy ban nhân dân phường Cam Đường",
    "Đảng ủy Ủy ban nhân dân tỉnh", "Cục Kiểm soát ô nhiễm môi trường", "Ban Quản lý Khu kinh tế cửa khẩu tỉnh",
    "Đại học Quốc gia Hà Nội", "Tạp chí Cộng sản", "Bộ Tư lệnh Cảnh sát biển", "Tổng Liên đoàn Lao động Việt Nam",
    "Ban Quản lý các khu công nghiệp tỉnh", "Ban Quản lý các khu kinh tế", "Cục Nghiệp vụ và pháp luật",
    "Cục Phòng, chống ma túy và tội phạm",
]


@pytest.mark.parametrize("name", NAMES)
def test_name_recognised_whole(name):
    text = f"Giao {name} chủ trì, phối hợp với Sở Tài chính kiểm tra."
    if name.startswith("Cục"):     # a department named with its body: the name runs to "thuộc"
        text = f"Giao {name} thuộc Bộ Tư lệnh Cảnh sát biển chủ trì, phối hợp với Sở Tài chính kiểm tra."
    source = source_from_string(text)
    whole = Span(0, len(source.text))
    sentence = Sentence(index=0, span=whole, section=None, paragraph=0, clauses=[whole])
    found = [source.text[m.span.start:m.span.end] for m in find_mentions(source, [sentence], load_lexicon())
             if m.category == "actor"]
    assert name in found

"""A deterministic generator of Vietnamese policy documents for benchmarks.

``generate_corpus(n, out_dir, seed)`` writes ``n`` plain-text documents of the genre (Party directives, conclusions
and resolutions, government decrees, Prime Minister decisions and directives, ministry circulars, provincial plans
and decisions, news articles about them), about 10 KB each on average, with the layout and the grammar of duty the
builder reads: headers, "Số: ..." numbers, place-and-date lines, numbered sections, objectives, imperative tasks,
"X chủ trì, phối hợp với Y, Z ..." and "Cơ quan chủ trì: / Cơ quan phối hợp:" items, requests to the Fatherland
Front, citations of laws and of other generated documents, and in a fraction of documents the mess of scraped
copies (old tone placement "uỷ", Latin "Ð", broken lines, NBSP, table debris, NFD).

Every document is drawn from its own ``random.Random`` seeded by ``(seed, index)``, so the same ``n`` and ``seed``
give byte-identical files and document ``i`` is the same for every ``n > i``: the 10/100/1,000 series nest.
Document ``i`` only cites documents ``j < i`` (and a few real national documents).

Run ``python bench/corpus.py N OUT_DIR [--seed S]`` to write a corpus from the shell.

>>> import tempfile
>>> paths = generate_corpus(3, tempfile.mkdtemp())
>>> [p.name for p in paths][:1]
['doc000000-nd-cp.txt']
>>> generate_document(2, seed=0) == generate_document(2, seed=0)
True
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import math
import random
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policykg.core.atomic import write_bytes  # noqa: E402

# --------------------------------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------------------------------

PROVINCES: tuple[tuple[str, bool], ...] = (
    ("Hà Nội", True), ("Hồ Chí Minh", True), ("Hải Phòng", True), ("Đà Nẵng", True), ("Cần Thơ", True),
    ("Hà Giang", False), ("Cao Bằng", False), ("Bắc Kạn", False), ("Tuyên Quang", False), ("Lào Cai", False),
    ("Điện Biên", False), ("Lai Châu", False), ("Sơn La", False), ("Yên Bái", False), ("Hòa Bình", False),
    ("Thái Nguyên", False), ("Lạng Sơn", False), ("Quảng Ninh", False), ("Bắc Giang", False), ("Phú Thọ", False),
    ("Vĩnh Phúc", False), ("Bắc Ninh", False), ("Hải Dương", False), ("Hưng Yên", False), ("Thái Bình", False),
    ("Hà Nam", False), ("Nam Định", False), ("Ninh Bình", False), ("Thanh Hóa", False), ("Nghệ An", False),
    ("Hà Tĩnh", False), ("Quảng Bình", False), ("Quảng Trị", False), ("Thừa Thiên Huế", False), ("Quảng Nam", False),
    ("Quảng Ngãi", False), ("Bình Định", False), ("Phú Yên", False), ("Khánh Hòa", False), ("Ninh Thuận", False),
    ("Bình Thuận", False), ("Kon Tum", False), ("Gia Lai", False), ("Đắk Lắk", False), ("Đắk Nông", False),
    ("Lâm Đồng", False), ("Bình Phước", False), ("Tây Ninh", False), ("Bình Dương", False), ("Đồng Nai", False),
    ("Bà Rịa - Vũng Tàu", False), ("Long An", False), ("Tiền Giang", False), ("Bến Tre", False), ("Trà Vinh", False),
    ("Vĩnh Long", False), ("Đồng Tháp", False), ("An Giang", False), ("Kiên Giang", False), ("Hậu Giang", False),
    ("Sóc Trăng", False), ("Bạc Liêu", False), ("Cà Mau", False),
)

# Local place names are drawn from these syllables (district and commune names of the generated provinces).
_PLACE_FIRST = ("Yên", "Bình", "Phú", "Tân", "Thạch", "Hòa", "An", "Lộc", "Thanh", "Quảng", "Vĩnh", "Mường",
                "Đông", "Hưng", "Kim", "Ngọc", "Phước", "Đức", "Mỹ", "Thuận")
_PLACE_SECOND = ("Sơn", "Lập", "Hưng", "Thành", "Phong", "Định", "Bình", "Hà", "Lâm", "Thủy", "Châu", "Xuyên",
                 "Lạc", "Khê", "Ninh", "Giang", "Trạch", "Hải", "Tường", "Mỹ")

# (department of a province, matching ministry, ministry code in numbers)
DEPARTMENTS: tuple[tuple[str, str, str], ...] = (
    ("Sở Tư pháp", "Bộ Tư pháp", "BTP"),
    ("Sở Tài chính", "Bộ Tài chính", "BTC"),
    ("Sở Kế hoạch và Đầu tư", "Bộ Kế hoạch và Đầu tư", "BKHĐT"),
    ("Sở Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", "BGDĐT"),
    ("Sở Y tế", "Bộ Y tế", "BYT"),
    ("Sở Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch", "BVHTTDL"),
    ("Sở Lao động - Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội", "BLĐTBXH"),
    ("Sở Nội vụ", "Bộ Nội vụ", "BNV"),
    ("Sở Thông tin và Truyền thông", "Bộ Thông tin và Truyền thông", "BTTTT"),
    ("Sở Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Phát triển nông thôn", "BNNPTNT"),
    ("Sở Tài nguyên và Môi trường", "Bộ Tài nguyên và Môi trường", "BTNMT"),
    ("Sở Công Thương", "Bộ Công Thương", "BCT"),
    ("Sở Giao thông vận tải", "Bộ Giao thông vận tải", "BGTVT"),
    ("Sở Xây dựng", "Bộ Xây dựng", "BXD"),
    ("Sở Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ", "BKHCN"),
    ("Sở Ngoại vụ", "Bộ Ngoại giao", "BNG"),
)

CENTRAL_BODIES = (
    "Bộ Công an", "Bộ Quốc phòng", "Thanh tra Chính phủ", "Ngân hàng Nhà nước Việt Nam", "Văn phòng Chính phủ",
    "Ủy ban Dân tộc", "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "Kiểm toán nhà nước",
    "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam",
)
PARTY_ORGANS = (
    "Ban Tuyên giáo Trung ương", "Ban Tổ chức Trung ương", "Ban Dân vận Trung ương", "Ban Nội chính Trung ương",
    "Ủy ban Kiểm tra Trung ương", "Văn phòng Trung ương Đảng", "Ban Kinh tế Trung ương", "Ban Đối ngoại Trung ương",
)
PARTY_COMMITTEES = (
    "Ban cán sự đảng Chính phủ", "Đảng đoàn Quốc hội", "Đảng đoàn Mặt trận Tổ quốc Việt Nam", "Quân ủy Trung ương",
    "Đảng ủy Công an Trung ương", "Đảng ủy Khối các cơ quan Trung ương", "Đảng ủy Khối doanh nghiệp Trung ương",
)
MASS_ORGANISATIONS = (
    "Tổng Liên đoàn Lao động Việt Nam", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Trung ương Hội Nông dân Việt Nam",
    "Trung ương Hội Cựu chiến binh Việt Nam", "Hội Luật gia Việt Nam", "Liên minh Hợp tác xã Việt Nam",
)
PEOPLE_GROUPS = ("cán bộ, đảng viên", "đoàn viên, hội viên", "nhân dân", "công chức, viên chức", "người lao động",
                 "thanh niên", "học sinh, sinh viên", "đồng bào dân tộc thiểu số")
PUBLISHERS = ("Nhân Dân", "Quân đội nhân dân", "Công an nhân dân", "Tuổi Trẻ", "Thanh Niên", "VnExpress",
              "Tin tức TTXVN", "Báo Chính phủ", "Đại Đoàn Kết", "Lao Động")
_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
           "Dương", "Lý")
_MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Xuân", "Ngọc", "Công", "Thế", "Đình")
_GIVEN = ("Hùng", "Lan", "Dũng", "Hà", "Tuấn", "Sơn", "Hải", "Bình", "Phúc", "Thắng", "Hương", "Long", "Nam", "Quân",
          "Thảo", "Trung", "Việt", "Khang", "Chính", "Thưởng", "Mai", "Hòa", "Lợi", "Khuê")
_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


@dataclass(frozen=True)
class Topic:
    """What a document is about: the words its title, objectives, tasks and citations are made of."""

    short: str                       # "công tác {short}"
    title: str                       # the subject after "về"
    ministry: str                    # national lead body
    department: str                  # provincial lead body ("{P}" = the province phrase)
    laws: tuple[tuple[str, str], ...]  # (law name, number)
    initiatives: tuple[str, ...]     # campaigns and movements, quoted in the text
    objectives: tuple[str, ...]      # objective clauses ({pct}, {year} filled in)
    tasks: tuple[str, ...]           # topic-specific task phrases (imperative, lower case)


TOPICS: tuple[Topic, ...] = (
    Topic("bảo vệ an ninh Tổ quốc",
          "tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới",
          "Bộ Công an", "Công an {P}",
          (("Luật An ninh quốc gia", "32/2004/QH11"), ("Luật Công an nhân dân", "37/2018/QH14")),
          ('phong trào "Toàn dân bảo vệ an ninh Tổ quốc"',
           'cuộc vận động "Công an nhân dân vì nước quên thân, vì dân phục vụ"'),
          ("giữ vững ổn định chính trị, bảo đảm trật tự, an toàn xã hội",
           "kiềm chế, làm giảm các loại tội phạm và tệ nạn xã hội",
           "phấn đấu đến năm {year} có {pct}% xã, phường, thị trấn đạt tiêu chuẩn an toàn về an ninh, trật tự",
           "xây dựng thế trận an ninh nhân dân gắn với thế trận quốc phòng toàn dân vững chắc"),
          ("xây dựng, nhân rộng các mô hình tự phòng, tự quản, tự bảo vệ, tự hòa giải về an ninh, trật tự ở cơ sở",
           "củng cố, kiện toàn lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
           "nắm chắc tình hình, chủ động phát hiện, đấu tranh, ngăn chặn các âm mưu, hoạt động chống phá",
           "tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc hằng năm ở khu dân cư")),
    Topic("phòng, chống tham nhũng, tiêu cực",
          "đẩy mạnh công tác phòng, chống tham nhũng, tiêu cực", "Thanh tra Chính phủ", "Thanh tra {P}",
          (("Luật Phòng, chống tham nhũng", "36/2018/QH14"), ("Luật Thanh tra", "11/2022/QH15")),
          ('phong trào thi đua "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở"',),
          ("ngăn chặn, đẩy lùi tham nhũng, tiêu cực",
           "nâng cao tính công khai, minh bạch trong hoạt động của cơ quan, tổ chức, đơn vị",
           "phấn đấu {pct}% cơ quan, đơn vị thực hiện kê khai tài sản, thu nhập đúng quy định",
           "củng cố niềm tin của nhân dân đối với Đảng, Nhà nước"),
          ("thực hiện nghiêm việc kê khai, kiểm soát tài sản, thu nhập của người có chức vụ, quyền hạn",
           "chuyển đổi vị trí công tác đối với cán bộ, công chức, viên chức theo quy định",
           "xử lý nghiêm minh, kịp thời các hành vi tham nhũng, tiêu cực, không có vùng cấm, không có ngoại lệ",
           "công khai kết quả giải quyết các vụ việc, vụ án tham nhũng, tiêu cực")),
    Topic("chuyển đổi số",
          "đẩy mạnh chuyển đổi số và phát triển chính quyền số", "Bộ Thông tin và Truyền thông",
          "Sở Thông tin và Truyền thông {P}",
          (("Luật Giao dịch điện tử", "20/2023/QH15"), ("Luật An toàn thông tin mạng", "86/2015/QH13")),
          ('phong trào "Bình dân học vụ số"', 'phong trào "Cả nước thi đua đổi mới sáng tạo và chuyển đổi số"'),
          ("phấn đấu đến năm {year} có {pct}% thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình",
           "hình thành công dân số, xã hội số và kinh tế số",
           "bảo đảm an toàn, an ninh mạng cho hệ thống thông tin của các cơ quan nhà nước",
           "kết nối, chia sẻ dữ liệu giữa các cơ sở dữ liệu quốc gia và chuyên ngành"),
          ("xây dựng, hoàn thiện nền tảng tích hợp, chia sẻ dữ liệu dùng chung",
           "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
           "phổ cập kỹ năng số cho người dân thông qua tổ công nghệ số cộng đồng",
           "triển khai ứng dụng định danh và xác thực điện tử trong giải quyết thủ tục hành chính")),
    Topic("xây dựng nông thôn mới",
          "tiếp tục thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
          "Bộ Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Phát triển nông thôn {P}",
          (("Luật Đất đai", "31/2024/QH15"), ("Luật Hợp tác xã", "17/2023/QH15")),
          ('cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"',
           'phong trào "Cả nước chung sức xây dựng nông thôn mới"'),
          ("phấn đấu đến năm {year} có {pct}% số xã đạt chuẩn nông thôn mới",
           "nâng cao thu nhập và đời sống vật chất, tinh thần của người dân nông thôn",
           "xây dựng nông thôn mới gắn với phát triển du lịch nông thôn và sản phẩm OCOP",
           "bảo đảm vệ sinh môi trường, cảnh quan xanh, sạch, đẹp ở khu dân cư"),
          ("huy động các nguồn lực xã hội đầu tư kết cấu hạ tầng nông thôn",
           "phát triển sản xuất nông nghiệp hàng hóa gắn với chuỗi giá trị",
           "xây dựng khu dân cư kiểu mẫu, vườn mẫu",
           "phát huy vai trò chủ thể của người dân trong xây dựng nông thôn mới")),
    Topic("phòng, chống ma túy",
          "tăng cường công tác phòng, chống và kiểm soát ma túy trong tình hình mới", "Bộ Công an", "Công an {P}",
          (("Luật Phòng, chống ma túy", "73/2021/QH14"), ("Luật Xử lý vi phạm hành chính", "15/2012/QH13")),
          ('phong trào "Toàn dân tham gia phòng, chống ma túy"',),
          ("kiềm chế, làm giảm tội phạm và tệ nạn ma túy",
           "phấn đấu đến năm {year} có {pct}% xã, phường, thị trấn không có ma túy",
           "nâng cao hiệu quả công tác cai nghiện và quản lý sau cai nghiện"),
          ("triệt phá các đường dây, ổ nhóm mua bán, vận chuyển trái phép chất ma túy",
           "quản lý chặt chẽ người sử dụng trái phép chất ma túy tại cộng đồng",
           "đẩy mạnh tuyên truyền tác hại của ma túy trong trường học",
           "nâng cao năng lực các cơ sở cai nghiện ma túy")),
    Topic("bảo vệ môi trường",
          "tăng cường công tác bảo vệ môi trường và ứng phó với biến đổi khí hậu", "Bộ Tài nguyên và Môi trường",
          "Sở Tài nguyên và Môi trường {P}",
          (("Luật Bảo vệ môi trường", "72/2020/QH14"), ("Luật Tài nguyên nước", "28/2023/QH15")),
          ('phong trào "Chống rác thải nhựa"', 'cuộc vận động "Toàn dân tham gia bảo vệ môi trường"'),
          ("phấn đấu đến năm {year} có {pct}% chất thải rắn sinh hoạt được thu gom, xử lý",
           "ngăn chặn, đẩy lùi tình trạng ô nhiễm môi trường",
           "chủ động ứng phó với biến đổi khí hậu, phòng, chống thiên tai"),
          ("kiểm soát chặt chẽ các nguồn thải, cơ sở có nguy cơ gây ô nhiễm môi trường",
           "phân loại chất thải rắn sinh hoạt tại nguồn",
           "trồng cây xanh, bảo vệ và phát triển rừng",
           "xử lý nghiêm các hành vi vi phạm pháp luật về bảo vệ môi trường")),
    Topic("cải cách hành chính",
          "đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân, doanh nghiệp", "Bộ Nội vụ",
          "Sở Nội vụ {P}",
          (("Luật Cán bộ, công chức", "22/2008/QH12"), ("Luật Tổ chức chính quyền địa phương", "72/2025/QH15")),
          ('phong trào thi đua "Dân vận khéo"',),
          ("phấn đấu đến năm {year} mức độ hài lòng của người dân đạt trên {pct}%",
           "xây dựng nền hành chính dân chủ, chuyên nghiệp, hiện đại, tinh gọn, hiệu lực, hiệu quả",
           "cắt giảm, đơn giản hóa thủ tục hành chính và chi phí tuân thủ"),
          ("rà soát, cắt giảm các thủ tục hành chính không cần thiết",
           "sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả",
           "nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
           "thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính")),
    Topic("xây dựng và phát triển văn hóa, con người Việt Nam",
          "xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước",
          "Bộ Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch {P}",
          (("Luật Di sản văn hóa", "45/2024/QH15"), ("Luật Thể dục, thể thao", "77/2006/QH11")),
          ('phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"',
           'cuộc vận động "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"'),
          ("phấn đấu đến năm {year} có {pct}% hộ gia đình đạt danh hiệu gia đình văn hóa",
           "bảo tồn và phát huy giá trị di sản văn hóa dân tộc",
           "xây dựng môi trường văn hóa lành mạnh trong gia đình, nhà trường và cộng đồng"),
          ("đầu tư xây dựng các thiết chế văn hóa, thể thao ở cơ sở",
           "bảo tồn, phát huy các lễ hội truyền thống và văn hóa các dân tộc thiểu số",
           "xây dựng hệ giá trị gia đình Việt Nam trong thời kỳ mới",
           "phát triển các ngành công nghiệp văn hóa")),
    Topic("giảm nghèo bền vững",
          "tăng cường sự lãnh đạo của Đảng đối với công tác giảm nghèo bền vững",
          "Bộ Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội {P}",
          (("Luật Việc làm", "38/2013/QH13"), ("Luật Giáo dục nghề nghiệp", "74/2014/QH13")),
          ('phong trào thi đua "Vì người nghèo - Không để ai bị bỏ lại phía sau"',),
          ("phấn đấu giảm tỷ lệ hộ nghèo bình quân {pct}% mỗi năm đến năm {year}",
           "bảo đảm người nghèo được tiếp cận các dịch vụ xã hội cơ bản",
           "hỗ trợ người nghèo có việc làm, sinh kế bền vững"),
          ("hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo",
           "đào tạo nghề, giải quyết việc làm cho lao động thuộc hộ nghèo",
           "thực hiện đầy đủ, kịp thời các chính sách an sinh xã hội",
           "nhân rộng các mô hình giảm nghèo hiệu quả")),
    Topic("bảo đảm trật tự, an toàn giao thông",
          "tăng cường bảo đảm trật tự, an toàn giao thông trong tình hình mới", "Bộ Công an", "Công an {P}",
          (("Luật Trật tự, an toàn giao thông đường bộ", "36/2024/QH15"), ("Luật Đường bộ", "35/2024/QH15")),
          ('phong trào "Toàn dân tham gia bảo đảm trật tự, an toàn giao thông"',),
          ("kiềm chế, giảm từ {pct}% đến 10% số người chết do tai nạn giao thông mỗi năm",
           "nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông của người tham gia giao thông",
           "kéo giảm ùn tắc giao thông tại các đô thị lớn"),
          ("tăng cường tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn, tốc độ",
           "khắc phục kịp thời các điểm đen, điểm tiềm ẩn tai nạn giao thông",
           "ứng dụng công nghệ trong xử lý vi phạm qua hình ảnh",
           "đưa nội dung giáo dục an toàn giao thông vào trường học")),
    Topic("phổ biến, giáo dục pháp luật",
          "tăng cường sự lãnh đạo của Đảng trong công tác phổ biến, giáo dục pháp luật", "Bộ Tư pháp",
          "Sở Tư pháp {P}",
          (("Luật Phổ biến, giáo dục pháp luật", "14/2012/QH13"), ("Luật Hòa giải ở cơ sở", "35/2013/QH13")),
          ('phong trào "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam"',),
          ("nâng cao ý thức tôn trọng và chấp hành pháp luật của cán bộ, đảng viên và nhân dân",
           "phấn đấu đến năm {year} có {pct}% xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật",
           "nâng cao hiệu quả hòa giải ở cơ sở"),
          ("kiện toàn đội ngũ báo cáo viên, tuyên truyền viên pháp luật",
           "xây dựng tủ sách pháp luật điện tử",
           "tổ chức các cuộc thi tìm hiểu pháp luật",
           "củng cố, nâng cao chất lượng tổ hòa giải ở cơ sở")),
    Topic("phòng, chống thiên tai",
          "chủ động phòng, chống thiên tai và tìm kiếm cứu nạn", "Bộ Nông nghiệp và Phát triển nông thôn",
          "Sở Nông nghiệp và Phát triển nông thôn {P}",
          (("Luật Phòng, chống thiên tai", "33/2013/QH13"), ("Luật Đê điều", "79/2006/QH11")),
          ('phong trào "Toàn dân chủ động phòng, chống thiên tai"',),
          ("giảm thiểu thiệt hại về người và tài sản do thiên tai gây ra",
           "phấn đấu đến năm {year} có {pct}% người dân vùng thường xuyên bị thiên tai được phổ biến kiến thức",
           "bảo đảm an toàn hồ đập, đê điều trong mùa mưa bão"),
          ("rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro",
           "tổ chức di dời dân cư ra khỏi vùng nguy hiểm",
           "chuẩn bị lực lượng, phương tiện, vật tư theo phương châm bốn tại chỗ",
           "kiểm tra, gia cố các công trình hồ chứa, đê điều xung yếu")),
)

# Real national documents, cited and reported on alongside the generated ones.
ANCHORS: tuple[tuple[str, str, str, str], ...] = (
    ("Chỉ thị", "09-CT/TW", "Ban Bí thư",
     "về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới"),
    ("Nghị định", "06/2014/NĐ-CP", "Chính phủ",
     "về biện pháp vận động quần chúng bảo vệ an ninh quốc gia, giữ gìn trật tự, an toàn xã hội"),
    ("Nghị quyết", "27-NQ/TW", "Ban Chấp hành Trung ương",
     "về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới"),
    ("Chỉ thị", "05-CT/TW", "Bộ Chính trị",
     "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    ("Quyết định", "749/QĐ-TTg", "Thủ tướng Chính phủ",
     "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"),
    ("Nghị quyết", "18-NQ/TW", "Ban Chấp hành Trung ương",
     "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, "
     "hiệu quả"),
)
ANCHOR_TOPICS = (0, 0, 10, 7, 2, 6)   # TOPICS index of each anchor (what a news article about it talks about)

# --------------------------------------------------------------------------------------------------------------------
# Document identity: kind, number, issuer, date, topic (cheap; documents cite earlier ones by identity)
# --------------------------------------------------------------------------------------------------------------------

# kind code -> (weight, kind name, file tag)
KINDS: dict[str, tuple[float, str, str]] = {
    "party-directive": (0.07, "Chỉ thị", "ct-tw"),
    "party-conclusion": (0.05, "Kết luận", "kl-tw"),
    "party-resolution": (0.05, "Nghị quyết", "nq-tw"),
    "provincial-party-directive": (0.06, "Chỉ thị", "ct-tu"),
    "decree": (0.08, "Nghị định", "nd-cp"),
    "pm-decision": (0.09, "Quyết định", "qd-ttg"),
    "pm-directive": (0.06, "Chỉ thị", "ct-ttg"),
    "circular": (0.07, "Thông tư", "tt"),
    "joint-circular": (0.02, "Thông tư liên tịch", "ttlt"),
    "provincial-plan": (0.25, "Kế hoạch", "kh-ubnd"),
    "provincial-decision": (0.06, "Quyết định", "qd-ubnd"),
    "news": (0.14, "Bài báo", "news"),
}
NATIONAL_KINDS = ("party-directive", "party-conclusion", "party-resolution", "decree", "pm-decision", "pm-directive",
                  "circular", "joint-circular")


@dataclass(frozen=True)
class Identity:
    """What a generated document is, decided before its text: enough for other documents to cite it."""

    index: int
    kind: str            # a key of KINDS
    kind_name: str       # 'Chỉ thị', 'Kế hoạch', ...
    number: str          # số hiệu as written in the document's own header: '12-CT/TW', '182/KH-UBND'
    issuer: str          # 'Ban Bí thư', 'Ủy ban nhân dân tỉnh Sơn La', ...
    topic: Topic
    province: str        # the province a provincial document belongs to (and where news stories happen)
    is_city: bool
    year: int
    month: int
    day: int
    ministry_pair: tuple[int, int]   # DEPARTMENTS indexes of the issuing ministries (circulars)

    @property
    def title(self) -> str:
        """The subject line ('về ...') the document is cited with."""
        if self.kind in ("provincial-plan", "provincial-decision"):
            return f"triển khai thực hiện công tác {self.topic.short} trên địa bàn {self.place_phrase} năm {self.year}"
        return "về " + self.topic.title

    @property
    def place_phrase(self) -> str:
        """'tỉnh Sơn La' or 'thành phố Hà Nội'."""
        return ("thành phố " if self.is_city else "tỉnh ") + self.province

    @property
    def file_name(self) -> str:
        """'doc000042-kh-ubnd.txt': the index (zero-padded, so names sort in order) and the kind's tag."""
        return f"doc{self.index:06d}-{KINDS[self.kind][2]}.txt"


def _rng(seed: int, index: int, stream: str) -> random.Random:
    # A string seed is hashed with SHA-512 by random.seed: stable across runs, platforms and Python versions.
    return random.Random(f"policykg-bench:{seed}:{index}:{stream}")


def identity(index: int, seed: int = 0) -> Identity:
    """The identity of generated document ``index`` (independent of how many documents are generated).

    >>> identity(5).file_name == identity(5, seed=0).file_name
    True
    >>> identity(5).index
    5
    """
    rng = _rng(seed, index, "identity")
    codes = list(KINDS)
    kind = rng.choices(codes, weights=[KINDS[c][0] for c in codes])[0]
    topic = rng.choice(TOPICS)
    province, is_city = rng.choice(PROVINCES)
    year = rng.randint(2012, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    pair = tuple(rng.sample(range(len(DEPARTMENTS)), 2))
    place = ("thành phố " if is_city else "tỉnh ") + province
    ministry_code = DEPARTMENTS[pair[0]][2]
    if kind == "party-directive":
        number, issuer = f"{rng.randint(1, 60):02d}-CT/TW", rng.choice(("Ban Bí thư", "Bộ Chính trị"))
    elif kind == "party-conclusion":
        number, issuer = f"{rng.randint(1, 400)}-KL/TW", rng.choice(("Bộ Chính trị", "Ban Bí thư"))
    elif kind == "party-resolution":
        number, issuer = f"{rng.randint(1, 70)}-NQ/TW", rng.choice(("Bộ Chính trị", "Ban Chấp hành Trung ương"))
    elif kind == "provincial-party-directive":
        number = f"{rng.randint(1, 40):02d}-CT/{'TU' if not is_city else 'TU'}"
        issuer = ("Thành ủy " if is_city else "Tỉnh ủy ") + province
    elif kind == "decree":
        number, issuer = f"{rng.randint(1, 180)}/{year}/NĐ-CP", "Chính phủ"
    elif kind == "pm-decision":
        number, issuer = f"{rng.randint(100, 2500)}/QĐ-TTg", "Thủ tướng Chính phủ"
    elif kind == "pm-directive":
        number, issuer = f"{rng.randint(1, 40):02d}/CT-TTg", "Thủ tướng Chính phủ"
    elif kind == "circular":
        number, issuer = f"{rng.randint(1, 60):02d}/{year}/TT-{ministry_code}", DEPARTMENTS[pair[0]][1]
    elif kind == "joint-circular":
        number = f"{rng.randint(1, 30):02d}/{year}/TTLT-{ministry_code}-{DEPARTMENTS[pair[1]][2]}"
        issuer = DEPARTMENTS[pair[0]][1]
    elif kind == "provincial-plan":
        number, issuer = f"{rng.randint(1, 480)}/KH-UBND", "Ủy ban nhân dân " + place
    elif kind == "provincial-decision":
        number, issuer = f"{rng.randint(100, 3800)}/QĐ-UBND", "Ủy ban nhân dân " + place
    else:  # news: the number is the reported document's (filled in by the text); the issuer is the newspaper
        number, issuer = "", rng.choice(PUBLISHERS)
    return Identity(index, kind, KINDS[kind][1], number, issuer, topic, province, is_city, year, month, day, pair)


# --------------------------------------------------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------------------------------------------------


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(names: list[str], rng: random.Random) -> str:
    """'A, B và C' / 'A, B, C' / 'A, B và các cơ quan liên quan'."""
    if len(names) == 1:
        tail = rng.choice(("", "", " và các cơ quan, đơn vị liên quan", " và các địa phương"))
        return names[0] + tail
    style = rng.random()
    if style < 0.55:
        return ", ".join(names[:-1]) + " và " + names[-1]
    if style < 0.8:
        return ", ".join(names) + rng.choice((" và các cơ quan liên quan", " và các cơ quan, đơn vị có liên quan",
                                               " và các sở, ban, ngành liên quan"))
    return ", ".join(names)


class _Writer:
    """Builds one document's text from its identity, drawing every choice from the document's own generator."""

    def __init__(self, ident: Identity, seed: int, context: Identity | None = None):
        self.id = ident
        self.seed = seed
        self.rng = _rng(seed, ident.index, "text")
        # A news article talks about the document it reports: that document's topic, province and level.
        self.ctx = context or ident
        self.topic = self.ctx.topic
        self.provincial = self.ctx.kind in ("provincial-plan", "provincial-decision", "provincial-party-directive")
        self.task_pool = list(self.topic.tasks) + [t.format(short=self.topic.short) for t in _GENERIC_TASKS]
        self.rng.shuffle(self.task_pool)
        self.task_cursor = 0
        self.districts = self._local_places(3 + self.rng.randint(0, 3), "district")
        self.communes = self._local_places(2 + self.rng.randint(0, 2), "commune")
        self.cited = self._pick_cited()

    # -- names --------------------------------------------------------------------------------------------------
    def _local_places(self, count: int, what: str) -> list[str]:
        rng = _rng(self.seed, self.id.index, what)
        names = set()
        for _ in range(count):
            first, second = rng.choice(_PLACE_FIRST), rng.choice(_PLACE_SECOND)
            if first != second:
                names.add(f"{first} {second}")
        return sorted(names) or ["Yên Lạc"]

    def person(self) -> str:
        rng = self.rng
        return f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"

    def place(self) -> str:
        return self.ctx.place_phrase

    def local_actor(self) -> str:
        """A provincial, district or commune body of this document's province (first mention in full)."""
        rng, p = self.rng, self.place()
        r = rng.random()
        if r < 0.45:
            return rng.choice(DEPARTMENTS)[0] + ("" if rng.random() < 0.5 else " " + p)
        if r < 0.55:
            return rng.choice(("Công an ", "Bộ Chỉ huy quân sự ", "Ban Dân tộc ", "Thanh tra ",
                               "Văn phòng Ủy ban nhân dân ", "Đài Phát thanh và Truyền hình ")) + p
        if r < 0.65:
            return rng.choice(("Ủy ban Mặt trận Tổ quốc Việt Nam ", "Liên đoàn Lao động ", "Hội Liên hiệp Phụ nữ ",
                               "Hội Nông dân ", "Hội Cựu chiến binh ")) + p
        if r < 0.72:
            return rng.choice(("Ban Tuyên giáo ", "Ban Dân vận ", "Ban Tổ chức ")) + (
                "Thành ủy" if self.ctx.is_city else "Tỉnh ủy")
        if r < 0.88:
            d = rng.choice(self.districts)
            return rng.choice(("Ủy ban nhân dân huyện ", "Công an huyện ", "Huyện ủy ", "Ủy ban nhân dân thị xã ")) + d
        if r < 0.94:
            return "Ủy ban nhân dân xã " + rng.choice(self.communes)
        return rng.choice(("Ủy ban nhân dân các huyện, thị xã, thành phố", "Ủy ban nhân dân cấp xã",
                           "các sở, ban, ngành"))

    def national_actor(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.5:
            return rng.choice(DEPARTMENTS)[1]
        if r < 0.65:
            return rng.choice(CENTRAL_BODIES)
        if r < 0.75:
            return rng.choice(MASS_ORGANISATIONS)
        if r < 0.82:
            return rng.choice(PARTY_ORGANS)
        if r < 0.9:
            return "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
        p, city = rng.choice(PROVINCES)
        return rng.choice(("Ủy ban nhân dân ", "Công an ")) + ("thành phố " if city else "tỉnh ") + p

    def actor(self) -> str:
        return self.local_actor() if self.provincial else self.national_actor()

    def actors(self, k: int, exclude: str = "") -> list[str]:
        seen: list[str] = []
        for _ in range(k * 4):
            a = self.actor()
            if a != exclude and a not in seen:
                seen.append(a)
            if len(seen) == k:
                break
        return seen

    def lead(self) -> str:
        if self.provincial:
            return self.topic.department.format(P=self.place()) if self.rng.random() < 0.4 else self.local_actor()
        return self.topic.ministry if self.rng.random() < 0.4 else self.national_actor()

    def superior(self) -> str:
        if self.provincial:
            return "Ủy ban nhân dân " + self.place()
        return self.rng.choice(("Thủ tướng Chính phủ", "Chính phủ", "Ban Bí thư", "Bộ Chính trị"))

    def front(self) -> str:
        if self.provincial:
            return self.rng.choice(("Ủy ban Mặt trận Tổ quốc Việt Nam ", "Ban Thường trực Ủy ban Mặt trận Tổ quốc "
                                    "Việt Nam ")) + self.place()
        return self.rng.choice(("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam",
                                "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội"))

    # -- phrases ------------------------------------------------------------------------------------------------
    def task(self) -> str:
        """The next task phrase (imperative, lower case), with a place or purpose now and then."""
        rng = self.rng
        phrase = self.task_pool[self.task_cursor % len(self.task_pool)]
        self.task_cursor += 1
        r = rng.random()
        if r < 0.3:
            phrase += ", nhằm " + self.objective()
        elif r < 0.45:
            phrase += rng.choice((" trên địa bàn", " ở cơ sở", " từ Trung ương đến cơ sở", " ở các cấp",
                                  " tại các địa bàn trọng điểm"))
        elif r < 0.55:
            phrase += " gắn với " + rng.choice(self.topic.initiatives)
        return phrase

    def objective(self) -> str:
        rng = self.rng
        text = rng.choice(self.topic.objectives + _GENERIC_OBJECTIVES)
        return text.format(pct=rng.choice((50, 60, 70, 80, 85, 90, 95, 100)), year=rng.choice((2025, 2027, 2030)),
                           short=self.topic.short)

    def citation(self) -> str:
        """'Chỉ thị số 12-CT/TW ngày ... của Ban Bí thư về ...' for a cited document or a real one."""
        kind, number, issuer, title = self.rng.choice(self.cited)
        number = _variant_number(number, self.rng)
        if self.rng.random() < 0.5:
            return f"{kind} số {number} của {issuer} {title}"
        return f"{kind} số {number}"

    def law(self) -> str:
        name, number = self.rng.choice(self.topic.laws)
        return f"{name} số {number}" if self.rng.random() < 0.6 else name

    def _pick_cited(self) -> list[tuple[str, str, str, str]]:
        """Earlier generated documents (index < this one) and the real anchors this document may cite."""
        rng = _rng(self.seed, self.id.index, "cites")
        cited = [a for a in ANCHORS if rng.random() < 0.5] or [rng.choice(ANCHORS)]
        if self.id.index:
            for j in sorted({rng.randrange(self.id.index) for _ in range(rng.randint(1, 4))}):
                other = identity(j, self.seed)
                if other.kind == "news":
                    continue
                cited.append((other.kind_name, other.number, other.issuer, other.title))
        return cited

    # -- duty sentences -----------------------------------------------------------------------------------------
    def duty(self) -> str:
        """One organisation item in one of the genre's patterns of lead / cooperate / assign / request."""
        rng = self.rng
        lead = self.lead()
        coops = self.actors(rng.randint(1, 4), exclude=lead)
        task = self.task()
        pattern = rng.random()
        if pattern < 0.22:
            return f"{lead} chủ trì, phối hợp với {_join(coops, rng)} {task}."
        if pattern < 0.34:
            return f"Giao {lead} chủ trì, phối hợp với {_join(coops, rng)} {task}."
        if pattern < 0.48:
            items = [f"a) Chủ trì, phối hợp với {_join(coops, rng)} {task}."]
            for letter in "bcd"[:rng.randint(1, 3)]:
                items.append(f"{letter}) {_cap(self.task())}; {rng.choice(_REPORTING)}.")
            return f"{lead}:\n" + "\n".join(items)
        if pattern < 0.6:
            when = rng.choice(("Năm " + str(self.id.year), "Hằng năm", f"Quý {rng.randint(1, 4)}/{self.id.year}",
                               "Thường xuyên", f"Giai đoạn {self.id.year} - {self.id.year + 5}"))
            return (f"{_cap(task)}.\n- Cơ quan chủ trì: {lead}.\n- Cơ quan phối hợp: {'; '.join(coops)}.\n"
                    f"- Thời gian thực hiện: {when}.")
        if pattern < 0.67:
            return f"Đề nghị {self.front()} {rng.choice(_FRONT_DUTIES)}, {self.task()}."
        if pattern < 0.75:
            verb = rng.choice(("có trách nhiệm", "chịu trách nhiệm", "phải", "có trách nhiệm chỉ đạo"))
            return f"{lead} {verb} {task}."
        if pattern < 0.81:
            return (f"Tăng cường quan hệ phối hợp giữa {lead} với {_join(coops, rng)}, nhằm {self.objective()}.")
        if pattern < 0.87:
            return f"{lead} phối hợp {coops[0]} {task}."
        if pattern < 0.93:
            return f"{lead} tham mưu {self.superior()} {task}; {rng.choice(_REPORTING)}."
        return (f"Giao {lead} theo dõi, đôn đốc, kiểm tra việc thực hiện; định kỳ tổng hợp, báo cáo "
                f"{self.superior()} về kết quả thực hiện.")

    def task_item(self) -> str:
        rng = self.rng
        head = _cap(self.task())
        extra = rng.random()
        if extra < 0.35:
            return f"{head}. {_cap(self.task())}."
        if extra < 0.6:
            return f"{head}; {self.task()}; {rng.choice(_REPORTING)}."
        if extra < 0.75:
            return f"{head}. Các cấp ủy, chính quyền các cấp phải {self.task()}."
        return f"{head}."

    def situation(self) -> str:
        rng = self.rng
        done = rng.choice(("đạt được nhiều kết quả quan trọng", "có chuyển biến tích cực", "từng bước đi vào nề nếp"))
        return (f"Thời gian qua, công tác {self.topic.short} {done}; nhận thức, trách nhiệm của các cấp ủy, chính "
                f"quyền, Mặt trận Tổ quốc và các đoàn thể được nâng lên. Tuy nhiên, việc triển khai ở một số nơi "
                f"còn hình thức, {'; '.join(rng.sample(_WEAKNESSES, 2))}. Nguyên nhân chủ yếu là "
                f"{rng.choice(_CAUSES)}.")


_GENERIC_TASKS = (
    "đẩy mạnh công tác tuyên truyền, phổ biến, giáo dục về {short} cho cán bộ, đảng viên và nhân dân",
    "rà soát, sửa đổi, bổ sung, hoàn thiện hệ thống văn bản quy phạm pháp luật về {short}",
    "kiện toàn tổ chức bộ máy, nâng cao năng lực đội ngũ cán bộ làm công tác {short}",
    "tăng cường công tác thanh tra, kiểm tra, giám sát việc thực hiện công tác {short}, xử lý nghiêm các vi phạm",
    "bố trí kinh phí, nguồn lực bảo đảm triển khai công tác {short}",
    "ứng dụng công nghệ thông tin, chuyển đổi số trong công tác {short}",
    "xây dựng, nhân rộng các mô hình, điển hình tiên tiến trong công tác {short}",
    "định kỳ sơ kết, tổng kết, đánh giá kết quả thực hiện công tác {short}",
    "hướng dẫn các địa phương xây dựng kế hoạch thực hiện công tác {short}",
    "phát huy vai trò giám sát, phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể đối với công tác {short}",
    "biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích tiêu biểu trong công tác {short}",
    "tăng cường hợp tác quốc tế, học tập kinh nghiệm về {short}",
)
_GENERIC_OBJECTIVES = (
    "nâng cao nhận thức, trách nhiệm của cả hệ thống chính trị và nhân dân về {short}",
    "tạo chuyển biến mạnh mẽ về chất lượng, hiệu quả công tác {short}",
    "huy động sức mạnh tổng hợp của cả hệ thống chính trị và toàn dân tham gia công tác {short}",
    "góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của địa phương",
)
_REPORTING = (
    "định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện",
    "tổng hợp, báo cáo kết quả trước ngày 15 tháng 12 hằng năm",
    "báo cáo kết quả về Văn phòng Ủy ban nhân dân để tổng hợp",
    "kịp thời báo cáo những khó khăn, vướng mắc phát sinh",
)
_FRONT_DUTIES = (
    "chủ trì, phối hợp với các tổ chức thành viên đẩy mạnh tuyên truyền, vận động đoàn viên, hội viên và nhân dân",
    "tăng cường giám sát, phản biện xã hội",
    "vận động nhân dân tích cực tham gia",
    "phối hợp tổ chức thực hiện",
)
_WEAKNESSES = (
    "chưa thường xuyên, liên tục", "sự phối hợp giữa các cơ quan, đơn vị chưa chặt chẽ",
    "nguồn lực đầu tư còn hạn chế", "một số cấp ủy, người đứng đầu chưa quan tâm đúng mức",
    "việc sơ kết, tổng kết chưa kịp thời",
)
_CAUSES = (
    "nhận thức của một bộ phận cán bộ, đảng viên và nhân dân chưa đầy đủ",
    "công tác lãnh đạo, chỉ đạo ở một số nơi thiếu quyết liệt",
    "cơ chế, chính sách còn bất cập, chậm được sửa đổi",
)


def _variant_number(number: str, rng: random.Random) -> str:
    """How a cited number is written elsewhere: 'T.Ư' for 'TW', stray spaces around dashes (scraped copies)."""
    r = rng.random()
    if r < 0.1 and number.endswith("/TW"):
        return number[:-2] + rng.choice(("T.Ư", "TƯ"))
    if r < 0.18 and "-" in number:
        return number.replace("-", rng.choice(("- ", " -", " - ")), 1)
    return number


def _date_line(place: str, ident: Identity, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{place}, ngày {ident.day:02d} tháng {ident.month:02d} năm {ident.year}"
    return f"{place}, ngày {ident.day} tháng {ident.month} năm {ident.year}"


def _number_line(number: str, rng: random.Random, party: bool) -> str:
    r = rng.random()
    if party and r < 0.5:
        return f"Số {number}"
    if r < 0.12:
        return "Số: " + number.replace("/", " /", 1)   # stray space before the slash, as typed
    return f"Số: {number}"


# --------------------------------------------------------------------------------------------------------------------
# Layouts by kind
# --------------------------------------------------------------------------------------------------------------------


def _header(w: _Writer) -> list[str]:
    ident, rng = w.id, w.rng
    kind = ident.kind
    if kind in ("party-directive", "party-conclusion", "party-resolution"):
        body = {"Ban Bí thư": "BAN CHẤP HÀNH TRUNG ƯƠNG", "Bộ Chính trị": "BAN CHẤP HÀNH TRUNG ƯƠNG",
                "Ban Chấp hành Trung ương": "BAN CHẤP HÀNH TRUNG ƯƠNG"}[ident.issuer]
        return [body, "*", _number_line(ident.number, rng, True), "ĐẢNG CỘNG SẢN VIỆT NAM",
                _date_line("Hà Nội", ident, rng), "", ident.kind_name.upper(), _cap(ident.title), "-----"]
    if kind == "provincial-party-directive":
        committee = ("ĐẢNG BỘ THÀNH PHỐ " if ident.is_city else "ĐẢNG BỘ TỈNH ") + ident.province.upper()
        return [committee, ident.issuer.upper(), "*", _number_line(ident.number, rng, True), "ĐẢNG CỘNG SẢN VIỆT NAM",
                _date_line(ident.province, ident, rng), "", "CHỈ THỊ", _cap(ident.title)]
    motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
    if kind == "decree":
        issuer = "CHÍNH PHỦ"
    elif kind in ("pm-decision", "pm-directive"):
        issuer = "THỦ TƯỚNG CHÍNH PHỦ"
    elif kind in ("circular", "joint-circular"):
        issuer = ident.issuer.upper()
        if kind == "joint-circular":
            issuer += " - " + DEPARTMENTS[ident.ministry_pair[1]][1].upper()
    else:
        issuer = "ỦY BAN NHÂN DÂN\n" + ident.place_phrase.upper()
    place = "Hà Nội" if kind in NATIONAL_KINDS else ident.province
    if kind == "provincial-plan":
        subject = _cap(ident.title)
    elif kind in ("pm-decision", "provincial-decision"):
        subject = ("Phê duyệt Đề án " if kind == "pm-decision" else "Ban hành Kế hoạch ") + ident.topic.title
    else:
        subject = _cap(ident.title)
    return [issuer, "-------", _number_line(ident.number, rng, False), *motto, _date_line(place, ident, rng), "",
            ident.kind_name.upper(), subject]


def _preamble(w: _Writer) -> list[str]:
    ident, rng = w.id, w.rng
    kind = ident.kind
    if kind in ("decree", "circular", "joint-circular", "pm-decision", "provincial-decision"):
        lines = ["Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;" if kind != "provincial-decision"
                 else "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                 f"Căn cứ {w.law()};"]
        for _ in range(rng.randint(1, 2)):
            lines.append(f"Căn cứ {w.citation()};")
        if kind == "decree":
            lines.append(f"Theo đề nghị của Bộ trưởng {w.topic.ministry};")
            lines.append(f"Chính phủ ban hành Nghị định quy định về {w.topic.short}.")
        elif kind in ("circular", "joint-circular"):
            lines.append(f"Bộ trưởng {ident.issuer} ban hành Thông tư hướng dẫn thực hiện công tác {w.topic.short}.")
        elif kind == "pm-decision":
            lines.append(f"Xét đề nghị của Bộ trưởng {w.topic.ministry},")
            lines += ["", "QUYẾT ĐỊNH:", "",
                      f"Điều 1. Phê duyệt Đề án {w.topic.title} với các nội dung chủ yếu sau:"]
        else:
            lines.append(f"Theo đề nghị của Giám đốc {w.topic.department.format(P=ident.place_phrase)}.")
            lines += ["", "QUYẾT ĐỊNH:", "", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác "
                      f"{w.topic.short} trên địa bàn {ident.place_phrase}, với các nội dung sau:"]
        return lines
    if kind == "provincial-plan":
        return [f"Thực hiện {w.citation()}; căn cứ {w.law()}, Ủy ban nhân dân {ident.place_phrase} ban hành Kế "
                f"hoạch {ident.title} như sau:"]
    if kind == "pm-directive":
        return [w.situation(), f"Để {w.objective()}, Thủ tướng Chính phủ chỉ thị:"]
    return [w.situation(), f"Để {w.objective()}, {ident.issuer} yêu cầu các cấp ủy, tổ chức đảng, chính quyền, "
            "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội thực hiện tốt các nhiệm vụ sau:"]


def _objectives(w: _Writer, roman: str) -> list[str]:
    rng = w.rng
    title = rng.choice(("MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU", "MỤC TIÊU VÀ YÊU CẦU", "QUAN ĐIỂM, MỤC TIÊU"))
    lines = [f"{roman}. {title}", "1. Mục tiêu" if "MỤC TIÊU" in title else "1. Mục đích"]
    lines.append(f"Mục tiêu chung: {w.objective()}, {w.objective()} và {w.objective()}.")
    for objective in dict.fromkeys(w.objective() for _ in range(rng.randint(2, 5))):
        lines.append(f"- {_cap(objective)}.")
    lines.append("2. Yêu cầu")
    lines.append(f"- Việc triển khai thực hiện phải bảo đảm nghiêm túc, đồng bộ, hiệu quả, gắn với {w.citation()}.")
    lines.append(f"- Phát huy vai trò, trách nhiệm của người đứng đầu cấp ủy, chính quyền các cấp nhằm "
                 f"{w.objective()}.")
    return lines


def _tasks(w: _Writer, roman: str, count: int) -> list[str]:
    rng = w.rng
    lines = [f"{roman}. {rng.choice(('NHIỆM VỤ VÀ GIẢI PHÁP', 'NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', 'NHIỆM VỤ TRỌNG TÂM'))}"]
    for k in range(1, count + 1):
        lines.append(f"{k}. {_cap(w.task())}")
        for letter in "abc"[:rng.randint(0, 3)]:
            lines.append(f"{letter}) {w.task_item()}")
        if rng.random() < 0.5:
            lines.append(f"- {w.task_item()}")
    return lines


def _organisation(w: _Writer, roman: str, count: int) -> list[str]:
    rng = w.rng
    lines = [f"{roman}. {rng.choice(('TỔ CHỨC THỰC HIỆN', 'PHÂN CÔNG NHIỆM VỤ', 'TỔ CHỨC THỰC HIỆN VÀ PHÂN CÔNG'))}"]
    for k in range(1, count + 1):
        lines.append(f"{k}. {w.duty()}")
    return lines


def _footer(w: _Writer) -> list[str]:
    ident, rng = w.id, w.rng
    kind = ident.kind
    recipients = ["Nơi nhận:"]
    pool = ([w.national_actor() for _ in range(4)] if not w.provincial else [w.local_actor() for _ in range(4)])
    for r in dict.fromkeys(pool):
        recipients.append(f"- {r};")
    recipients.append("- Lưu: VT" + rng.choice((".", ", TH.", ", KGVX.")))
    if kind in ("party-directive", "party-conclusion", "party-resolution"):
        sign = [f"T/M {ident.issuer.upper()}", rng.choice(("THƯỜNG TRỰC", "TỔNG BÍ THƯ")), "", w.person()]
    elif kind == "provincial-party-directive":
        sign = ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", w.person()]
    elif kind == "decree":
        sign = ["TM. CHÍNH PHỦ", "THỦ TƯỚNG", "", w.person()]
    elif kind in ("pm-decision", "pm-directive"):
        sign = [rng.choice(("THỦ TƯỚNG", "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG")), "", w.person()]
    elif kind in ("circular", "joint-circular"):
        sign = ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", w.person()]
    else:
        sign = ["TM. ỦY BAN NHÂN DÂN", rng.choice(("CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")), "", w.person()]
    return ["", *recipients, "", *sign]


def _closing(w: _Writer, roman: str) -> list[str]:
    ident, rng = w.id, w.rng
    lines = []
    if rng.random() < 0.7:
        lines += [f"{roman}. KINH PHÍ THỰC HIỆN",
                  f"Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn "
                  f"huy động hợp pháp khác. Giao {'Sở Tài chính' if w.provincial else 'Bộ Tài chính'} chủ trì, phối "
                  f"hợp với {'Sở Kế hoạch và Đầu tư' if w.provincial else 'Bộ Kế hoạch và Đầu tư'} tham mưu bố trí "
                  f"kinh phí theo quy định."]
    kind_name = ident.kind_name
    if ident.kind in NATIONAL_KINDS and ident.kind not in ("circular", "joint-circular", "decree"):
        lines.append(f"{kind_name} này được phổ biến đến chi bộ và cán bộ, đảng viên."
                     if ident.kind.startswith("party") else
                     ("Điều 2. " if ident.kind == "pm-decision" else "") + f"Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực "
                     f"thuộc Trung ương chịu trách nhiệm thi hành {kind_name} này.")
    elif ident.kind == "decree":
        lines.append("Nghị định này có hiệu lực thi hành kể từ ngày ký ban hành. Các Bộ trưởng, Thủ trưởng "
                     "cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách "
                     "nhiệm thi hành Nghị định này.")
    elif ident.kind in ("circular", "joint-circular"):
        lines.append(f"Thông tư này có hiệu lực từ ngày {ident.day} tháng {ident.month % 12 + 1} năm {ident.year}. "
                     f"Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về "
                     f"{ident.issuer} để được hướng dẫn.")
    else:
        lines.append(f"Trên đây là {kind_name} {ident.title}; yêu cầu các cơ quan, đơn vị, địa phương triển khai "
                     f"thực hiện nghiêm túc. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo "
                     f"Ủy ban nhân dân {ident.place_phrase} (qua {w.topic.department.format(P='tỉnh').split(' tỉnh')[0]}) "
                     f"để xem xét, giải quyết.")
    return lines


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


def _official(w: _Writer, target: int) -> str:
    rng = w.rng
    parts = [_header(w), [""], _preamble(w), [""]]
    roman = iter(_ROMAN)
    if rng.random() < 0.8 and w.id.kind not in ("pm-directive",):
        parts.append(_objectives(w, next(roman)))
    # Tasks and organisation grow with the target size; measure as we go.
    n_tasks = max(2, target // 2600)
    n_org = max(2, target // 1800)
    parts.append(_tasks(w, next(roman), n_tasks))
    parts.append(_organisation(w, next(roman), n_org))
    closing = _closing(w, next(roman))
    footer = _footer(w)
    text = _render(parts + [closing, footer])
    extra_index = n_org
    while len(text.encode("utf-8")) < target:
        extra_index += 1
        parts[-1].append(f"{extra_index}. {w.duty()}")
        text = _render(parts + [closing, footer])
    return text


def _reported(ident: Identity, seed: int) -> tuple[tuple[str, str, str, str], Identity | None, tuple[int, int, int]]:
    """What a news article reports: an earlier generated document (or a real one), its identity and the article date."""
    rng = _rng(seed, ident.index, "reported")
    for _ in range(8):
        if not ident.index or rng.random() < 0.15:
            break
        other = identity(rng.randrange(ident.index), seed)
        if other.kind != "news":
            day = datetime.date(other.year, other.month, other.day) + datetime.timedelta(days=rng.randint(1, 20))
            return (other.kind_name, other.number, other.issuer, other.title), other, (day.year, day.month, day.day)
    k = rng.randrange(len(ANCHORS))
    context = dataclasses.replace(ident, topic=TOPICS[ANCHOR_TOPICS[k]])
    return ANCHORS[k], context, (ident.year, ident.month, ident.day)


def _news(w: _Writer, target: int, reported: tuple[str, str, str, str], date: tuple[int, int, int]) -> str:
    ident, rng = w.id, w.rng
    kind, number, issuer, title = reported
    if issuer == "Ban Bí thư" and rng.random() < 0.5:
        issuer_text = rng.choice(("Ban Bí thư T.Ư Đảng", "Ban Bí thư Trung ương Đảng"))
    else:
        issuer_text = issuer
    year, month, day = date
    weekday = _WEEKDAYS[datetime.date(year, month, day).weekday()]
    lines = [f"{weekday}, {day:02d}/{month:02d}/{year}", "", _cap(title.removeprefix("về ")), "",
             f"{issuer_text} vừa ban hành {kind} số {_variant_number(number, rng)} {title}."]
    body = [
        f"Sau khi đánh giá kết quả, hạn chế và nguyên nhân, {kind} nêu rõ mục tiêu là {w.objective()}, nhằm "
        f"{w.objective()}, {w.objective()}.",
        f"Theo đó, yêu cầu đặt ra là {w.task()}; {w.task()}.",
        f"Về nhiệm vụ và giải pháp, {kind} yêu cầu: {w.actor()} phải {w.task()}. {_cap(w.task())}. "
        f"{_cap(w.task())}.",
    ]
    lines += body
    while len("\n".join(lines).encode("utf-8")) < target:
        r = rng.random()
        if r < 0.4:
            duty = w.duty()
            while "\n" in duty:   # articles paraphrase in running text: no per-task lists
                duty = w.duty()
            if duty.startswith(("Giao ", "Đề nghị ", "Tăng cường ")):
                lines.append(f"{kind} {'yêu cầu ' if duty.startswith('Tăng') else ''}{duty[0].lower()}{duty[1:]}")
            else:
                lines.append(f"{kind} giao {duty}")
        elif r < 0.7:
            lines.append(f"{issuer} yêu cầu {w.actor()} {w.task()}; {w.actor()} có trách nhiệm {w.task()}.")
        else:
            lines.append(f"{kind} cũng đề nghị {w.front()} {rng.choice(_FRONT_DUTIES)}.")
    lines.append(f"{issuer} yêu cầu các cấp ủy, tổ chức đảng, các cấp, các ngành theo chức năng nhiệm vụ, triển khai "
                 f"thực hiện tốt {kind} này.")
    lines += ["", f"Theo {ident.issuer}"]
    return "\n".join(lines) + "\n"


def _render(parts: list[list[str]]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


# --------------------------------------------------------------------------------------------------------------------
# Scraping mess
# --------------------------------------------------------------------------------------------------------------------

_OLD_TONES = (("ủy", "uỷ"), ("Ủy", "Uỷ"), ("hòa", "hoà"), ("Hòa", "Hoà"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"),
              ("hóa", "hoá"))


def _mess(text: str, rng: random.Random) -> tuple[str, list[str]]:
    """Damage a text the way scraped copies are damaged; returns the text and the names of what was done."""
    done = []
    kinds = rng.sample(("old-tones", "latin-eth", "broken-lines", "nbsp", "debris", "nfd", "crlf"), rng.randint(1, 3))
    for kind in sorted(kinds):
        if kind == "old-tones":
            for new, old in _OLD_TONES:
                text = text.replace(new, old)
        elif kind == "latin-eth":
            text = "\n".join(line.replace("Đ", "\u00d0") if rng.random() < 0.4 else line for line in text.split("\n"))
        elif kind == "broken-lines":
            out = []
            for line in text.split("\n"):
                while len(line) > 90 and rng.random() < 0.7:
                    cut = line.rfind(" ", 50, 85)
                    if cut <= 0:
                        break
                    out.append(line[:cut])
                    line = line[cut + 1:]
                out.append(line)
            text = "\n".join(out)
        elif kind == "nbsp":
            text = text.replace("Số: ", "Số:\u00a0").replace(" ngày ", " ngày\u00a0", 3)
        elif kind == "debris":
            lines = text.split("\n")
            text = "\n".join(f"**{line}**" if line.isupper() and len(line) > 8 and rng.random() < 0.6 else line
                             for line in lines)
            text = text.replace("\n\n", "\n\n| --- | --- |\n", 1)
        elif kind == "nfd":
            text = unicodedata.normalize("NFD", text)
        elif kind == "crlf":
            text = text.replace("\n", "\r\n")
        done.append(kind)
    return text, done


# --------------------------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------------------------

MESSY_FRACTION = 0.2


def _target_size(rng: random.Random, kind: str) -> int:
    """UTF-8 bytes to aim for: log-normal around ~10 KB (articles shorter), clipped to 2.5-40 KB."""
    median = 5800 if kind == "news" else 10000
    return int(min(40000, max(2500, median * math.exp(rng.gauss(0.0, 0.35)))))


def generate_document(index: int, seed: int = 0) -> str:
    """The text of generated document ``index`` (a str, possibly with CRLF or NFD when it is a messy copy).

    >>> text = generate_document(0)
    >>> "chủ trì, phối hợp với" in text or "Cơ quan chủ trì:" in text
    True
    """
    ident = identity(index, seed)
    target = _target_size(_rng(seed, index, "size"), ident.kind)
    if ident.kind == "news":
        reported, context, date = _reported(ident, seed)
        text = _news(_Writer(ident, seed, context), target, reported, date)
    else:
        text = _official(_Writer(ident, seed), target)
    mess_rng = _rng(seed, index, "mess")
    if mess_rng.random() < MESSY_FRACTION:
        text, _ = _mess(text, mess_rng)
    return text


def generate_big_document(nbytes: int, index: int = 0, seed: int = 0) -> str:
    """One official document of about ``nbytes`` UTF-8 bytes (at least that many): the first non-article identity
    from ``index`` on, with its header, objectives, thousands of tasks and duties, closing and signature, for the
    big-document benchmark. Deterministic; grows the organisation section in batches (linear in ``nbytes``).

    >>> text = generate_big_document(50_000)
    >>> len(text.encode("utf-8")) >= 50_000 and text.count("chủ trì") > 10
    True
    """
    while identity(index, seed).kind == "news":
        index += 1
    w = _Writer(identity(index, seed), seed)
    parts = [_header(w), [""], _preamble(w), [""], _objectives(w, "I"), _tasks(w, "II", max(2, nbytes // 5200)),
             _organisation(w, "III", max(2, nbytes // 3600))]
    closing, footer = _closing(w, "IV"), _footer(w)
    text = _render(parts + [closing, footer])
    extra = len(parts[-1]) - 1
    while len(text.encode("utf-8")) < nbytes:
        for _ in range(max(1, (nbytes - len(text.encode("utf-8"))) // 1000)):   # a duty is 300-600 bytes
            extra += 1
            parts[-1].append(f"{extra}. {w.duty()}")
        text = _render(parts + [closing, footer])
    return text


def generate_corpus(n: int, out_dir: str | Path, seed: int = 0) -> list[Path]:
    """Write documents ``0 .. n-1`` into ``out_dir`` (created if missing); return their paths, sorted.

    Deterministic: the same ``n`` and ``seed`` write byte-identical files, and the first ``k`` files of a corpus of
    ``n > k`` documents equal a corpus of ``k``. Files are UTF-8 (``newline=''``: a messy copy may keep CRLF).
    Raises ValueError for a negative ``n``.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, not {n}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = out / identity(i, seed).file_name
        data = generate_document(i, seed).encode("utf-8")
        if not (path.exists() and path.read_bytes() == data):   # reruns touch nothing (keeps incremental builds honest)
            write_bytes(path, data)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    """``python bench/corpus.py N OUT_DIR [--seed S]``: write a corpus and print its size."""
    parser = argparse.ArgumentParser(description="Write N generated policy documents into OUT_DIR.")
    parser.add_argument("n", type=int)
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = generate_corpus(args.n, args.out_dir, args.seed)
    total = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} documents, {total / 1e6:.2f} MB ({total / max(1, len(paths)) / 1e3:.1f} KB each) "
          f"in {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

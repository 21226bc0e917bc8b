"""Two bodies that act together (round 30, `pairs30`): "cùng" after a word of time or aspect ("Bộ Tài chính sẽ cùng
Bộ Y tế phân bổ kinh phí ...", also "đã cùng", "tiếp tục cùng"), and "thống nhất với" between the two ("Bộ Tài chính
thống nhất với Bộ Y tế điều chỉnh ..."): they work together on the task, a pair, as in "Bộ Tài chính cùng (với) Bộ Y tế
..." (``dutycues.TOGETHER_WITH``, ``TOGETHER_AFTER``). Every text here is invented.
"""

from __future__ import annotations

import pytest

from documentfacts import facts_of

HEAD = """BỘ Y TẾ - BỘ TÀI CHÍNH
Số: 21/2026/TTLT-BYT-BTC
Hà Nội, ngày 5 tháng 8 năm 2026

THÔNG TƯ LIÊN TỊCH
Hướng dẫn quản lý kinh phí phòng, chống dịch bệnh

"""


@pytest.mark.parametrize("sentence", [
    "Sau khi dự toán được duyệt, Bộ Tài chính sẽ cùng Bộ Y tế phân bổ kinh phí cho các địa phương.",
    "Hằng năm, Bộ Tài chính tiếp tục cùng Bộ Y tế kiểm tra việc sử dụng kinh phí của các địa phương.",
    "Căn cứ tiến độ giải ngân, Bộ Tài chính thống nhất với Bộ Y tế điều chỉnh danh mục các mục tiêu y tế.",
])
def test_bodies_that_will_act_together_are_a_pair(sentence):
    assert frozenset(("Bộ Tài chính", "Bộ Y tế")) in facts_of(HEAD + sentence + "\n")["pairs"]

"""The words of time in a duty: when a task is due ("trước ngày 30/6/2026", "trong quý III/2026", "định kỳ hằng năm"),
a time that opens a sentence before its holders, the labels and sentences that only give the time of the duty above
them, the periods that head a schedule, and a table cell that is a time. Searched in the lower-cased match form; the
notes on the genre behind them are ``docs/GENRE.md``.

Moved out of ``dutycues.py`` (its "--- deadlines ---" section and ``TIME_CELL``, round 34), which keeps the grammar of
duty; ``deadlines.py`` reads these words to find a duty's deadline and its due date.

>>> DEADLINE.search("hoàn thành trong quý iii/2026") is not None
True
>>> TIME_CELL.match("quý iv/2026") is not None, TIME_CELL.match("sở y tế") is not None
(True, False)
"""

from __future__ import annotations

import re

# --- deadlines: when a task is due ----------------------------------------------------------------------------
# a recurring period: "hằng năm", "mỗi quý", "hằng ngày", "mỗi học kỳ" (a table's time cell and a duty's deadline)
_EVERY_PERIOD = r"(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng|tuần|ngày|học\s+kỳ)"
_DAY = r"(?:\d{1,2}\s*giờ(?:\s*\d{1,2})?(?:\s*phút)?\s+)?(?:ngày\s+)?\d{1,2}\s*(?:/|tháng)\s*\d{1,2}(?:\s*(?:/|năm)\s*\d{4})?"
_MONTH = r"tháng\s+\d{1,2}\s*(?:/|năm)\s*\d{4}"
_QUARTER = r"quý\s+(?:iv|iii|ii|i|[1-4])\s*(?:/|năm)\s*\d{4}"
_YEAR = r"năm\s+\d{4}(?:\s*[-–]\s*\d{4}|\s+và\s+(?:các|những)\s+năm\s+tiếp\s+theo)?"   # "Năm 2026 và các năm tiếp theo"
# a reporting day: "ngày 20 hằng tháng", "ngày 15 của tháng đầu quý kế tiếp", "ngày 10 tháng cuối quý"
_REPORT_DAY = (r"ngày\s+\d{1,2}\s+(?:(?:hằng|hàng)\s+(?:tháng|quý)|(?:của\s+)?tháng\s+(?:đầu|cuối)\s+(?:của\s+)?quý"
               r"(?:\s+(?:tiếp\s+theo|kế\s+tiếp(?:\s+theo)?|sau))?)")
_MOMENT = rf"(?:{_DAY}|{_MONTH}|{_QUARTER}|{_YEAR}|{_REPORT_DAY})"
# "hằng năm", "mỗi quý", "hằng ngày", "mỗi học kỳ", a day of the week: "(vào) thứ Sáu hằng tuần"
_EVERY = (r"(?:" + _EVERY_PERIOD
          + r"|(?:vào\s+)?(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)\s+(?:hằng|hàng|mỗi)\s+tuần)")
# the count of a period, in figures or words: "định kỳ 6 tháng", "định kỳ hai năm một lần"
_COUNT = r"(?:\d{1,2}|một|hai|ba|bốn|năm|sáu)"
# "định kỳ hằng quý", "định kỳ 6 tháng (và hằng năm)", "định kỳ 2 năm một lần", "định kỳ hoặc đột xuất"
_PERIODIC = (rf"(?:định\s+k[ỳý](?:\s+{_EVERY}|\s+{_COUNT}\s+(?:tháng|năm)(?:\s*/\s*{_COUNT}\s+lần"
             rf"|\s+một\s+lần|,\s*\d{{1,2}}\s+năm|\s+(?:và|hoặc)\s+{_EVERY})?)?|{_EVERY})"
             r"(?:\s+(?:hoặc|và)\s+đột\s+xuất)?")
# "trước ngày ...", "chậm nhất là ...", "hoàn thành trong ...", "vào năm 2028" ("sơ kết vào năm 2028")
# a month without its year after a word of completion ("hoàn thành trong tháng 12", "trước tháng 9": the document's
# year); not after a bare "trong" ("xã đã tổ chức ... trong tháng 5": an article's report) nor a month past ("vừa qua")
_MONTH_ALONE = r"tháng\s+(?:1[0-2]|0?[1-9])(?!\s*(?:/|năm|-)?\s*\d)(?!\s+(?:vừa\s+qua|qua|trước|rồi)(?!\w))"
_BY = (rf"(?:chậm\s+nhất(?:\s+(?:là|đến|vào))*|trước|(?:hoàn\s+thành|xong)(?:\s+(?:trong|trước|vào))?|trong|vào)\s+"
       rf"(?:ngày\s+)?{_MOMENT}"
       rf"|(?:chậm\s+nhất(?:\s+(?:là|đến|vào))*|trước|(?:hoàn\s+thành|xong)(?:\s+(?:trong|trước|vào))?)\s+{_MONTH_ALONE}")
# a time frame that runs on: "(kiểm tra) năm 2026 và các năm tiếp theo"; not the end of a period in a programme's name
# ("Đề án ... từ nay đến năm 2020 và những năm tiếp theo")
_RUNNING_YEARS = r"năm\s+\d{4}\s+và\s+(?:các|những)\s+năm\s+tiếp\s+theo"
_SPAN = rf"(?:từ\s+(?:ngày\s+)?{_MOMENT}\s+(?:đến|tới)\s+(?:ngày\s+)?{_MOMENT})"
# "trong thời hạn 05 ngày làm việc, kể từ ...", the number also spelled out and the days explained in brackets: "trong
# thời hạn 07 (bảy) ngày (tính theo ngày làm việc) kể từ ngày ..."
_WITHIN = (r"(?:trong\s+(?:thời\s+hạn|thời\s+gian|vòng)|không\s+quá|chậm\s+nhất(?:\s+là)?|tối\s+đa)\s+\d{1,3}\s+"
           r"(?:\([^\W\d][^()\d]{0,25}\)\s*)?(?:ngày(?:\s+làm\s+việc)?|giờ|tháng)(?:\s*\([^()]{1,40}\))?"
           r"(?:,?\s+kể\s+từ\s+(?:ngày|khi)\s+[^,.;:()]{1,80})?")
# a deadline in running text: "trước ngày 30/6/2026", "chậm nhất là ngày ...", "trong quý III/2026", "xong trong
# Quý II/2026", "từ ngày ... đến ngày ...", "trong thời hạn 05 ngày làm việc, kể từ ...", "định kỳ hằng năm";
# not an event ("trước khi", "sau khi", "từ nay đến ...")
_LABELLED = (rf"(?:thời\s+(?:gian|hạn)(?:\s+(?:hoàn\s+(?:thành|tất)|thực\s+hiện|trình))?\s*:\s*(?:{_BY}|{_MOMENT}|thường\s+xuyên"
             rf"|{_EVERY}))")   # "..., thời gian: Quý IV/2025"
# the years of an item in brackets that close it: "1. Hoàn thiện hạ tầng ... (2025 - 2026).", "(2026 trở đi)",
# "(xuyên suốt 2025 - 2035)", its quarter, month or year: "(Quý II/2026)", "(năm 2026)" (never a bracket inside a
# name: "Chương trình ... (2021-2025) của tỉnh")
# ... also several, with "trong" or a recurrence: "(trong năm 2026)", "(Quý IV/2026, Quý I/2027 và thường xuyên)"
_CLOSING_ONE = (r"(?:(?:xuyên\s+suốt\s+|giai\s+đoạn\s+|năm\s+)?\d{4}(?:\s*[-–]\s*\d{4}|\s+trở\s+đi)"
                rf"|{_QUARTER}|{_MONTH}|{_YEAR})")
_CLOSING_YEARS = (rf"(?<=\()\s*(?:(?:trong|trước|vào|đến\s+hết)\s+)?{_CLOSING_ONE}"
                  rf"(?:\s*(?:,|và)\s*(?:{_CLOSING_ONE}|thường\s+xuyên|{_EVERY}))*(?=\s*\)\s*[.;]?[ \t]*(?:\n|$))")
DEADLINE = re.compile(rf"(?<!\w)(?:{_PERIODIC}\s*,?\s*(?:\(?\s*)?)?(?:{_BY}|{_SPAN}|{_WITHIN}|{_LABELLED})"
                      rf"(?:\s+{_EVERY})?(?!\w)|(?<!\w){_PERIODIC}(?!\w)|{_CLOSING_YEARS}|(?<!\w)(?<!đến )(?<!tới ){_RUNNING_YEARS}(?!\w)")
# a time that opens a sentence before its holders, up to its comma, beside the deadlines above: where a period starts
# or ends ("Kể từ ngày 01/7/2027, | Sở Y tế ...", "Từ năm 2028, | ...", "Đến hết năm 2029, | ...") and a recurring event
# ("Sau mỗi đợt kiểm tra, | Sở Y tế tổng hợp ...", "Cuối mỗi học kỳ, | ...")
FRONTED_TIME = re.compile(rf"(?:(?:kể\s+)?từ|đến(?:\s+hết)?|tới)\s+(?:ngày\s+)?{_MOMENT}"
                          r"|(?:sau|cuối|đầu)\s+mỗi\s+(?:đợt|kỳ|học\s+kỳ|vụ|mùa|năm|quý|tháng|tuần)(?:\s+[^\W\d]+){0,3}(?=\s*,)")
# what may follow a time between a holder and its verb: "X định kỳ hằng năm (trước ngày 10/12) | hoặc đột xuất | báo cáo"
TIME_TAIL = re.compile(r"[\s)]*,?\s*(?:(?:hoặc|và)\s+(?:đột\s+xuất|khi\s+có\s+yêu\s+cầu)\s*,?\s*)?")
# the label of a line that gives the time of the item above: "Thời gian hoàn thành: Quý IV/2025"
# (the words of a time column, then what is due: "Tiến độ hoàn thành", "Thời hạn báo cáo", "Thời gian hoàn tất")
DEADLINE_LABEL = re.compile(r"^(?:thời\s+(?:gian|hạn|điểm)|tiến\s+độ)(?:\s+(?:hoàn\s+(?:thành|tất)|thực\s+hiện|triển\s+khai|trình"
                            r"|báo\s+cáo|dự\s+kiến|nộp|gửi))*$")
# a sentence that only gives the time of the duty before it: "... Thời gian hoàn thành là trong Quý I năm 2022.",
# "Thời hạn thực hiện là trước ngày 30/6/2026." (the time is then read with DEADLINE or as a moment)
TIME_STATEMENT = re.compile(r"\s*thời\s+(?:gian|hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện))?\s+là\s+")
# a line that only gives, in brackets, the time of the item or step above it: "(Từ ngày 02/2 đến ngày 03/2/2026)",
# "(Thời gian thực hiện: Quý II/2026)" (matched on the lower-cased line; the time is then read with DEADLINE)
BRACKETED_TIME = re.compile(r"\s*\(\s*(?P<label>thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?\s*:?\s*)?"
                            r"(?P<time>[^()]{4,100}?)\s*\)\s*[.;]?\s*")
# a heading that only names the period of the items below it (a programme's schedule): "a) Giai đoạn 1 (năm 2010 -
# 2011)", "Giai đoạn 2026 - 2027:", "Năm 2027:", "Quý I/2027:", "Từ năm 2026 đến năm 2030:" (matched on the line's
# lower-cased content, after its numbering)
PERIOD_HEADING = re.compile(rf"\s*(?:giai\s+đoạn(?:\s+(?:\d{{1,2}}|[ivx]{{1,4}}))?\s*[(:,-]?\s*(?:từ\s+)?(?:năm\s+)?"
                            rf"\d{{4}}(?:\s*[-–]\s*\d{{4}}|\s+(?:đến|tới)\s+(?:năm\s+)?\d{{4}})?\s*\)?"
                            rf"|{_QUARTER}|{_YEAR}|từ\s+{_YEAR}\s+(?:đến|tới)\s+{_YEAR})\s*:?\s*")
# the moments of a deadline, to compute when it falls due
DUE_MOMENT = re.compile(rf"{_DAY}|{_MONTH}|{_QUARTER}|{_YEAR}")

# a table cell that is a time (read on the cell's match key): "Quý I/2027", "Tháng 3/2027", "Năm 2026", "Từ quý II/2027",
# "Thường xuyên", "Hằng năm và từng giai đoạn", "Định kỳ", "Đã hoàn thành", "2026-2030", "Trước ngày 30/6"
TIME_CELL = re.compile(r"^(?:(?:từ|trước|trong|đến|sau|cuối|đầu|giữa)\s+)?(?:quý\s+(?:iv|iii|ii|i|[1-4])\b|tháng\s+\d|năm\s+\d"
                       r"|ngày\s+\d|\d{1,2}\s*/\s*\d{4}|\d{4}\b|thường xuyên|" + _EVERY_PERIOD
                       + r"|định kỳ|liên tục|đã hoàn thành|học kỳ\s+(?:ii|i|[12])\b|năm học\b"
                       r"|mùa\s+(?:mưa|khô|lũ|bão|du lịch|hè|thi|tuyển sinh))")

"""A steering committee named by its topic in lower case: "Ban Chỉ đạo" (and "quốc gia" after it), then a verb that
opens the topic ("thực hiện", "triển khai"; after "quốc gia" "chống" too) and the topic's words: "Ban Chỉ đạo quốc gia
chống buôn lậu, gian lận thương mại và hàng giả", "Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách
mạng". The topic is all of the name; it ends where the sentence goes on: a verb of duty ("tổ chức", "có trách
nhiệm", "yêu cầu", ...; the first two words of the topic may be verbs, "thực hiện hỗ trợ ..."), a modal ("phải",
"được"), a comma before a function word or a verb, a bracket or other punctuation, or a level word, read with the
name ("... bảo hiểm y tế | các cấp"). A capitalised word inside the topic leaves its end unknown; so does a topic
of fewer than two words or longer than the scan reads: no name here (the name scan reads the committee as before).
After "thực hiện" or "triển khai" the verb may be the committee's own ("Ban Chỉ đạo thực hiện nghiêm ...", "...
triển khai thực hiện nhiệm vụ này."): no name when an adverb or a verb of duty follows it, or an object closed by
"này" or the sentence's end.
Used by the name scan's opening of a lower-case word after the head (``nameparts``).

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả yêu cầu Bộ Y tế báo cáo.")
>>> [m.label for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"]
['Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả', 'Bộ Y tế']
"""

from __future__ import annotations

import re

from policykg.graph_builder import cues
from policykg.graph_builder.nationalheads import national_at
from policykg.graph_builder.vocabulary import starts_verb

__all__ = ["topic_end"]

_HEADS = frozenset(("ban chỉ đạo",))
_OPENER = re.compile(r"(?:thực hiện|triển khai)(?!\w)")
_NATIONAL_OPENER = re.compile(r"(?:chống|thực hiện|triển khai)(?!\w)")   # after "quốc gia" the topic may be a fight
# words after which the sentence, not the topic, goes on
_PREDICATE = re.compile(r"(?:yêu cầu|đã|sẽ|đang|phải|được|cần|là|gồm|của|tại|trong|theo|nhằm|để|khi|nếu|thì|mà|này"
                        r"|đó|đều|cũng|vẫn|bị|vừa)(?!\w)")
# after a verb that opens a topic ("thực hiện", "triển khai"): an adverb of manner, or a word that closes an object
# ("nhiệm vụ này") or the sentence, says the verb is the committee's own, not its name's
_ADVERB = re.compile(r"(?:nghiêm|tốt|ngay|đầy đủ|có hiệu quả|hiệu quả|kịp thời|đúng)(?!\w)")
_OBJECT_ENDS = re.compile(r"(?:này|đó|nêu trên)(?!\w)")
_SENTENCE_END = re.compile(r"[ \t]*(?:[.;!?]|$)")
_LONGEST = 20   # tokens of a topic at most


def topic_end(low: str, match: str, level_word: re.Pattern[str], head_key: str, tokens: list[tuple[int, int]],
              i: int) -> int | None:
    """Where the name of the steering committee whose head ``head_key`` ends before token ``i`` ends, when a topic
    opened by a topic verb follows it (``level_word`` matches a level: "tỉnh", "cấp"); else None."""
    if head_key not in _HEADS or i >= len(tokens):
        return None
    opening = _OPENER
    if national_at(low, tokens, i):
        i, opening = i + 2, _NATIONAL_OPENER   # "Ban Chỉ đạo quốc gia | chống buôn lậu"
    if i >= len(tokens) or (opener := opening.match(low, tokens[i][0])) is None:
        return None   # ("Ban Chỉ đạo phòng, chống thiên tai | chủ trì": a phrase without a level, left to the scan)
    k = i
    while k < len(tokens) and tokens[k][1] <= opener.end():
        k += 1
    verb_opener = not low.startswith("chống", opener.start())
    if verb_opener and k < len(tokens) and (low.startswith(cues.DUTY_VERBS, tokens[k][0]) or _ADVERB.match(low, tokens[k][0])):
        return None   # "Ban Chỉ đạo | triển khai thực hiện ...", "... thực hiện nghiêm ...": the committee's verb
    last_end, words = opener.end(), 0
    for k in range(k, min(len(tokens), k + _LONGEST)):
        s, e = tokens[k]
        word = match[s:e]
        if "\n" in match[last_end:s] and not word.islower():
            break
        if word in (",", "và") or low[s:e] == "và":
            nxt = tokens[k + 1][0] if k + 1 < len(tokens) else None
            if nxt is None or not match[nxt].islower() or _sentence_goes_on(low, nxt) \
                    or low[nxt:tokens[k + 1][1]] in cues.NAME_STOP_WORDS:
                break
            continue
        if word.isalpha() and not word.islower():
            return None   # "... dịch bệnh do vi rút | Corona ...": a proper name inside, the topic's end unknown
        if not word.isalpha():
            break
        if low[s:e] == "các" and k + 1 < len(tokens) and (level := level_word.match(low, tokens[k + 1][0])):
            return level.end() if words >= 2 else None   # "... bảo hiểm y tế | các cấp"
        if (level := level_word.match(low, s)) is not None and level.end() == e and words >= 2:
            return None   # "Ban Chỉ đạo thực hiện chương trình | tỉnh": a level and its place, read by the name scan
        if words >= 2 and _sentence_goes_on(low, s):
            return None if verb_opener and _OBJECT_ENDS.match(low, s) else last_end
        last_end, words = e, words + 1
    else:
        return None   # no end within the scan: no name of a topic here
    if verb_opener and _SENTENCE_END.match(match, last_end):
        return None   # "Ban Chỉ đạo thực hiện kiểm tra việc thi hành.": the committee's verb and its object
    return last_end if words >= 2 else None


def _sentence_goes_on(low: str, s: int) -> bool:
    """A verb of duty, an action verb or a word of the predicate at ``s``: the sentence goes on, the topic has ended."""
    return low.startswith(cues.DUTY_VERBS, s) or _PREDICATE.match(low, s) is not None or starts_verb(low, s, 2)

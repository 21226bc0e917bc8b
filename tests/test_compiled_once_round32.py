"""Work done once per worker instead of once per call (round 32, issue 12), with the same answers.

``header.sentence_case`` restores the proper names of a title written in capitals with one pattern per name: the
patterns are compiled once per lexicon (``_proper_name_patterns``), not looked up in ``re``'s cache per name and per
title; ``halfinitials`` reads the words of a label once (the same labels come back in every document).
"""

from __future__ import annotations

import re

from policykg.graph_builder import cues, halfinitials, header
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon

LEXICON = load_lexicon()


def _sentence_case_plain(title: str) -> str:
    """``sentence_case`` as it was written before round 32."""
    if header.all_capitals(title):
        title = title.lower()
        names = set(cues.PROPER_NOUNS) | set(LEXICON.proper_names())
        for name in sorted(names, key=lambda n: (-len(n), n)):
            title = re.sub(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", name, title)
    return title[:1].upper() + title[1:]


def test_a_title_in_capitals_gets_its_proper_names_back_from_patterns_compiled_once():
    titles = ["KẾ HOẠCH THỰC HIỆN CHỈ THỊ CỦA BAN BÍ THƯ VỀ MẶT TRẬN TỔ QUỐC VIỆT NAM",
              "VỀ VIỆC PHỐI HỢP GIỮA BỘ CÔNG AN VÀ ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH",
              "Phòng chống dịch năm 2026", "QUY CHẾ PHỐI HỢP CÔNG TÁC GIỮA HỘI NÔNG DÂN VIỆT NAM VÀ BỘ TƯ PHÁP"]
    for title in titles:
        assert header.sentence_case(title, LEXICON) == _sentence_case_plain(title)
    patterns = header._proper_name_patterns(LEXICON)
    assert patterns is header._proper_name_patterns(LEXICON)
    assert all(isinstance(p, re.Pattern) for p, _ in patterns)


def test_a_half_initialled_name_is_read_from_words_read_once():
    halfinitials._words.cache_clear()
    src = source_from_string("Bộ Nông nghiệp và PTNT chủ trì, phối hợp với Bộ Nông nghiệp và PTNT của các tỉnh.")
    labels = [m.label for m in find_mentions(src, [], LEXICON) if m.category == "actor"]
    assert labels[:1] == ["Bộ Nông nghiệp và Phát triển nông thôn"]
    assert halfinitials._words.cache_info().hits > 0

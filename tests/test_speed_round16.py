"""Round 16 (speed16): work the builder no longer repeats gives the same answers it gave when it did.

Each rewrite is compared with the code it replaced, restated here, on invented texts: the wrapped-bold pattern with
its possessive runs, the per-vocabulary tables derived once, and the vocabulary's actors looked for in a phrase only
when their form is inside it. (What each saves is measured by bench/worker_steps.py, not here.)
"""

from __future__ import annotations

import random
import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import bodies, collectives, htmltext, preamble
from policykg.graph_builder.organs import of_entry
from policykg.graph_builder.vocabulary import vocabulary
from policykg.ontology import load_lexicon

# the pattern as round 15 wrote it: every split of a line around each of its words tried
_BOLD_WRAP_BEFORE = re.compile(
    r"\*\*(?=[^*\n]*\w)[^*\n|]{1,150}(?:\n(?![ \t]*(?:[-+•|]|\d{1,2}[.)]))[^*\n|]*\w[^*\n|]*){1,3}\*\*")


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_a_wrapped_bold_run_is_found_where_it_was():
    heading = "Lời mở đầu\n**Điều 4. Trách nhiệm của Sở Giao\nthông vận tải tỉnh**\n- mục một\n"
    listed = "**1. Phòng\n- Giáo dục**"            # a list item opens the second line: no run
    cells = "**Cơ quan | chủ trì\nSở Tài chính**"   # a table row's bar: no run
    long_line = "**" + "chữ " * 60 + "\nvà thêm**"   # its first line is over 150 characters: no run
    assert _spans(htmltext._BOLD_WRAP, heading) == _spans(_BOLD_WRAP_BEFORE, heading) == [(11, 65)]
    for text in (listed, cells, long_line):
        assert _spans(htmltext._BOLD_WRAP, text) == _spans(_BOLD_WRAP_BEFORE, text) == []
    chars = list(heading)
    htmltext.join_bold_wraps(heading, chars)
    assert "".join(chars) == heading[:44] + " " + heading[45:]


def test_the_wrapped_bold_pattern_matches_as_the_one_it_replaced_on_random_texts():
    pieces = ["a", "Bộ", " ", "*", "**", "|", "\n", "-", "1", "12", ".", ")", "•", "\t", "+", "ủy ban", "_", "\n\n"]
    chosen = random.Random(16)
    found = 0
    for _ in range(5000):
        text = "".join(chosen.choice(pieces) for _ in range(chosen.randint(0, 90)))
        assert _spans(htmltext._BOLD_WRAP, text) == _spans(_BOLD_WRAP_BEFORE, text), text
        found += len(_spans(_BOLD_WRAP_BEFORE, text))
    assert found > 100   # the texts do hold wrapped runs


def test_the_vocabularys_tables_are_derived_once_and_as_before():
    vocab = vocabulary(load_lexicon())
    heads = tuple(sorted(h for h, kind in vocab.heads if kind != "Office" and h not in vocab.office_words))
    armed = tuple(sorted(h for h, kind in vocab.head_kind.items() if kind == "ArmedForce" and " " in h))
    assert collectives._heads(vocab) == heads and collectives._heads(vocab) is collectives._heads(vocab)
    assert bodies._armed_heads(vocab) == armed and bodies._armed_heads(vocab) is bodies._armed_heads(vocab)
    assert armed and heads


def test_an_actor_is_looked_for_in_a_phrase_as_before():
    lexicon = load_lexicon()

    def before(phrase: str):
        key = match_key(phrase)
        for form, entry in lexicon.surface_forms():
            if re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", key):
                return of_entry(entry)
        return None

    phrases = ["Theo đề nghị của Bộ trưởng Bộ Tài chính và Bộ Nội vụ,", "tiền Bộ Công Thươngx", "Ủy ban nhân dân",
               "không ai cả", "các bộ, ngành liên quan", "Văn phòng Chính phủ; Thủ tướng", "UBND tỉnh phối hợp"]
    got = [preamble._known_actor_in(phrase, lexicon) for phrase in phrases]
    assert got == [before(phrase) for phrase in phrases]
    assert got[0] is not None and got[3] is None


def test_the_gate_before_a_collective_passes_wherever_either_pattern_ends():
    """Every window where the collectives' wide or narrow pattern finds a body passes the gate (it only spares
    windows where neither can), on invented windows around words of belonging."""
    regex = collectives._collective(collectives._heads(vocabulary(load_lexicon())))
    words = ["các", "cơ quan", "đơn vị", "của", "thuộc", "trực", "trực thuộc", "chuyên môn", " ", "  ", "\n", ",",
             "sự nghiệp", "Ban", "xcủa", "x", "những", "\t", "quản lý"]
    chosen = random.Random(160)
    passed = 0
    for _ in range(20000):
        low = " ".join(chosen.choice(words) for _ in range(chosen.randint(1, 9))) + chosen.choice(["", " ", "  ", "\n"])
        floor = chosen.randint(0, 3)
        found = regex.search(low, floor, len(low)) or collectives._COLLECTIVE.search(low, floor, len(low))
        gate = collectives._belongs_before(low, floor, len(low))
        assert gate or not found, repr(low)
        passed += found is not None
    assert passed > 100

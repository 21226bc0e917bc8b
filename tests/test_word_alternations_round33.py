"""The vocabulary's scans of round 33 (issue 12) find what the plain regexes find.

``Alternation.finditer`` finds where some form matches with one regex of the forms' trie (``vocabulary._trie``) and lets
the regex of the forms that begin with the token there decide; ``words_regex`` writes the named documents' and the
kinds' alternations first character first; ``word_ends`` finds the ends of words of a list of domains by a regex. Each
is checked here against the plain form on the vocabulary's own names lists, written as the genre writes them (spaces
doubled, a line break inside, "&" for "và", a sign spaced), and on texts of the genre.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from policykg.graph_builder.read import read_source
from policykg.graph_builder.vocabulary import (Alternation, form_pattern, lower_same_length, vocabulary, word_ends,
                                               words_regex)
from policykg.ontology import load_lexicon

VOCAB = vocabulary(load_lexicon())
ALTERNATIONS = {"ci": VOCAB.ci_regex, "cs": VOCAB.cs_regex, "head": VOCAB.head_regex, "short head": VOCAB.short_head_regex}


def _written(form: str, rnd: random.Random) -> str:
    """``form`` as a copy may write it: a space doubled or broken over a line, an inner "và" as "&", a sign spaced."""
    words = form.split(" ")
    out = words[0]
    for word in words[1:]:
        out += rnd.choice([" ", " ", "  ", "\n", " \t"]) + ("&" if word == "và" and rnd.random() < 0.3 else word)
    return out.replace(".", ". ") if rnd.random() < 0.2 else out


def _names_text(forms: list[str], seed: int) -> str:
    """The forms one after another, written in different ways, with the words the genre puts around names."""
    rnd = random.Random(seed)
    glue = [", ", " và ", "; ", " các ", "\n", " (", ") ", " phối hợp với ", "-", ".", " "]
    return "".join(_written(f, rnd) + rnd.choice(glue) for f in rnd.sample(forms, len(forms)))


def _genre_texts() -> list[str]:
    genre = Path(__file__).parent / "data" / "genre"
    return [read_source(p).match for split in ("tune", "heldout") for p in sorted((genre / split).iterdir())
            if p.suffix != ".json"][:12]


def _same(alternation: Alternation, text: str) -> int:
    """Assert that the alternation's scan and its regex find the same forms at the same places in ``text`` (whole and
    three windows); the number of matches."""
    found = 0
    for start, end in ((0, len(text)), (3, len(text) // 2), (len(text) // 3, len(text) - 1), (7, 7)):
        expected = [m.span(1) for m in alternation.regex.finditer(text, start, end)]
        assert [m.span(1) for m in alternation.finditer(text, start, end)] == expected
        found += len(expected)
    return found


@pytest.mark.parametrize("name", sorted(ALTERNATIONS))
def test_the_trie_scan_and_the_regex_agree_on_the_names_lists(name):
    alternation = ALTERNATIONS[name]
    assert alternation.exact
    forms = [f for f in VOCAB.forms] if name != "short head" else sorted(VOCAB.short_heads)
    forms += [h for h, _ in VOCAB.heads]
    found = 0
    for seed in range(3):
        text = _names_text(sorted(set(forms)), seed)
        for searched in (text, lower_same_length(text), text.upper()):
            found += _same(alternation, searched)
    assert found > 500


def test_the_trie_scan_and_the_regex_agree_on_texts_of_the_genre():
    found = 0
    for match in _genre_texts():
        low = lower_same_length(match)
        found += sum(_same(a, low if name in ("ci", "head") else match) for name, a in ALTERNATIONS.items())
    assert found > 1000


def test_the_trie_scan_finds_overlapping_forms_and_the_first_form_that_matches():
    forms = ["ủy ban nhân dân tỉnh", "ủy ban nhân dân", "nhân dân", "ủy ban", "t.ư", "sở khoa học và công nghệ"]
    alternation = Alternation(re.compile(r"(?<![\w.&])(?=(" + "|".join(map(form_pattern, forms)) + r")(?![\w&]))"), forms)
    text = "các ủy ban nhân dân tỉnh, ủy  ban\nnhân dân xã, t. ư, sở khoa học & công nghệ; tiểu ban, xủy ban"
    assert [m.group(1) for m in alternation.finditer(text)] == [
        "ủy ban nhân dân tỉnh", "nhân dân", "ủy  ban\nnhân dân", "nhân dân", "t. ư", "sở khoa học & công nghệ"]
    assert [m.span(1) for m in alternation.finditer(text)] == [m.span(1) for m in alternation.regex.finditer(text)]


@pytest.mark.parametrize("forms", [sorted(VOCAB.named_documents, key=lambda n: (-len(n), n)),
                                   [n for n, _ in VOCAB.document_names]], ids=["named documents", "kinds"])
def test_the_first_character_first_alternation_is_the_plain_one(forms):
    plain = re.compile(r"(?<!\w)(" + "|".join(form_pattern(n) for n in forms) + r")(?!\w)")
    fast = words_regex(forms)
    texts = [lower_same_length(_names_text(forms, seed)) for seed in range(3)] \
        + [lower_same_length(m) for m in _genre_texts()]
    found = 0
    for text in texts:
        for start, end in ((0, len(text)), (5, len(text) // 2)):
            expected = [(m.span(), m.span(1)) for m in plain.finditer(text, start, end)]
            assert [(m.span(), m.span(1)) for m in fast.finditer(text, start, end)] == expected
            found += len(expected)
        at = [m.start() for m in re.finditer(r"\w+", text)][:400]
        assert [bool(fast.match(text, k)) for k in at] == [bool(plain.match(text, k)) for k in at]
    assert found > 100


def test_the_word_ends_of_a_list_are_those_read_character_by_character():
    def by_character(low: str, pos: int, stop_at: int, most: int) -> list[int]:
        ends = [k for k in range(pos + 1, stop_at + 1) if k == stop_at or low[k] in " ,\n"]
        return [k for k in ends if low[k - 1] not in " ,\n"][:most]
    rnd = random.Random(0)
    for _ in range(20000):
        low = "".join(rnd.choice("ab ,\nđ") for _ in range(rnd.randint(0, 14)))
        pos = rnd.randint(0, len(low))
        stop_at, most = rnd.randint(pos, len(low)), rnd.randint(0, 6)
        assert word_ends(low, pos, stop_at, most) == by_character(low, pos, stop_at, most)


def test_the_office_titles_before_a_verb_are_found_as_by_the_plain_alternation():
    from policykg.graph_builder import cues, identity
    lexicon = load_lexicon()
    _, bare, _ = identity._office_patterns(lexicon)
    titles = {h for h, kind in lexicon.head_nouns() if kind == "Office"} | set(dict(lexicon.office_titles()))
    capital = "|".join(form_pattern(t[:1].upper() + t[1:]) for t in sorted(titles, key=lambda t: (-len(t), t)))
    plain = re.compile(rf"(?<![\w.])((?:{capital}))" + bare.pattern[bare.pattern.index(")(?=") + 1:], re.M)
    assert plain.pattern.endswith(r"|[ \t]+[Tt]hường trực(?:[ \t]*[,;.:(]|[ \t]*$))")
    rnd = random.Random(5)
    verbs = ["quy định", "chủ trì", "các", "Thường trực,", "của", "ký", "x"]
    text = "".join(rnd.choice(["", ".", "a", "\n", " "]) + t[:1].upper() + t[1:] + " " + rnd.choice(verbs) + " "
                   for t in sorted(titles) * 3)
    found = 0
    for searched in [text] + _genre_texts():
        expected = [(m.span(), m.span(1)) for m in plain.finditer(searched)]
        assert [(m.span(), m.span(1)) for m in bare.finditer(searched)] == expected
        found += len(expected)
    assert found > 20


def test_the_plural_words_and_the_items_they_list_are_found_as_before():
    from policykg.graph_builder import kindlists
    plain = re.compile(r"(?<!\w)(?:các|những)[ \t]+(?=\w)")
    for text in [lower_same_length(m) for m in _genre_texts()] + ["các  sở, những\tban, xcác ngành, các\n", "những"]:
        assert [m.span() for m in kindlists._PLURAL.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_scope_list_of_trung_uong_is_found_as_with_its_look_behind_first():
    from policykg.graph_builder import cues
    plain = re.compile(r"(?<=\w)[ \t\n]+(?:trung ương|t\.ư|tw)"
                       r"(?P<scope>(?:[ \t\n]*(?:,|và)[ \t\n]*(?:địa phương|quân đội|các cấp|cơ sở))+)(?!\w)")
    rnd = random.Random(3)
    pieces = ["báo chí", " ", "  ", "\n", "\t", "trung ương", "t.ư", "tw", ",", " và ", "địa phương", "quân đội", "x", "."]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) for _ in range(20000)]
    found = 0
    for text in texts + [lower_same_length(m) for m in _genre_texts()]:
        expected = [(m.span(), m.span("scope")) for m in plain.finditer(text)]
        assert [(m.span(), m.span("scope")) for m in cues.SCOPE_LIST.finditer(text)] == expected
        found += len(expected)
    assert found > 20


@pytest.mark.parametrize("module, name, plain", [
    ("assertions.walk", "_MOTTO_WORD", r"(?i)h[ạa]nh\s+ph[úu]c|c[ộôo]ng\s+h[òoó]a|đ[ảaá]ng\s+c[ộôo]ng|đ[ộôo]c\s+l[ậâa]p"),
    ("header", "_MOTTO_HINT", r"(?i)c[ộôo]ng\s+h[òoó]a|đ[ộôo]c\s+l[ậâa]p|h[ạa]nh\s+ph[úu]c|[đd][ảaá]ng\s+c[ộôo]ng"),
], ids=["walk", "header"])
def test_the_motto_words_written_in_either_case_are_found_as_with_re_i(module, name, plain):
    import importlib
    fast, plain = getattr(importlib.import_module(f"policykg.graph_builder.{module}"), name), re.compile(plain)
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    letters = set(re.sub(r"\\s|[^\w]", "", plain.pattern[4:]))
    for letter in letters:   # re.I's cases of each letter are those either_case writes
        assert set(re.findall(letter, everything, re.I)) == {letter, letter.lower(), letter.upper()}, letter
    pool = sorted({c for x in letters for c in (x, x.upper())}) + [" ", "\n", "\t", "-", "x", "Ó", "ô"]
    rnd = random.Random(1)
    texts = ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 30))) for _ in range(30000)]
    texts += ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "Đảng Cộng sản", "ĐẢNG  cộng"]
    found = 0
    for text in texts + _genre_texts():
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == expected, text
        found += len(expected)
    assert found > 10


@pytest.mark.parametrize("name", sorted(ALTERNATIONS))
def test_a_window_that_ends_inside_a_word_after_a_name(name):
    """A window ending right after a name's letters where the text's word goes on ("182/KH-UBNDđ", cut at "UBND"):
    the regex sees the window's end as a word's end, so the scan must read the name's first token inside the window
    too (it read "UBNDđ", a token no form opens with, and raised KeyError: a crash of the builder found by
    tests/test_properties.py in round 34)."""
    alternation = ALTERNATIONS[name]
    text = "Kế hoạch số 182/KH-UBNDđ của Ủy ban nhân dân tỉnhx, Bộ Công anh và Sở Y tếa, Ban Chỉ đạob"
    for searched in (text, lower_same_length(text)):
        for end in range(len(searched) + 1):
            expected = [m.span(1) for m in alternation.regex.finditer(searched, 0, end)]
            assert [m.span(1) for m in alternation.finditer(searched, 0, end)] == expected


def test_the_builder_reads_a_document_cut_inside_a_word_after_a_name():
    from policykg.graph_builder.pipeline import build_source
    from policykg.graph_builder.read import source_from_string
    text = "Kế hoạch số 182/KH-UBNDcứ Luật số 73/2021/QH14;\nBan Bí thưCăn cứ Chỉ thị số 05-CT/TW về Kế hoạch 182/KH-UBNDđ"
    assert build_source(source_from_string(text, name="a.md", media_type="text/markdown")).source.key == "a"

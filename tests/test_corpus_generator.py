"""The benchmark corpus generator (bench/corpus.py): deterministic, nested, ~10 KB documents of the genre."""

from __future__ import annotations

import re
import statistics
import unicodedata
from pathlib import Path

import pytest

from benchcorpus import generator as corpus  # bench/corpus.py, loaded from its file


@pytest.fixture(scope="module")
def corpus_200(tmp_path_factory) -> list[Path]:
    return corpus.generate_corpus(200, tmp_path_factory.mktemp("c200"))


def _texts(paths: list[Path]) -> list[str]:
    return [p.read_bytes().decode("utf-8") for p in paths]


def test_same_n_and_seed_give_byte_identical_files(tmp_path, corpus_200):
    again = corpus.generate_corpus(200, tmp_path / "again")
    assert [p.name for p in again] == [p.name for p in corpus_200]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(again, corpus_200))


def test_another_seed_gives_another_corpus(tmp_path, corpus_200):
    other = corpus.generate_corpus(20, tmp_path / "seed1", seed=1)
    same = sum(a.read_bytes() == b.read_bytes() for a, b in zip(other, corpus_200))
    assert same == 0


def test_smaller_corpus_is_a_prefix_of_a_larger_one(tmp_path, corpus_200):
    small = corpus.generate_corpus(10, tmp_path / "c10")
    assert [p.name for p in small] == [p.name for p in corpus_200[:10]]
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in corpus_200[:10]]


def test_rerun_leaves_unchanged_files_untouched(tmp_path):
    paths = corpus.generate_corpus(5, tmp_path)
    before = [p.stat().st_mtime_ns for p in paths]
    corpus.generate_corpus(5, tmp_path)
    assert [p.stat().st_mtime_ns for p in paths] == before


def test_documents_are_about_10_kb_with_variety(corpus_200):
    sizes = [p.stat().st_size for p in corpus_200]
    assert 9_000 <= statistics.mean(sizes) <= 12_000
    assert min(sizes) >= 2_500 and max(sizes) <= 40_000
    deciles = statistics.quantiles(sizes, n=10)
    assert deciles[0] < 0.8 * statistics.median(sizes) < deciles[-1] / 1.5


def test_every_kind_of_document_occurs(corpus_200):
    tags = {p.stem.split("-", 1)[1] for p in corpus_200}
    assert tags == {tag for _, _, tag in corpus.KINDS.values()}


# Patterns of the genre the builder must meet; each must occur in the corpus (most in many documents).
GENRE_PATTERNS = {
    "national motto": (r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\s+Độc lập - Tự do - Hạnh phúc", 50),
    "party header": (r"ĐẢNG CỘNG SẢN VIỆT NAM", 20),
    "party number": (r"Số:? \d+-(CT|KL|NQ)/T(W|U)\b", 20),
    "decree number": (r"Số: ?\d+ ?/\d{4}/NĐ-CP", 5),
    "PM decision number": (r"Số: ?\d+ ?/QĐ-TTg", 5),
    "provincial plan number": (r"Số: ?\d+ ?/KH-UBND", 20),
    "circular number": (r"Số: ?\d+ ?/\d{4}/TT-[A-ZĐ]+", 3),
    "joint circular number": (r"Số: ?\d+ ?/\d{4}/TTLT-[A-ZĐ]+-[A-ZĐ]+", 1),
    "place and date": (r"\w+, ngày \d{1,2} tháng \d{1,2} năm 20\d\d", 150),
    "roman sections": (r"(?m)^II\. [A-ZĐÂ]", 100),
    "numbered items": (r"(?m)^\d+\. ", 150),
    "lettered items": (r"(?m)^[a-d]\) ", 100),
    "objectives": (r"(?m)^(1\. Mục tiêu|Mục tiêu chung:)", 80),
    "tasks section": (r"NHIỆM VỤ", 100),
    "organisation section": (r"TỔ CHỨC THỰC HIỆN|PHÂN CÔNG NHIỆM VỤ", 100),
    "lead and cooperate": (r"chủ trì, phối hợp với [A-ZĐỦ]", 150),
    "lead agency item": (r"Cơ quan chủ trì: [A-ZĐỦ]", 50),
    "cooperating agencies item": (r"Cơ quan phối hợp: [^\n]+; ", 40),
    "assignment": (r"Giao [A-ZĐỦ][^\n]* chủ trì", 50),
    "request to the Front": (r"Đề nghị [^\n]*Mặt trận Tổ quốc", 50),
    "responsibility": (r"(có|chịu) trách nhiệm [a-zđ]", 50),
    "cooperation between": (r"phối hợp giữa [A-ZĐỦ][^\n]* với ", 20),
    "advise a superior": (r"tham mưu (Ủy ban nhân dân|Thủ tướng|Chính phủ|Bộ Chính trị|Ban Bí thư)", 20),
    "objective clause": (r", nhằm [a-zđ]", 150),
    "law citation": (r"[Cc]ăn cứ Luật [A-ZĐ]", 50),
    "implements a document": (r"Thực hiện (Chỉ thị|Nghị quyết|Kết luận|Nghị định|Quyết định|Thông tư|Kế hoạch)[^\n]* số ", 20),
    "provincial department": (r"Sở [^\n,;.]{3,40} (tỉnh|thành phố) [A-ZĐ]", 50),
    "district people's committee": (r"Ủy ban nhân dân (huyện|thị xã) [A-ZĐ]", 30),
    "provincial police": (r"Công an (tỉnh|thành phố) [A-ZĐ]", 30),
    "news paraphrase": (r"(Chỉ thị|Nghị quyết|Kết luận|Nghị định|Quyết định|Kế hoạch|Thông tư)[^\n.]{0,20} nêu rõ", 10),
    "recipients": (r"Nơi nhận:", 100),
    "signature": (r"(T/M|TM\.|KT\.) ", 100),
}


@pytest.mark.parametrize("name", sorted(GENRE_PATTERNS))
def test_the_texts_contain_the_grammar_of_the_genre(corpus_200, name):
    pattern, at_least = GENRE_PATTERNS[name]
    clean = [unicodedata.normalize("NFC", t).replace("\r\n", "\n").replace("\u00d0", "Đ").replace("uỷ", "ủy")
             .replace("Uỷ", "Ủy").replace("**", "") for t in _texts(corpus_200)]
    documents = sum(1 for t in clean if re.search(pattern, t))
    assert documents >= at_least, f"{name}: {documents} documents"


def test_documents_cite_earlier_generated_documents(corpus_200):
    texts = _texts(corpus_200)
    numbers = {corpus.identity(j).number: j for j in range(200) if corpus.identity(j).kind != "news"}
    citing = 0
    for i, text in enumerate(texts[1:], start=1):
        own = corpus.identity(i).number
        body = text.split("\n", 12)[-1]     # skip the header, which states the document's own number
        if any(number and number != own and number in body and j < i for number, j in numbers.items()):
            citing += 1
    assert citing >= 40


def _broken_line(text: str) -> bool:
    """A line cut mid-sentence: it ends with a letter and the next begins with a lower-case word (not 'a)')."""
    lines = text.split("\n")
    return any(a[-1:].isalpha() and b[:1].islower() and not re.match(r"[a-z]\)", b) for a, b in zip(lines, lines[1:]))


def test_a_fraction_of_documents_carry_scraping_mess(corpus_200):
    texts = _texts(corpus_200)
    messy = [t for t in texts if "uỷ" in t or "\u00d0" in t or "\r\n" in t or "**" in t or "\u00a0" in t
             or t != unicodedata.normalize("NFC", t) or _broken_line(t)]
    assert 0.08 * len(texts) <= len(messy) <= 0.35 * len(texts)


def test_negative_n_is_refused(tmp_path):
    with pytest.raises(ValueError, match="n must be"):
        corpus.generate_corpus(-1, tmp_path)


def test_command_line_writes_the_corpus(tmp_path, capsys):
    assert corpus.main(["3", str(tmp_path / "out")]) == 0
    assert len(list((tmp_path / "out").glob("*.txt"))) == 3
    assert "3 documents" in capsys.readouterr().out

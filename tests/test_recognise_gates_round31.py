"""The gates of round 31 (issue 12, the recognise step) skip only sentences a reader cannot match.

``readergates.ReaderGate`` lets a sentence reader of ``recognise`` run only where one of its cue words is in the
sentence; ``cited.document_candidates`` reads numbers only in a sentence with a digit; the head-first name scan of
``names`` tokenises a sentence only when a head noun in it is capitalised. Each gate is checked against the ungated
reader: on short invented sentences in the genre's forms, on randomised sentences put together from the genre's
phrases (cue words, their near misses such as "cán bộ", "toàn bộ", "ban hành", "tổ chức", numbers, lists) and on the
generated corpus of the benchmarks, the reader finds nothing wherever its gate is closed, and ``find_mentions`` gives
the same mentions gated and ungated.
"""

from __future__ import annotations

import random

import pytest

from bench.corpus import generate_document
from policykg.graph_builder import cited, names, pipeline, readergates, recognise
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.readergates import READER_CUES, ReaderGate
from policykg.graph_builder.vocabulary import lower_same_length, vocabulary
from policykg.ontology import load_lexicon

PHRASES = [
    "Sở Tư pháp", "Ủy ban nhân dân tỉnh", "UBND các huyện, thị xã", "chủ trì", "phối hợp với", "Công an tỉnh",
    "các cơ quan, đơn vị trực thuộc Bộ Quốc phòng", "cơ quan chuyên môn thuộc Ủy ban nhân dân các cấp", "của", "thuộc",
    "các Ủy ban của Quốc hội", "cơ quan điều tra", "cơ quan thi hành án dân sự", "các ngân hàng thương mại",
    "những tổ chức xã hội", "các cơ sở dạy nghề", "Hội đồng thẩm định", "Tổ kiểm phiếu", "Đoàn kiểm tra liên ngành",
    "Ủy ban bầu cử tỉnh", "Ban quản trị nhà chung cư", "phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa",
    "phong trào thi đua", "các thôn", "các tổ dân phố", "các quân khu", "Tư lệnh các sư đoàn", "các sở:", "các Bộ:",
    "Tư pháp, Y tế, Tài chính", "Sở Y tế, Công Thương, Nông nghiệp và Môi trường", "phối hợp sở Xây dựng",
    "Nghị định số 06/2014/NĐ-CP", "Quyết định số 23-QĐ", "Công văn 755/CĐ-TTg", "số 12", "ngày 30/6/2026",
    "Luật Đất đai", "Quy chế dân chủ ở cơ sở", "cán bộ", "toàn bộ", "ban hành", "tổ chức", "đoàn kết", "hội nghị",
    "Mặt trận Tổ quốc Việt Nam", "Hội Nông dân các xã, phường", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "thực hiện",
    "có trách nhiệm", "báo cáo kết quả", "trước ngày 15 hằng tháng", ",", ";", "và", "các", "những", "cơ quan",
    "bảo đảm an ninh", "tại các trường học", "Trung tâm Y tế huyện", "Ban Chỉ đạo tỉnh", "trực thuộc tỉnh",
]


def _sentences(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = rng.sample(PHRASES, rng.randint(2, 9))
        sentence = " ".join(words).replace(" ,", ",").replace(" ;", ";")
        out.append(sentence[:1].upper() + sentence[1:] + rng.choice([".", ";", ":", ""]))
    return out


INVENTED = [
    "Đề nghị các ngân hàng thương mại, các tổ chức xã hội phối hợp; các cơ sở thực hiện.",
    "Giám đốc các sở: Nông nghiệp và Môi trường, Văn hóa, Thể thao và Du lịch và Xây dựng chịu trách nhiệm.",
    "Các cơ quan, đơn vị trực thuộc Bộ Quốc phòng phối hợp với cơ quan điều tra thực hiện phong trào Vì người nghèo.",
    "Hội đồng thẩm định Chiến lược và Tổ kiểm phiếu báo cáo; Tư lệnh các quân khu; Tổ trưởng các tổ dân phố.",
    "Sở Tư pháp chủ trì, phối hợp với Công an tỉnh thực hiện Nghị định số 06/2014/NĐ-CP trước ngày 30/6/2026.",
    "Ủy ban nhân dân tỉnh giao Sở Y tế, Công Thương, Nông nghiệp và Môi trường thực hiện.",
]

LEXICON = load_lexicon()
VOCAB = vocabulary(LEXICON)


def _arguments(reader, text: str, low: str, start: int, end: int) -> tuple:
    """The arguments ``recognise`` passes to ``reader`` for the sentence [start, end)."""
    if reader is readergates.collective_actors:
        known = recognise._known_actors(VOCAB, text, low, start, end)
        return VOCAB, text, low, start, end, known + names.pattern_actors(VOCAB, text, low, start, end, known)
    if reader in (readergates.movements, readergates.common_bodies, readergates.kind_bodies):
        return text, low, start, end
    return VOCAB, text, low, start, end


@pytest.mark.parametrize("reader", list(READER_CUES), ids=lambda r: r.__name__)
def test_a_closed_gate_skips_only_sentences_the_reader_cannot_match(reader):
    opened = 0
    for text in INVENTED + _sentences(31, 400):
        low = lower_same_length(text)
        found = reader(*_arguments(reader, text, low, 0, len(text)))
        gate = ReaderGate(low, 0, len(text))
        if not gate.opens(reader):
            assert found == [], text
            assert gate(reader, *_arguments(reader, text, low, 0, len(text))) == []
        else:
            opened += 1
            assert gate(reader, *_arguments(reader, text, low, 0, len(text))) == found
    assert 0 < opened


def test_each_reader_finds_its_form_through_its_gate():
    text = " ".join(INVENTED)
    low = lower_same_length(text)
    for reader in READER_CUES:
        gate = ReaderGate(low, 0, len(text))
        assert gate(reader, *_arguments(reader, text, low, 0, len(text))), reader.__name__


def test_the_cue_words_are_the_readers_words_in_the_match_form():
    for reader, cued in READER_CUES.items():
        words = cued.words
        assert cued.pattern is reader and words and all(w == lower_same_length(w) and w.strip() == w for w in words), reader.__name__


def test_a_sentence_without_a_digit_cites_no_document_by_number():
    for text in INVENTED + _sentences(7, 300):
        low = lower_same_length(text)
        numbered = cited._numbered(VOCAB, text, low, 0, len(text), text) + cited.bare_candidates(
            VOCAB, text, low, 0, len(text))
        if not any(c.isdigit() for c in text):
            assert numbered == [], text
        found = cited.document_candidates(VOCAB, text, low, 0, len(text), text)
        assert [(c.start, c.end, c.mention.iri) for c in found[:len(numbered)]] == \
            [(c.start, c.end, c.mention.iri) for c in numbered]
    text = "Thực hiện Nghị định số 06/2014/NĐ-CP và Luật Đất đai."
    assert [c.mention.identifier for c in cited.document_candidates(VOCAB, text, lower_same_length(text), 0,
                                                                    len(text), text)][:1] == ["06/2014/NĐ-CP"]


class _TokenisedAlways(names._NameScan):
    """The name scan as it was: the sentence's tokens read whenever it holds a head noun."""

    def __init__(self, vocab, match, low, start, end, known):
        super().__init__(vocab, match, low, start, end, known)
        self.tokens = [t.span() for t in names._TOKEN.finditer(match, start, end)] if self.head_at else []
        self.index_of = {s: i for i, (s, _) in enumerate(self.tokens)}


def test_the_name_scan_without_a_capitalised_head_finds_what_the_full_scan_finds(monkeypatch):
    texts = INVENTED + _sentences(5, 300) + [s.lower() for s in _sentences(6, 200)]
    lows = [lower_same_length(t) for t in texts]

    def scan_all():
        out = []
        for text, low in zip(texts, lows):
            known = recognise._known_actors(VOCAB, text, low, 0, len(text))
            out.append([(c.start, c.end, c.mention.label if c.mention else None)
                        for c in names.pattern_actors(VOCAB, text, low, 0, len(text), known)])
        return out

    gated = scan_all()
    monkeypatch.setattr(names, "_NameScan", _TokenisedAlways)
    assert scan_all() == gated
    assert any(gated)
    text = "các ban chỉ đạo và sở tư pháp thực hiện."
    assert names._NameScan(VOCAB, text, text, 0, len(text), []).head_at   # heads found, in lower case ...
    assert names.pattern_actors(VOCAB, text, text, 0, len(text), []) == []   # ... no name


def _mentions(texts: list[str]) -> list:
    out = []
    for text in texts:
        source = source_from_string(text)
        document = pipeline.extract_document_info(source, LEXICON)
        _, sentences = pipeline.segment(source, LEXICON, document.frame)
        mentions = recognise.find_mentions(source, sentences, LEXICON, frame=[b.span for b in document.frame])
        out.append([(m.span.start, m.span.end, m.category, m.iri, m.label, m.kind, m.levels) for m in mentions])
    return out


def test_find_mentions_is_the_same_gated_and_ungated(monkeypatch):
    texts = ["\n".join(_sentences(seed, 12)) for seed in range(100, 130)] + [" ".join(INVENTED)]
    texts += [generate_document(i, seed=s) for i in range(0, 12, 3) for s in (0, 7)]
    gated = _mentions(texts)
    monkeypatch.setattr(ReaderGate, "opens", lambda self, reader: True)
    monkeypatch.setattr(cited, "_DIGIT", _Always())
    assert _mentions(texts) == gated
    assert sum(map(len, gated)) > 100


class _Always:
    def search(self, *args):
        return True

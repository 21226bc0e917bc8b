"""Where the emitter finds a quote's sentence, the sentence's ordinal and the title of its section."""

from __future__ import annotations

from policykg.graph_builder.model import Section, Sentence, Span

__all__ = ["SentenceIndex", "section_title"]


class SentenceIndex:
    """Sentences by index and by position; ordinals are 1-based in document order."""

    def __init__(self, sentences: list[Sentence]):
        self.sorted = sorted(sentences, key=lambda s: (s.span.start, s.span.end, s.index))
        self._ordinal = {id(s): n for n, s in enumerate(self.sorted, start=1)}
        self._by_index = {s.index: s for s in sentences}

    def by_index(self, index: int) -> Sentence | None:
        return self._by_index.get(index)

    def ordinal(self, sentence: Sentence) -> int:
        return self._ordinal[id(sentence)]

    def containing(self, start: int, end: int) -> Sentence | None:
        best = None
        for s in self.sorted:
            if s.span.start <= start < s.span.end or (start == end == s.span.start):
                best = s
                break
            if best is None and s.span.overlaps(Span(start, max(end, start + 1))):
                best = s
        return best


def section_title(by_index: dict[int, Section], sentence: Sentence) -> str | None:
    """Title of the nearest titled section enclosing ``sentence`` (``by_index``: the sections by index)."""
    current = by_index.get(sentence.section) if sentence.section is not None else None
    hops = 0
    while current is not None and hops < 50:
        if current.title:
            return current.title
        current = by_index.get(current.parent) if current.parent is not None else None
        hops += 1
    return None

"""Round 24 (issue 12): the extraction's avoidable CPU per document; every output byte-identical (the branch's
outputs were compared with main's: 30 real documents, 200 generated, the eval splits). These tests pin the costs
removed: they fail (in CPU seconds, not wall, so a loaded machine does not decide) with the code before."""

from __future__ import annotations

import time

from policykg.graph_builder import listitems


def _cpu(fn, times: int) -> float:
    started = time.process_time()
    for _ in range(times):
        fn()
    return time.process_time() - started


def test_list_gap_does_not_try_every_split_of_its_words():
    # a comma then more words than an item holds and no separator: no item. Splitting each word's letters in every
    # way before failing cost 0.16-0.19 s a gap (blockissuer reads the whole text as one sentence: seconds a document)
    gap = ", " + " ".join(["nghiệp"] * 12) + " x"
    assert listitems._GAP.fullmatch(gap) is None
    assert _cpu(lambda: listitems._GAP.fullmatch(gap), 20) < 0.5


def test_list_gap_item_is_unchanged():
    text = "Hội Nông dân Việt Nam, Hội người cao tuổi, các hội nghề nghiệp"
    gap = listitems._GAP.fullmatch(text, 21, 47)
    assert gap is not None and gap.group("item") == "Hội người cao tuổi"

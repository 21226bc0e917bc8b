"""``Vocabulary.level_specific`` remembered per entry and level (round 33, issue 12): it read every entry of the
lexicon for each known name with a level after it. Checked: the remembered answer is the one read anew, for every
entry at every level, asked twice, and an entry that is another object with the same fields is read for itself."""

from __future__ import annotations

import copy

from policykg.graph_builder.vocabulary import PKG, vocabulary
from policykg.ontology import load_lexicon


def test_the_remembered_entry_at_a_level_is_the_one_read_anew():
    lexicon = load_lexicon()
    vocab = vocabulary(lexicon)
    levels = sorted({PKG + e.level for e in lexicon.entries if e.level})
    assert levels
    found = 0
    for entry in lexicon.entries:
        for level in levels:
            first = vocab.level_specific(entry, level)
            assert first is vocab._read_level_specific(entry, level) is vocab.level_specific(entry, level)
            found += first is not None
    assert found > 0
    entry = next(e for e in lexicon.entries if any(vocab.level_specific(e, lv) is not None for lv in levels))
    twin = copy.copy(entry)
    for level in levels:
        assert vocab.level_specific(twin, level) is vocab._read_level_specific(twin, level)

"""Ways to find the lexicon's names in a text: the time each takes on the same texts, in one run.

The names are the vocabulary's case-insensitive forms (``Vocabulary.ci_regex``: every label and alias of the
ontology's actors as a match key), the texts the lower-cased match forms of N generated documents (bench/corpus.py).
Measured, CPU seconds for all texts, best of ``--repeat``:

- ``one regex``: the alternation of every form, tried at every position (the builder before issue 12);
- ``first token``: ``vocabulary.Alternation`` (the builder now): the regex only where a form's first word stands,
  each time the alternation of the forms beginning with that word. Same matches as ``one regex`` (checked here);
- ``trie regex``: one regex whose alternation is the forms' character trie (white space as ``\\s+``), longer first;
- ``pyahocorasick`` / ``ahocorasick-rs`` (when installed): one automaton of the forms as literal strings, then the
  word-boundary test of each hit in Python. Not a drop-in: the forms admit any run of white space between words
  (a broken line, two spaces) and none around signs, which an automaton of literal strings does not.

    python bench/matchers.py --docs 300
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate_corpus  # noqa: E402


def _trie_regex(forms: list[str]) -> re.Pattern:
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in re.sub(r"\s+", " ", form):
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + pattern(child)
                    for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append("")   # ending here comes last: longer names first
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return re.compile(rf"(?<![\w.&])(?=({pattern(trie)})(?![\w&]))")


def _automaton_hits(find, text: str) -> list[tuple[int, int]]:
    """Hits of literal forms whose ends are word boundaries as the regex wants them."""
    hits = []
    for start, end in find(text):
        if (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_.&")) \
                and (end == len(text) or not (text[end].isalnum() or text[end] in "_&")):
            hits.append((start, end))
    return hits


def matchers(forms: list[str], alternation) -> dict:
    found = {"one regex": lambda t: [(m.start(1), m.end(1)) for m in alternation.regex.finditer(t, 0, len(t))],
             "first token": lambda t: [(m.start(1), m.end(1)) for m in alternation.finditer(t, 0, len(t))]}
    trie = _trie_regex(forms)
    found["trie regex"] = lambda t: [(m.start(1), m.end(1)) for m in trie.finditer(t)]
    try:
        import ahocorasick
        automaton = ahocorasick.Automaton()
        for form in forms:
            automaton.add_word(form, len(form))
        automaton.make_automaton()
        found["pyahocorasick"] = lambda t: _automaton_hits(
            lambda s: ((end - n + 1, end + 1) for end, n in automaton.iter(s)), t)
    except ImportError:
        pass
    try:
        import ahocorasick_rs
        rs = ahocorasick_rs.AhoCorasick(forms, matchkind=ahocorasick_rs.MatchKind.Standard)
        found["ahocorasick-rs"] = lambda t: _automaton_hits(
            lambda s: ((start, end) for _, start, end in rs.find_matches_as_indexes(s, overlapping=True)), t)
    except ImportError:
        pass
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    from policykg.graph_builder.read import read_source
    from policykg.graph_builder.vocabulary import lower_same_length, vocabulary
    from policykg.ontology import load_lexicon

    vocab = vocabulary(load_lexicon())
    forms = sorted({f.key for f in vocab.forms.values() if not f.case_sensitive}, key=lambda f: (-len(f), f))
    with tempfile.TemporaryDirectory() as tmp:
        texts = [lower_same_length(read_source(p).match) for p in generate_corpus(args.docs, Path(tmp))]
    size = sum(map(len, texts))
    print(f"{len(forms)} forms, {args.docs} documents, {size / 1e6:.2f} M characters (best of {args.repeat}, CPU s)")
    base = None
    reference = None
    for name, find in matchers(forms, vocab.ci_regex).items():
        best, hits = float("inf"), None
        for _ in range(args.repeat):
            started = time.process_time()
            hits = [find(t) for t in texts]
            best = min(best, time.process_time() - started)
        base = base or best
        reference = reference if reference is not None else hits
        same = "same matches" if hits == reference else f"{sum(map(len, hits))} hits (one regex: {sum(map(len, reference))})"
        print(f"  {name:15s} {best:7.3f} s  {base / best:6.1f}x faster than one regex  {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The document's frame under the layouts it is published in: issuers (exact per document), signers and cited
identifiers of every development document with frame gold, clean and under each layout of ``bench/frame_layouts.py``
(and ``bench/perturb.py``'s ``pdf``, ``bench/joint_layouts.py``'s and ``bench/block_layouts.py``'s), against the
document's own gold.

    POLICYKG_REAL_CORPUS=/work/shared/corpus/real python bench/eval_frame.py [--layout L ...] [--split S ...]
        [--errors] [--files RE]

The documents: ``real-tune`` and every probe split but the held-back check sets (``probe17h`` to ``probe20h``), scored
as ``bench/eval_real.py`` scores them; the genre's ``tune`` folder for cited identifiers (its gold lists citations,
no issuers or signers). A layout that finds no frame to rewrite in a document leaves it as it is: the document counts
with its clean figures, and the row says how many documents the layout changed.

Prints one row per layout: documents changed, issuers exact, issuers P/R, signers P/R and cited identifiers P/R
(correct/predicted, matched/gold). ``--errors`` lists, per layout, the frame errors it adds to the clean run's
(document, relation, class, item). ``--held-back`` runs the check sets (probe17h to probe20h) instead, figures
only: the table and nothing else (never with ``--errors``; their texts are not to be read). Never runs a blind split.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_real import (PROBE_DIRS, Tally, build_document, corpus_text, identifier_key, load_gold,   # noqa: E402
                             predictions_from_quads, score_document, score_sets, split_paths)
from bench.frame_layouts import FRAME_LAYOUTS, frame_layout   # noqa: E402
from bench.joint_layouts import JOINT_LAYOUTS, joint_layout   # noqa: E402
from bench.block_layouts import BLOCK_LAYOUTS, block_layout   # noqa: E402
from bench.perturb import perturb   # noqa: E402

# the check sets: figures only (--held-back), never --errors
HELD_BACK = ("probe17h", "probe18h", "probe19h", "probe20h")
SPLITS = ("real-tune", *(s for s in PROBE_DIRS if s not in HELD_BACK), "genre-tune")
ON_REQUEST = ("real-dev",)      # published documents: only with --files naming its development half
GENRE_TUNE = Path(__file__).resolve().parent.parent / "tests" / "data" / "genre" / "tune"
FRAME = ("issuers", "signers", "cited identifiers")
LAYOUTS = (*FRAME_LAYOUTS, "pdf", *JOINT_LAYOUTS, *BLOCK_LAYOUTS)


def _documents(split: str, files: str | None) -> list[tuple[Path, Path]]:
    if split == "genre-tune":
        return [(p, p.with_name(p.stem + ".gold.json")) for p in sorted(GENRE_TUNE.iterdir())
                if p.suffix in (".txt", ".md", ".html") and p.with_name(p.stem + ".gold.json").exists()
                and (files is None or re.search(files, p.name))]
    return split_paths(split, files)


def _genre_cited(gold_path: Path) -> set[str]:
    raw = json.loads(gold_path.read_text(encoding="utf-8"))
    return {identifier_key(ref) for _, ref in raw.get("citations", [])
            if not re.match(r"(?:Movement|Campaign|Law|Regulation):", ref)}


def _signers(gold_path: Path, genre: bool) -> list[tuple[str, str]]:
    if genre:
        return []
    raw = json.loads(gold_path.read_text(encoding="utf-8"))
    return [(s.get("person") or "", s.get("post") or "") for s in raw.get("signers", [])]


def _score(split: str, text_path: Path, gold_path: Path, text: str) -> dict[str, Tally]:
    quads, surfaces = build_document(text_path, text=text)
    predicted = predictions_from_quads(quads, surfaces)
    if split == "genre-tune":
        return {"issuers": Tally(), "signers": Tally(), "cited identifiers":
                score_sets(set(predicted.cited), _genre_cited(gold_path), "cited identifier")}
    scored = score_document(predicted, load_gold(gold_path))
    return {r: scored[r] for r in FRAME}


def _issuers(gold_path: Path, genre: bool) -> list[str]:
    if genre:
        return []
    raw = json.loads(gold_path.read_text(encoding="utf-8"))
    return list((raw.get("document") or {}).get("issuers") or [])


def _published(text: str, layout: str, name: str, signers: list[tuple[str, str]], issuers: list[str]) -> str:
    if layout in JOINT_LAYOUTS:
        return joint_layout(text, layout, name, {"issuers": issuers, "signers": signers})
    if layout in BLOCK_LAYOUTS:
        return block_layout(text, layout, name, {"issuers": issuers, "signers": signers})
    return perturb(text, "pdf", name) if layout == "pdf" else frame_layout(text, layout, name, signers)


def run(documents, layouts, errors_out=None) -> dict[str, tuple[dict[str, Tally], int, int, int]]:
    """Per layout (None: clean): totals per relation, documents with issuers exact, documents changed, documents
    with issuers in their gold."""
    results = {}
    clean: dict[str, dict[str, Tally]] = {}
    for layout in (None, *layouts):
        totals = {r: Tally() for r in FRAME}
        exact = changed = scored_issuers = 0
        for split, text_path, gold_path in documents:
            text = corpus_text(text_path)
            key = f"{split}/{text_path.name}"
            if layout is not None:
                genre = split == "genre-tune"
                published = _published(text, layout, text_path.name, _signers(gold_path, genre),
                                       _issuers(gold_path, genre))
            if layout is None or published == text:
                scored = clean.get(key) or _score(split, text_path, gold_path, text)
                clean[key] = scored
            else:
                changed += 1
                scored = _score(split, text_path, gold_path, published)
                if errors_out is not None:
                    before = {(r, c, str(i)) for r in FRAME for c, i in clean[key][r].items}
                    for r in FRAME:
                        for c, i in scored[r].items:
                            if (r, c, str(i)) not in before:
                                print(f"[{layout}] {key} {r} / {c}: {i}", file=errors_out)
            if split != "genre-tune":
                t = scored["issuers"]
                scored_issuers += 1
                exact += t.correct == t.predicted == t.gold
            for r in FRAME:
                totals[r].add(scored[r])
        results[layout or "clean"] = (totals, exact, changed, scored_issuers)
    return results


def table(results, documents: int, out) -> None:
    print(f"{documents} documents (issuers and signers: {next(iter(results.values()))[3]} with frame gold)", file=out)
    print(f"{'layout':11} {'changed':>7} {'iss.exact':>9}  {'issuers P/R':>24}  {'signers P/R':>24}  "
          f"{'cited P/R':>26}", file=out)
    for name, (totals, exact, changed, n) in results.items():
        cells = []
        for r in FRAME:
            t = totals[r]
            p, rr, _ = t.prf()
            cells.append(f"{p:.3f}/{rr:.3f} ({t.correct}/{t.predicted},{t.matched}/{t.gold})")
        print(f"{name:11} {changed:>7} {exact:>4}/{n:<4}  {cells[0]:>24}  {cells[1]:>24}  {cells[2]:>26}", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", choices=(*SPLITS, *ON_REQUEST),
                        help="default: every development split; real-dev only with --files (its development half)")
    parser.add_argument("--layout", action="append", choices=LAYOUTS, help="default: every one")
    parser.add_argument("--errors", action="store_true", help="list the frame errors each layout adds to the clean run's")
    parser.add_argument("--files", metavar="REGEX", help="keep the documents whose file name it finds")
    parser.add_argument("--held-back", action="store_true", help="the check sets probe17h-probe20h, figures only")
    args = parser.parse_args(argv)
    if args.held_back and (args.errors or args.split or args.files):
        parser.error("--held-back prints figures only: no --errors, --split or --files")
    if args.split and "real-dev" in args.split and not args.files:
        parser.error("--split real-dev needs --files naming its development half")
    splits = HELD_BACK if args.held_back else (args.split or SPLITS)
    documents = [(s, t, g) for s in splits for t, g in _documents(s, args.files)]
    results = run(documents, args.layout or LAYOUTS, sys.stdout if args.errors else None)
    table(results, len(documents), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

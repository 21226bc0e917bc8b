"""Precision, recall and F1 of the builder's mentions and assertions against hand-written gold files.

The corpus is ``tests/data/genre/``: ``tune/`` (documents the rules were developed on) and ``heldout/``
(documents written at the same time, never looked at while tuning). Each ``<name>.txt|.md|.html`` has
a ``<name>.gold.json``:

    {"actors": [names or IRIs], "coordination": [[lead, partner], ...],
     "responsibilities": [[actor, "text fragment of the duty"], ...], "objectives": ["text prefix", ...],
     "citations": [["cites"|"implements", "09-CT/TW" or "Law: Luật ..."], ...],
     "concerns": ["Movement: name" | "Campaign: name" | "Regulation: title", ...]}

Actor names resolve through the lexicon (``lookup``) or, when unknown, ``mint_actor_iri`` — the same
IRIs the builder must produce. Matching: actors, coordination pairs, citations and concerns as sets;
a responsibility matches a predicted (actor, text) when the actor is equal and the fragment occurs in
the text; an objective matches when the predicted text, or a member of the list it states (the builder's own
``split_objectives``: the builder keeps an item of a "Mục tiêu" part whole, this gold lists each member), starts
with the gold prefix (both ``match_key``). The genre gold lists the objectives of the document and the purposes of
its duties ("... nhằm ...") alike, so every objective assertion is read here, whatever its scope (the real corpus's gold holds the document's objectives only: see
``bench/eval_real.py``).

``blind/`` (10 documents) was written later by a second person, gold first, before running the builder:
``blind-looked`` (its first five) may be used to study errors, ``blind-untouched`` (the other five) may not.

The real development corpus (30 published documents, gold in ``tests/data/real/``, split into ``real-tune`` and
``real-blind``) is scored by ``bench/eval_real.py`` on the document's graph; see its docstring. ``genre`` runs the
genre splits above in turn, ``all`` the genre splits and both real halves (the blind half: figures only).
``probe`` scores ``tests/data/genre/probe/`` (invented documents in frame layouts the real tune half does not show,
gold in the real corpus's schema, written before the builder ran on them) the same way as the real corpus;
``probe3`` the round-3 probes of ``tests/data/genre/probe3/``, written the same way: forms of duty (``r3-N-*``: a
decree's chapter of duties, a plan's table as PDF layout text, a quy chế phối hợp, an official letter) and frame layouts
(``r3-NN-*``: joint documents' headers and signature blocks as columns, delegated and acting signatures, organs under
their parent, a news article about a joint document); ``probe4`` the round-4 probes of ``tests/data/genre/probe4/``
(``r4a-*`` actors, ``r4t-*`` tables of duty, ``r4f-*`` frames); ``probe5`` the round-5 probes of
``tests/data/genre/probe5/`` (one prefix per engineer, see its README); ``probe6`` the round-6 probes of
``tests/data/genre/probe6/`` (the same way); ``probe10`` the round-10 probes of ``tests/data/genre/probe10/`` (frame
layouts as published: headers and signature blocks in PDF text, Markdown tables, OCR); ``probe10n`` the round-10 news probes of ``tests/data/genre/probe10n/``
(invented news items: front matter, HTML paragraphs, bylines and the grammar of reported duty); ``probe11`` the round-11
probes of ``tests/data/genre/probe11/`` (joint documents' headers and signature blocks, signers' notes and modes as
published); ``probe11t`` the round-11 table probes of ``tests/data/genre/probe11t/`` (divisions of labour as PDF layout
text, Word exports, Markdown, HTML with merged cells, and lists); ``probe13`` the round-13 frame probes of
``tests/data/genre/probe13/`` (issuers, signature blocks and citations in the genre's published forms), ``probe13j`` those of documents of three to six organs (``tests/data/genre/probe13j/``), ``probe14j`` more frames of several organs (``tests/data/genre/probe14j/``), ``probe14p`` the round-14 probes of
leads and coordination pairs in forms the real corpus shows little (``tests/data/genre/probe14p/``); ``probe14a`` the
round-14 probes of false and split actors (``tests/data/genre/probe14a/``); ``probe15n`` the round-15 probes of the forms
names of actors are built in (``tests/data/genre/probe15n/``); ``probe15i`` the round-15 probes of one actor
named several ways (``tests/data/genre/probe15i/``); ``probe15s`` the round-15 probes of
signature blocks and issuers as the genre publishes them (``tests/data/genre/probe15s/``); ``probe15t`` the round-15 division-of-labour tables as they
reach users (``tests/data/genre/probe15t/``); ``probe16p`` the round-16 coordination pairs and leads by sentence
form (``tests/data/genre/probe16p/``); ``probe16a`` the round-16 probes of false, cut and run-on actors
(``tests/data/genre/probe16a/``); ``probe17w`` the round-17 battery written in the forms two writers who never saw
the builder found on published pages (``tests/data/genre/probe17w/``), ``probe17h`` its part held back in round 17
(``tests/data/genre/probe17h/``); ``probe18w`` the round-18 battery of three more such writers (documents of many
organs, who leads and who cooperates, long documents; ``tests/data/genre/probe18w/``), ``probe18h`` its part held back
in round 18 (``tests/data/genre/probe18h/``), ``probe19h`` round 19's battery, held back whole during round 19
(``tests/data/genre/probe19h/``), ``probe20h`` round 20's, held back whole during round 20 (``tests/data/genre/probe20h/``); ``--files`` scores one set or batch. ``real-dev`` scores more
published documents (gold and manifest in ``tests/data/real-dev/``, texts from ``$POLICYKG_DEV_CORPUS``, checked
against the manifest's SHA-256), ``real-dev-a`` to ``real-dev-d`` its parts (``tests/data/real-dev/HALVES.tsv``:
a for development, b a check set read as figures only, c held-out batch 10 moved to development in round 28, d held-out batches 11 and 12 moved in round 32); ``real-heldout`` scores the current held-out batch of published documents annotated from the
text alone (gold in ``tests/data/real-heldout/``, texts from ``$POLICYKG_HELDOUT_CORPUS``), figures only
like the blind half; ``--figures-only`` prints a real split's figures without its errors, as for the
blind half (the first run on new documents, before anyone looks at the builder's output on them).

Usage:  .venv/bin/python bench/eval_builder.py [--split genre|real-tune|real-blind|real-dev|real-dev-a|real-dev-b|real-dev-c|real-dev-d|real-heldout|probe|probe3|probe4|probe5|probe6|probe10|probe10n|probe11|probe11t|probe13|probe13j|probe14j|probe14p|probe14a|probe15n|probe15i|probe15s|probe15t|probe16p|probe16a|probe17w|probe17h|probe18w|probe18h|probe19h|probe20h|all|tune|heldout|blind|blind-looked|blind-untouched] [--verbose] [--figures-only] [--actor-model PATH]

``--actor-model PATH`` builds with the builder's optional filter of actor names (``policykg build --actor-model``;
the model: ``bench/models/README.md``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from policykg.graph_builder.actormodel import load_actor_model
from policykg.graph_builder.assertions import split_objectives
from policykg.graph_builder.identity import actor_iri_in_context, document_locality
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import read_source
from policykg.ontology import load_lexicon
from policykg.core.errors import PolicyKGError
from policykg.core.iris import mint_actor_iri, mint_document_iri, mint_initiative_iri, mint_named_document_iri
from policykg.core.textnorm import match_key

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.eval_real import evaluate_real  # noqa: E402  (bench/ is a folder of the checkout, not installed)

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "genre"
RELATIONS = ("actors", "coordination", "responsibilities", "objectives", "citations", "concerns")
_DUTY_RELATIONS = ("task", "requirement", "responsible")


def resolve_actor(name: str, lexicon, locality: tuple[str, str] | None = None, document=None) -> str | None:
    """Gold actor name -> IRI (vocabulary first, then the minter for unknown organisations), in the document's
    context (docs/DATA_MODEL.md, identity of actors): a body named without its place in a local document is that
    locality's; an office (the gold of this corpus predates offices acting for their bodies) is the body it heads,
    the document's issuer when it heads it, or nothing (None: the item is dropped from the gold)."""
    if name.startswith("http"):
        return name
    if name.startswith("actor:"):
        return mint_actor_iri(name[len("actor:"):])
    return actor_iri_in_context(name, locality, lexicon, document)


def resolve_reference(ref: str) -> str:
    """'09-CT/TW' -> document IRI; 'Law: Luật ...' -> named document; 'Movement: ...' -> initiative."""
    if ":" in ref and ref.split(":", 1)[0] in ("Movement", "Campaign", "Law", "Regulation"):
        kind, name = (part.strip() for part in ref.split(":", 1))
        if kind == "Movement":
            return mint_initiative_iri(name if match_key(name).startswith("phong trào") else "phong trào " + name)
        if kind == "Campaign":
            return mint_initiative_iri("cuộc vận động " + name)
        return mint_named_document_iri(kind, name)
    return mint_document_iri(ref)


def build(path: Path, actor_model: str | None = None):
    """Run read -> metadata -> segment -> recognise -> assert on one file (the builder's own steps; with the actor
    model at the path ``actor_model`` filtering the actor names, when given)."""
    result = build_source(read_source(path), actor_model=load_actor_model(actor_model) if actor_model else None)
    return result.source, result.sections, result.sentences, result.mentions, result.assertions, result.document


def predictions(path: Path, actor_model: str | None = None) -> dict:
    source, sections, sentences, mentions, assertions, document = build(path, actor_model)
    excluded = [s.span for s in sections if s.role in ("recipients", "footer")]
    actor_prefix = mint_actor_iri("x")[:-1]
    actors = {m.iri for m in mentions if m.category == "actor"
              and not any(x.start <= m.span.start < x.end for x in excluded)}
    for a in assertions:
        actors.update(x for x in a.subjects + a.objects if x.startswith(actor_prefix))
    coordination = {(lead, partner) for a in assertions if a.relation == "coordination"
                    for lead in a.subjects for partner in a.objects}
    duties = set()
    for a in assertions:
        text = match_key(a.text or source.text[a.evidence.start:a.evidence.end])
        holders = a.objects if a.relation == "requires" else (a.subjects if a.relation in _DUTY_RELATIONS else [])
        duties.update((actor, text) for actor in holders)
    objectives = {_objective_members(a.text or "") for a in assertions if a.relation == "objective"}
    citations = {(a.relation, iri) for a in assertions if a.relation in ("cites", "implements") for iri in a.objects}
    concerns = {iri for a in assertions if a.relation == "concerns" for iri in a.objects}
    return {"actors": actors, "coordination": coordination, "responsibilities": duties, "objectives": objectives,
            "citations": citations, "concerns": concerns, "locality": document_locality(document, load_lexicon(), source),
            "document": document}


def _objective_members(text: str) -> tuple[str, ...]:
    """An objective as the genre gold reads it: its text, then each member of the list it states (the builder's
    split), all as ``match_key``. The builder keeps an item of a "Mục tiêu" part whole ("nâng cao chất lượng ...,
    tạo việc làm ... và góp phần giảm nghèo"), as the real corpus's gold counts it; this gold lists each member."""
    members = [text[a:b] for a, b in split_objectives(text, 0, len(text))] if text else []
    return (match_key(text), *(match_key(m) for m in members if match_key(m) != match_key(text)))


def gold_of(path: Path, lexicon, locality: tuple[str, str] | None = None, document=None) -> dict:
    raw = json.loads(path.read_text(encoding="utf-8"))

    def iri(name: str) -> str | None:
        return resolve_actor(name, lexicon, locality, document)

    return {
        "actors": {iri(n) for n in raw.get("actors", [])} - {None},
        "coordination": {(iri(a), iri(b)) for a, b in raw.get("coordination", []) if iri(a) and iri(b)},
        "responsibilities": {(iri(a), match_key(t)) for a, t in raw.get("responsibilities", []) if iri(a)},
        "objectives": {match_key(t) for t in raw.get("objectives", [])},
        "citations": {(rel, resolve_reference(ref)) for rel, ref in raw.get("citations", [])},
        "concerns": {resolve_reference(ref) for ref in raw.get("concerns", [])},
    }


def _matches(relation: str, predicted, gold) -> bool:
    if relation == "responsibilities":
        return predicted[0] == gold[0] and gold[1] in predicted[1]
    if relation == "objectives":
        return any(member.startswith(gold) for member in predicted)
    return predicted == gold


def score(relation: str, predicted: set, gold: set) -> tuple[int, int, int, int, list, list]:
    """(correct predictions, predictions, matched gold items, gold items, false positives, misses)."""
    correct = [p for p in predicted if any(_matches(relation, p, g) for g in gold)]
    matched = [g for g in gold if any(_matches(relation, p, g) for p in predicted)]
    false_pos = sorted(str(p) for p in predicted if p not in correct)
    misses = sorted(str(g) for g in gold if g not in matched)
    return len(correct), len(predicted), len(matched), len(gold), false_pos, misses


def _prf(correct: int, predicted: int, matched: int, gold: int) -> tuple[float, float, float]:
    p = correct / predicted if predicted else 1.0
    r = matched / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


GENRE_SPLITS = ("tune", "heldout", "blind", "blind-looked", "blind-untouched")
REAL_SPLITS = ("real-tune", "real-blind", "real-dev", "real-dev-a", "real-dev-b", "real-dev-c", "real-dev-d", "real-heldout", "probe", "probe3", "probe4", "probe5", "probe6", "probe10", "probe10n", "probe11", "probe11t", "probe13", "probe13j", "probe14j", "probe14p", "probe14a", "probe15n", "probe15i", "probe15s", "probe15t", "probe16p", "probe16a", "probe17w", "probe17h", "probe18w", "probe18h", "probe19h", "probe20h")
SPLITS = ("genre", *REAL_SPLITS, "all", *GENRE_SPLITS)
BLIND_LOOKED = 5  # the first five blind documents (by name) may be looked at while fixing; the rest stay untouched


def documents(split: str) -> list[Path]:
    """The annotated documents of one split, sorted by name.

    ``blind-looked`` / ``blind-untouched`` are the first five / the remaining documents of ``blind/``;
    ``all`` is tune + heldout + blind.
    """
    if split in ("blind-looked", "blind-untouched"):
        blind = documents("blind")
        return blind[:BLIND_LOOKED] if split == "blind-looked" else blind[BLIND_LOOKED:]
    folders = ["tune", "heldout", "blind"] if split == "all" else [split]
    paths = []
    for folder in folders:
        for path in sorted((CORPUS / folder).iterdir()):
            if path.suffix in (".txt", ".md", ".html", ".htm") and (path.parent / (path.stem + ".gold.json")).exists():
                paths.append(path)
    return paths


def evaluate(split: str, verbose: bool = False, out=sys.stdout, actor_model: str | None = None
             ) -> dict[str, tuple[float, float, float]]:
    """Print P/R/F1 per relation and micro-averaged overall for one split; return them."""
    lexicon = load_lexicon()
    totals = {r: [0, 0, 0, 0] for r in RELATIONS}
    paths = documents(split)
    for path in paths:
        predicted = predictions(path, actor_model)
        gold = gold_of(path.parent / (path.stem + ".gold.json"), lexicon, predicted["locality"], predicted["document"])
        for relation in RELATIONS:
            c, p, m, g, false_pos, misses = score(relation, predicted[relation], gold[relation])
            for k, v in enumerate((c, p, m, g)):
                totals[relation][k] += v
            if verbose and (false_pos or misses):
                print(f"[{path.name}] {relation}", file=out)
                for item in misses:
                    print(f"    MISS {item}", file=out)
                for item in false_pos:
                    print(f"    FP   {item}", file=out)
    print(f"split={split} documents={len(paths)}", file=out)
    print(f"{'relation':18} {'P':>6} {'R':>6} {'F1':>6}   (correct/predicted, matched/gold)", file=out)
    results = {}
    for relation in RELATIONS:
        c, p, m, g = totals[relation]
        results[relation] = _prf(c, p, m, g)
        print(f"{relation:18} {results[relation][0]:6.3f} {results[relation][1]:6.3f} {results[relation][2]:6.3f}"
              f"   ({c}/{p}, {m}/{g})", file=out)
    c, p, m, g = (sum(totals[r][k] for r in RELATIONS) for k in range(4))
    results["overall"] = _prf(c, p, m, g)
    print(f"{'overall (micro)':18} {results['overall'][0]:6.3f} {results['overall'][1]:6.3f} {results['overall'][2]:6.3f}"
          f"   ({c}/{p}, {m}/{g})", file=out)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="tune")
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives per document")
    parser.add_argument("--actor-model", metavar="PATH",
                        help="filter the builder's actor names with this trained actor model (policykg build "
                             "--actor-model; e.g. bench/models/actors-tune.crfsuite)")
    parser.add_argument("--figures-only", action="store_true",
                        help="real splits: print the figures without the errors (the first run on new documents)")
    parser.add_argument("--files", metavar="REGEX",
                        help="score only the documents whose file name this finds (real and probe splits; e.g. a "
                             "batch of probes: --split probe3 --files '^r3-1[1-7]')")
    args = parser.parse_args(argv)
    if args.actor_model:
        try:
            load_actor_model(args.actor_model)
        except PolicyKGError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return 1
    genre = ("tune", "heldout", "blind-looked", "blind-untouched")
    real = ("real-tune", "real-blind")
    todo = {"genre": genre, "all": genre + real}.get(args.split, (args.split,))
    for split in todo:
        if split in REAL_SPLITS:
            evaluate_real(split, args.verbose, actor_model=args.actor_model, files=args.files,
                          figures_only=args.figures_only)
        else:
            evaluate(split, args.verbose, actor_model=args.actor_model)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

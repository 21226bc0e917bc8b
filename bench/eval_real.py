"""Score the builder's graph of the real development corpus against its hand-written gold.

The corpus is ``../shared/corpus/real/`` (public documents, never copied into this repository); the gold is
``tests/data/real/<stem>.gold.json`` (schema: ``tests/data/real/GUIDELINES.md``) and the split ``SPLIT.tsv``.
Predictions are read from what a user gets: the quads of the document's named graph (actors, coordination
duties and their shortcuts, leads, duties, issuers, signatures, cited documents, deadlines), plus the builder's
mention surfaces, so that an actor written three ways in the text can be matched by any of them.

Matching (the same normaliser on both sides, :func:`name_key`):
- an actor matches a gold actor when one of its label or surfaces equals the gold name or an alias; a second
  predicted actor matching a gold actor already matched is a *split* (one actor shown as two), counted false; when
  neither matches, a label with the document's own place taken off its end (the issuers' locality: "Sở Công Thương
  tỉnh Lào Cai" in a plan of Ủy ban nhân dân tỉnh Lào Cai) is tried last (round 16: a list item "Công Thương" of
  "Các Sở: Y tế, Công Thương" has only that label to match the gold's "Sở Công Thương" by);
- gold actors marked ``optional`` (people groups, vague collectives) are neither required nor wrong, and so are
  pairs, leads and duties that involve one; so is a predicted actor the gold does not list when it is a people group
  or a vague collective by the guideline's own lists (:func:`vague_or_people`) or typed ``pkg:PeopleGroup``;
- coordination pairs are unordered: a record's lead with each other party, and the ``pkg:coordinatesWith``
  statements (a record without a lead does not say which of its parties the others coordinate with); a lead or duty matches when the actor matches and the gold fragment occurs in
  the predicted task text; identifiers compare after :func:`identifier_key`; issuers per document as sets;
- objectives are the objectives *of the document* only (``?doc pkg:hasObjective ?o``): what the gold holds by its
  guideline (the items of "Mục tiêu" / "Mục đích" and the purposes the document states of itself); the purpose of
  a duty (``?task pkg:hasObjective ?o``) is not read. An objective matches when a gold fragment occurs in its text, the
  fragment's opening purpose word off ("nhằm cụ thể hóa ..." is the objective "cụ thể hóa ...": GUIDELINES.md has the
  objectives be the "nhằm ..." / "để ..." clauses, and annotators copied the fragment with and without the word).

``--split real-blind`` prints figures only: its errors are never listed (the blind half is not used to tune); so does
``--split real-heldout``, the current held-out batch (``tests/data/real-heldout/README.md``).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from policykg.core.legacyletters import legacy_words_repaired
from policykg.core.textnorm import match_form, source_text
from policykg.graph_builder.actormodel import load_actor_model
from policykg.graph_builder.pipeline import build_source, emit_result
from policykg.graph_builder.read import source_from_bytes

REPO = Path(__file__).resolve().parent.parent
GOLD_DIR = REPO / "tests" / "data" / "real"
PROBE_DIR = REPO / "tests" / "data" / "genre" / "probe"   # invented documents in layouts tune does not show
PROBE_DIRS = {"probe": PROBE_DIR, "probe3": PROBE_DIR.with_name("probe3"),   # round 3: frame (r3-NN-), duty (r3-N-)
              "probe4": PROBE_DIR.with_name("probe4"),   # round 4: actors (r4a-), tables (r4t-), frame (r4f-)
              "probe5": PROBE_DIR.with_name("probe5"),   # round 5: one prefix per engineer (see its README)
              "probe6": PROBE_DIR.with_name("probe6"),   # round 6: one prefix per engineer (see its README)
              "probe10": PROBE_DIR.with_name("probe10"),   # round 10: the frame as published (r10f-, see its README)
              "probe10n": PROBE_DIR.with_name("probe10n"),   # round 10: news items and reported duty (n10-)
              "probe11": PROBE_DIR.with_name("probe11"),   # round 11: joint documents' frames (r11f-, see its README)
              "probe11t": PROBE_DIR.with_name("probe11t"),   # round 11: tables of duty and list forms (r11t-)
              "probe13": PROBE_DIR.with_name("probe13"),   # round 13: frames as published (r13f-, see its README)
              "probe13j": PROBE_DIR.with_name("probe13j"),   # round 13: documents of 3-6 organs (r13j-, see its README)
              "probe14j": PROBE_DIR.with_name("probe14j"),   # round 14: more frames of several organs (r14j-, see its README)
              "probe14p": PROBE_DIR.with_name("probe14p"),   # round 14: forms of leads and pairs (p14-, see its README)
              "probe14a": PROBE_DIR.with_name("probe14a"),   # round 14: false and split actors (r14a-, see its README)
              "probe15n": PROBE_DIR.with_name("probe15n"),   # round 15: the forms names are built in (r15n-, see its README)
              "probe15i": PROBE_DIR.with_name("probe15i"),   # round 15: one actor named several ways (r15i-, its README)
              "probe15s": PROBE_DIR.with_name("probe15s"),   # round 15: signature blocks and issuers as published (r15s-)
              "probe15t": PROBE_DIR.with_name("probe15t"),   # round 15: tables of duty as published (p15t-, see its README)
              "probe16p": PROBE_DIR.with_name("probe16p"),   # round 16: pairs and leads by sentence form (p16-, README)
              "probe16a": PROBE_DIR.with_name("probe16a"),   # round 16: false, cut and run-on actors (r16a-, see its README)
              "probe17w": PROBE_DIR.with_name("probe17w"),   # round 17: forms surveyed on published pages, by writers who never saw the builder (w17a-/w17b-)
              "probe17h": PROBE_DIR.with_name("probe17h"),   # round 17: the held-back part of the same battery (measured figures-only in round 17)
              "probe18w": PROBE_DIR.with_name("probe18w"),   # round 18: a second surveyed battery: many organs, leads and tables, long documents (w18a-/w18b-/w18c-)
              "probe18h": PROBE_DIR.with_name("probe18h"),   # round 18: the held-back part of the same battery (measured figures-only in round 18)
              "probe19h": PROBE_DIR.with_name("probe19h"),   # round 19: a third surveyed battery held back whole: names, leads at ministry level, long Party documents (w19a-/w19b-/w19c-)
              "probe20h": PROBE_DIR.with_name("probe20h")}   # round 20: a fourth, held back whole: a province's paperwork, central and joint documents, Party documents and news (w20a-/w20b-/w20c-)
CORPUS_ENV = "POLICYKG_REAL_CORPUS"
DEV_DIR = REPO / "tests" / "data" / "real-dev"   # round 6: more published documents, gold only (texts: DEV_CORPUS_ENV)
DEV_CORPUS_ENV = "POLICYKG_DEV_CORPUS"
DEV_HALVES = DEV_DIR / "HALVES.tsv"   # round 20: real-dev in two halves, a (development) and b (a check set, figures only)
DEV_PARTS = ("real-dev-a", "real-dev-b", "real-dev-c", "real-dev-d")   # c (round 28): held-out batch 10; d (round 32): held-out batches 11 and 12; both development like a
HELDOUT_DIR = REPO / "tests" / "data" / "real-heldout"   # the current held-out batch, figures only (texts: HELDOUT_CORPUS_ENV)
HELDOUT_CORPUS_ENV = "POLICYKG_HELDOUT_CORPUS"


def corpus_dir() -> Path:
    """Where the real corpus lives: $POLICYKG_REAL_CORPUS, else ../shared/corpus/real beside the checkout."""
    env = os.environ.get(CORPUS_ENV)
    return Path(env) if env else REPO.parent / "shared" / "corpus" / "real"


def split_documents(split: str) -> list[str]:
    """File names of one split ('real-tune', 'real-blind' or 'real') from SPLIT.tsv, sorted."""
    with open(GOLD_DIR / "SPLIT.tsv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    wanted = {"real-tune": {"tune"}, "real-blind": {"blind"}, "real": {"tune", "blind"}}[split]
    return sorted(r["file"] for r in rows if r["split"] in wanted)


def dev_half(half: str) -> set[str]:
    """File names of one part of real-dev (``tests/data/real-dev/HALVES.tsv``): ``'a'``, the half engineers read
    errors on, or ``'b'``, the half they see as figures only (a check set: does a rule carry to unseen published
    documents?), or ``'c'``, held-out batch 10, moved to development in round 28 (errors readable, like ``'a'``), or
    ``'d'``, held-out batches 11 and 12, moved to development in round 32.
    The halves were drawn in round 20 by alternating the sorted file names; the two documents whose texts could not
    be restored in round 19 are in none."""
    with open(DEV_HALVES, encoding="utf-8") as handle:
        return {r["file"] for r in csv.DictReader(handle, delimiter="\t") if r["half"] == half}


def dev_paths(files: str | None = None, split: str = "real-dev") -> list[tuple[Path, Path]]:
    """(text, gold) of the ``real-dev`` split: the texts the manifest names (``tests/data/real-dev/MANIFEST.tsv``: file,
    source at a commit, SHA-256 of the bytes), read from $POLICYKG_DEV_CORPUS and checked against their digests;
    ``split='real-heldout'``: the held-out batch the same way (``tests/data/real-heldout/``,
    $POLICYKG_HELDOUT_CORPUS).

    A text is accepted when its bytes have the manifest's ``sha256`` (the file as first saved) or when its body, the
    text after the two header lines the evaluation strips, has the manifest's ``text_sha256`` (a text restored from
    its source in round 10, whose first title line is not known; ``tests/data/real-dev/README.md``). ``files``, a
    regular expression, checks and returns only the documents whose file name it finds; ``split='real-dev-a'`` or
    ``'real-dev-b'`` (or ``'real-dev-c'``, ``'real-dev-d'``) only those of one part (:func:`dev_half`)."""
    gold_dir, env = (HELDOUT_DIR, HELDOUT_CORPUS_ENV) if split == "real-heldout" else (DEV_DIR, DEV_CORPUS_ENV)
    half = dev_half(split[-1]) if split in DEV_PARTS else None
    folder = os.environ.get(env)
    if not folder or not Path(folder).is_dir():
        raise SystemExit(f"{split} reads its texts from ${env} (a folder of the files that "
                         f"tests/data/{gold_dir.name}/MANIFEST.tsv names, fetched from their sources)")
    with open(gold_dir / "MANIFEST.tsv", encoding="utf-8") as handle:
        rows = sorted(csv.DictReader(handle, delimiter="\t"), key=lambda r: r["file"])
    paths = []
    for row in rows:
        if (files is not None and not re.search(files, row["file"])) or (half is not None and row["file"] not in half):
            continue
        text = Path(folder) / row["file"]
        if not text.is_file() or not _dev_text_matches(text.read_bytes(), row):
            raise SystemExit(f"{text}: missing or not the text of {row['source']} (SHA-256 differs)")
        paths.append((text, gold_dir / (text.stem + ".gold.json")))
    return paths


def _dev_text_matches(data: bytes, row: dict[str, str]) -> bool:
    """True when ``data`` is the manifest row's text: the whole file's digest, or its body's (after two header lines)."""
    if hashlib.sha256(data).hexdigest() == row["sha256"]:
        return True
    parts = data.split(b"\n", 2)
    return bool(row.get("text_sha256")) and len(parts) == 3 and hashlib.sha256(parts[2]).hexdigest() == row["text_sha256"]


# ------------------------------------------------------------------------------------------------ normalising

_CYRILLIC = str.maketrans("АВСЕНІЈКМОРЅТХУаеіјорсху", "ABCEHIJKMOPSTXYaeijopcxy")
_ABBREVIATIONS = [  # written forms of the genre -> full words (whole words only)
    ("ubnd", "ủy ban nhân dân"), ("hđnd", "hội đồng nhân dân"), ("ubmttq", "ủy ban mặt trận tổ quốc"),
    ("mttq", "mặt trận tổ quốc"), ("ubtvqh", "ủy ban thường vụ quốc hội"), ("ubtư", "ủy ban trung ương"),
    ("t.ư", "trung ương"), ("tư", "trung ương"), ("tw", "trung ương"), ("bch", "ban chấp hành"),
    ("bcđ", "ban chỉ đạo"), ("bchqs", "bộ chỉ huy quân sự"), ("bđbp", "bộ đội biên phòng"),
    ("lđlđ", "liên đoàn lao động"), ("hlhpn", "hội liên hiệp phụ nữ"), ("hccb", "hội cựu chiến binh"),
    ("tncs", "thanh niên cộng sản"), ("bca", "bộ công an"), ("bqp", "bộ quốc phòng"), ("tp", "thành phố"),
    ("vksnd", "viện kiểm sát nhân dân"), ("tand", "tòa án nhân dân"), ("ca", "công an"),
]
_LEADING = re.compile(r"^(?:các|những|cả|toàn thể|mọi)\s+")
_TRAILING = re.compile(r"\s+(?:có liên quan|liên quan|các cấp)$")


def _fold(text: str) -> str:
    """NFC, Cyrillic look-alikes as Latin, the project's match form (Ð -> Đ, uỷ -> ủy, ...), the letters of a
    Windows-1258 text read as Windows-1252 in words no Vietnamese syllable spells ("trung ýõng" -> "trung ương": a
    gold's quote of such a text, the builder reads the repaired text), lower case, one space."""
    text = legacy_words_repaired(match_form(source_text(text.translate(_CYRILLIC))))
    return re.sub(r"\s+", " ", text.lower()).strip()


def name_key(name: str) -> str:
    """Matching key of an actor name: folded letters, lower case, abbreviations expanded, function words off.

    >>> name_key("UBND tỉnh Lào Cai") == name_key("Ủy ban nhân dân tỉnh Lào Cai")
    True
    >>> name_key("các Sở, ban, ngành liên quan")
    'sở, ban, ngành'
    """
    text = _fold(name)
    text = re.sub(r"[\"'“”‘’()\[\]]", " ", text)
    words = []
    for word in re.split(r"(\s+)", text):
        bare = word.strip(",.;:")
        for short, full in _ABBREVIATIONS:
            if bare == short:
                word = word.replace(short, full)
                break
        words.append(word)
    text = re.sub(r"\s+", " ", "".join(words)).strip(" ,.;:-–")
    text = _LEADING.sub("", text)
    text = _TRAILING.sub("", text)
    return text.strip(" ,.;:-–")


def ascii_key(text: str) -> str:
    """Letters without diacritics, for person names whose OCR lost marks."""
    key = _fold(text).replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))


def identifier_key(number: str) -> str:
    """Comparable form of a số hiệu: no spaces, Latin letters, one kind of dash, T.Ư/TƯ -> TW, upper case.

    >>> identifier_key("24 /HDLN-BCA-BQP- ВСТ") == identifier_key("24/HDLN-BCA-BQP-BCT")
    True
    """
    text = unicodedata.normalize("NFC", number).translate(_CYRILLIC).replace("Ð", "Đ")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"\s+", "", text).upper()
    return text.replace("T.Ư", "TW").replace("TƯ", "TW").strip(".,;")


def text_key(text: str) -> str:
    """Matching key of a task or duty text: folded, lower case, single spaces, no punctuation."""
    return re.sub(r"[^\w]+", " ", _fold(text)).strip()


# ------------------------------------------------------------------------------------------------ gold


# GUIDELINES.md, "optional": people groups and vague collectives are actors "a careful reader may or may not count,
# so that neither finding them nor missing them is an error". Its lists, split into their parts: a name made only of
# these (joined by commas or "và"), or an actor the graph types pkg:PeopleGroup, is optional even where the gold does
# not list it.
_VAGUE_PARTS = frozenset({
    "cơ quan", "đơn vị", "sở", "ban", "ngành", "địa phương", "cơ quan chức năng", "cấp ủy", "tổ chức đảng",   # collectives
    "nhân dân", "cán bộ", "đảng viên", "doanh nghiệp", "người dân", "hội viên",                             # people groups
})
UNLISTED_OPTIONAL = "(optional, not in the gold) "


def vague_or_people(name: str) -> bool:
    """True when the name is a vague collective or a people group by the guideline's own lists.

    >>> vague_or_people("các cơ quan, đơn vị liên quan"), vague_or_people("Cán bộ, đảng viên và nhân dân")
    (True, True)
    >>> vague_or_people("Sở Y tế"), vague_or_people("cơ quan điều tra")
    (False, False)
    """
    parts = [x.strip() for x in re.split(r",|\bvà\b", name_key(name))]
    parts = [_TRAILING.sub("", _LEADING.sub("", x)).strip() for x in parts]
    return bool(parts) and all(x in _VAGUE_PARTS for x in parts)


@dataclass
class GoldActor:
    name: str
    keys: set[str]
    optional: bool


@dataclass
class Gold:
    file: str
    actors: dict[str, GoldActor]
    raw: dict

    def actor_of_key(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for actor in self.actors.values():
            for key in actor.keys:
                index.setdefault(key, actor.name)
        return index

    def optional(self, name: str) -> bool:
        if name.startswith(UNLISTED_OPTIONAL):
            return True
        return self.actors[name].optional if name in self.actors else False


def load_gold(path: Path) -> Gold:
    if not path.is_file():
        raise SystemExit(f"{path}: no such gold file (a development checkout made by bench/dev_checkout.sh holds no "
                         "blind gold: run the blind half from the lead's checkout)")
    raw = json.loads(path.read_text(encoding="utf-8"))
    actors = {}
    for a in raw["actors"]:
        keys = {name_key(a["name"])} | {name_key(x) for x in a.get("aliases", [])}
        actors[a["name"]] = GoldActor(a["name"], {k for k in keys if k}, bool(a.get("optional")))
    return Gold(raw["file"], actors, raw)


# ------------------------------------------------------------------------------------------------ predictions

PKG = "https://w3id.org/policykg/ontology#"
ACTOR = "https://w3id.org/policykg/actor/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DCT_ID = "http://purl.org/dc/terms/identifier"
DCT_SOURCE = "http://purl.org/dc/terms/source"
ORG_HOLDS = "http://www.w3.org/ns/org#holds"
CITING = ("cites", "implements", "basedOn", "replaces")


@dataclass
class Predicted:
    actors: dict[str, set[str]] = field(default_factory=dict)        # IRI -> labels and surfaces
    labels: dict[str, set[str]] = field(default_factory=dict)        # IRI -> its @vi labels
    types: dict[str, str] = field(default_factory=dict)               # IRI -> pkg class local name
    people_groups: set[str] = field(default_factory=set)              # IRIs typed pkg:PeopleGroup
    pairs: set[tuple[str, str]] = field(default_factory=set)          # unordered (sorted) actor IRI pairs
    leads: set[tuple[str, str]] = field(default_factory=set)          # (actor IRI, task text)
    duties: set[tuple[str, str]] = field(default_factory=set)         # (actor IRI, statement text)
    objectives: set[str] = field(default_factory=set)
    issuers: set[str] = field(default_factory=set)                    # actor IRIs
    signers: set[tuple[str, str]] = field(default_factory=set)        # (person label, post label)
    cited: set[str] = field(default_factory=set)                      # identifier keys
    deadlines: set[tuple[str, str, frozenset]] = field(default_factory=set)  # (task text, deadline, leads)


def predictions_from_quads(quads: list[ox.Quad], surfaces: dict[str, set[str]]) -> Predicted:
    """Read the relations scored here out of one document's quads (see docs/DATA_MODEL.md)."""
    by_s: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for q in quads:
        by_s[q.subject.value][q.predicate.value].append(q.object)

    def values(node: str, pred: str) -> list[str]:
        return [o.value for o in by_s.get(node, {}).get(pred, [])]

    def text_of(node: str) -> str:
        return " ".join(values(node, PKG + "text") or values(node, PKG + "quote"))

    p = Predicted()
    for node, props in by_s.items():
        types = [o.value for o in props.get(RDF_TYPE, [])]
        local = [t[len(PKG):] for t in types if t.startswith(PKG)]
        if node.startswith(ACTOR) and local:
            p.types[node] = local[0]
            if "PeopleGroup" in local:
                p.people_groups.add(node)
            labels = {o.value for o in props.get(SKOS_PREF, []) if getattr(o, "language", None) in ("vi", None)}
            p.labels[node] = labels
            p.actors[node] = labels | surfaces.get(node, set())
        if "CoordinationDuty" in local:
            leads = values(node, PKG + "leadActor")
            coops = values(node, PKG + "cooperatingActor")
            parties = leads + coops
            # the lead with each other party; a record without a lead does not say which party is "X" of "X phối
            # hợp với Y và Z" (X-Y, X-Z, never Y-Z) and which are "giữa A, B, C" (every pair): its pairs are read from
            # the pkg:coordinatesWith statements the graph writes for it (below)
            for a in leads:
                for b in parties:
                    if a != b:
                        p.pairs.add(tuple(sorted((a, b))))
            task = (values(node, PKG + "onTask") or [""])[0]
            for a in leads:
                p.leads.add((a, text_of(task) or text_of(node)))
        for pred in ("leads",):
            for task in values(node, PKG + pred):
                p.leads.add((node, text_of(task)))
        for pred in ("leads", "cooperatesIn", "responsibleFor"):
            for task in values(node, PKG + pred):
                p.duties.add((node, text_of(task)))
        for actor in values(node, PKG + "assignedTo"):
            p.duties.add((actor, text_of(node)))
        for other in values(node, PKG + "coordinatesWith"):
            if node != other:
                p.pairs.add(tuple(sorted((node, other))))
        deadline = values(node, PKG + "deadline")
        if deadline:
            leads = frozenset(a for a, ps in by_s.items() if node in [o.value for o in ps.get(PKG + "leads", [])])
            for d in deadline:
                p.deadlines.add((text_of(node), d, leads))
    documents = [n for n, props in by_s.items() if props.get(DCT_SOURCE)]
    for doc in documents:
        p.objectives.update(text_of(o) for o in values(doc, PKG + "hasObjective"))
        p.issuers.update(values(doc, PKG + "issuedBy"))
        for person in values(doc, PKG + "signedBy"):
            name = " ".join(values(person, RDFS_LABEL) or values(person, SKOS_PREF))
            posts = [" ".join(values(post, RDFS_LABEL) or values(post, SKOS_PREF)) for post in values(person, ORG_HOLDS)]
            for post in posts or [""]:
                p.signers.add((name, post))
        for signature in values(doc, PKG + "hasSignature"):     # a block that prints no readable name: its post
            if not values(signature, PKG + "signer"):
                for post in values(signature, PKG + "signerPost"):
                    p.signers.add(("", " ".join(values(post, RDFS_LABEL) or values(post, SKOS_PREF))))
        targets = list(values(doc, PKG + "reportsOn"))
        for rel in CITING:
            targets_rel = values(doc, PKG + rel)
            for cited in targets_rel:
                for number in values(cited, DCT_ID):
                    p.cited.add(identifier_key(number))
        # an article's reported document is not a citation; its own citations hang on it too
        for reported in targets:
            for rel in CITING:
                for cited in values(reported, PKG + rel):
                    for number in values(cited, DCT_ID):
                        p.cited.add(identifier_key(number))
    return p


# ------------------------------------------------------------------------------------------------ scoring


@dataclass
class Tally:
    """Counts for one relation: true positives among predictions, predictions, matched gold, gold."""

    correct: int = 0
    predicted: int = 0
    matched: int = 0
    gold: int = 0
    errors: Counter = field(default_factory=Counter)          # error class -> count
    items: list = field(default_factory=list)                 # (error class, item) for the verbose listing

    def add(self, other: "Tally") -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.matched += other.matched
        self.gold += other.gold
        self.errors.update(other.errors)
        self.items.extend(other.items)

    def prf(self) -> tuple[float, float, float]:
        p = self.correct / self.predicted if self.predicted else 1.0
        r = self.matched / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def error(self, cls: str, item: object) -> None:
        self.errors[cls] += 1
        self.items.append((cls, item))


_MOTTO = re.compile(r"cộng hòa|xã hội chủ nghĩa|độc lập|tự do|hạnh phúc")
_PARTY_MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM"
_OFFICE = re.compile(r"^(?:phó |q\. |quyền )?(?:bộ trưởng|thứ trưởng|chủ tịch|giám đốc|thủ trưởng|trưởng ban|"
                     r"trưởng phòng|chánh án|viện trưởng|cục trưởng|bí thư|chánh văn phòng|tổng cục trưởng|"
                     r"trưởng|thủ tướng)\b")
_HEADING = re.compile(r"^(?:chương|mục|phần|điều)\b|quy định chung|điều khoản thi hành|tổ chức thực hiện")
_ALLOWED_OFFICES = {"thủ tướng chính phủ", "chủ tịch nước"}


def classify_false_actor(labels: set[str], gold: Gold) -> str:
    keys = {name_key(x) for x in labels}
    persons = {ascii_key(x) for x in gold.raw.get("persons", []) if x}
    if any(any(person and person in ascii_key(k) for person in persons) for k in keys):
        return "person as organisation"
    if any(_MOTTO.search(k) for k in keys) or any(_PARTY_MOTTO in x.upper() and x == x.upper() for x in labels):
        return "motto or header line"
    if any(_OFFICE.match(k) for k in keys) and not keys & _ALLOWED_OFFICES:
        return "office as organisation"
    if any(_HEADING.search(k) for k in keys):
        return "heading as organisation"
    return "not an actor of the gold"


_LOCALITY = re.compile(r"\b((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) (?!ủy\b|đoàn\b)\w[\w ]*)$")


def own_localities(gold: Gold) -> set[str]:
    """The document's own place as its issuers name it ("tỉnh lào cai" of "Ủy ban nhân dân tỉnh Lào Cai"), keys.

    >>> own_localities(Gold("x", {}, {"document": {"issuers": ["UBND tỉnh Lào Cai", "Tỉnh ủy Lào Cai"]}}))
    {'tỉnh lào cai'}
    """
    found = (_LOCALITY.search(name_key(name)) for name in (gold.raw.get("document") or {}).get("issuers") or [])
    return {m.group(1) for m in found if m}


def local_forms(labels, places: set[str]) -> set[str]:
    """Keys of the labels with the document's own place (``places``: :func:`own_localities`) taken off their end: a
    body of the issuer's locality is labelled with it ("Sở Công Thương tỉnh Lào Cai") where the text, and so the gold,
    names it without ("Các Sở: Y tế, Công Thương, ..." in a plan of that province). Read only when no label or
    surface matches.

    >>> sorted(local_forms({"Sở Công Thương tỉnh Lào Cai"}, {"tỉnh lào cai"}))
    ['sở công thương']
    """
    keys = (name_key(x) for x in labels)
    return {k[: -len(p)].strip() for k in keys for p in places if k.endswith(" " + p)}


def match_actors(pred: Predicted, gold: Gold) -> tuple[dict[str, str | None], Tally]:
    """Map each predicted actor IRI to a gold actor name (or None) and score the actors relation.

    The actor's label decides first; only an actor whose label names no gold actor is matched by the surfaces
    the builder attached to it.
    """
    index, places = gold.actor_of_key(), own_localities(gold)   # the issuers' place: read once, tried last
    mapping: dict[str, str | None] = {}
    tally = Tally()
    taken: set[str] = set()
    for iri in sorted(pred.actors):
        by_label = sorted({index[name_key(x)] for x in pred.labels.get(iri, ()) if name_key(x) in index})
        names = by_label or sorted({index[name_key(x)] for x in pred.actors[iri] if name_key(x) in index})
        names = names or sorted({index[k] for k in local_forms(pred.labels.get(iri, ()), places) if k in index})
        name = names[0] if names else None
        if name is None and (iri in pred.people_groups or any(vague_or_people(x) for x in pred.labels.get(iri, ()))):
            name = UNLISTED_OPTIONAL + iri    # a people group or vague collective the annotator did not list
        mapping[iri] = name
        if name is not None and gold.optional(name):
            continue
        tally.predicted += 1
        if name is None:
            tally.error(classify_false_actor(pred.actors[iri], gold), sorted(pred.actors[iri])[:3])
        elif name in taken:
            tally.error("split: one actor as two nodes", (name, iri))
        else:
            taken.add(name)
            tally.correct += 1
    for actor in gold.actors.values():
        if actor.optional:
            continue
        tally.gold += 1
        if actor.name in taken:
            tally.matched += 1
        else:
            tally.error("missed actor", actor.name)
    return mapping, tally


def score_pairs(pred: Predicted, gold: Gold, mapping: dict) -> Tally:
    tally = Tally()
    gold_pairs = {tuple(sorted(p)) for p in gold.raw["coordination"] if p[0] != p[1]}
    required = {p for p in gold_pairs if not (gold.optional(p[0]) or gold.optional(p[1]))}
    found: set[tuple] = set()
    for a, b in sorted(pred.pairs):
        ga, gb = mapping.get(a), mapping.get(b)
        if (ga and gold.optional(ga)) or (gb and gold.optional(gb)):
            continue
        tally.predicted += 1
        pair = tuple(sorted((ga, gb))) if ga and gb else None
        if pair in gold_pairs and pair not in found:
            tally.correct += 1
            found.add(pair)
        elif pair in found:
            tally.error("pair stated twice (split actor)", (a, b))
        elif ga is None or gb is None:
            tally.error("pair with a party that is not a gold actor", (ga or a, gb or b))
        else:
            tally.error("pair not in the gold", pair)
    tally.gold = len(required)
    tally.matched = len(required & found)
    for pair in sorted(required - found):
        tally.error("missed pair", pair)
    return tally


def score_fragments(pred_items: set[tuple[str, str]], gold_items: list, gold: Gold, mapping: dict,
                    what: str) -> Tally:
    """Leads or duties: (actor, fragment) gold items against (actor IRI, text) predictions."""
    tally = Tally()
    gold_list = [(a, text_key(f)) for a, f in gold_items if not gold.optional(a)]
    by_actor: dict[str, list[str]] = defaultdict(list)
    for a, f in gold_list:
        by_actor[a].append(f)
    predicted = []
    for iri, text in sorted(pred_items):
        name = mapping.get(iri)
        if name and gold.optional(name):
            continue
        predicted.append((name, text_key(text)))
    for name, text in predicted:
        tally.predicted += 1
        if name and any(f and f in text for f in by_actor.get(name, [])):
            tally.correct += 1
        else:
            tally.error(f"{what} not in the gold" if name else f"{what} of a non-gold actor", (name, text[:80]))
    for a, f in gold_list:
        tally.gold += 1
        if any(name == a and f in text for name, text in predicted):
            tally.matched += 1
        else:
            tally.error(f"missed {what}", (a, f))
    return tally


_PURPOSE_WORD = re.compile(r"^(?:nhằm|để)\s+")   # "nhằm cụ thể hóa ...": the word that marks a purpose, not the purpose


def score_objectives(pred: Predicted, gold: Gold) -> Tally:
    tally = Tally()
    frags = [_PURPOSE_WORD.sub("", text_key(f), count=1) for f in gold.raw["objectives"]]
    texts = [text_key(t) for t in sorted(pred.objectives)]
    for t in texts:
        tally.predicted += 1
        if any(f and f in t for f in frags):
            tally.correct += 1
        else:
            tally.error("objective not in the gold", t[:80])
    for f in frags:
        tally.gold += 1
        if any(f in t for t in texts):
            tally.matched += 1
        else:
            tally.error("missed objective", f)
    return tally


def score_sets(predicted: set, gold_set: set, what: str) -> Tally:
    tally = Tally(correct=len(predicted & gold_set), predicted=len(predicted), matched=len(predicted & gold_set),
                  gold=len(gold_set))
    for x in sorted(predicted - gold_set, key=str):
        tally.error(f"{what} not in the gold", x)
    for x in sorted(gold_set - predicted, key=str):
        tally.error(f"missed {what}", x)
    return tally


def score_issuers(pred: Predicted, gold: Gold, mapping: dict) -> Tally:
    predicted = {mapping.get(i) or f"<{i.rsplit('/', 1)[-1]}>" for i in pred.issuers}
    return score_sets(predicted, set(gold.raw["document"]["issuers"] or []), "issuer")


def score_signers(pred: Predicted, gold: Gold) -> Tally:
    predicted = {(ascii_key(n), name_key(post)) for n, post in pred.signers}
    gold_set = {(ascii_key(s["person"] or ""), name_key(s["post"] or "")) for s in gold.raw["signers"]}
    tally = Tally(predicted=len(predicted), gold=len(gold_set))
    for person, post in sorted(predicted):
        hit = any(person == gp and (not gp or post == gpost or post.endswith(gpost)) for gp, gpost in gold_set)
        tally.correct += hit
        if not hit:
            tally.error("signer not in the gold", (person, post))
    for gp, gpost in sorted(gold_set):
        hit = any(person == gp and (post == gpost or post.endswith(gpost)) for person, post in predicted)
        tally.matched += hit
        if not hit:
            tally.error("missed signer", (gp, gpost))
    return tally


def score_cited(pred: Predicted, gold: Gold) -> Tally:
    gold_set = {identifier_key(c["identifier"]) for c in gold.raw["citations"] if c.get("identifier")}
    return score_sets(set(pred.cited), gold_set, "cited identifier")


def score_deadlines(pred: Predicted, gold: Gold, mapping: dict) -> Tally:
    tally = Tally()
    gold_tasks = [(text_key(t["task"]), text_key(t["deadline"]), {x for x in t["lead"] if not gold.optional(x)})
                  for t in gold.raw["tasks"]]
    predicted = [(text_key(text), text_key(deadline), {mapping.get(a) for a in leads})
                 for text, deadline, leads in sorted(pred.deadlines, key=lambda x: (x[0], x[1]))]

    def same(p, g) -> bool:
        return bool(g[0]) and g[0] in p[0] and (g[1] == p[1] or (g[1] and g[1] in p[1]) or (p[1] and p[1] in g[1]))

    for p in predicted:
        tally.predicted += 1
        if any(same(p, g) for g in gold_tasks):
            tally.correct += 1
        else:
            tally.error("dated task not in the gold", (p[0][:60], p[1]))
    for g in gold_tasks:
        tally.gold += 1
        if any(same(p, g) for p in predicted):
            tally.matched += 1
        else:
            tally.error("missed dated task", (g[0][:60], g[1]))
    return tally


RELATIONS = ("actors", "coordination", "leads", "responsibilities", "objectives", "issuers", "signers",
             "cited identifiers", "tasks with deadlines")


def score_document(pred: Predicted, gold: Gold) -> dict[str, Tally]:
    mapping, actors = match_actors(pred, gold)
    return {
        "actors": actors,
        "coordination": score_pairs(pred, gold, mapping),
        "leads": score_fragments(pred.leads, gold.raw["leads"], gold, mapping, "lead"),
        "responsibilities": score_fragments(pred.duties, gold.raw["responsibilities"], gold, mapping, "duty"),
        "objectives": score_objectives(pred, gold),
        "issuers": score_issuers(pred, gold, mapping),
        "signers": score_signers(pred, gold),
        "cited identifiers": score_cited(pred, gold),
        "tasks with deadlines": score_deadlines(pred, gold, mapping),
    }


# ------------------------------------------------------------------------------------------------ running


def corpus_text(path: Path) -> str:
    """The document's text: the corpus file without its two header lines ('# source:', '# title:')."""
    lines = path.read_text(encoding="utf-8").split("\n")
    while lines and lines[0].startswith(("# source:", "# title:")):
        lines.pop(0)
    return "\n".join(lines)


def build_document(path: Path, actor_model: str | None = None, text: str | None = None):
    """(quads, actor surfaces) of one corpus document, through the builder's own entry points (with the actor model
    at the path ``actor_model`` as the builder's filter of actor names, when given); ``text``: the document's text
    published otherwise (``bench/perturb.py``), read in place of the file's."""
    text = corpus_text(path) if text is None else text
    source = source_from_bytes(text.encode("utf-8"), path.name)     # read as its suffix says (.html)
    result = build_source(source, actor_model=load_actor_model(actor_model) if actor_model else None)
    quads = emit_result(result)
    surfaces: dict[str, set[str]] = defaultdict(set)
    for m in result.mentions:
        if m.category == "actor":
            surfaces[m.iri].add(m.surface)
    return quads, surfaces


def split_paths(split: str, files: str | None = None) -> list[tuple[Path, Path]]:
    """(text, gold) of each document of a split: 'probe' and 'probe3' are the genre probes (texts and gold side by
    side, the same schema), the others the real corpus (texts in :func:`corpus_dir`, gold in ``tests/data/real/``);
    ``files``, a regular expression, keeps the documents whose file name it finds (real-dev's before their texts are
    checked)."""
    if split in ("real-dev", "real-heldout") + DEV_PARTS:
        return dev_paths(files, split)
    if split in PROBE_DIRS:
        if not PROBE_DIRS[split].is_dir():
            return []
        paths = [(p, p.with_name(p.stem + ".gold.json")) for p in sorted(PROBE_DIRS[split].iterdir())
                 if p.suffix in (".txt", ".md", ".html") and p.with_name(p.stem + ".gold.json").exists()]
    else:
        corpus = corpus_dir()
        if not corpus.is_dir():
            raise SystemExit(f"the real corpus is not at {corpus}: set ${CORPUS_ENV} or place it at ../shared/corpus/real")
        paths = [(corpus / name, GOLD_DIR / (Path(name).stem + ".gold.json")) for name in split_documents(split)]
    return [(t, g) for t, g in paths if files is None or re.search(files, t.name)]


def evaluate_real(split: str, verbose: bool = False, out=None, actor_model: str | None = None,
                  files: str | None = None, figures_only: bool = False) -> dict[str, tuple[float, float, float]]:
    """Print P/R/F1 per relation (micro over the split's documents); errors by class unless the split is blind.

    ``split`` is 'real-tune', 'real-blind', 'real' (both; printed like the blind half: figures only) or 'probe'/'probe3'/'probe4'/'probe5'/'probe6'/'probe10'/'probe10n'/'probe11'/'probe11t'/'probe13'/'probe13j'/'probe14j'/'probe14p'/'probe14a'/'probe15n'/'probe15i'/'probe15s'/'probe15t'/'probe16p'/'probe16a'/'probe17w'/'probe17h'/'probe18w'/'probe18h';
    ``files``, a regular expression, keeps the documents whose file name it finds (a batch of probes: "^r3-1[1-7]").
    ``figures_only`` prints the figures without errors, as for the blind half (the first run on new documents).
    """
    out = out or sys.stdout
    blind = figures_only or split in ("real-blind", "real", "real-heldout")
    totals = {r: Tally() for r in RELATIONS}
    issuers_exact = 0
    paths = split_paths(split, files)
    names = [text.name for text, _ in paths]
    for text, gold_path in paths:
        name = text.name
        gold = load_gold(gold_path)
        quads, surfaces = build_document(text, actor_model)
        scored = score_document(predictions_from_quads(quads, surfaces), gold)
        issuers_exact += scored["issuers"].correct == scored["issuers"].predicted == scored["issuers"].gold
        for relation, tally in scored.items():
            if not blind:
                tally.items = [(cls, name, item) for cls, item in tally.items]
            else:
                tally.items = []
            totals[relation].add(tally)
    print(f"split={split} documents={len(names)}", file=out)
    print(f"{'relation':22} {'P':>6} {'R':>6} {'F1':>6}   (correct/predicted, matched/gold)", file=out)
    results = {}
    for relation in RELATIONS:
        t = totals[relation]
        results[relation] = t.prf()
        p, r, f = results[relation]
        print(f"{relation:22} {p:6.3f} {r:6.3f} {f:6.3f}   ({t.correct}/{t.predicted}, {t.matched}/{t.gold})", file=out)
    print(f"{'issuers exact':22} {issuers_exact}/{len(names)} documents", file=out)
    bad = Counter()
    for cls in ("person as organisation", "motto or header line", "office as organisation", "heading as organisation"):
        bad[cls] = totals["actors"].errors.get(cls, 0)
    print("actors that must never be organisations: " + ", ".join(f"{k} {v}" for k, v in bad.items()), file=out)
    if not blind:
        print("\nerrors by class (relation: class count):", file=out)
        for relation in RELATIONS:
            for cls, n in totals[relation].errors.most_common():
                print(f"  {relation}: {cls} {n}", file=out)
        if verbose:
            for relation in RELATIONS:
                for cls, name, item in totals[relation].items:
                    print(f"  [{name}] {relation} / {cls}: {item}", file=out)
    return results

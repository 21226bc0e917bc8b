"""Check gold files of the real corpus against the schema in GUIDELINES.md (standard library only).

Usage: python tests/data/real/check_gold.py tests/data/real/*.gold.json
Prints one line per problem and exits 1 when there is any; prints a count summary per file otherwise.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

DOC_KINDS = {"Directive", "Resolution", "JointResolution", "Conclusion", "Decision", "Decree", "Circular",
             "JointCircular", "Plan", "Program", "Regulation", "Guidance", "JointGuidance", "OfficialLetter",
             "Notice", "Report", "Submission", "Scheme", "Law", "NewsArticle"}
ACTOR_KINDS = {"PoliticalParty", "PartyOrgan", "PartyCommittee", "PartyOrganisation", "StateBody", "Authority",
               "FatherlandFront", "MassOrganization", "ArmedForce", "Office", "PeopleGroup", "Organization"}
RELATIONS = {"basedOn", "implements", "replaces", "cites"}
MODES = {"TM.", "KT.", "TL.", "TUQ.", "Q.", None}
KEYS = {"file", "document", "signers", "persons", "recipients", "actors", "coordination", "leads",
        "responsibilities", "objectives", "citations", "tasks", "concerns", "notes"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def problems(path: Path) -> list[str]:
    out: list[str] = []
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [f"{path}: not JSON: {exc}"]

    def bad(msg: str) -> None:
        out.append(f"{path.name}: {msg}")

    missing, extra = KEYS - set(gold), set(gold) - KEYS
    if missing:
        bad(f"missing keys {sorted(missing)}")
    if extra:
        bad(f"unknown keys {sorted(extra)}")
    if gold.get("file") and Path(gold["file"]).stem + ".gold.json" != path.name:
        bad(f"'file' {gold['file']!r} does not match the gold file's name")
    doc = gold.get("document") or {}
    for key in ("kind", "identifier", "issuers", "date", "place", "subject", "reports_on"):
        if key not in doc:
            bad(f"document.{key} missing")
    if doc.get("kind") not in DOC_KINDS:
        bad(f"document.kind {doc.get('kind')!r} not one of the kinds")
    if doc.get("date") is not None and not _DATE.match(str(doc["date"])):
        bad(f"document.date {doc['date']!r} is not ISO")
    names: set[str] = set()
    for i, actor in enumerate(gold.get("actors", [])):
        if not isinstance(actor, dict) or not actor.get("name"):
            bad(f"actors[{i}] has no name")
            continue
        if actor.get("kind") not in ACTOR_KINDS:
            bad(f"actor {actor['name']!r}: kind {actor.get('kind')!r} not one of the kinds")
        if not isinstance(actor.get("aliases", []), list) or not isinstance(actor.get("optional"), bool):
            bad(f"actor {actor['name']!r}: aliases must be a list and optional a boolean")
        if actor["name"] in names:
            bad(f"actor {actor['name']!r} declared twice")
        names.add(actor["name"])

    def known(name: object, where: str) -> None:
        if name not in names:
            bad(f"{where}: {name!r} is not the name of an actor in 'actors'")

    for issuer in doc.get("issuers") or []:
        known(issuer, "document.issuers")
    for a, b in gold.get("coordination", []):
        known(a, "coordination")
        known(b, "coordination")
    for rel in ("leads", "responsibilities"):
        for item in gold.get(rel, []):
            if len(item) != 2 or not str(item[1]).strip():
                bad(f"{rel}: {item!r} is not [actor, fragment]")
                continue
            known(item[0], rel)
    for c in gold.get("citations", []):
        if c.get("relation") not in RELATIONS:
            bad(f"citation {c!r}: relation not one of {sorted(RELATIONS)}")
        if not c.get("identifier") and not c.get("name"):
            bad(f"citation {c!r}: neither identifier nor name")
    for s in gold.get("signers", []):
        if s.get("mode") not in MODES:
            bad(f"signer {s!r}: mode not one of {sorted(m for m in MODES if m)} or null")
        if s.get("organ"):
            known(s["organ"], "signers.organ")
    for t in gold.get("tasks", []):
        for a in list(t.get("lead", [])) + list(t.get("cooperating", [])):
            known(a, f"task {t.get('task')!r}")
        if not t.get("deadline") or t.get("source") not in ("table", "text"):
            bad(f"task {t.get('task')!r}: needs a deadline and source table|text")
    text = json.dumps(gold, ensure_ascii=False)
    if _CYRILLIC.search(text):
        bad("contains Cyrillic letters: write them as Latin")
    if unicodedata.normalize("NFC", text) != text:
        bad("not NFC")
    return out


def main(argv: list[str]) -> int:
    all_problems = []
    for name in argv:
        path = Path(name)
        found = problems(path)
        all_problems += found
        if not found:
            gold = json.loads(path.read_text(encoding="utf-8"))
            print(f"{path.name}: ok ({len(gold['actors'])} actors, {len(gold['coordination'])} pairs, "
                  f"{len(gold['leads'])} leads, {len(gold['citations'])} citations, {len(gold['tasks'])} dated tasks)")
    for line in all_problems:
        print(line)
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Restore one published text of real-dev or real-heldout from a body file and check it against the manifest.

  python restore_text.py save MANIFEST OUTDIR FILE BODYFILE   # tries the body as written and simple variants
  python restore_text.py check MANIFEST DIR                     # lists which rows are restored (digest matches)

A restored text is ``# source: URL`` + ``# title: restored`` + body; the evaluation accepts it when the body's
SHA-256 is the manifest's ``text_sha256``.
"""
import csv, hashlib, sys, unicodedata
from pathlib import Path


def rows(manifest):
    with open(manifest, encoding="utf-8") as handle:
        return {r["file"]: r for r in csv.DictReader(handle, delimiter="\t")}


def variants(body: bytes):
    seen = set()
    text = body.decode("utf-8")
    bases = [text, unicodedata.normalize("NFC", text)]
    for base in bases:
        for core in (base, base.rstrip("\n"), base.rstrip("\n") + "\n", base.rstrip() , base.rstrip() + "\n"):
            for form in (core, core.replace("\r\n", "\n").replace("\n", "\r\n"), core.replace("\r\n", "\n")):
                data = form.encode("utf-8")
                if data not in seen:
                    seen.add(data)
                    yield data


def save(manifest, outdir, name, bodyfile):
    row = rows(manifest)[name]
    want = row.get("text_sha256") or ""
    for data in variants(Path(bodyfile).read_bytes()):
        if hashlib.sha256(data).hexdigest() == want:
            out = Path(outdir) / name
            tmp = out.with_suffix(".tmp")
            tmp.write_bytes(f"# source: {row['source']}\n# title: restored\n".encode() + data)
            tmp.replace(out)
            print(f"OK {name} ({len(data.decode('utf-8'))} chars)")
            return 0
    data = Path(bodyfile).read_bytes()
    print(f"NO MATCH {name}: body {len(data.decode('utf-8'))} chars, {data.count(13)} CR; "
          f"manifest bytes {row['bytes']} (whole first file incl. header)")
    return 1


def check(manifest, folder):
    ok = missing = 0
    for name, row in sorted(rows(manifest).items()):
        path = Path(folder) / name
        good = False
        if path.is_file():
            data = path.read_bytes()
            parts = data.split(b"\n", 2)
            good = hashlib.sha256(data).hexdigest() == row["sha256"] or (
                len(parts) == 3 and hashlib.sha256(parts[2]).hexdigest() == row.get("text_sha256"))
        print(("ok      " if good else "MISSING ") + name)
        ok += good
        missing += not good
    print(f"{ok} restored, {missing} missing")


if __name__ == "__main__":
    if sys.argv[1] == "save":
        sys.exit(save(*sys.argv[2:6]))
    check(*sys.argv[2:4])

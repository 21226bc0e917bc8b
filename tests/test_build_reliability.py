"""Issue 11, failures 1, 2, 3, 5, 7 and 9: what a build does to OUT when it fails, is interrupted, meets a damaged
store, a full disk, a folder it does not own, its own outputs among the inputs, the same document twice, or
another build. Each test reproduced its failure before the build directory had generations.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from buildfixtures import quiet_build as build, write_docs

from policykg.cli import cli
from policykg.core.errors import InputError, OutputError
from policykg.corpus import finish
from policykg.corpus.builddir import BuildDirectory
from policykg.queries.data import open_data
from policykg.queries.engine import run_query

DOCS = {
    "a.txt": "Kế hoạch A\nCông an nhân dân phải bảo vệ an ninh.\n",
    "b.txt": "Kế hoạch B\nCông an nhân dân phải tuần tra.\n",
    "c.md": "# Kế hoạch C\nCông an nhân dân phải kiểm tra.\n",
}
DIRECTIVE = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN BÍ THƯ\nSố: 12-CT/TW\nHà Nội, ngày 3 tháng 4 năm 2023\nCHỈ THỊ\n"
             "của Ban Bí thư về tăng cường công tác dân vận\nCác cấp ủy đảng phải tăng cường công tác dân vận.\n")


@pytest.fixture
def corpus(tmp_path):
    return write_docs(tmp_path / "in", DOCS)


def snapshot(out: Path) -> dict[str, bytes]:
    """Every file readers can reach through OUT's names, by name."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not str(p.relative_to(out)).startswith(("generations", "current", "store"))}


def documents(out: Path) -> str:
    store = open_data(out)
    try:
        return run_query("documents", {}, data=store).serialize("csv")
    finally:
        del store


def cli_run(*args: str):
    return CliRunner().invoke(cli, list(args))


# --- 1 and 2: a failed rebuild changes nothing; the next build is right -------------------------------------------

def test_a_rebuild_that_fails_late_leaves_the_published_build_and_the_cache_tells_no_lies(fake_steps, corpus,
                                                                                           tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([corpus], out)
    before, answer = snapshot(out), documents(out)
    (corpus / "a.txt").write_text("Kế hoạch A2\nCông an nhân dân phải canh gác.\n", encoding="utf-8")

    def boom(*args, **kwargs):
        raise RuntimeError("crash after the documents were written")

    monkeypatch.setattr(finish, "write_exports", boom)
    with pytest.raises(RuntimeError):
        build([corpus], out)
    assert snapshot(out) == before and documents(out) == answer
    assert sorted(p.name for p in (out / "generations").iterdir()) == ["1"]
    monkeypatch.undo()
    (corpus / "a.txt").write_text(DOCS["a.txt"], encoding="utf-8")   # the inputs reverted
    again = build([corpus], out)
    assert (again.built, again.unchanged) == (0, 3)
    assert snapshot(out) == before and "canh gác" not in (out / "graph.trig").read_text(encoding="utf-8")


def test_a_staging_generation_left_by_a_killed_build_is_removed_and_the_work_redone(fake_steps, corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out)
    leftover = out / "generations" / "2"
    (leftover / "graphs").mkdir(parents=True)
    (leftover / "graphs" / "a.nq").write_text("garbage", encoding="utf-8")
    (corpus / "b.txt").write_text("Kế hoạch B2\nCông an nhân dân phải canh gác.\n", encoding="utf-8")
    summary = build([corpus], out)
    assert (summary.built, summary.unchanged) == (1, 2)
    fresh = tmp_path / "fresh"
    build([corpus], fresh)
    assert (out / "graph.trig").read_bytes() == (fresh / "graph.trig").read_bytes()
    assert os.readlink(out / "current") == "generations/2" and "garbage" not in (out / "graphs" / "a.nq").read_text()


def test_a_first_build_that_never_finished_is_not_queryable(fake_steps, corpus, tmp_path):
    out = tmp_path / "out"
    with BuildDirectory(out) as held:
        (held.new_generation() / "store").mkdir()   # killed before its switch
    result = cli_run("query", "documents", "--data", str(out))
    assert result.exit_code == 1 and "no finished build" in result.output, result.output


def test_generations_keep_the_previous_one_and_delete_older(fake_steps, corpus, tmp_path):
    out = tmp_path / "out"
    for text in ("một", "hai", "ba"):
        (corpus / "a.txt").write_text(f"Kế hoạch {text}\nCông an nhân dân phải tuần tra.\n", encoding="utf-8")
        build([corpus], out)
    assert sorted(p.name for p in (out / "generations").iterdir()) == ["2", "3"]
    assert json_marker(out)["policykg-build"] == 1
    for name in ("store", "graph.trig", "graph.ttl", "report.html", "manifest.json"):
        assert (out / name).is_symlink() and os.readlink(out / name) == f"current/{name}"


def json_marker(out: Path) -> dict:
    import json

    return json.loads((out / ".policykg-build").read_text(encoding="utf-8"))


def test_a_build_directory_of_the_older_layout_is_upgraded(fake_steps, corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out)
    old = tmp_path / "old"   # what builds wrote before generations: the files themselves in OUT
    old.mkdir()
    for name in ("store", "graphs", "parts", "manifest.json", "graph.trig", "graph.ttl", "report.html"):
        (shutil.copytree if (out / name).is_dir() else shutil.copyfile)(out / name, old / name)
    summary = build([corpus], old)
    assert summary.unchanged == 3 and (old / "graph.trig").is_symlink()
    assert (old / "graph.trig").read_bytes() == (out / "graph.trig").read_bytes()


# --- 3: identity from content and number, never from the path -------------------------------------------------------

def test_out_inside_the_input_folder_is_never_read(fake_steps, corpus):
    out = corpus / "out"
    first = build([corpus], out)
    second = build([corpus], out)
    assert first.documents == second.documents == 3 and second.unchanged == 3
    assert any(reason == "the build's own output folder" for _path, reason in second.skipped)


def test_absolute_and_relative_paths_give_the_same_keys(fake_steps, corpus, tmp_path, monkeypatch):
    build([corpus.resolve()], tmp_path / "abs")
    monkeypatch.chdir(corpus.parent)
    summary = build([Path("in")], tmp_path / "abs")
    assert (summary.built, summary.unchanged, summary.documents) == (0, 3, 3)
    build([Path("in")], tmp_path / "rel")
    assert (tmp_path / "abs" / "graph.trig").read_bytes() == (tmp_path / "rel" / "graph.trig").read_bytes()


def test_a_new_file_with_the_same_stem_is_a_new_document_and_rekeys_nothing(fake_steps, corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out)
    before = (out / "graphs" / "a.nq").read_bytes()
    (corpus / "sub").mkdir()
    (corpus / "sub" / "a.txt").write_text("Kế hoạch A khác\nCông an nhân dân phải canh gác.\n", encoding="utf-8")
    summary = build([corpus], out)
    assert (summary.built, summary.unchanged, summary.documents) == (1, 3, 4)
    assert (out / "graphs" / "a.nq").read_bytes() == before
    assert len(list((out / "graphs").glob("a-*.nq"))) == 1


def test_the_same_text_twice_is_built_once_with_a_note(fake_steps, corpus, tmp_path):
    (corpus / "copy").mkdir()
    shutil.copyfile(corpus / "b.txt", corpus / "copy" / "b-again.txt")
    summary = build([corpus], tmp_path / "out")
    assert summary.documents == 3
    assert any("b-again.txt has the same text as" in n and "built once" in n for n in summary.notes)


def test_the_same_number_and_issuer_twice_is_one_document_with_a_note(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "ct12.txt").write_text(DIRECTIVE, encoding="utf-8")
    (src / "ct12-scan.txt").write_text(DIRECTIVE + "Trang 2.\n", encoding="utf-8")
    summary = build([src], tmp_path / "out")
    assert summary.documents == 1
    assert any("is the same document as" in n and "12-CT/TW" in n for n in summary.notes), summary.notes


def test_project_and_data_files_in_folders_are_skipped_and_counted(fake_steps, corpus, tmp_path):
    for name in ("README.md", "LICENSE.txt", "CHANGELOG.md", "gold.tsv", "meta.json"):
        (corpus / name).write_text("x", encoding="utf-8")
    result = cli_run("build", str(corpus), "--out", str(tmp_path / "out"), "--no-viz", "--verbose")
    assert result.exit_code == 0, result.output
    assert "skipped 5 file(s)" in result.output and "skipped: " + str(corpus / "gold.tsv") in result.output
    assert "documents:            3" in result.output


# --- 5: a folder that is not ours ------------------------------------------------------------------------------------

def test_a_non_empty_folder_that_is_not_a_build_directory_is_refused(fake_steps, corpus, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "report.html").write_text("my own report", encoding="utf-8")
    result = cli_run("build", str(corpus), "--out", str(out), "--no-viz")
    assert result.exit_code == 1 and "not a policykg build directory" in result.output and "--force" in result.output
    assert len(result.output.strip().splitlines()) == 1 and [p.name for p in out.iterdir()] == ["report.html"]
    forced = cli_run("build", str(corpus), "--out", str(out), "--no-viz", "--force")
    assert forced.exit_code == 0 and f"replaced {out / 'report.html'}" in forced.output
    assert "policykg build report" in (out / "report.html").read_text(encoding="utf-8")


# --- 7: damaged store, full disk --------------------------------------------------------------------------------------

def damage(out: Path, how: str) -> None:
    store = out / "current" / "store"
    if how == "empty CURRENT":
        (store / "CURRENT").write_text("", encoding="utf-8")
    elif how == "truncated SST":
        sst = max(store.glob("*.sst"), key=lambda p: p.stat().st_size)
        os.truncate(sst, sst.stat().st_size // 2)
    else:
        for sst in store.glob("*.sst"):
            with open(sst, "r+b") as handle:
                handle.seek(0)
                handle.write(b"garbage" * (sst.stat().st_size // 16))


@pytest.mark.parametrize("how", ["empty CURRENT", "truncated SST", "garbage"])
def test_a_damaged_store_is_one_line_in_every_command_and_force_rebuilds(fake_steps, corpus, tmp_path, how):
    out = tmp_path / "out"
    build([corpus], out)
    damage(out, how)
    message = f"store at {out / 'store'} is damaged: rebuild with --force"
    # a query with a parameter reads the store (the whole answer of tasks is a file the build kept)
    for args in (["query", "tasks", "--data", str(out), "-p", "actor=Công an nhân dân"],
                 ["viz", str(out), "--out", str(tmp_path / "v.html")],
                 ["load", str(out), "--store", str(tmp_path / "copy")]):
        result = cli_run(*args)
        assert result.exit_code == 1, (args, result.output)
        assert result.output.strip().splitlines() == [f"Error: {message}"], (args, result.output)
    (corpus / "a.txt").write_text("Kế hoạch A2\nCông an nhân dân phải canh gác.\n", encoding="utf-8")
    result = cli_run("build", str(corpus), "--out", str(out), "--no-viz")
    if how != "garbage" or result.exit_code:   # a garbled block is only found when a read reaches it
        assert result.exit_code == 1 and result.output.strip().splitlines() == [f"Error: {message}"], result.output
    assert cli_run("build", str(corpus), "--out", str(out), "--no-viz", "--force").exit_code == 0
    tasks = cli_run("query", "tasks", "--data", str(out))
    assert tasks.exit_code == 0 and "canh gác" in tasks.output, tasks.output


def _tmpfs(path: Path, size: str) -> bool:
    path.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


def test_a_full_disk_is_one_line_and_the_previous_build_is_kept(fake_steps, corpus, tmp_path, monkeypatch):
    disk = tmp_path / "disk"
    mounted = _tmpfs(disk, "6m")
    try:
        out = disk / "out"
        build([corpus], out)
        before, answer = snapshot(out), documents(out)
        (corpus / "a.txt").write_text("Kế hoạch A2\nCông an nhân dân phải canh gác.\n", encoding="utf-8")
        if mounted:   # a real full disk: a file fills it to the last 4 KB
            with open(disk / "filler", "wb", buffering=0) as handle:
                with contextlib.suppress(OSError):
                    while True:
                        handle.write(b"\0" * 65536)
            os.truncate(disk / "filler", max(0, (disk / "filler").stat().st_size - 4096))
        else:         # no tmpfs here: the store's flush says what a full disk says
            from policykg.queries.store import GraphStore

            def full(self):
                raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(GraphStore, "flush", full)
        with pytest.raises(OutputError, match=f"^no space left on device while writing {out}: the previous build"):
            build([corpus], out)
        assert snapshot(out) == before and documents(out) == answer
        assert sorted(p.name for p in (out / "generations").iterdir()) == ["1"]
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(disk)], check=False)


# --- 9: every input fails; a second build at the same time ----------------------------------------------------------

def test_when_every_input_fails_nothing_is_created(fake_steps, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for n, name in enumerate(("x.txt", "y.txt")):
        (src / name).write_bytes(bytes(range(256)) * (8 + n))
    out = tmp_path / "out"
    result = cli_run("build", str(src), "--out", str(out))
    assert result.exit_code == 1 and not out.exists()
    lines = result.output.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("Error: ") for line in lines), result.output


def test_a_second_build_at_the_same_time_is_told_another_build_is_writing(fake_steps, corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out)
    holder = subprocess.Popen([sys.executable, "-c", "import fcntl, sys, time; f = open(sys.argv[1], 'a'); "
                               "fcntl.flock(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)",
                               str(out / ".policykg-lock")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(OutputError, match=f"^another build is writing {out}"):
            build([corpus], out)
    finally:
        holder.kill()
        holder.wait()
    assert build([corpus], out).unchanged == 3


def test_missing_inputs_still_stop_before_anything_is_written(tmp_path):
    with pytest.raises(InputError):
        build([tmp_path / "nope.txt"], tmp_path / "out")
    assert not (tmp_path / "out").exists()


# --- the store of a generation: copied and updated, or loaded whole, the same quads ---------------------------------

def all_quads(out: Path) -> tuple[set[str], int]:
    """The quads of OUT's store without blank nodes (the ontology's get new names at each parse), and how many."""
    store = open_data(out)
    try:
        quads = [str(q) for q in store.store]
        return {q for q in quads if "_:" not in q}, len(quads)
    finally:
        del store


def test_an_updated_store_holds_the_same_quads_as_one_loaded_whole(fake_steps, corpus, tmp_path):
    for i in range(20):   # enough documents that one change takes the incremental way
        (corpus / f"n{i:02d}.txt").write_text(f"Kế hoạch N{i}\nCông an nhân dân phải tuần tra khu {i}.\n",
                                              encoding="utf-8")
    out = tmp_path / "out"
    build([corpus], out)
    (corpus / "a.txt").write_text("Kế hoạch A2\nCông an nhân dân phải canh gác.\n", encoding="utf-8")
    (corpus / "n03.txt").unlink()
    summary = build([corpus], out, prune=True)
    assert (summary.built, summary.removed) == (1, 1)
    fresh = tmp_path / "fresh"
    build([corpus], fresh)
    assert all_quads(out) == all_quads(fresh)
    assert (out / "graph.ttl").read_bytes() == (fresh / "graph.ttl").read_bytes()

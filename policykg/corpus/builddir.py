"""The build directory as a whole: who owns it, who is writing it, and which generation readers see.

A build never changes what readers see until it is complete: it writes a *staging* generation
``OUT/generations/<n>/`` beside the published one, then switches the ``OUT/current`` symlink in one
``os.replace``. The names users know (``OUT/store``, ``OUT/graph.trig`` ...) are relative symlinks through
``current/``. A build that fails or is interrupted removes its staging generation; one that is killed leaves it,
and the next build removes it (under the lock) before it starts. The generation before the published one is
kept (a reader may still have it open); older ones are deleted. See docs/BUILD_DIRECTORY.md.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "out"
>>> with BuildDirectory(out) as bd:
...     gen = bd.new_generation()
...     _ = (gen / "graph.ttl").write_text("x")
...     bd.publish(gen)
>>> (out / "graph.ttl").read_text(), os.readlink(out / "graph.ttl"), os.readlink(out / "current")
('x', 'current/graph.ttl', 'generations/1')
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import shutil
import signal
from pathlib import Path
from typing import Iterator

from policykg.core.atomic import sync_folder
from policykg.core.builddir import CURRENT, GENERATIONS, LOCK, MARKER, is_build_dir, is_old_layout
from policykg.core.errors import InputError, OutputError

__all__ = ["BUILD_FORMAT", "BuildDirectory", "Interrupts", "Terminated", "check_ownership", "previous_generation",
           "signals_held"]

BUILD_FORMAT = 1
# What a build directory of the layout before generations holds; moved into generations/0 on upgrade.
_OLD_ENTRIES = re.compile(r"^(store|graphs|parts|manifest\.json|report\.html|graph\.[a-z]+)$")


def check_ownership(out: Path, force: bool) -> list[str]:
    """Refuse (InputError, one line) an ``out`` that exists and is not a policykg build directory; writes nothing.

    An empty folder, a build directory (marker) and one of the older layout (manifest + store, upgraded) are
    accepted; a non-empty other folder only with ``force``. Returns notes for the summary.
    """
    if not out.exists():
        return []
    if not out.is_dir():
        raise InputError(f"{out}: exists and is not a directory")
    if is_build_dir(out):
        try:
            version = json.loads((out / MARKER).read_text(encoding="utf-8")).get("policykg-build")
        except (OSError, ValueError, AttributeError):
            version = None
        if not isinstance(version, int) or version > BUILD_FORMAT:
            raise InputError(f"{out}: {MARKER} is not one this version of policykg writes: use another --out")
        return []
    if is_old_layout(out):
        return [f"{out} moved to the generations layout (see {out}/current)"]
    if not any(out.iterdir()):
        return []
    if not force:
        raise InputError(f"{out}: not empty and not a policykg build directory: use an empty --out, "
                         "or --force to build into it")
    return []


def previous_generation(out: Path) -> Path | None:
    """The generation readers see now (``OUT/current`` resolved), the folder itself for the older layout, or None."""
    current = out / CURRENT
    if current.is_dir():
        return current.resolve()
    if is_old_layout(out):
        return out
    return None


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Ignore SIGINT and SIGTERM for a short critical step (the cleanup after an interrupt, the switch)."""
    try:
        old = {s: signal.signal(s, signal.SIG_IGN) for s in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:   # not the main thread: signals go elsewhere anyway
        yield
        return
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main process so a build cleans up as it does for Ctrl-C."""


class Interrupts:
    """While a build runs: SIGINT raises KeyboardInterrupt and SIGTERM :class:`Terminated`, and the signal is
    remembered, so an interrupt that a library turned into another error on its way out is still known."""

    def __init__(self):
        self.received: int | None = None
        self._old: dict = {}

    def __enter__(self) -> "Interrupts":
        with contextlib.suppress(ValueError):   # not the main thread: nothing to install
            for s in (signal.SIGINT, signal.SIGTERM):
                self._old[s] = signal.signal(s, self._handler)
        return self

    def __exit__(self, *exc) -> None:
        for s, handler in self._old.items():
            signal.signal(s, handler)

    def _handler(self, signum, frame):
        self.received = signum
        raise Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()

    def reraise(self) -> None:
        """Raise the interrupt received, if any."""
        if self.received is not None:
            raise Terminated() if self.received == signal.SIGTERM else KeyboardInterrupt()


class BuildDirectory:
    """``OUT/`` held by one build: created, locked, cleaned of leftovers, then given new generations to publish."""

    def __init__(self, out: str | os.PathLike):
        self.out = Path(out)
        self.created = False          # OUT (or its build files) did not exist before this build
        self.lock_fd: int | None = None
        self.notes: list[str] = []
        self.published = False

    # -- holding the folder -------------------------------------------------------------------------------------
    def __enter__(self) -> "BuildDirectory":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def acquire(self) -> None:
        """Create OUT if needed, take the lock (OutputError when another build holds it), clean leftovers."""
        out = self.out
        self.created = not out.exists() or not (is_build_dir(out) or is_old_layout(out))
        fresh = not out.exists()
        out.mkdir(parents=True, exist_ok=True)
        self._fresh = fresh
        fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise OutputError(f"another build is writing {out}: wait for it to finish") from None
            raise
        self.lock_fd = fd
        if is_old_layout(out):
            self._upgrade()
        if not is_build_dir(out):
            _write_small(out / MARKER, json.dumps({"policykg-build": BUILD_FORMAT}) + "\n")
        self._clean()

    def release(self) -> None:
        """Let go of the lock (the folder stays as it is)."""
        if self.lock_fd is not None:
            os.close(self.lock_fd)
            self.lock_fd = None

    @property
    def generations(self) -> Path:
        return self.out / GENERATIONS

    def previous(self) -> Path | None:
        """The published generation (None before the first)."""
        return previous_generation(self.out)

    # -- generations --------------------------------------------------------------------------------------------
    def _numbers(self) -> list[int]:
        if not self.generations.is_dir():
            return []
        return sorted(int(p.name) for p in self.generations.iterdir() if p.name.isdigit())

    def _clean(self) -> None:
        """Remove staging generations of killed builds and generations older than the one before the current."""
        current = self.previous()
        keep: set[int] = set()
        if current is not None and current.parent == self.generations.resolve():
            now = int(current.name)
            keep = {now, *[n for n in self._numbers() if n < now][-1:]}
        for n in self._numbers():
            if n not in keep:
                shutil.rmtree(self.generations / str(n), ignore_errors=True)
        for p in self.generations.iterdir() if self.generations.is_dir() else ():
            if not p.name.isdigit():
                _remove(p)
        for p in self.out.glob(".*.tmp-link"):
            _remove(p)

    def new_generation(self) -> Path:
        """Create and return the staging folder of the next generation."""
        numbers = self._numbers()
        gen = self.generations / str((numbers[-1] if numbers else 0) + 1)
        gen.mkdir(parents=True)
        return gen

    def discard(self, gen: Path | None) -> None:
        """Remove a staging generation (a failed or interrupted build); a folder this build created goes too."""
        with signals_held():
            if gen is not None and not self.published:
                shutil.rmtree(gen, ignore_errors=True)
            if self.created and not self.published and self.previous() is None:
                self._unmake()

    def _unmake(self) -> None:
        """Leave OUT as it was before this build: gone if it did not exist, else without the build's files."""
        self.release()
        if self._fresh:
            shutil.rmtree(self.out, ignore_errors=True)
            return
        for name in (MARKER, LOCK, GENERATIONS):
            _remove(self.out / name)

    def publish(self, gen: Path) -> None:
        """Make ``gen`` the generation readers see: links for its names, one atomic switch of ``current``."""
        with signals_held():
            _fsync_tree(gen)
            names = sorted(p.name for p in gen.iterdir())
            for name in names:
                self._link(name)
            tmp = self.out / f".{CURRENT}.tmp-link"
            _remove(tmp)
            os.symlink(os.path.join(GENERATIONS, gen.name), tmp)
            old = self.previous()
            os.replace(tmp, self.out / CURRENT)
            _fsync_dir(self.out)
            self.published = True
            for p in self.out.iterdir():   # links to names the new generation does not have
                if p.is_symlink() and os.readlink(p).startswith(CURRENT + "/") and not p.exists():
                    p.unlink()
            keep = {gen.resolve(), old.resolve() if old is not None else None}
            for n in self._numbers():
                if (self.generations / str(n)).resolve() not in keep:
                    shutil.rmtree(self.generations / str(n), ignore_errors=True)

    def _link(self, name: str) -> None:
        """``OUT/name`` -> ``current/name``; anything else of that name is replaced (and said so)."""
        link = self.out / name
        target = os.path.join(CURRENT, name)
        if link.is_symlink() and os.readlink(link) == target:
            return
        if link.exists() or link.is_symlink():
            if not link.is_symlink():
                self.notes.append(f"replaced {link} (not written by this build directory's builds)")
            _remove(link)
        tmp = self.out / f".{name}.tmp-link"
        _remove(tmp)
        os.symlink(target, tmp)
        os.replace(tmp, link)

    def _upgrade(self) -> None:
        """Move a build directory of the older layout into generation 0 and publish it."""
        gen = self.generations / "0"
        gen.mkdir(parents=True, exist_ok=True)
        for p in sorted(self.out.iterdir()):
            if _OLD_ENTRIES.match(p.name) and not p.is_symlink():
                os.replace(p, gen / p.name)
        self.publish(gen)
        self.published = False


def _write_small(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _remove(p: Path) -> None:
    if p.is_symlink() or p.is_file():
        p.unlink(missing_ok=True)
    elif p.is_dir():
        shutil.rmtree(p, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(gen: Path) -> None:
    """The generation on disk before it is published: its files (the documents' cache and report pages are written
    without a sync of their own) and its directory entries, by one ``syncfs`` of the file system (or ``sync``)."""
    sync_folder(gen)
    for root, _dirs, _files in os.walk(gen):
        _fsync_dir(Path(root))

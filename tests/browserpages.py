"""Pages in headless Debian Chromium through Playwright: what every browser test records (requests to other
hosts, aborted; console errors; dialogs) and the Chromium they run in (skips only when /usr/bin/chromium is
missing and CI is not "true")."""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[1]
LOCAL = re.compile(r"^(file://|http://127\.0\.0\.1[:/]|data:|blob:)")


def require_chromium() -> None:
    """Skip the calling test module when Chromium is missing (an error instead under CI=true)."""
    if not os.access(CHROMIUM, os.X_OK):
        if os.environ.get("CI") == "true":
            raise RuntimeError(f"{CHROMIUM} is missing in CI")
        pytest.skip(f"{CHROMIUM} not installed", allow_module_level=True)


@contextmanager
def chromium():
    """A headless Chromium for the length of a ``with`` block."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        try:
            yield browser
        finally:
            browser.close()


def artefact(name: str) -> Path:
    """Where a screenshot goes: ``test-artifacts/<name>`` (git-ignored)."""
    folder = ROOT / "test-artifacts"
    folder.mkdir(exist_ok=True)
    return folder / name


class Opened:
    """A page (file:// or http://127.0.0.1) with its foreign requests, console errors and dialogs recorded.

    ``ready`` is a JS condition to wait for after loading ('' waits for nothing). The workbench's
    Content-Security-Policy forbids eval, which Playwright's wait_for_function needs: the tests bypass it.
    """

    def __init__(self, browser, url: str, ready: str = "", viewport=(1400, 900)):
        self.foreign, self.errors, self.dialogs = [], [], []
        self.page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]}, bypass_csp=True)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(url)
        if ready:
            self.page.wait_for_function(ready, timeout=120_000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route):
        if LOCAL.match(route.request.url):
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def js(self, expression, arg=None):
        return self.page.evaluate(expression, arg)

    def clean(self) -> bool:
        """Nothing left for another host, no console error, no dialog."""
        return self.foreign == [] and self.errors == [] and self.dialogs == []

    def close(self):
        self.page.close()

    def __enter__(self) -> "Opened":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

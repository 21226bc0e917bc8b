"""`.ci/run` says what it will install before it installs it (`--plan` prints only that)."""

import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / ".ci" / "run"


def test_plan_names_the_debian_packages_and_every_python_requirement():
    done = subprocess.run(["bash", str(SCRIPT), "--plan"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "== Debian packages"
    assert lines[1].startswith(("will install with apt-get:", "nothing to install:"))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in project["dependencies"] + project["optional-dependencies"]["test"]:
        assert requirement in done.stdout, requirement
    assert "Tests" not in done.stdout   # the plan installs and runs nothing


def test_every_install_comes_after_the_announcement():
    text = SCRIPT.read_text(encoding="utf-8")
    for announcement, install in (("will install with apt-get", "apt-get install"),
                                  ("will create .venv and install with pip", "quiet_pip install")):
        assert text.index(announcement) < text.index(install)

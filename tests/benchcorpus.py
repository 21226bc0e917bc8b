"""The benchmark's corpus generator (bench/corpus.py, outside the installed package), loaded once for the tests."""

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "bench" / "corpus.py"
_spec = importlib.util.spec_from_file_location("bench_corpus", _PATH)
generator = importlib.util.module_from_spec(_spec)
sys.modules["bench_corpus"] = generator
_spec.loader.exec_module(generator)

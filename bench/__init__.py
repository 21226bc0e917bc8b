"""Benchmarks for policykg: a deterministic corpus generator (``bench.corpus``) and the benchmark script (``bench/run.py``)."""

"""Benchmarks against SealDesk's peers (pyHanko CLI, poppler's pdfsig), measured in one run.

`make bench` runs them all (``python -m bench.run``); each also runs alone, e.g.
``python -m bench.sign_bench --quick``.
"""

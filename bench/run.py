"""Run every benchmark (`make bench`): ``python -m bench.run [options passed to each]``."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import sign_bench, sm2_bench, vault_bench, verify_bench

BENCHMARKS = (sign_bench.main, vault_bench.main, sm2_bench.main, verify_bench.main)


def main(argv: Sequence[str] | None = None) -> int:
    """Run each benchmark with the same options; exit non-zero if any failed."""
    args = list(sys.argv[1:] if argv is None else argv)
    return max(bench(args) for bench in BENCHMARKS)


if __name__ == "__main__":
    sys.exit(main())

"""Whatever follows the signed bytes of a file, the review never reports a clean pass
(hypothesis-generated tails after a signed B-B contract)."""

from __future__ import annotations

import pytest

from crypto.review.model import Integrity
from tests.net.test_review_engine import keys, levels, options, work  # noqa: F401, F811 - fixtures

pytestmark = pytest.mark.net


def test_random_tails_are_never_clean(levels, test_pki):  # noqa: F811 - the fixture
    """Whatever follows the signed bytes, the verdict is never a pass, and nothing raises."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from crypto.review.analysis import analyse_file
    from crypto.review.worker_env import WorkerEnv

    signed = levels["B-B"].read_bytes()
    env = WorkerEnv()
    opts = options(test_pki)
    assert analyse_file(levels["B-B"], opts, env).passed
    pieces = st.sampled_from([b"\n", b"%%EOF\n", b"xref\n0 1\n0000000000 65535 f \n",
                              b"trailer\n<< /Size 3 /Root 1 0 R >>\n", b"startxref\n0\n",
                              b"1 0 obj\n<< /Type /Catalog >>\nendobj\n", b"\x00\xff", b"(x)"])

    @settings(max_examples=40, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(tail=st.lists(st.one_of(pieces, st.binary(max_size=40)), min_size=1, max_size=8))
    def check(tail: list[bytes]) -> None:
        extra = b"".join(tail)
        path = levels["B-B"].parent / "fuzzed.pdf"
        path.write_bytes(signed + extra)
        report = analyse_file(path, opts, env)
        if extra.strip(b"\x00\t\n\x0c\r "):
            assert report.integrity is not Integrity.UNCHANGED, extra
            assert not report.passed, extra

    try:
        check()
    finally:
        env.close()

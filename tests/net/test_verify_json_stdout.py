"""`sealdesk verify --json` prints JSON and nothing else on stdout, even when MuPDF complains
about a damaged file (its messages go to the log: PYMUPDF_MESSAGE set by the app package)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.net

ROOT = Path(__file__).resolve().parents[2]


def test_json_output_stays_clean_when_mupdf_complains(test_pki, pki_server, tmp_path):
    from tests.data.review.make_corpus import build_corpus

    samples = build_corpus(tmp_path, test_pki, tsa_url=pki_server.tsa_url,
                           names=("gap_dangling_font",))
    env = {k: v for k, v in os.environ.items() if k != "PYMUPDF_MESSAGE"}
    run = subprocess.run([sys.executable, "-m", "app.cli.main", "verify",
                          str(samples["gap_dangling_font"]), "--json", "--offline"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    doc = json.loads(run.stdout)  # nothing but JSON
    assert doc["files"][0]["integrity"] == "MANIPULATED"
    assert "MuPDF" not in run.stdout

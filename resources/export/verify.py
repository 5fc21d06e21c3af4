#!/usr/bin/env python3
"""Verify a SealDesk evidence export (sealdesk.export/1) with Python's standard library only.

Usage: python3 verify.py [FOLDER_OR_ZIP]   (default: the folder this script is in)

Checks: every file's SHA-256 (and SM3 where this Python's OpenSSL has it) against
manifest.json; every line of events.jsonl is canonical JSON (RFC 8785, integers only) whose
SHA-256 is the next line's "prev"; sequence numbers follow each other; the document's
"contract_added" event names the SHA-256 of document.pdf; the last event is the export.
Exit code 0 and "VERIFIED" when everything holds, 1 and the first problem otherwise.
"""

import hashlib
import json
import sys
import zipfile
from pathlib import Path


def canonical(value):
    """RFC 8785 canonical JSON for values without floats."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + canonical(value[k])
                              for k in keys) + "}"
    raise ValueError("unexpected value %r" % (value,))


def sm3(data):
    try:
        return hashlib.new("sm3", data).hexdigest()
    except ValueError:
        return None


def load(target):
    if target.is_dir():
        return {p.name: p.read_bytes() for p in target.iterdir() if p.is_file()}
    with zipfile.ZipFile(target) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def verify(files):
    manifest = json.loads(files["manifest.json"])
    if manifest.get("format") != "sealdesk.export/1":
        return "unknown export format %r" % manifest.get("format")
    for name, digests in manifest["files"].items():
        if name not in files:
            return "%s is missing" % name
        if hashlib.sha256(files[name]).hexdigest() != digests["sha256"]:
            return "%s: SHA-256 does not match the manifest" % name
        got = sm3(files[name])
        if got is not None and got != digests["sm3"]:
            return "%s: SM3 does not match the manifest" % name
    doc_sha256 = manifest["document"]["sha256"]
    if hashlib.sha256(files["document.pdf"]).hexdigest() != doc_sha256:
        return "document.pdf is not the archived document"
    lines = files["events.jsonl"].split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    prev, seq, added, last = None, None, False, None
    for number, line in enumerate(lines, 1):
        body = json.loads(line.decode("utf-8"))
        if canonical(body).encode("utf-8") != line:
            return "events.jsonl line %d is not canonical JSON" % number
        digest = hashlib.sha256(line).hexdigest()
        if prev is not None and body["prev"] != prev:
            return "event %s: prev does not name the event before (link broken)" % body["seq"]
        if seq is not None and body["seq"] != seq + 1:
            return "event %s does not follow event %s" % (body["seq"], seq)
        if body["document"] == manifest["id"] and body["type"] == "contract_added":
            added = added or body["data"]["sha256"] == doc_sha256
        prev, seq, last = digest, body["seq"], body
    if not added:
        return "no contract_added event names this document's SHA-256"
    if last is None or last["type"] != "exported" or last["document"] != manifest["id"]:
        return "the last event is not this export"
    if prev != manifest["events"]["head_sha256"]:
        return "the chain head does not match the manifest"
    return None


def main(argv):
    target = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    problem = verify(load(target))
    if problem:
        print("NOT VERIFIED: " + problem)
        return 1
    print("VERIFIED")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

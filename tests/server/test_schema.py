"""The platform's schema: migration of a version-1 database, and PostgreSQL plans of the append
path that stay O(batch) however large a log grows (no statistics needed)."""

from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

import pytest
from sqlalchemy import Connection, event, inspect, text

from crypto import merkle
from crypto.jcs import canonical_json
from server import migrations
from server.ledger import EventIn
from server.platform import Platform
from server.settings import Settings

pytestmark = pytest.mark.net

DEVICE = "00000000-0000-4000-8000-000000000000"

# the three tables of schema version 1 as first released (portable DDL)
V1_TABLES = {
    "leaves": """CREATE TABLE leaves_v1 (
        org_id VARCHAR(36) NOT NULL, leaf_index BIGINT NOT NULL, event_id VARCHAR(64) NOT NULL,
        device_id VARCHAR(36) NOT NULL, sha256 VARCHAR(64) NOT NULL, sm3 VARCHAR(64) NOT NULL,
        type VARCHAR(64) NOT NULL, at VARCHAR(40) NOT NULL,
        PRIMARY KEY (org_id, leaf_index), CONSTRAINT v1_event_id UNIQUE (org_id, event_id))""",
    "nodes": """CREATE TABLE nodes_v1 (
        org_id VARCHAR(36) NOT NULL, node_id BIGINT NOT NULL, hash BYTEA NOT NULL,
        PRIMARY KEY (org_id, node_id))""",
}


def events(vault: str, first: int, count: int) -> list[EventIn]:
    out = []
    for seq in range(first, first + count):
        body = f"{vault}:{seq}".encode()
        out.append(EventIn(f"{vault}:{seq}", hashlib.sha256(body).hexdigest(),
                           hashlib.new("sm3", body).hexdigest(), "contract_added",
                           "2026-01-31T12:00:00.000Z"))
    return out


def _as_version_1(conn: Connection) -> None:
    """Turn a current database back into what version 1 made (keys, columns, version row)."""
    for name, ddl in V1_TABLES.items():
        if conn.dialect.name == "sqlite":
            ddl = ddl.replace("BYTEA", "BLOB")
        conn.execute(text(ddl))
        conn.execute(text(f"INSERT INTO {name}_v1 SELECT * FROM {name}"))  # noqa: S608
        conn.execute(text(f"DROP TABLE {name}"))
        conn.execute(text(f"ALTER TABLE {name}_v1 RENAME TO {name}"))
    conn.execute(text("ALTER TABLE devices DROP COLUMN revoked_at"))
    conn.execute(text("DELETE FROM schema_version"))
    conn.execute(text("INSERT INTO schema_version (version, applied_at) VALUES (1, 0)"))


def test_a_version_1_database_is_migrated_with_its_log(db_url: str, tmp_path: Path) -> None:
    settings = Settings(db_url=db_url, log_key_path=tmp_path / "k.pem")
    first = Platform(settings)
    org_id, _ = first.create_org("Acme")
    vault = secrets.token_hex(16)
    first.ledger.append(org_id, DEVICE, events(vault, 1, 37))
    head = first.ledger.tree_head(org_id)
    with first.db.write() as conn:
        _as_version_1(conn)
        assert migrations.current_version(conn) == 1
    first.close()

    again = Platform(settings)
    try:
        with again.db.read() as conn:
            assert migrations.current_version(conn) == migrations.LATEST == 5
            found = inspect(conn)
            assert found.get_pk_constraint("leaves")["constrained_columns"] == [
                "leaf_index", "org_id"]
            assert found.get_pk_constraint("nodes")["constrained_columns"] == ["node_id", "org_id"]
            assert [u["column_names"] for u in found.get_unique_constraints("leaves")] == [
                ["event_id", "org_id"]]
            assert "revoked_at" in {c["name"] for c in found.get_columns("devices")}
        assert again.ledger.tree_head(org_id) == head
        # the migrated log goes on: duplicates answered from it, new leaves after it
        answer = again.ledger.append(org_id, DEVICE, events(vault, 30, 20))
        receipts = answer["receipts"]
        assert [r["duplicate"] for r in receipts] == [True] * 8 + [False] * 12
        assert [r["leaf_index"] for r in receipts] == list(range(29, 49))
        root = bytes.fromhex(answer["tree_head"]["root_hash"])
        for r in receipts:
            proof = [bytes.fromhex(h) for h in r["inclusion_proof"]]
            assert merkle.verify_inclusion(merkle.leaf_hash(canonical_json(r["leaf"])),
                                           r["leaf_index"], 49, proof, root)
    finally:
        again.close()


def _explain_lookups(platform: Platform, org_id: str, batch: list[EventIn]) -> list[str]:
    """EXPLAIN ANALYZE of every SELECT on leaves or nodes one append makes."""
    seen: list[tuple[str, object]] = []

    def grab(_conn, _cursor, statement, params, _context, executemany):  # type: ignore[no-untyped-def]
        lowered = statement.lstrip().lower()
        if not executemany and lowered.startswith("select") and (
                "from leaves" in lowered or "from nodes" in lowered):
            seen.append((statement, params))

    event.listen(platform.db.engine, "before_cursor_execute", grab)
    try:
        platform.ledger.append(org_id, DEVICE, batch)
    finally:
        event.remove(platform.db.engine, "before_cursor_execute", grab)
    plans = []
    raw = platform.db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement, params in seen:
            cursor.execute("EXPLAIN (ANALYZE, COSTS OFF) " + statement, params)
            plans.append("\n".join(row[0] for row in cursor.fetchall()))
    finally:
        raw.close()
    return plans


def test_postgresql_appends_look_up_by_key_before_any_statistics(pg_cluster, tmp_path: Path) -> None:
    """The log tables are never ANALYZEd here (as in a new deployment's first minutes)."""
    platform = Platform(Settings(db_url=pg_cluster.new_database(), log_key_path=tmp_path / "k"))
    try:
        org_id, _ = platform.create_org("Acme")
        vault = secrets.token_hex(16)
        for first in range(1, 12_000, 500):
            platform.ledger.append(org_id, DEVICE, events(vault, first, 500))
        with platform.db.read() as conn:
            analyzed = conn.execute(text(
                "SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('leaves', 'nodes') "
                "AND (last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL)")).scalar()
        if analyzed:
            pytest.skip("autovacuum analysed the tables already: nothing to show")
        # a batch with new events and one sent before (its receipt needs stored proofs)
        plans = _explain_lookups(platform, org_id, events(vault, 11_990, 100))
        assert any("leaves_event_id" in p for p in plans)
        assert any("nodes_pkey" in p for p in plans)
        for plan in plans:
            assert "Seq Scan" not in plan, plan
            assert "Rows Removed by" not in plan, plan  # no scan of the whole organisation
            for line in plan.splitlines():
                if "Index Cond" in line:
                    assert "event_id" in line or "node_id" in line, plan
    finally:
        platform.close()

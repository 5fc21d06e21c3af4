"""One platform process: settings, database (migrated), log key and the services on them."""

from __future__ import annotations

from typing import Any

from server import orgs
from server.auth import Authenticator
from server.custody import CustodyMailbox
from server.db import Database
from server.face import DevelopmentFaceProvider, FaceChecks, FaceProvider
from server.issuance import Issuance, load_ca
from server.keys import load_or_create
from server.ledger import Ledger
from server.migrations import migrate
from server.ocsp import OcspResponder
from server.revocation import Revocations
from server.settings import Settings
from server.sms import FileGateway, SmsChallenges, SmsGateway
from server.tsa import TimeStamper


class Platform:
    """Everything behind the HTTP routes and the operator commands."""

    def __init__(
        self,
        settings: Settings,
        *,
        gateway: SmsGateway | None = None,
        face_provider: FaceProvider | None = None,
    ) -> None:
        self.settings = settings
        self.db = Database(settings.db_url)
        migrate(self.db, settings.clock())
        self.key = load_or_create(settings.log_key_path)
        tsa = TimeStamper(settings.tsa_url) if settings.tsa_url else None
        self.ledger = Ledger(self.db, self.key, settings.clock, tsa)
        self.auth = Authenticator(self.db, settings)
        if gateway is None and settings.sms_outbox is not None:
            gateway = FileGateway(settings.sms_outbox, settings.clock)
        self.sms = SmsChallenges(self.db, self.key, settings, gateway)
        self.face = FaceChecks(
            self.db, self.key, settings, face_provider or DevelopmentFaceProvider()
        )
        self.custody = CustodyMailbox(self.db, settings.clock)
        ca = load_ca(*settings.ca_paths())
        self.issuance = Issuance(self.db, ca, settings)
        self.revocations = Revocations(self.db, ca, settings.clock)
        self.ocsp = OcspResponder(self.revocations)

    def create_org(self, name: str) -> tuple[str, str]:
        """A new organisation with its empty log; its id and a one-time enrolment token."""
        now = self.settings.clock()
        with self.db.write() as conn:
            org_id = orgs.create_org(conn, name, now)
            self.ledger.create_log(conn, org_id)
            token = orgs.issue_token(conn, org_id, now)
        return org_id, token

    def issue_token(self, org_id: str) -> str:
        """Another one-time enrolment token (one per device)."""
        with self.db.write() as conn:
            return orgs.issue_token(conn, org_id, self.settings.clock())

    def add_signer(self, org_id: str, signer_id: str, phone: str) -> None:
        """Register a signer's phone number for SMS codes."""
        with self.db.write() as conn:
            orgs.add_signer(conn, org_id, signer_id, phone, self.settings.clock())

    def register_device(self, token: str, certificate_b64: str, label: str) -> orgs.Device:
        """``POST /v1/devices``."""
        with self.db.write() as conn:
            return orgs.register_device(conn, token, certificate_b64, label, self.settings.clock())

    def revoke_device(self, device_id: str) -> dict[str, Any]:
        """Revoke a device on every app server of this database (see :mod:`server.auth`)."""
        with self.db.write() as conn:
            return orgs.revoke_device(conn, device_id, self.settings.clock())

    def list_devices(self, org_id: str) -> list[dict[str, Any]]:
        """The devices enrolled in an organisation, revoked ones included."""
        with self.db.read() as conn:
            return orgs.list_devices(conn, org_id)

    def close(self) -> None:
        self.db.close()

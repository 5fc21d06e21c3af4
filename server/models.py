"""Request and response bodies of protocol version 1 (they make ``server/openapi.json``).

Requests are strict: any field that is not in the protocol is refused (``extra="forbid"``),
nothing is coerced, fingerprints are 64 lowercase hex characters and ids have fixed shapes, so
no document content or personal data can ride along.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from server.timefmt import PATTERN as RFC3339

Hex64 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
EventId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}:[1-9][0-9]{0,15}$")]
EventType = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_.]{0,63}$")]
Time = Annotated[str, StringConstraints(pattern=RFC3339)]
Uuid = Annotated[str, StringConstraints(pattern=r"^[0-9a-f-]{36}$")]
MAX_IMAGE_B64 = 4 * ((2 * 1024 * 1024 + 2) // 3)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- requests ---------------------------------------------------------------------------------


class DeviceRequest(Strict):
    enrolment_token: Annotated[str, StringConstraints(min_length=1, max_length=128)]
    certificate: Annotated[str, StringConstraints(min_length=1, max_length=8192)]
    label: Annotated[str, StringConstraints(max_length=64, pattern=r"^[^\x00-\x1f\x7f]*$")] = ""


class EventRequest(Strict):
    event_id: EventId
    sha256: Hex64
    sm3: Hex64
    type: EventType
    at: Time


class EvidenceRequest(Strict):
    events: list[EventRequest] = Field(min_length=1, max_length=500)


class SmsRequest(Strict):
    signer_id: Hex64
    document_sha256: Hex64


class CodeRequest(Strict):
    code: Annotated[str, StringConstraints(pattern=r"^[0-9]{6}$")]


class FaceRequest(Strict):
    signer_id: Hex64
    document_sha256: Hex64
    consent_ref: Hex64
    image: Annotated[str, StringConstraints(min_length=1, max_length=MAX_IMAGE_B64)]


class CertificateRequest(Strict):
    csr: Annotated[str, StringConstraints(min_length=1, max_length=8192)] = Field(
        description="PKCS#10 certificate request, base64 DER")
    signer_id: Hex64
    intent: Uuid = Field(description="an SMS challenge verified for the SHA-256 of the CSR DER")


Envelope = Annotated[str, StringConstraints(min_length=2, max_length=64 * 1024)]


class CustodyPost(Strict):
    request: Envelope = Field(description="request.json of a request file: canonical JSON")
    decision: Envelope | None = Field(default=None,
                                      description="decision.json, once the request is decided")


# -- answers ----------------------------------------------------------------------------------


class ErrorAnswer(BaseModel):
    error: str
    detail: str
    attempts_left: int | None = None


class DeviceAnswer(Answer):
    device_id: Uuid
    org_id: Uuid


class TreeHead(Answer):
    org_id: Uuid
    tree_size: int
    root_hash: Hex64
    timestamp: Time
    log_id: Hex64
    signature: str
    timestamp_token: str | None = Field(default=None, description="absent without a TSA")


class Leaf(Answer):
    device: Uuid
    event_id: EventId
    sha256: Hex64
    sm3: Hex64
    type: EventType
    at: Time


class Receipt(Answer):
    event_id: EventId
    leaf_index: int
    leaf: Leaf
    tree_size: int
    inclusion_proof: list[Hex64]
    duplicate: bool


class EvidenceAnswer(Answer):
    tree_head: TreeHead
    receipts: list[Receipt]


class LogKeyAnswer(Answer):
    log_id: Hex64
    public_key: str


class ConsistencyAnswer(Answer):
    first: int
    second: int
    proof: list[Hex64]


class InclusionAnswer(Answer):
    leaf_index: int
    tree_size: int
    inclusion_proof: list[Hex64]


class ChallengeAnswer(Answer):
    challenge_id: Uuid
    expires_at: Time
    resend_after: Time
    masked_phone: str
    attempts_left: int


class Attestation(Answer):
    challenge_id: Uuid
    signer_id: Hex64
    document_sha256: Hex64
    method: Literal["sms", "face"]
    verified_at: Time
    log_id: Hex64
    signature: str


class VerifyAnswer(Answer):
    verified: Literal[True]
    attestation: Attestation


class FaceAnswer(Answer):
    verified: bool
    attestation: Attestation | None


class CertificateAnswer(Answer):
    certificate: str = Field(description="the certificate, base64 DER")
    chain: list[str] = Field(description="issuing CA certificates, base64 DER, root last")


class CustodyPostAnswer(Answer):
    id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
    seq: int
    request_added: bool
    decision_added: bool


class CustodyEntry(Answer):
    id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
    seq: int = Field(description="the organisation's change counter when this entry last changed")
    request: str
    decision: str | None
    posted_at: Time
    updated_at: Time


class CustodyList(Answer):
    requests: list[CustodyEntry]
    cursor: int = Field(description="ask with since=cursor next time")
    more: bool

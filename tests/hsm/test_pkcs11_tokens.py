"""Scanning, choosing a token or key by URI, and logging in, against real SoftHSM tokens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crypto.errors import (
    Cancelled,
    CertificateExpired,
    KeyNotFound,
    NoToken,
    PinIncorrect,
    Pkcs11UriError,
    TokenError,
)
from crypto.tokens.base import KeySession, TokenInfo
from crypto.tokens.pkcs11 import (
    Pkcs11Session,
    open_session,
    open_uri,
    scan_tokens,
    token_uri,
)
from tests.fixtures.softhsm import PINS, TOKEN_A, TOKEN_B, ScriptedUser, SoftHsm

pytestmark = pytest.mark.hsm


@pytest.fixture
def token_a(softhsm: SoftHsm) -> TokenInfo:
    return next(t for t in scan_tokens([softhsm.module]) if t.label == TOKEN_A)


@pytest.fixture
def session_a(softhsm: SoftHsm, token_a: TokenInfo) -> Iterator[Pkcs11Session]:
    with open_session(token_a, ScriptedUser(), pin=PINS[TOKEN_A]) as session:
        yield session


# --- scan -----------------------------------------------------------------------------------


def test_scan_shows_both_tokens_with_their_flags(softhsm: SoftHsm) -> None:
    tokens = {t.label: t for t in scan_tokens([softhsm.module])}
    assert set(tokens) == {TOKEN_A, TOKEN_B}  # SoftHSM's blank spare slot is not listed
    for token in tokens.values():
        assert token.module_path == softhsm.module
        assert token.manufacturer == "SoftHSM project" and token.model == "SoftHSM v2"
        assert len(token.serial) == 16 and int(token.serial, 16) >= 0
        assert token.flags.login_required and token.flags.user_pin_initialized
        assert not token.flags.pin_locked and not token.flags.protected_auth_path
        assert token.slot_description.startswith("SoftHSM slot")
    assert tokens[TOKEN_A].serial != tokens[TOKEN_B].serial


def test_flags_are_read_fresh_after_a_wrong_pin(softhsm: SoftHsm, token_a: TokenInfo) -> None:
    with pytest.raises(PinIncorrect):
        open_session(token_a, ScriptedUser(), pin="000000")
    after_failure = next(t for t in scan_tokens([softhsm.module]) if t.label == TOKEN_A)
    assert after_failure.flags.pin_count_low  # SoftHSM sets CKF_USER_PIN_COUNT_LOW
    assert after_failure.state == "pin_count_low"
    open_session(token_a, ScriptedUser(), pin=PINS[TOKEN_A]).close()
    after_success = next(t for t in scan_tokens([softhsm.module]) if t.label == TOKEN_A)
    assert not after_success.flags.pin_count_low


# --- choosing by URI ------------------------------------------------------------------------


def test_open_by_token_label(softhsm: SoftHsm) -> None:
    with open_session(softhsm.uri(TOKEN_B), ScriptedUser(), pin=PINS[TOKEN_B]) as session:
        assert session.token.label == TOKEN_B
        assert session.select().label == "person-rsa"  # the only usable key on B


def test_open_by_serial_and_module_name(softhsm: SoftHsm, token_a: TokenInfo) -> None:
    uri = f"pkcs11:serial={token_a.serial}?module-path={softhsm.module}"
    with open_session(uri, ScriptedUser(), pin=PINS[TOKEN_A]) as session:
        assert session.token.label == TOKEN_A
    by_name = "pkcs11:token=SealDesk%20Test%20B?module-name=softhsm2"
    with open_session(by_name, ScriptedUser(), pin=PINS[TOKEN_B]) as session:
        assert session.token.serial != token_a.serial


def test_token_uri_round_trip(softhsm: SoftHsm, token_a: TokenInfo) -> None:
    uri = token_uri(token_a)
    with open_session(f"{uri}?module-path={softhsm.module}", ScriptedUser(),
                      pin=PINS[TOKEN_A]) as session:
        assert session.token.serial == token_a.serial


def test_no_token_matches(softhsm: SoftHsm) -> None:
    with pytest.raises(NoToken, match="matching pkcs11:token=Nobody"):
        open_session(softhsm.uri("Nobody"), ScriptedUser())


def test_several_tokens_match(softhsm: SoftHsm) -> None:
    with pytest.raises(Pkcs11UriError, match="matches 2 tokens"):
        open_session(f"pkcs11:model=SoftHSM%20v2?module-path={softhsm.module}", ScriptedUser())


def test_select_by_object_and_id(session_a: Pkcs11Session) -> None:
    assert session_a.select("pkcs11:object=seal-ec").key_type == "ec"
    assert session_a.select("pkcs11:id=%01").label == "seal-rsa"
    assert session_a.select("pkcs11:object=seal-rsa;id=%01;type=private").key_bits == 2048
    with pytest.raises(KeyNotFound):
        session_a.select("pkcs11:object=seal-rsa;id=%02")
    with pytest.raises(KeyNotFound):
        session_a.select("pkcs11:object=seal-rsa;type=data")
    with pytest.raises(Pkcs11UriError, match="matches 3 keys"):
        session_a.select()  # seal-rsa, seal-ec and seal-ec-aa are usable
    with pytest.raises(CertificateExpired):
        session_a.select("pkcs11:object=expired")


def test_same_id_on_two_tokens(softhsm: SoftHsm) -> None:
    uri = softhsm.uri(TOKEN_B, object="person-rsa")
    with open_session(uri, ScriptedUser(), pin=PINS[TOKEN_B]) as session:
        chosen = session.select()  # object from the URI the session was opened with
        assert chosen.key_id == b"\x01" and chosen.label == "person-rsa"


def test_a_uri_naming_a_key_narrows_the_listing(softhsm: SoftHsm) -> None:
    by_id = softhsm.uri(TOKEN_A).replace("?", ";id=%02?")
    with open_uri(by_id, ScriptedUser(), modules=[softhsm.module], pin=PINS[TOKEN_A]) as session:
        assert [c.label for c in session.certificates()] == ["seal-ec"]
    expired = softhsm.uri(TOKEN_A, object="expired")
    with open_uri(expired, ScriptedUser(), pin=PINS[TOKEN_A]) as session:
        [listed] = session.certificates()  # still listed, with the reason it cannot sign
        assert not listed.usable


# --- certificates ---------------------------------------------------------------------------


def test_certificates_with_keys_chain_and_hidden_reason(
    softhsm: SoftHsm, session_a: Pkcs11Session
) -> None:
    assert isinstance(session_a, KeySession)
    certs = {c.label: c for c in session_a.certificates()}
    assert set(certs) == {  # the CA certificates on the token are chain material, not listed
        "seal-rsa", "seal-ec", "expired", "seal-ec-aa", "not-yet-valid", "no-sign-usage"}
    assert (certs["seal-rsa"].key_type, certs["seal-rsa"].key_bits) == ("rsa", 2048)
    assert (certs["seal-ec"].key_type, certs["seal-ec"].key_bits) == ("ec", 256)
    for label, info in certs.items():
        entry = softhsm.entry(label)
        assert info.key_id == entry.key_id
        assert info.certificate.dump() == entry.cert.dump()
        assert [c.dump() for c in info.chain] == [c.dump() for c in entry.chain]
    hidden = {label: certs[label].hidden_reason or "" for label in certs}
    assert hidden["expired"].startswith("expired on")
    assert hidden["not-yet-valid"].startswith("not yet valid (from")
    assert hidden["no-sign-usage"] == "key usage does not allow signing"
    assert not any(certs[n].usable for n in ("expired", "not-yet-valid", "no-sign-usage"))
    assert all(certs[n].usable for n in ("seal-rsa", "seal-ec", "seal-ec-aa"))
    assert certs["seal-ec-aa"].always_authenticate and not certs["seal-ec"].always_authenticate


def test_signer_refuses_a_hidden_certificate(session_a: Pkcs11Session) -> None:
    expired = next(c for c in session_a.certificates() if c.label == "expired")
    with pytest.raises(CertificateExpired):
        session_a.signer(expired)


# --- PIN ------------------------------------------------------------------------------------


def test_prompt_says_which_token(softhsm: SoftHsm, token_a: TokenInfo) -> None:
    user = ScriptedUser(PINS[TOKEN_A])
    with open_session(token_a, user):
        pass
    assert len(user.requests) == 1
    request = user.requests[0]
    assert (request.token_label, request.serial) == (TOKEN_A, token_a.serial)
    assert not request.context_specific


def test_wrong_pin_is_reported_and_never_retried(token_a: TokenInfo) -> None:
    user = ScriptedUser("999999", PINS[TOKEN_A])  # a second answer is there, it must not be used
    with pytest.raises(PinIncorrect) as info:
        open_session(token_a, user)
    assert len(user.requests) == 1
    assert info.value.code == "pin_incorrect" and info.value.kind == "user"


def test_wrong_explicit_pin_does_not_fall_back_to_prompting(token_a: TokenInfo) -> None:
    with pytest.raises(PinIncorrect):
        open_session(token_a, ScriptedUser(), pin="999999")  # any prompt would fail the test


def test_cancel(token_a: TokenInfo) -> None:
    user = ScriptedUser(None)
    with pytest.raises(Cancelled) as info:
        open_session(token_a, user)
    assert info.value.kind == "cancel" and len(user.requests) == 1


def test_pin_sources_in_order(softhsm: SoftHsm, tmp_path: Path) -> None:
    pin_file = tmp_path / "pin"
    pin_file.write_text(PINS[TOKEN_A] + "\n", encoding="utf-8")
    sources = [
        softhsm.uri(TOKEN_A) + f"&pin-value={PINS[TOKEN_A]}",
        softhsm.uri(TOKEN_A) + f"&pin-source={pin_file.as_uri()}",
        softhsm.uri(TOKEN_A) + f"&pin-source={pin_file}",
    ]
    for uri in sources:
        with open_session(uri, ScriptedUser()) as session:  # no prompt allowed
            assert session.select("pkcs11:object=seal-rsa").usable
    # the explicit PIN (e.g. --pin-env) wins over the URI's
    wrong_in_uri = softhsm.uri(TOKEN_A) + "&pin-value=000000"
    with open_session(wrong_in_uri, ScriptedUser(), pin=PINS[TOKEN_A]):
        pass


def test_sessions_on_one_token_share_the_login(token_a: TokenInfo) -> None:
    first = open_session(token_a, ScriptedUser(PINS[TOKEN_A]))
    second_user = ScriptedUser()
    second = open_session(token_a, second_user)  # already logged in: no prompt
    first.close()
    assert second.select("pkcs11:object=seal-rsa").usable  # still logged in
    second.close()
    third_user = ScriptedUser(PINS[TOKEN_A])
    open_session(token_a, third_user).close()  # the last close logged out: asks again
    assert len(second_user.requests) == 0 and len(third_user.requests) == 1


def test_closed_session(token_a: TokenInfo) -> None:
    session = open_session(token_a, ScriptedUser(), pin=PINS[TOKEN_A])
    session.close()
    session.close()  # twice is fine
    with pytest.raises(TokenError, match="closed"):
        session.token_flags()

"""RFC 7512 PKCS#11 URIs: parsing, errors, writing back, matching, PIN sources."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto.errors import PinSourceError, Pkcs11UriError
from crypto.tokens.base import TokenInfo
from crypto.tokens.pkcs11.uri import (
    OBJECT_TYPES,
    Pkcs11Uri,
    parse_uri,
    read_pin_source,
    token_uri,
)

pytestmark = pytest.mark.unit


# --- the examples of RFC 7512 section 3.4 ------------------------------------------------------


def test_rfc_example_with_every_token_attribute() -> None:
    uri = parse_uri(
        "pkcs11:token=The%20Software%20PKCS%2311%20Softtoken;"
        "manufacturer=Snake%20Oil,%20Inc.;model=1.0;object=my-certificate;type=cert;"
        "id=%69%95%3E%5C%F4%BD%EC%E7%9B%3F%DF%1F%2B%5C%93%FA%E2%E4%29%2A;"
        "serial=?pin-source=file:/etc/token_pin"
    )
    assert uri.token == "The Software PKCS#11 Softtoken"
    assert uri.manufacturer == "Snake Oil, Inc."
    assert uri.model == "1.0"
    assert uri.object == "my-certificate"
    assert uri.type == "cert"
    assert uri.id == bytes.fromhex("69953E5CF4BDECE79B3FDF1F2B5C93FAE2E4292A")
    assert uri.serial == ""  # present but empty is not the same as absent
    assert uri.pin_source == "file:/etc/token_pin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pkcs11:", Pkcs11Uri()),
        ("pkcs11:object=my-pubkey;type=public", Pkcs11Uri(object="my-pubkey", type="public")),
        (
            "pkcs11:object=my-sign-key;type=private?module-name=mypkcs11",
            Pkcs11Uri(object="my-sign-key", type="private", module_name="mypkcs11"),
        ),
        (
            "pkcs11:object=my-sign-key;type=private?module-path=/mnt/libmypkcs11.so.1",
            Pkcs11Uri(object="my-sign-key", type="private", module_path="/mnt/libmypkcs11.so.1"),
        ),
        ("pkcs11:slot-description=Sun%20Metaslot", Pkcs11Uri(slot_description="Sun Metaslot")),
        (
            "pkcs11:library-manufacturer=Snake%20Oil,%20Inc.;"
            "library-description=Soft%20Token%20Library;library-version=1.23",
            Pkcs11Uri(
                library_manufacturer="Snake Oil, Inc.",
                library_description="Soft Token Library",
                library_version=(1, 23),
            ),
        ),
        (
            "pkcs11:token=My%20token%25%20created%20by%20Joe;library-version=3;"
            "id=%01%02%03%Ba%dd%Ca%fe%04%05%06",
            Pkcs11Uri(
                token="My token% created by Joe",
                library_version=(3, 0),
                id=bytes.fromhex("010203baddcafe040506"),
            ),
        ),
        (
            "pkcs11:token=A%20name%20with%20a%20substring%20%25%3B;object=my-certificate;type=cert",
            Pkcs11Uri(token="A name with a substring %;", object="my-certificate", type="cert"),
        ),
        (
            "pkcs11:token=Name%20with%20a%20small%20A%20with%20acute:%20%C3%A1;"
            "object=my-certificate;type=cert",
            Pkcs11Uri(token="Name with a small A with acute: á", object="my-certificate",
                      type="cert"),
        ),
        ("pkcs11:slot-id=3?pin-value=1234", Pkcs11Uri(slot_id=3, pin_value="1234")),
        # typed by hand in a shell: raw spaces and CJK text are read literally
        ("pkcs11:token=签章 测试;object=合同专用章",
         Pkcs11Uri(token="签章 测试", object="合同专用章")),
        ("PKCS11:token=a", Pkcs11Uri(token="a")),
    ],
)
def test_parses(text: str, expected: Pkcs11Uri) -> None:
    assert parse_uri(text) == expected


def test_vendor_attributes_are_kept_but_refused_when_used() -> None:
    uri = parse_uri(
        "pkcs11:token=my-token;object=my-certificate;type=cert;vendor-aaa=value-a"
        "?pin-source=file:/etc/token_pin&vendor-bbb=value-b"
    )
    assert uri.vendor_path == (("vendor-aaa", "value-a"),)
    assert uri.vendor_query == (("vendor-bbb", "value-b"),)
    assert parse_uri(str(uri)) == uri
    with pytest.raises(Pkcs11UriError, match="vendor-aaa"):
        uri.require_understood()
    # a misspelt attribute must not match every token
    typo = parse_uri("pkcs11:tokne=SealDesk")
    assert not typo.matches_token(_token())
    with pytest.raises(Pkcs11UriError, match="tokne"):
        typo.require_understood()


# --- malformed URIs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("token=a", "must start with 'pkcs11:'"),
        ("pkcs11 :token=a", "must start with 'pkcs11:'"),
        ("pkcs11:token=a%2", "broken percent-encoding in 'token'"),
        ("pkcs11:id=%zz", "broken percent-encoding in 'id'"),
        ("pkcs11:token=a;token=b", "'token' is given twice"),
        ("pkcs11:token=a;module-path=/x.so", "'module-path' belongs after '?'"),
        ("pkcs11:?token=a", "'token' belongs before '?'"),
        ("pkcs11:slot-id=abc", "slot-id must be a decimal number"),
        ("pkcs11:slot-id=-1", "slot-id must be a decimal number"),
        ("pkcs11:type=key", "type must be one of"),
        ("pkcs11:library-version=v2", "library-version must look like"),
        ("pkcs11:?pin-value=1&pin-source=/p", "either pin-value or pin-source"),
        ("pkcs11:token", "'token' in the path is not name=value"),
        ("pkcs11:token=a;", "'' in the path is not name=value"),
        ("pkcs11:token=a#frag", "'#' is not allowed"),
        ("pkcs11:token=%FF%FE", "'token' is not UTF-8 text"),
    ],
)
def test_malformed(text: str, reason: str) -> None:
    with pytest.raises(Pkcs11UriError) as info:
        parse_uri(text)
    assert reason in str(info.value)
    assert info.value.code == "pkcs11_uri"
    assert info.value.kind == "user"


@pytest.mark.parametrize("text", ["pkcs11:?pin-value654321", "pkcs11:?pin-value=65%Z4321"])
def test_errors_never_echo_a_pin(text: str) -> None:
    with pytest.raises(Pkcs11UriError) as info:
        parse_uri(text)
    assert "654321" not in str(info.value) and "Z4" not in str(info.value)


def test_pin_value_stays_out_of_text_and_repr() -> None:
    uri = parse_uri("pkcs11:token=A?pin-value=s3cret-123")
    assert uri.pin_value == "s3cret-123"
    assert "s3cret" not in str(uri)
    assert "s3cret" not in repr(uri)
    assert "pin-value=s3cret-123" in uri.to_string(include_pin_value=True)


# --- round trip -----------------------------------------------------------------------------

_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=20)
_vendor_name = st.from_regex(r"\Ax-[a-z0-9_-]{1,8}\Z")


@st.composite
def uris(draw: st.DrawFn) -> Pkcs11Uri:
    opt = lambda s: draw(st.none() | s)  # noqa: E731
    pin_value, pin_source = (opt(_text), None) if draw(st.booleans()) else (None, opt(_text))
    vendor_path = draw(st.lists(st.tuples(_vendor_name, _text), max_size=2,
                                unique_by=lambda kv: kv[0]))
    return Pkcs11Uri(
        token=opt(_text), manufacturer=opt(_text), serial=opt(_text), model=opt(_text),
        library_manufacturer=opt(_text), library_description=opt(_text),
        library_version=opt(st.tuples(st.integers(0, 255), st.integers(0, 255))),
        object=opt(_text), type=opt(st.sampled_from(sorted(OBJECT_TYPES))),
        id=opt(st.binary(max_size=20)), slot_manufacturer=opt(_text),
        slot_description=opt(_text), slot_id=opt(st.integers(0, 2**32 - 1)),
        pin_value=pin_value, pin_source=pin_source, module_name=opt(_text),
        module_path=opt(_text), vendor_path=tuple(vendor_path),
    )


@given(uris())
def test_round_trip(uri: Pkcs11Uri) -> None:
    text = uri.to_string(include_pin_value=True)
    assert parse_uri(text) == uri
    assert parse_uri(text).to_string(include_pin_value=True) == text


@given(st.binary(max_size=64))
def test_any_id_bytes_survive(key_id: bytes) -> None:
    assert parse_uri(str(Pkcs11Uri(id=key_id))).id == key_id


# --- matching -------------------------------------------------------------------------------


def _token(**changes: object) -> TokenInfo:
    values: dict[str, object] = dict(
        module_path="/usr/lib/softhsm/libsofthsm2.so", slot_id=7, label="SealDesk Test A",
        serial="9c0f4528b635c436", manufacturer="SoftHSM project", model="SoftHSM v2",
        slot_description="SoftHSM slot ID 0x7", slot_manufacturer="SoftHSM project",
    )
    values.update(changes)
    return TokenInfo(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("pkcs11:", True),
        ("pkcs11:token=SealDesk%20Test%20A", True),
        ("pkcs11:token=SealDesk%20Test%20B", False),
        ("pkcs11:serial=9c0f4528b635c436;model=SoftHSM%20v2", True),
        ("pkcs11:serial=other", False),
        ("pkcs11:slot-id=7;slot-manufacturer=SoftHSM%20project", True),
        ("pkcs11:slot-id=8", False),
        ("pkcs11:slot-description=SoftHSM%20slot%20ID%200x7", True),
        ("pkcs11:manufacturer=Feitian", False),
        ("pkcs11:token=SealDesk%20Test%20A;object=seal-rsa", True),  # object attrs: not here
    ],
)
def test_matches_token(text: str, matches: bool) -> None:
    assert parse_uri(text).matches_token(_token()) is matches


def test_token_uri_names_exactly_that_token() -> None:
    token = _token()
    uri = token_uri(token)
    assert parse_uri(str(uri)).matches_token(token)
    assert not uri.matches_token(_token(serial="another"))
    key = parse_uri(str(uri.with_object(label="合同专用章", key_id=b"\x01", type="private")))
    assert key.matches_token(token)
    assert key.matches_object(label="合同专用章", key_id=b"\x01", kind="private")


@pytest.mark.parametrize(
    ("query", "path", "matches"),
    [
        ("module-name=softhsm2", "/usr/lib/softhsm/libsofthsm2.so", True),
        ("module-name=libsofthsm2", "/usr/lib/softhsm/libsofthsm2.so", True),
        ("module-name=libsofthsm2.so", "/usr/lib/softhsm/libsofthsm2.so", True),
        ("module-name=opensc-pkcs11", "/usr/lib/opensc-pkcs11.so", True),
        ("module-name=castle", "/usr/lib/libcastle.so.1.0.0", True),
        ("module-name=softhsm2", "/usr/lib/opensc-pkcs11.so", False),
        ("module-path=/nonexistent/a.so", "/nonexistent/a.so", True),
        ("module-path=/nonexistent/a.so", "/nonexistent/b.so", False),
    ],
)
def test_matches_module(query: str, path: str, matches: bool) -> None:
    assert parse_uri(f"pkcs11:?{query}").matches_module(path) is matches


def test_matches_library_info() -> None:
    uri = parse_uri("pkcs11:library-manufacturer=SoftHSM;library-version=2.6")
    assert uri.matches_module("/x.so", manufacturer="SoftHSM", description="d", version=(2, 6))
    assert not uri.matches_module("/x.so", manufacturer="SoftHSM", description="d",
                                  version=(2, 5))
    assert not uri.matches_module("/x.so", manufacturer="OpenSC", description="d",
                                  version=(2, 6))


def test_matches_object() -> None:
    uri = parse_uri("pkcs11:object=seal-rsa;id=%01;type=private")
    assert uri.matches_object(label="seal-rsa", key_id=b"\x01", kind="private")
    assert not uri.matches_object(label="seal-rsa", key_id=b"\x02", kind="private")
    assert not uri.matches_object(label="seal-rsa", key_id=b"\x01", kind="cert")
    assert not uri.matches_object(label="seal-ec", key_id=b"\x01", kind="private")
    assert Pkcs11Uri().matches_object(label="x", key_id=b"", kind="data")


# --- PIN sources ----------------------------------------------------------------------------


def test_pin_source_file_uri_and_path(tmp_path: Path) -> None:
    pin_file = tmp_path / "pin 文件.txt"
    pin_file.write_text("123456\n", encoding="utf-8")
    assert read_pin_source(str(pin_file)) == "123456"
    pin_file.write_bytes(b"123456\r\n")
    assert read_pin_source(str(pin_file)) == "123456"
    assert read_pin_source(pin_file.as_uri()) == "123456"
    assert read_pin_source("file:" + str(pin_file).replace(" ", "%20")) == "123456"


@pytest.mark.parametrize("source", ["|/usr/bin/get-pin", "env:PIN", "file://server/share/pin"])
def test_pin_source_refuses_what_is_not_a_local_file(source: str) -> None:
    with pytest.raises(PinSourceError):
        read_pin_source(source)


def test_pin_source_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PinSourceError) as info:
        read_pin_source(str(tmp_path / "missing"))
    assert "missing" in str(info.value)

"""RFC 7512 PKCS#11 URIs: parse, write back, and match tokens, modules and objects.

``pkcs11:token=SealDesk%20Test%20A;object=seal-rsa?module-path=/usr/lib/softhsm/libsofthsm2.so``

Parsing is strict about structure (repeated or misplaced attributes, broken percent-encoding,
bad ``slot-id``/``type``/``library-version``) and lenient about characters that RFC 7512 wants
percent-encoded but that cannot be misread (spaces, CJK text typed in a shell).  Attributes
RFC 7512 does not define are vendor-specific: they parse, but a URI whose path has one is
refused when used to find a token or key (``require_understood``), so a misspelt ``tokne=``
fails loudly instead of matching every token.
The ``pin-value`` attribute is kept out of ``repr`` and ``str`` so a URI can be logged.
"""

from __future__ import annotations

import dataclasses
import os
import re
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from crypto.errors import PinSourceError, Pkcs11UriError, Text
from crypto.tokens.base import TokenInfo

SCHEME = "pkcs11:"

# attribute name -> dataclass field, in the order RFC 7512 lists them (also the writing order)
_PATH_FIELDS = {
    "token": "token",
    "manufacturer": "manufacturer",
    "serial": "serial",
    "model": "model",
    "library-manufacturer": "library_manufacturer",
    "library-version": "library_version",
    "library-description": "library_description",
    "object": "object",
    "type": "type",
    "id": "id",
    "slot-manufacturer": "slot_manufacturer",
    "slot-description": "slot_description",
    "slot-id": "slot_id",
}
_QUERY_FIELDS = {
    "pin-source": "pin_source",
    "pin-value": "pin_value",
    "module-name": "module_name",
    "module-path": "module_path",
}
OBJECT_TYPES = frozenset({"public", "private", "cert", "secret-key", "data"})

_NAME = re.compile(r"[A-Za-z0-9_-]+\Z")
_VERSION = re.compile(r"(\d+)(?:\.(\d+))?\Z")
_UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
_PATH_SAFE = _UNRESERVED + ":[]@!$'()*+,=&"
_QUERY_SAFE = _UNRESERVED + ":[]@!$'()*+,=/?|"


@dataclass(frozen=True)
class Pkcs11Uri:
    """A parsed PKCS#11 URI; unset attributes are None (they match anything)."""

    token: str | None = None
    manufacturer: str | None = None
    serial: str | None = None
    model: str | None = None
    library_manufacturer: str | None = None
    library_version: tuple[int, int] | None = None
    library_description: str | None = None
    object: str | None = None
    type: str | None = None
    id: bytes | None = None
    slot_manufacturer: str | None = None
    slot_description: str | None = None
    slot_id: int | None = None
    pin_source: str | None = None
    pin_value: str | None = field(default=None, repr=False)
    module_name: str | None = None
    module_path: str | None = None
    vendor_path: tuple[tuple[str, str], ...] = ()  # attributes RFC 7512 does not define
    vendor_query: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return self.to_string()

    def to_string(self, *, include_pin_value: bool = False) -> str:
        """The URI text; ``pin-value`` is left out unless asked for (logs, messages)."""
        path = [
            f"{name}={_encode_value(name, getattr(self, attr), _PATH_SAFE)}"
            for name, attr in _PATH_FIELDS.items()
            if getattr(self, attr) is not None
        ]
        path += [f"{n}={_quote(v, _PATH_SAFE)}" for n, v in self.vendor_path]
        query = [
            f"{name}={_quote(getattr(self, attr), _QUERY_SAFE)}"
            for name, attr in _QUERY_FIELDS.items()
            if getattr(self, attr) is not None and (include_pin_value or name != "pin-value")
        ]
        query += [f"{n}={_quote(v, _QUERY_SAFE)}" for n, v in self.vendor_query]
        return SCHEME + ";".join(path) + ("?" + "&".join(query) if query else "")

    def with_object(
        self, *, label: str | None = None, key_id: bytes | None = None, type: str | None = None
    ) -> Pkcs11Uri:
        """This URI narrowed to one object (e.g. a token URI plus a key's label and id)."""
        return dataclasses.replace(self, object=label, id=key_id, type=type)

    def require_understood(self) -> None:
        """Raise Pkcs11UriError if the path has attributes we cannot match (RFC 7512 says a URI
        with a path attribute the consumer does not understand matches nothing)."""
        if self.vendor_path:
            names = ", ".join(f"'{name}'" for name, _ in self.vendor_path)
            raise Pkcs11UriError(
                detail=Text("SealDesk does not know the attribute {names}", names=names)
            )

    def matches_token(self, token: TokenInfo) -> bool:
        """Whether the token and its slot fit every token and slot attribute of this URI."""
        if self.vendor_path:
            return False  # attributes we do not understand must not silently match
        wanted = (
            (self.token, token.label),
            (self.manufacturer, token.manufacturer),
            (self.model, token.model),
            (self.serial, token.serial),
            (self.slot_description, token.slot_description),
            (self.slot_manufacturer, token.slot_manufacturer),
        )
        if any(want is not None and want != have for want, have in wanted):
            return False
        return self.slot_id is None or self.slot_id == token.slot_id

    def matches_module(
        self,
        path: str,
        *,
        manufacturer: str | None = None,
        description: str | None = None,
        version: tuple[int, int] | None = None,
    ) -> bool:
        """Whether a module file (and its CK_INFO, when known) fits module-* and library-*."""
        if self.module_path is not None and not _same_file(self.module_path, path):
            return False
        if self.module_name is not None and not _module_name_fits(self.module_name, path):
            return False
        wanted = (
            (self.library_manufacturer, manufacturer),
            (self.library_description, description),
            (self.library_version, version),
        )
        return all(want is None or want == have for want, have in wanted)

    def matches_object(self, *, label: str, key_id: bytes, kind: str) -> bool:
        """Whether an object (kind: public, private, cert, secret-key, data) fits this URI."""
        return (
            (self.object is None or self.object == label)
            and (self.id is None or self.id == key_id)
            and (self.type is None or self.type == kind)
        )


def parse_uri(text: str) -> Pkcs11Uri:
    """Parse a PKCS#11 URI, raising Pkcs11UriError with the reason when it is malformed."""
    text = text.strip()
    if not text[: len(SCHEME)].lower() == SCHEME:
        raise Pkcs11UriError(detail=Text("it must start with 'pkcs11:'"))
    body = text[len(SCHEME) :]
    if "#" in body:
        raise Pkcs11UriError(detail=Text("'#' is not allowed; write it as %23"))
    path, _, query = body.partition("?")
    values: dict[str, object] = {}
    vendor_path = _parse_part(path, ";", _PATH_FIELDS, _QUERY_FIELDS, values, "path")
    vendor_query = _parse_part(query, "&", _QUERY_FIELDS, _PATH_FIELDS, values, "query")
    if "pin_value" in values and "pin_source" in values:
        raise Pkcs11UriError(detail=Text("give either pin-value or pin-source, not both"))
    return Pkcs11Uri(**values, vendor_path=vendor_path, vendor_query=vendor_query)  # type: ignore[arg-type]


def token_uri(token: TokenInfo) -> Pkcs11Uri:
    """A URI that names exactly this token (label, manufacturer, model, serial)."""
    return Pkcs11Uri(
        token=token.label,
        manufacturer=token.manufacturer,
        model=token.model,
        serial=token.serial,
    )


def read_pin_source(source: str) -> str:
    """The PIN in a pin-source (a file: URI or a plain path), without its line ending."""
    if source.startswith("|"):
        raise PinSourceError(source=source, todo="SealDesk does not run commands to get a PIN.")
    if ":" in source.split("/", 1)[0] and not source.lower().startswith("file:"):
        if not re.match(r"[A-Za-z]:[\\/]", source):  # a Windows drive letter is a path
            raise PinSourceError(source=source, todo="Only file: PIN sources are supported.")
    path = _file_uri_path(source) if source.lower().startswith("file:") else source
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise PinSourceError(source=source) from exc
    try:
        pin = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PinSourceError(source=source, todo="The file must hold the PIN as text.") from exc
    for ending in ("\r\n", "\n"):  # a PIN saved by Notepad must not cost a try
        if pin.endswith(ending):
            return pin[: -len(ending)]
    return pin


# --- internals --------------------------------------------------------------------------------


def _parse_part(
    part: str,
    separator: str,
    own: dict[str, str],
    other: dict[str, str],
    values: dict[str, object],
    where: str,
) -> tuple[tuple[str, str], ...]:
    vendor: list[tuple[str, str]] = []
    if not part:
        return ()
    for item in part.split(separator):
        name, eq, raw = item.partition("=")
        name = name.strip()
        if not eq or not _NAME.match(name):
            if where == "query":  # might be a mistyped pin-value: do not echo it
                raise Pkcs11UriError(detail=Text("an attribute in the query is not name=value"))
            shown = item if len(item) <= 40 else item[:37] + "..."
            raise Pkcs11UriError(detail=Text("'{item}' in the path is not name=value", item=shown))
        if name in other:
            if where == "path":
                raise Pkcs11UriError(detail=Text("'{name}' belongs after '?'", name=name))
            raise Pkcs11UriError(detail=Text("'{name}' belongs before '?'", name=name))
        if name in own:
            attr = own[name]
            if attr in values:
                raise Pkcs11UriError(detail=Text("'{name}' is given twice", name=name))
            values[attr] = _typed_value(name, _percent_decode(raw, name))
        else:  # vendor-specific (or misspelt): kept, and refused when the URI is used
            vendor.append((name, _text(_percent_decode(raw, name), name)))
    return tuple(vendor)


def _typed_value(name: str, raw: bytes) -> object:
    if name == "id":
        return raw
    text = _text(raw, name)
    if name == "slot-id":
        if not text.isascii() or not text.isdigit():
            raise Pkcs11UriError(
                detail=Text("slot-id must be a decimal number, not '{text}'", text=text)
            )
        return int(text)
    if name == "library-version":
        match = _VERSION.match(text) if text.isascii() else None
        if not match:
            raise Pkcs11UriError(
                detail=Text("library-version must look like 2 or 2.40, not '{text}'", text=text)
            )
        return (int(match.group(1)), int(match.group(2) or 0))
    if name == "type" and text not in OBJECT_TYPES:
        allowed = ", ".join(sorted(OBJECT_TYPES))
        raise Pkcs11UriError(
            detail=Text("type must be one of {allowed}, not '{text}'", allowed=allowed, text=text)
        )
    return text


def _percent_decode(raw: str, name: str) -> bytes:
    out = bytearray()
    i = 0
    while i < len(raw):
        char = raw[i]
        if char == "%":
            pair = raw[i + 1 : i + 3]
            if len(pair) != 2 or not all(c in "0123456789abcdefABCDEF" for c in pair):
                if name == "pin-value":  # never echo a PIN
                    raise Pkcs11UriError(
                        detail=Text("broken percent-encoding in '{name}'", name=name)
                    )
                raise Pkcs11UriError(
                    detail=Text(
                        "broken percent-encoding in '{name}' ('%{pair}')", name=name, pair=pair
                    )
                )
            out.append(int(pair, 16))
            i += 3
        else:
            out += char.encode("utf-8")
            i += 1
    return bytes(out)


def _text(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Pkcs11UriError(detail=Text("'{name}' is not UTF-8 text", name=name)) from None


def _encode_value(name: str, value: object, safe: str) -> str:
    if name == "id":
        assert isinstance(value, bytes)
        return "".join(f"%{b:02X}" for b in value)
    if name == "library-version":
        assert isinstance(value, tuple)
        return f"{value[0]}.{value[1]}"
    return _quote(str(value), safe)


def _quote(value: str, safe: str) -> str:
    return urllib.parse.quote(value, safe=safe, encoding="utf-8")


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def _module_name_fits(name: str, path: str) -> bool:
    """module-name is the file name without directory, 'lib' prefix or extension."""
    base = os.path.basename(path)
    stem = base.split(".", 1)[0]
    candidates: Iterable[str] = {base, stem, stem[3:] if stem.startswith("lib") else stem}
    return name.lower() in {c.lower() for c in candidates}


def _file_uri_path(uri: str) -> str:
    parsed = urllib.parse.urlsplit(uri)
    if parsed.netloc not in ("", "localhost"):
        raise PinSourceError(source=uri, todo="Only local file: PIN sources are supported.")
    return urllib.request.url2pathname(parsed.path)

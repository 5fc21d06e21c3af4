"""Personal data: resident ID validation, SM4-GCM bound to the record, HMAC-SM3 blind index."""

from __future__ import annotations

import hmac as std_hmac
import os

import pytest

from app.vault.documents import NewDocument
from app.vault.personal import (
    RESIDENT_ID,
    add_field,
    blind_index,
    erase_fields,
    fields_for,
    find_documents,
    mask,
    resident_id_check_digit,
    sm4_gcm_decrypt,
    sm4_gcm_encrypt,
    validate_resident_id,
)
from crypto import errors

pytestmark = pytest.mark.unit

GOOD = "11010519491231002X"  # the example number of GB 11643-1999


def test_resident_id_validation():
    assert validate_resident_id(" 110105 19491231 002x ") == GOOD
    assert resident_id_check_digit("44030419900101001") == "1"  # weights and MOD 11-2 table
    for bad, why in [
        ("11010519491231002", "18"),
        ("11010519491231002Y", "digits"),
        ("110105194912310021", "check digit"),
        ("110105194913310028", "date of birth"),
        ("110105280001010015", "date of birth"),
    ]:
        with pytest.raises(errors.PersonalDataInvalid) as info:
            validate_resident_id(bad)
        assert why in str(info.value)


def test_mask_shows_only_the_ends():
    assert mask(GOOD) == "1101**********002X"


def test_sm4_gcm_rfc8998_vector():
    # RFC 8998 appendix A.1 (SM4-GCM)
    key = bytes.fromhex("0123456789ABCDEFFEDCBA9876543210")
    iv = bytes.fromhex("00001234567800000000ABCD")
    aad = bytes.fromhex("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2")
    pt = bytes.fromhex("AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
                       "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA")
    out = sm4_gcm_encrypt(key, iv, pt, aad)
    assert out[:-16].hex().upper() == (
        "17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735"
        "D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D")
    assert out[-16:].hex().upper() == "83DE3541E4C2B58177E065A9BF7B62EC"
    assert sm4_gcm_decrypt(key, iv, out, aad) == pt


def test_sm3_and_sm4_against_an_independent_implementation():
    gmssl = pytest.importorskip("gmssl")
    import hashlib

    from gmssl import func, sm3
    from gmssl.sm4 import SM4_ENCRYPT, CryptSM4

    data = os.urandom(1000)
    assert hashlib.new("sm3", data).hexdigest() == sm3.sm3_hash(func.bytes_to_list(data))
    key, block = os.urandom(16), os.urandom(16)
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    ours = Cipher(algorithms.SM4(key), modes.ECB()).encryptor().update(block)
    ref = CryptSM4()
    ref.set_key(key, SM4_ENCRYPT)
    assert ref.crypt_ecb(block)[:16] == ours
    assert gmssl


def test_blind_index_is_hmac_sm3():
    import hashlib

    key = os.urandom(32)
    expected = std_hmac.new(key, b"resident_id\x00" + GOOD.encode(), lambda: hashlib.new("sm3"))
    assert blind_index(key, RESIDENT_ID, GOOD) == expected.digest()


def archived(vault, tmp_path, name):
    src = tmp_path / name
    src.write_bytes(b"%PDF-1.7 " + name.encode())
    return vault.archive_file(src, NewDocument(name=name, origin="import")).record


def test_fields_are_encrypted_found_by_index_and_masked(vault, tmp_path):
    a, b = archived(vault, tmp_path, "a.pdf"), archived(vault, tmp_path, "b.pdf")
    add_field(vault, a.id, RESIDENT_ID, GOOD.lower())
    add_field(vault, b.id, RESIDENT_ID, "440304199001010011")
    assert find_documents(vault, RESIDENT_ID, GOOD) == [a.id]
    [field] = fields_for(vault, a.id)
    assert field.value == GOOD and field.masked == "1101**********002X"
    rows = vault.db.call(lambda c: c.execute("SELECT ciphertext, blind_index FROM personal").fetchall())
    assert all(GOOD.encode() not in bytes(r[0]) + bytes(r[1]) for r in rows)
    with pytest.raises(errors.PersonalDataInvalid):
        add_field(vault, a.id, RESIDENT_ID, "110105194912310021")


def test_ciphertext_moved_to_another_record_does_not_decrypt(vault, tmp_path):
    a, b = archived(vault, tmp_path, "a.pdf"), archived(vault, tmp_path, "b.pdf")
    add_field(vault, a.id, RESIDENT_ID, GOOD)
    add_field(vault, b.id, RESIDENT_ID, "440304199001010011")
    vault.db.call(lambda c: c.execute(
        "UPDATE personal SET ciphertext = (SELECT ciphertext FROM personal WHERE document_id = ?),"
        " nonce = (SELECT nonce FROM personal WHERE document_id = ?) WHERE document_id = ?",
        (a.id, a.id, b.id)))
    with pytest.raises(errors.VaultTampered):
        fields_for(vault, b.id)
    assert fields_for(vault, a.id)[0].value == GOOD


def test_erasing_keeps_the_document_and_chains_the_erasure(vault, tmp_path):
    a = archived(vault, tmp_path, "a.pdf")
    add_field(vault, a.id, RESIDENT_ID, GOOD)
    assert erase_fields(vault, a.id, "consent withdrawn") == 1
    assert fields_for(vault, a.id) == [] and find_documents(vault, RESIDENT_ID, GOOD) == []
    assert vault.list_documents()[0].id == a.id
    assert [e.type for e in vault.events_for(a.id)] == ["contract_added", "personal_data_erased"]

"""USB keys and HSMs through PKCS#11 (python-pkcs11), behind the KeySession protocol.

Typical use::

    tokens = scan_tokens()                       # never prompts, never logs in
    with open_session(tokens[0], interaction) as session:
        cert = session.select("pkcs11:object=seal-rsa")
        signer = session.signer(cert)            # a pyHanko Signer

Every call into a module runs on that module's own thread (``pkcs11:<file name>``);
errors arrive as crypto.errors token errors, never as python-pkcs11 exceptions.
"""

from crypto.tokens.pkcs11.binfmt import BinaryInfo, load_problem, read_binary_info
from crypto.tokens.pkcs11.modules import (
    ModuleCandidate,
    discover_modules,
    p11kit_module_paths,
    well_known_module_paths,
)
from crypto.tokens.pkcs11.scan import find_one_token, find_tokens, scan_tokens
from crypto.tokens.pkcs11.session import Pkcs11Session, open_session, open_uri
from crypto.tokens.pkcs11.signer import Pkcs11Signer
from crypto.tokens.pkcs11.uri import Pkcs11Uri, parse_uri, read_pin_source, token_uri
from crypto.tokens.pkcs11.worker import ModuleWorker, close_module, module_worker

__all__ = [
    "BinaryInfo",
    "ModuleCandidate",
    "ModuleWorker",
    "Pkcs11Session",
    "Pkcs11Signer",
    "Pkcs11Uri",
    "close_module",
    "discover_modules",
    "find_one_token",
    "find_tokens",
    "load_problem",
    "module_worker",
    "open_session",
    "open_uri",
    "p11kit_module_paths",
    "parse_uri",
    "read_binary_info",
    "read_pin_source",
    "scan_tokens",
    "token_uri",
    "well_known_module_paths",
]

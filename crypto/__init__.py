"""Cryptography, tokens, PAdES signing and seals for SealDesk (no Qt, no app imports).

Importing the package teaches asn1crypto the SM2/SM3 (国密) object identifiers, so every process
(worker processes included) knows them before it parses a certificate or a CMS object.
"""

from crypto.sm import oids as _sm_oids  # noqa: F401  (registration on import)

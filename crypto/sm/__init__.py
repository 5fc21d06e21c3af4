"""SM2/SM3/SM4 (国密, GB/T 32918 / 32905 / 32907) for SealDesk: SM2 keys, a pyHanko signer and a
pyHanko/certvalidator signature validator.  See README.md in this folder for the library choice.

Public surface: :mod:`crypto.sm.signer` (``Sm2Signer``), :mod:`crypto.sm.validation`
(``SmSignatureValidator``, ``signature_validator``), :mod:`crypto.sm.soft` (SM2 soft keys),
:mod:`crypto.sm.profile` (what an SM2 signature looks like in a PDF).  Importing the package
registers the SM object identifiers with asn1crypto (:mod:`crypto.sm.oids`).
"""

from crypto.sm import oids as _oids  # noqa: F401  (registration on import)

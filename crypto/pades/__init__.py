"""PAdES signing on pyHanko: levels B-B … B-LTA, approval and certification signatures."""

from crypto.pades.options import SignatureLevel, SignOptions, TsaConfig

__all__ = ["SignOptions", "SignatureLevel", "TsaConfig"]

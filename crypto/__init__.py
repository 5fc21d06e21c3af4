"""Cryptography, tokens, PAdES signing and seals for SealDesk (no Qt, no app imports)."""

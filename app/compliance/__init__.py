"""Consent, signing intent and the certificate lifecycle (issue 6)."""

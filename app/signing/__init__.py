"""Signing service: batches, journals, atomic outputs, post-sign checks."""

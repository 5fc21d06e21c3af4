"""The review engine: verdicts legal staff can trust (see model.py for the output)."""

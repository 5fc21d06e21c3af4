"""The reference e-signing platform."""

"""The vault browser."""

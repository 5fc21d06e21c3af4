"""Bundled resources, read with importlib.resources."""

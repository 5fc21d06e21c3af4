"""Seal custody (issue 10): seal registry, seal-use approval, offline signing queue."""

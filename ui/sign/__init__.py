"""The sign flow: identity, seal placement, options, intent check, progress; and batches."""

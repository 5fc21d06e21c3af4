"""Evidence sync with the e-signing platform (issue 7): outbox, client, receipts."""

"""Evidence: canonical event bodies (:mod:`events`) and the hash-linked chain (:mod:`chain`)."""

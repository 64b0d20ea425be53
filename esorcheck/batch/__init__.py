"""A batch of packets (or one): each checked once, in a bounded worker, or taken from the result cache.

``plan`` turns the command line into jobs (``inputs`` finds the files,
``manifest`` reads the call of each), ``jobs`` runs them in input order,
``workers`` under their bounds, ``cache`` keeps reports between runs,
``folder`` writes one report file per packet, and ``command`` is the batch
as the command line runs it.
"""

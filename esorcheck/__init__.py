"""esorcheck: check an ESOR fellowship application packet before it is submitted, offline."""

__version__ = "0.1.0"

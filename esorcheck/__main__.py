"""``python -m esorcheck``, and the ``esorcheck`` command (the console script runs ``main``)."""

from esorcheck.collector import off_while_loading


def main() -> None:
    """Load the command line and run it, the cyclic garbage collector off while modules load (see collector)."""
    off_while_loading()
    from esorcheck.cli import entry

    entry()


if __name__ == "__main__":
    main()

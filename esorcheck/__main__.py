"""``python -m esorcheck``, and the ``esorcheck`` command (the console script runs ``main``)."""

from esorcheck.collector import off_while_loading


def main() -> None:
    """Load the command line and run it: the cyclic garbage collector off while modules load (see collector),
    the code Python would compile again taken from earlier runs (see compiled)."""
    off_while_loading()
    from esorcheck.compiled import keep_across_runs

    keep_across_runs()
    from esorcheck.cli import entry

    entry()


if __name__ == "__main__":
    main()

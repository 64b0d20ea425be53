"""``python -m esorcheck``, and the ``esorcheck`` command (the console script runs ``main``)."""

from esorcheck.collector import off_while_loading


def load_command():
    """Load the command line: the cyclic garbage collector off while modules load (see collector), the code
    Python would compile again taken from earlier runs (see compiled). Returns its entry point."""
    off_while_loading()
    from esorcheck.compiled import keep_across_runs

    keep_across_runs()
    from esorcheck.cli import entry

    return entry


def main() -> None:
    load_command()()


if __name__ == "__main__":
    main()

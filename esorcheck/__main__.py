"""``python -m esorcheck``, and the ``esorcheck`` command (the console script runs ``main``)."""

import gc


def main() -> None:
    """Load the command line and run it, the cyclic garbage collector off while modules load.

    Loading makes tens of thousands of objects that live as long as the process, and the collector would
    walk them again and again: about a tenth of the start-up. Checking turns it back on
    (``batch.workers.run_bounded``); a command that checks nothing is over before it would matter.
    """
    gc.disable()
    from esorcheck.cli import entry

    entry()


if __name__ == "__main__":
    main()

"""The cyclic garbage collector, off while the command loads its modules.

Loading makes tens of thousands of objects that live as long as the
process, and the collector would walk them again and again: about a tenth
of the start-up. Where the work starts (a check in this process, or the
command about to fork its workers) they are frozen, so that no collection
walks them again, here or in a forked worker, and the collector is on again.
Only what ``off_while_loading`` turned off is turned on: a program that uses
esorcheck as a library keeps its own setting.
"""

from __future__ import annotations

import gc

_loading = False


def off_while_loading() -> None:
    """Turn the collector off until ``on_for_work`` (the command, before it imports anything else)."""
    global _loading
    gc.disable()
    _loading = True


def on_for_work() -> None:
    """Loading is over: freeze what it made and turn the collector back on, if ``off_while_loading`` turned it off."""
    global _loading
    if _loading:
        _loading = False
        gc.freeze()
        gc.enable()

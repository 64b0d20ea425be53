"""A long packet's page-by-page work shared among the cores the check may use.

Reading a page, weighing its cues and telling a section's language do not
depend on one another, and on a long packet they are most of the check. The
items are cut into contiguous shares, one per core: this process works on
the first, forked copies of it on the others (they start with everything
loaded and the PDF open, and send their results back pickled). Nothing
changes but the time: a share whose process fails or dies is worked on
here, and where processes cannot be forked (Windows) or the items are too
few to be worth a process, everything is done here, one after the other.

A batch checking several packets at once gives each its share of the cores
(``set_cores``), so that packets and pages together never ask for more.
"""

from __future__ import annotations

import os
import pickle
import signal
from collections.abc import Callable, Sequence
from functools import partial
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Fewer items than these take less time than another process takes to start and answer (a page read or
# weighed costs 1 to 3 ms, a section's language 2 ms, a document's reading 0.5 ms; a fork, the pages each
# process then copies as it touches them, and the pickled results back, 5 to 10 ms).
PAGES_PER_SHARE = 8
SECTIONS_PER_SHARE = 6
DOCUMENTS_PER_SHARE = 24

_allowed: int | None = None  # cores this process may use; None: all the machine gives it


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def set_cores(count: int | None) -> None:
    """Let the work of this process use ``count`` cores (None: all of them)."""
    global _allowed
    _allowed = None if count is None else max(1, count)


def usable_cores() -> int:
    return _allowed if _allowed is not None else available_cores()


def share_count(items: int, min_share: int) -> int:
    """Into how many shares ``shared_out`` cuts this many items (1: they are all worked on here)."""
    if not hasattr(os, "fork"):
        return 1
    return max(1, min(usable_cores(), items // max(1, min_share)))


def shared_out(work: Callable[[Sequence[Item]], list[Result]], items: Sequence[Item], *, min_share: int) -> list[Result]:
    """``work(items)``, computed in contiguous shares of at least ``min_share`` items, one per core.

    ``work`` must return one result per item, in order, and its results must pickle.
    """
    shares = share_count(len(items), min_share)
    if shares < 2:
        return work(items)
    size = -(-len(items) // shares)
    parts = [items[start : start + size] for start in range(size, len(items), size)]
    children = [fork_child(partial(work, part)) for part in parts]
    try:
        results = work(items[:size])
    except BaseException:
        for child in children:
            if child is not None:
                stop_child(child)
        raise
    for part, child in zip(parts, children):
        results.extend(_collect(child, work, part))
    return results


def fork_child(run: Callable[[], object]) -> tuple[int, int] | None:
    """A child process running ``run()`` and writing its pickled result to a pipe: (pid, read end); None where no
    process could be started. The child leaves by ``os._exit``, never running this process's exit handlers."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:
        status = 0
        try:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as pipe:
                pickle.dump(run(), pipe, protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # noqa: BLE001 - the parent sees a child that gave no answer
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    return pid, read_end


def child_answer(child: tuple[int, int]) -> tuple[object, int]:
    """What the child answered (None if it failed or died first) and its exit code (-N: killed by signal N)."""
    pid, read_end = child
    try:
        with os.fdopen(read_end, "rb") as pipe:
            answer = pickle.load(pipe)
    except Exception:  # noqa: BLE001 - no answer, or half of one: the child failed or died (a memory bound, a signal)
        answer = None
    _, status = os.waitpid(pid, 0)
    return answer, os.waitstatus_to_exitcode(status)


def stop_child(child: tuple[int, int]) -> None:
    """Kill a child whose answer is no longer wanted, and whatever it started if it leads a process group."""
    pid, read_end = child
    os.close(read_end)
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    os.waitpid(pid, 0)


def _collect(child: tuple[int, int] | None, work, part) -> list:
    """The child's results, or the share worked on here when the child could not give them."""
    results = child_answer(child)[0] if child is not None else None
    return results if isinstance(results, list) and len(results) == len(part) else work(part)

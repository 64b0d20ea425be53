"""A long packet's page-by-page work shared among the cores the check may use.

Reading a page, weighing its cues and telling a section's language do not
depend on one another, and on a long packet they are most of the check. The
items are cut into small contiguous chunks, and one process per core (this
one, and forked copies of it that start with everything loaded and the PDF
open) takes chunk after chunk until none is left: a process that gets less
of its core (another program busy on the machine) does fewer, and the
others do more, rather than wait for it. The forked processes send their
results back pickled. Nothing changes but the time: the chunks of a process
that fails or dies are worked on here, and where processes cannot be forked
(Windows) or the items are too few to be worth a process, everything is
done here, one after the other.

A batch checking several packets at once gives each its share of the cores
(``set_cores``), so that packets and pages together never ask for more.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
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
# Chunks are half of these, so that a process slowed down leaves little for the others to wait for; at most
# this many, so that their numbers fit in a pipe before anyone reads them.
MAX_CHUNKS = 4096

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
    """``work(items)``, computed chunk by chunk on as many cores as ``min_share`` items each make worth it.

    ``work`` must return one result per item, in order, and its results must pickle.
    """
    shares = share_count(len(items), min_share)
    if shares < 2:
        return work(items)
    size = max(-(-min_share // 2), -(-len(items) // MAX_CHUNKS))
    chunks = [items[start : start + size] for start in range(0, len(items), size)]
    read_end, write_end = os.pipe()
    # Every chunk's number, to be taken by whichever process asks first: reads of one number from a pipe
    # are whole and never given twice, and the pipe says "none left" once it is empty.
    os.write(write_end, struct.pack(f"<{len(chunks)}I", *range(len(chunks))))
    os.close(write_end)
    try:
        children = [fork_child(partial(_take_chunks, work, chunks, read_end)) for _ in range(shares - 1)]
        try:
            done = _take_chunks(work, chunks, read_end)
        except BaseException:
            for child in children:
                if child is not None:
                    stop_child(child)
            raise
    finally:
        os.close(read_end)
    for child in children:
        answer = child_answer(child)[0] if child is not None else None
        if isinstance(answer, dict):
            done.update(answer)
    # A chunk a failed or dead process took is worked on here.
    return [result for number, chunk in enumerate(chunks)
            for result in (done[number] if number in done and len(done[number]) == len(chunk) else work(chunk))]


def _take_chunks(work, chunks: list[Sequence], numbers: int) -> dict[int, list]:
    """The results of the chunks this process takes from the pipe ``numbers``, by chunk number."""
    done = {}
    while taken := os.read(numbers, 4):
        (number,) = struct.unpack("<I", taken)
        done[number] = work(chunks[number])
    return done


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

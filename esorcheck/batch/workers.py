"""Packets checked in worker processes, each under a wall-time and a memory bound; the reports come back in
input order, each as soon as it and those before it are done.

One process per packet, forked from the command (which has loaded the
checker and the schemas, so a worker starts warm) and sending its report
back pickled through a pipe, as a long packet's shares do (``esorcheck.cores``;
the multiprocessing package would cost more to import than a packet's
check spends forking): a packet that outlasts its time is killed with its
process group (Tesseract included), one whose worker runs out of memory
under ``RLIMIT_AS`` or dies gets an ``unreadable`` report saying so, and the
batch goes on. Where processes cannot be forked (Windows) the packets are
checked one after the other in this process, without bounds.
"""

from __future__ import annotations

import functools
import os
import select
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from esorcheck.report import PacketReport

from esorcheck.collector import on_for_work
from esorcheck.cores import child_answer, fork_child, set_cores, stop_child
from esorcheck.findings import Finding, Severity

DEFAULT_TIMEOUT_S = 120.0
DEFAULT_MEMORY_BYTES = 1 << 30
BOUND_CODE = "pdf.unreadable"
# A worker's own answer when it ran out of memory (it cannot send a report it has no memory to build).
OUT_OF_MEMORY = "out-of-memory"

Task = TypeVar("Task")


@dataclass(frozen=True)
class Bounds:
    """The time and memory one worker may use before it is stopped."""
    seconds: float = DEFAULT_TIMEOUT_S
    memory_bytes: int = DEFAULT_MEMORY_BYTES

    @property
    def memory_phrase(self) -> str:
        gib = self.memory_bytes / (1 << 30)
        return f"{gib:g} GiB" if gib >= 1 else f"{self.memory_bytes >> 20} MiB"


@dataclass(frozen=True)
class Outcome(Generic[Task]):
    """What a bounded worker gave back for one task."""
    task: Task
    report: PacketReport
    seconds: float


def can_bound() -> bool:
    return hasattr(os, "fork")


def run_bounded(
    tasks: list[Task],
    check: Callable[[Task], PacketReport],
    refuse: Callable[[Task, Finding], PacketReport],
    *,
    jobs: int,
    bounds: Bounds,
) -> Iterator[Outcome[Task]]:
    """Check every task (``check`` runs in a worker), yielding outcomes in the order of ``tasks``."""
    on_for_work()  # before the workers are forked: what the command loaded is frozen in them too
    if not can_bound():  # pragma: no cover - Windows
        for task in tasks:
            start = time.perf_counter()
            yield Outcome(task, check(task), time.perf_counter() - start)
        return
    # ``jobs`` is also the cores the batch may use: packets checked at once share them, and a worker may share its
    # own pages among those left to it (esorcheck.cores): one packet alone, with --jobs 2, uses two.
    cores_each = max(1, jobs // max(1, min(jobs, len(tasks))))
    waiting = list(enumerate(tasks))[::-1]
    running: dict[int, _Running] = {}  # by the read end of the worker's pipe
    done: dict[int, Outcome[Task]] = {}
    next_out = 0
    try:
        while next_out < len(tasks):
            while waiting and len(running) < max(1, jobs):
                index, task = waiting.pop()
                started = time.perf_counter()
                child = fork_child(functools.partial(_work, check, task, bounds.memory_bytes, cores_each))
                if child is None:  # no process to be had: checked here, without bounds
                    done[index] = Outcome(task, check(task), time.perf_counter() - started)
                    continue
                running[child[1]] = _Running(index, task, child, started)
            if running:
                now = time.perf_counter()
                soonest = min(r.started + bounds.seconds for r in running.values())
                ready, _, _ = select.select(list(running), [], [], max(0.0, soonest - now))
                for read_end in ready:
                    job = running.pop(read_end)
                    done[job.index] = _finish(job, refuse, bounds)
            now = time.perf_counter()
            for read_end, job in list(running.items()):
                if now - job.started >= bounds.seconds:
                    del running[read_end]
                    stop_child(job.child)
                    reason = f"took longer than {bounds.seconds:g} s to read; it is far longer or more complex than a packet"
                    done[job.index] = _bounded(job, refuse, reason, "give it more time with --timeout, or export it to PDF again")
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    finally:
        for job in running.values():
            stop_child(job.child)


@dataclass
class _Running(Generic[Task]):
    """A worker process on its way (its pid and the read end of its pipe), with when it began, to stop it at its
    time limit."""
    index: int
    task: Task
    child: tuple[int, int]
    started: float


def _work(check, task, memory_bytes: int, cores: int):
    """In the worker: its own process group (so Tesseract dies with it), the memory bound, its cores, the check."""
    import resource
    import sys

    # Checks never read nor print; what a library says on its own (pdfium running out of memory) must not reach
    # the terminal, and the streams' locks may be held by the parent's progress-bar thread at the fork.
    devnull = os.open(os.devnull, os.O_RDWR)
    for stream in (0, 1, 2):
        os.dup2(devnull, stream)
    sys.stdout = sys.stderr = open(devnull, "w")
    os.setpgid(0, 0)
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    set_cores(cores)
    try:
        return check(task)
    except MemoryError:
        return OUT_OF_MEMORY


def _finish(job: _Running, refuse, bounds: Bounds) -> Outcome:
    """The worker's report, or the reason it has none."""
    answer, exitcode = child_answer(job.child)
    seconds = time.perf_counter() - job.started
    from esorcheck.report import PacketReport

    if isinstance(answer, PacketReport):
        return Outcome(job.task, answer, seconds)
    if answer == OUT_OF_MEMORY or exitcode == -signal.SIGKILL:
        reason = f"needed more than {bounds.memory_phrase} of memory to read; a page or image in it inflates far beyond its size on disk"
        return _bounded(job, refuse, reason, "print the packet to a new PDF from the original documents")
    how = _death(exitcode)
    reason = f"the reader stopped ({how}) while reading it, most often for want of memory (bound: {bounds.memory_phrase})"
    return _bounded(job, refuse, reason, "print the packet to a new PDF from the original documents")


def _death(exitcode: int) -> str:
    if exitcode < 0:
        try:
            return signal.Signals(-exitcode).name
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit status {exitcode}"


def _bounded(job: _Running, refuse, reason: str, hint: str) -> Outcome:
    finding = Finding(BOUND_CODE, Severity.ERROR, reason, hint=hint)
    return Outcome(job.task, refuse(job.task, finding), time.perf_counter() - job.started)

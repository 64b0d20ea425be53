"""A job (one file, what to check it against) and its result; the jobs run in order, cached or in workers."""


from __future__ import annotations

import dataclasses
import time
from contextlib import closing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from esorcheck.batch.cache import ResultCache
from esorcheck.batch.inputs import Input
from esorcheck.batch.workers import Bounds, run_bounded
from esorcheck.findings import INTERNAL_ERROR, Finding
from esorcheck.packet import Request
from esorcheck.report import PacketReport


@dataclass(frozen=True)
class Job:
    """One packet or CV to check, with the request (programme, track, date) it is judged by."""
    input: Input
    request: Request
    scope: str  # "packet" (esorcheck check) or "cv" (esorcheck cv)
    applicant: str | None = None  # the name the manifest gives

    def shown_as(self, name: Path) -> Job:
        """The job, its report naming the file ``name`` (a copy of standard input is reported as '-')."""
        return dataclasses.replace(self, input=dataclasses.replace(self.input, shown_as=name))


@dataclass(frozen=True)
class Result:
    """A job's report, how long it took, and whether it came from the result cache."""
    job: Job
    report: PacketReport
    seconds: float
    cached: bool = False


def run_jobs(jobs: list[Job], *, workers: int, bounds: Bounds, cache: ResultCache | None) -> Iterator[Result]:
    """Every job's report, in the order of ``jobs``; reports in the cache are not checked again."""
    keys = {id(job): cache.key(job.input.sha256, job.request, job.scope) for job in jobs if cache and job.input.sha256}
    cached: dict[int, tuple[PacketReport, float]] = {}
    for job in jobs:
        start = time.perf_counter()
        found = cache.get(keys[id(job)], job.input.path, job.input.sha256) if id(job) in keys else None
        if found is not None:
            cached[id(job)] = found, time.perf_counter() - start
    to_check = [job for job in jobs if id(job) not in cached]
    if to_check:
        import esorcheck.checker  # noqa: F401 - loaded once here, every worker forked from this process starts with it

    def check_and_keep(job: Job) -> PacketReport:
        """In the worker: the check, and its report put in the cache there (the command, one process for all the
        workers, only collects). A file refused at the door (encrypted, cut short) is refused again for the same
        bytes; a failure of esorcheck's own is not kept. A bound that stops the worker stops it before this."""
        report = _check(job)
        if id(job) in keys and INTERNAL_ERROR not in {finding.code for finding in report.findings}:
            cache.put(keys[id(job)], report)
        return report

    outcomes = run_bounded(to_check, check_and_keep, _refuse, jobs=workers, bounds=bounds)
    with closing(outcomes):  # a batch stopped early kills the workers still running
        for job in jobs:
            if id(job) in cached:
                report, seconds = cached[id(job)]
                yield Result(job, _as_reported(job, report), seconds, cached=True)
                continue
            outcome = next(outcomes)
            yield Result(job, _as_reported(job, outcome.report), outcome.seconds)


def _as_reported(job: Job, report: PacketReport) -> PacketReport:
    """The report with the file's duplicates, under the name the job gives the file."""
    return dataclasses.replace(report, duplicates=job.input.duplicates, file=job.input.shown_as or report.file)


def _check(job: Job) -> PacketReport:
    from esorcheck.checker import check_scoped

    return check_scoped(job.input.path, job.request, job.scope)


def _refuse(job: Job, finding: Finding) -> PacketReport:
    return PacketReport.refused(job.input.path, job.request, finding)

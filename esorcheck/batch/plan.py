"""The jobs of a command line: which files, each checked against what, and what was found but not checked."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from esorcheck.batch.inputs import find_pdfs, unique_inputs
from esorcheck.batch.jobs import Job
from esorcheck.packet import Request


@dataclass
class Plan:
    """The jobs a batch will run, and what was found and not checked."""
    jobs: list[Job] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # found and not checked: the batch exits 3 at least
    notes: list[str] = field(default_factory=list)  # worth saying, nothing lost
    skipped: int = 0  # hidden files and folders, __MACOSX, AppleDouble


def cv_jobs(paths: list[Path], request: Request) -> Plan:
    found = find_pdfs(paths)
    return Plan([Job(item, request, "cv") for item in unique_inputs(found.paths)], found.notices, [], found.skipped)


def packet_jobs(paths: list[Path], request: Request, manifest_path: Path | None) -> Plan:
    """Every packet with its request: the manifest's row where it names the packet, else the command line's."""
    found = find_pdfs(paths)
    plan = Plan(notices=found.notices, skipped=found.skipped)
    if manifest_path is None:
        plan.jobs = [Job(item, request, "packet") for item in unique_inputs(found.paths)]
        return plan
    # Imported here: most runs have no manifest, nor any need of the csv module.
    from esorcheck.batch.manifest import read_manifest

    manifest = read_manifest(manifest_path)
    plan.notices.extend(manifest.notices)
    listed = {row.path.resolve() for row in manifest.rows}
    unlisted = [path for path in found.paths if path.resolve() not in listed]
    for path in unlisted:
        if request.programme:
            plan.notes.append(f"{path}: not in the manifest; checked as {request.programme.id}")
        else:
            plan.notices.append(f"{path}: not in the manifest, and no --programme given")
    # Each row's request; the same file is checked once per distinct request.
    groups: dict[tuple, tuple[Request, list[tuple[Path, str | None]]]] = {}
    for row in manifest.rows:
        row_request = dataclasses.replace(request, programme=row.programme, track=row.track, as_of=row.as_of or request.as_of)
        key = (row.programme.id, row.track, row_request.as_of)
        groups.setdefault(key, (row_request, []))[1].append((row.path, row.applicant))
    if request.programme and unlisted:
        key = (request.programme.id, request.track, request.as_of)
        groups.setdefault(key, (request, []))[1].extend((path, None) for path in unlisted)
    order = {path.resolve(): n for n, path in enumerate([row.path for row in manifest.rows] + unlisted)}
    for row_request, members in groups.values():
        applicants = dict(members)
        for item in unique_inputs([path for path, _ in members]):
            plan.jobs.append(Job(item, row_request, "packet", applicants.get(item.path)))
    plan.jobs.sort(key=lambda job: order.get(job.input.path.resolve(), len(order)))
    return plan

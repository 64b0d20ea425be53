"""A long packet's pages shared among the cores: the same results as one process, whatever a share's process does."""

from __future__ import annotations

import dataclasses
import os
import signal
import time
import zlib
from pathlib import Path

import pytest
from conftest import AS_OF, SAMPLES, packet_for
from pypdf import PdfReader, PdfWriter

from esorcheck import cores
from esorcheck.pdf import inflation
from esorcheck.pdf.open import open_packet
from esorcheck.pdf.pages import read_pages
from esorcheck.readings import read_documents
from esorcheck.schema.programmes import get_programme
from esorcheck.split import split_packet

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="processes cannot be forked here (Windows)")


@pytest.fixture
def two_cores():
    cores.set_cores(2)
    yield
    cores.set_cores(None)


def _pids(items):
    return [(item, os.getpid()) for item in items]


@needs_fork
def test_chunks_come_back_in_order_from_both_processes(two_cores):
    def slow(items):  # long enough a chunk for the forked process to start and take some
        time.sleep(0.05)
        return _pids(items)

    results = cores.shared_out(slow, list(range(40)), min_share=5)
    assert [item for item, _ in results] == list(range(40))
    assert os.getpid() in {pid for _, pid in results}
    assert {pid for _, pid in results} != {os.getpid()}


@needs_fork
def test_a_process_slowed_down_takes_fewer_chunks(two_cores):
    """Another program busy on the machine slows one process: the other does more, rather than wait for it."""
    parent = os.getpid()

    def work(items):
        time.sleep(0.2 if os.getpid() != parent else 0.01)
        return _pids(items)

    pids = [pid for _, pid in cores.shared_out(work, list(range(40)), min_share=4)]
    assert pids.count(parent) > len(pids) // 2


def test_one_core_or_few_items_stay_in_this_process():
    cores.set_cores(1)
    try:
        assert {pid for _, pid in cores.shared_out(_pids, list(range(40)), min_share=5)} == {os.getpid()}
    finally:
        cores.set_cores(None)
    assert {pid for _, pid in cores.shared_out(_pids, list(range(9)), min_share=5)} == {os.getpid()}


@needs_fork
@pytest.mark.parametrize("how", ["raises", "is killed"])
def test_a_share_whose_process_fails_is_worked_on_here(two_cores, how):
    parent = os.getpid()

    def work(items):
        if os.getpid() != parent:
            if how == "raises":
                raise RuntimeError("a bug that only shows in the child")
            os.kill(os.getpid(), signal.SIGKILL)
        return [item * 2 for item in items]

    assert cores.shared_out(work, list(range(30)), min_share=5) == [item * 2 for item in range(30)]


def _long_packet(folder: Path) -> Path:
    """The pages of six complete sample packets, one after the other."""
    writer = PdfWriter()
    for truth_path in sorted(SAMPLES.glob("*/complete*.truth.json"))[:6]:
        for page in PdfReader(packet_for(truth_path)).pages:
            writer.add_page(page)
    packet = folder / "long.pdf"
    with open(packet, "wb") as handle:
        writer.write(handle)
    assert len(writer.pages) >= 30
    return packet


@needs_fork
def test_pages_read_in_shares_are_the_pages_read_at_once(tmp_path: Path):
    """Every field of every page, and its segments (read later, by the document of this process)."""
    file = open_packet(_long_packet(tmp_path))
    try:
        cores.set_cores(1)
        alone = read_pages(file)
        cores.set_cores(2)
        shared = read_pages(file)
        fields = [f.name for f in dataclasses.fields(alone[0]) if f.name != "segment_reader"]
        assert [[getattr(p, f) for f in fields] for p in shared] == [[getattr(p, f) for f in fields] for p in alone]
        assert [p.segments for p in shared] == [p.segments for p in alone]
        assert any(p.segments for p in shared)
    finally:
        cores.set_cores(None)
        file.close()


@needs_fork
def test_when_this_process_fails_its_share_the_others_are_stopped(two_cores):
    parent = os.getpid()
    started = []

    def work(items):
        if os.getpid() == parent:
            raise ValueError("this share failed")
        return [os.getpid() for _ in items]

    real_fork = os.fork

    def fork():
        pid = real_fork()
        if pid:
            started.append(pid)
        return pid

    try:
        os.fork = fork
        with pytest.raises(ValueError):
            cores.shared_out(work, list(range(30)), min_share=5)
    finally:
        os.fork = real_fork
    assert started
    for pid in started:  # reaped: no child is left running or waiting to be waited for
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


@needs_fork
def test_sections_split_in_shares_hold_the_pages_read(tmp_path: Path):
    """The same sections, on the very pages read here: a CV in the second share keeps its segments (a page that
    crossed processes would come back without its segment reader, and the CV would read as empty)."""
    file = open_packet(_long_packet(tmp_path))
    try:
        pages = read_pages(file)
        cores.set_cores(1)
        alone = split_packet(pages, file.outline, get_programme("aim-china"))
        cores.set_cores(2)
        shared = split_packet(pages, file.outline, get_programme("aim-china"))
        assert shared == alone
        assert all(page is pages[page.number - 1] for section in shared for page in section.pages)
        late_cv = [s for s in shared if s.type == "cv" and s.pages[0].number > len(pages) // 2]
        assert late_cv and all(page.segments for section in late_cv for page in section.pages)
    finally:
        cores.set_cores(None)
        file.close()


@needs_fork
def test_documents_read_in_shares_are_the_documents_read_at_once(tmp_path: Path, monkeypatch):
    """The same readings, each holding the very section it was read from (the rules find a letter by it)."""
    monkeypatch.setattr("esorcheck.readings.DOCUMENTS_PER_SHARE", 8)  # the long packet's documents in shares
    file = open_packet(_long_packet(tmp_path))
    try:
        sections = split_packet(read_pages(file), file.outline, get_programme("aim-china"))
        assert sum(not s.scanned and s.type != "unknown" for s in sections) >= 2 * 8
        cores.set_cores(1)
        alone = read_documents(sections, AS_OF)
        cores.set_cores(2)
        shared = read_documents(sections, AS_OF)
        assert shared == alone
        assert len(shared.letters) >= 8 and shared.funding
        assert all(shared.letter_at(letter.section) is letter for letter in shared.letters)
        assert all(any(letter.section is section for section in sections) for letter in shared.letters)
    finally:
        cores.set_cores(None)
        file.close()


def _flate_streams(count: int, size: int) -> bytes:
    """Bytes laid out as a PDF's objects: ``count`` Flate content streams, each inflating to ``size`` bytes."""
    body = zlib.compress(bytes(range(256)) * (size // 256), 9)
    objects = [b"%d 0 obj <</Filter /FlateDecode /Length %d>>\nstream\n" % (n, len(body)) + body + b"\nendstream endobj\n"
               for n in range(1, count + 1)]
    return b"%PDF-1.7\n" + b"".join(objects)


@needs_fork
def test_streams_inflated_in_shares_count_what_one_process_counts():
    data = _flate_streams(3 * inflation.STREAMS_PER_SHARE, 1 << 20)
    try:
        cores.set_cores(1)
        alone = inflation.inflated_size(data)
        over_alone = inflation.inflated_size(data, budget=100 << 20)
        cores.set_cores(2)
        assert inflation.inflated_size(data) == alone == 3 * inflation.STREAMS_PER_SHARE << 20
        assert inflation.inflated_size(data, budget=100 << 20) > 100 << 20 and over_alone > 100 << 20
    finally:
        cores.set_cores(None)

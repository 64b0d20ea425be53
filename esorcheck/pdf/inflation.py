"""How far a file's compressed streams inflate, measured before pdfium is given the file.

pdfium decodes a page's whole content stream in memory when it reads the
page: a 3 MB file whose one stream inflates to 3 GiB needs over 4 GB. So
the Flate streams that are not images (content, forms, object streams) are
inflated here, a chunk at a time and nothing kept, until the packet's budget
is spent. A stream can inflate at most about 1032 times its size, so only
streams large enough to matter are inflated at all: on an ordinary packet
this costs a few milliseconds. Images are left out: pdfium reads them at the
size they are shown, not decoded whole.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

from esorcheck.cores import shared_out

# More decoded content than any packet of documents holds (a 300-page text packet inflates to about 20 MB).
MAX_INFLATED_BYTES = 256 * 1024 * 1024
# Deflate's largest ratio is about 1032:1; a stream under this size cannot reach the chunk that matters.
DEFLATE_MAX_RATIO = 1032
CHUNK = 1024 * 1024
# Where a stream's dictionary starts, at most this far before the "stream" keyword.
DICTIONARY_WINDOW = 4096
# Inflating a large stream takes about 0.06 ms: fewer than this many are not worth another process.
STREAMS_PER_SHARE = 64

_STREAM_START = re.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_FLATE = re.compile(rb"/(?:FlateDecode|Fl)(?![A-Za-z0-9#])")
_IMAGE = re.compile(rb"/Subtype\s*/Image(?![A-Za-z0-9#])")


def inflated_size(data: bytes, budget: int = MAX_INFLATED_BYTES) -> int:
    """The bytes the file's large non-image Flate streams inflate to, counted up to just past ``budget`` (a large
    file's streams are inflated on every core the check may use)."""

    spent = 0  # inflated by this process, over every chunk of streams it takes

    def inflate(streams: Sequence[tuple[int, int]]) -> list[int]:
        nonlocal spent
        sizes = []
        for start, end in streams:
            sizes.append(_inflate(data[start:end], budget - spent) if spent <= budget else 0)
            spent += sizes[-1]
        return sizes

    return sum(shared_out(inflate, _large_flate_streams(data), min_share=STREAMS_PER_SHARE))


def _large_flate_streams(data: bytes) -> list[tuple[int, int]]:
    """Where each Flate stream that is not an image, and large enough to matter, starts and ends."""
    found = []
    for match in _STREAM_START.finditer(data):
        start = match.end()
        end = data.find(b"endstream", start)
        end = len(data) if end < 0 else end
        if (end - start) * DEFLATE_MAX_RATIO < CHUNK:
            continue
        dictionary = data[max(0, data.rfind(b"obj", max(0, start - DICTIONARY_WINDOW), start)):start]
        if _FLATE.search(dictionary) and not _IMAGE.search(dictionary):
            found.append((start, end))
    return found


def _inflate(stream: bytes, budget: int) -> int:
    """Inflate ``stream`` a chunk at a time, keeping nothing; stop once past ``budget`` or at the first damage."""
    inflater = zlib.decompressobj()
    size = 0
    pending = stream
    try:
        while pending and size <= budget and not inflater.eof:
            size += len(inflater.decompress(pending, CHUNK))
            pending = inflater.unconsumed_tail
    except zlib.error:
        pass  # a damaged or encrypted stream: pdfium says what it makes of it
    return size

"""Everything a check may read about one packet, gathered once by the checker."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from esorcheck.intake import PacketFile
from esorcheck.pages import Page
from esorcheck.programmes import Programme
from esorcheck.sections import Section, unread_pages

if TYPE_CHECKING:
    from esorcheck.cv import CvComparison


@dataclass
class Packet:
    file: PacketFile
    pages: list[Page]
    sections: list[Section]
    programme: Programme | None  # None: a CV checked on its own ('esorcheck cv')
    track: str | None
    as_of: dt.date
    cv: CvComparison | None = None  # the CV compared with the template, once (checker.py)

    def sections_of(self, type_: str) -> list[Section]:
        return [s for s in self.sections if s.type == type_]

    @property
    def unread_pages(self) -> list[int]:
        """Pages whose content could not be read (scans without OCR): nothing can be said of them."""
        return unread_pages(self.sections)

"""Blocks the builder's document model lacks, for layouts that free-form CVs and cover pages use.

The shared producers of ``sample_packets/builder`` ignore them; the producers of this set
(``producers.py``) render them.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Columns:
    """A two-column page: a narrow side bar (contact, languages, photo) beside the main text."""
    side: list
    main: list
    side_width: float = 0.32
    shade: str = "#eef2f6"


@dataclass
class Photo:
    """A grey passport-photo placeholder (no face: an invented person has none)."""
    width_mm: float = 30
    height_mm: float = 38


@dataclass
class Bullets:
    items: list[str]
    numbered: bool = False
    start: int = 1
    marker: str = "•"
    size: float | None = None


@dataclass
class Leaders:
    """A table of contents: entries with dot leaders and page numbers."""
    rows: list[tuple[str, str]]


@dataclass
class BigLogo:
    """A large institutional emblem with the institution's name in display type (a logo a scanner reads as a title)."""
    initials: str
    name: str
    color: str = "#1f4e79"
    subtitle: str = ""


@dataclass
class Extras:
    """What a producer adds around the text: a running header from page 2, or a footer line of its own."""
    running_header: str | None = None
    header_every_page: bool = False

"""Producer-neutral description of a document: a list of blocks plus a style.

Both producers (reportlab and python-docx/LibreOffice) render the same
``Document``; neither knows which packet or defect it is building.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


# ---------------------------------------------------------------- blocks
@dataclass
class Letterhead:
    """Institution block printed at the top of the first page."""
    name: str
    lines: list[str] = field(default_factory=list)
    logo: str | None = "cross"        # cross | circle | shield | bars | None
    align: str = "left"               # left | center | right
    color: str = "#1f4e79"
    rule: bool = True                 # a line under the letterhead


@dataclass
class Title:
    text: str
    size: float | None = None
    bold: bool = True
    underline: bool = False
    caps: bool = False
    align: str = "center"
    space_after: float = 8


@dataclass
class Heading:
    text: str
    shaded: bool = False


@dataclass
class Para:
    text: str
    align: str | None = None          # None = document default
    bold: bool = False
    italic: bool = False
    size: float | None = None
    space_after: float | None = None
    keep: bool = False                # keep with the next block (a closing before its signature)


@dataclass
class Lines:
    """Short lines without paragraph spacing (address blocks, dates)."""
    lines: list[str]
    align: str = "left"
    bold_first: bool = False
    size: float | None = None
    space_after: float = 10


@dataclass
class KV:
    """Label / value rows (a two-column Word table in the DOCX producer)."""
    rows: list[tuple[str, str]]
    label_width: float = 0.36
    shade: bool = True
    grid: bool = True


@dataclass
class Grid:
    rows: list[list[str]]
    header: bool = True
    widths: list[float] | None = None   # fractions of the text width
    size: float | None = None


@dataclass
class Signature:
    name: str
    lines: list[str] = field(default_factory=list)
    scribble: bool = True
    seed: int = 0
    stamp: list[str] | None = None     # text of a round stamp beside the signature


@dataclass
class Gap:
    mm: float


@dataclass
class PageBreak:
    pass


@dataclass
class BlankPage:
    """An entirely empty page inside the document (a stray page break)."""


@dataclass
class Mono:
    lines: list[str]
    size: float = 10.5


@dataclass
class Checklist:
    items: list[tuple[bool, str]]


@dataclass
class Drawing:
    """Artwork drawn with the reportlab canvas (passport page, ticket, logo).

    The DOCX producer cannot draw; it renders ``fallback`` blocks instead.
    """
    kind: str
    data: dict[str, Any]
    height_mm: float
    fallback: list[Any] = field(default_factory=list)


Block = Any


# ---------------------------------------------------------------- style
@dataclass
class Style:
    font: str = "helvetica"       # helvetica | times | courier | dejavu-sans | dejavu-serif |
                                  # liberation-sans | liberation-serif | liberation-mono | arial
    size: float = 10.5
    leading: float = 1.3
    margins_mm: tuple[float, float, float, float] = (25, 25, 25, 22)   # left, right, top, bottom
    page: str = "A4"              # A4 | Letter
    justify: bool = False
    para_space: float = 7
    footer: str | None = None     # None | "page_x_of_y" | "x_slash_y" | "dash" | "page_x"
    footer_text: str = ""
    letterhead: Letterhead | None = None
    heading_color: str = "#000000"
    heading_size: float | None = None


@dataclass
class Document:
    type: str                     # the true document type (the report's type ids)
    language: str                 # ISO 639-1 code of the body text
    blocks: list[Block]
    style: Style = field(default_factory=Style)
    name: str = ""                # short label for file names and debugging

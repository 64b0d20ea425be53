"""What a trust packet is: its documents, how its file is made, and the truth a correct checker must reach."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

CLASSES = ["valid-packet", "signer-role", "passport-zone", "copy-restricted", "track-inference", "no-false-complete"]
TRACKED = {"aim-china", "bracco-fellowship"}


@dataclass
class ImagePart:
    """Image-only pages standing where a document is, or should be.

    ``make`` gets a seeded generator and returns a PDF of image pages. ``unreadable``
    says that nothing usable can be read from them (a blank scan, a desk, noise, a
    lone stamp): then ``type`` is ``unknown`` and ``stands_for`` names the document
    the applicant meant to put there.
    """
    type: str
    make: Callable[..., bytes]
    language: str | None = None
    unreadable: bool = False
    stands_for: str = ""
    note: str = ""


@dataclass
class Chromium:
    """A complete held-out packet (Chromium) reprinted with other signature-block roles.

    ``roles`` maps a role line as printed under a signer's name to its replacement;
    every mapping must change at least one signature block.
    """
    source: str                       # "<programme>/<name>" of the held-out packet
    roles: dict[str, str]


@dataclass
class TrustPacket:
    programme: str
    name: str
    description: str
    classes: list[str]
    as_of: date
    status: str                       # complete | incomplete | unverified | unreadable
    expected: list[str]
    parts: list[Any] = field(default_factory=list)    # builder Parts and ImageParts, in packet order
    chromium: Chromium | None = None
    track: str | None = None          # what the checker is told (--track); None lets it infer
    expected_track: str | None = None
    passport: dict | None = None      # {"mrz": [l1, l2], "expiry": iso, "valid": bool, "capture": ...}
    protect: dict | None = None       # owner password only: {"tool": "pypdf"|"qpdf", ...}
    title: str = ""

    def __post_init__(self):
        unknown = [c for c in self.classes if c not in CLASSES]
        if unknown or not self.classes:
            raise ValueError(f"{self.programme}/{self.name}: bad classes {self.classes}")
        if bool(self.parts) == bool(self.chromium):
            raise ValueError(f"{self.programme}/{self.name}: give either parts or a Chromium source")

    @property
    def key(self) -> str:
        return f"{self.programme}/{self.name}"

"""A finding: one thing the checker has to say about a packet, with where and how to fix it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

# Not an applicant's error: esorcheck itself failed. Tests assert it never appears.
INTERNAL_ERROR = "esorcheck.internal_error"


class Severity(str, Enum):
    """Grant-portal practice: an error makes the application unacceptable."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    """One result of a rule: a code from the report contract, its severity, and the pages it names."""
    code: str
    severity: Severity
    message: str
    hint: str | None = None
    document: str | None = None
    pages: tuple[int, ...] = ()
    evidence: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "document": self.document,
            "pages": list(self.pages),
            "message": self.message,
            "hint": self.hint,
            "evidence": list(self.evidence),
        }


def absence(code: str, severity: Severity, message: str, *, read_by_ocr: bool, **where) -> Finding:
    """A finding that something is missing from the page; on a page read by OCR only a note (info), since
    what OCR text lacks is no proof that the page lacks it (a heading or a value misread)."""
    if read_by_ocr:
        return Finding(code, Severity.INFO, f"{message} (the page was read by OCR, which may have missed it)", **where)
    return Finding(code, severity, message, **where)


def pages_phrase(pages: Iterable[int]) -> str:
    """'page 5', 'pages 5–7' or 'pages 3, 7–9': the one way every message names pages."""
    numbers = set(pages)
    return f"page{'s' if len(numbers) > 1 else ''} {page_span(numbers)}"


def page_span(pages: Iterable[int]) -> str:
    """'3', '3–5' or '3, 7–9': page numbers as a person writes them."""
    numbers = sorted(set(pages))
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)

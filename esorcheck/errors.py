"""Exit codes and the errors that carry them.

Modelled on OCRmyPDF: every way an input can fail is an exception holding its
exit code, a one-line reason and a hint that tells the user the fix. The CLI
turns them into output; nothing below it prints.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """The exit codes of the README's contract; scripts depend on these numbers."""

    OK = 0
    INCOMPLETE = 1
    USAGE = 2
    UNREADABLE = 3
    UNVERIFIED = 4  # not fully checked: a required document not found while some pages could not be read


class EsorcheckError(Exception):
    exit_code = ExitCode.USAGE

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(EsorcheckError):
    """Bad command line: unknown programme, missing path, bad option value."""


class SchemaError(EsorcheckError):
    """A file under schemas/ (or given with an option) does not validate."""


class InputError(EsorcheckError):
    """The packet cannot be checked at all; it becomes an 'unreadable' report."""

    exit_code = ExitCode.UNREADABLE
    code = "pdf.unreadable"


class UnreadablePdf(InputError):
    code = "pdf.unreadable"


class EncryptedPdf(InputError):
    code = "pdf.encrypted"

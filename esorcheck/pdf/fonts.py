"""Keep pdfium away from the machine's fonts, so every machine reads a PDF the same way.

For a font a PDF names but does not embed, pdfium asks its "system font
info" for a substitute, and by default that scans the machine's font folders.
What the machine has then changes what is read: a lone character of a
non-embedded CJK font (reportlab's STSong-Light, say) has no box when no
installed font holds its glyph, and pdfium drops a text object without a box,
so ``Wang (王)`` reads ``Wang ( )`` on a machine without CJK fonts; and the
boxes of Arial or Times characters come from whichever font the machine offers.

:func:`use_bundled_fonts` installs a font info that never looks at the machine:
a CJK request gets ``fallback-box.ttf`` (shipped here, made by
``tools/make_fallback_font.py``: every code point maps to one box one em wide),
every other request gets nothing, and pdfium then uses the base-14
substitutes compiled into it. Rendering uses the same fonts, so a CJK
character renders as the box.
"""

from __future__ import annotations

import ctypes
import threading
from pathlib import Path

import pypdfium2  # noqa: F401 - initialises pdfium, which must come before its font info is replaced
import pypdfium2.raw as pdfium_c

FALLBACK_FONT = Path(__file__).with_name("fallback-box.ttf")

# The charsets pdfium asks for when a CID font of the GB1, CNS1, Japan1 or Korea1
# ordering is not embedded (charset 134, 136, 128, 129).
CJK_CHARSETS = frozenset({
    pdfium_c.FXFONT_SHIFTJIS_CHARSET,
    pdfium_c.FXFONT_HANGEUL_CHARSET,
    pdfium_c.FXFONT_GB2312_CHARSET,
    pdfium_c.FXFONT_CHINESEBIG5_CHARSET,
})

# pdfium only compares a font handle with NULL and gives it back to us: any non-zero value will do.
_FALLBACK_HANDLE = 1


class _BundledFontInfo:
    """The FPDF_SYSFONTINFO pdfium consults, and what it was asked (for tests and diagnosis).

    The ctypes callbacks live as long as this object, which lives as long as the
    process (pdfium calls ``Release`` when it shuts down, from ``atexit``).
    Callbacks run in the thread that called into pdfium, holding the GIL.
    """

    def __init__(self, font: bytes) -> None:
        self.font = (ctypes.c_ubyte * len(font)).from_buffer_copy(font)
        self.requests: dict[tuple[str, int], bool] = {}  # (face, charset) -> served the fallback
        self.struct = pdfium_c.FPDF_SYSFONTINFO()
        self.struct.version = 1
        fields = dict(pdfium_c.FPDF_SYSFONTINFO._fields_)
        # GetFont, GetFaceName, GetFontCharset and EnumFonts stay NULL: pdfium checks
        # for NULL and then has no installed fonts to match names against.
        self.callbacks = {
            "Release": fields["Release"](self._release),
            "MapFont": fields["MapFont"](self._map_font),
            "GetFontData": fields["GetFontData"](self._get_font_data),
            "DeleteFont": fields["DeleteFont"](self._delete_font),
        }
        for name, callback in self.callbacks.items():
            setattr(self.struct, name, callback)

    def _release(self, _this) -> None:
        """pdfium is done with us; the memory is Python's, nothing to free."""

    def _map_font(self, _this, weight, italic, charset, pitch_family, face, exact):
        name = ctypes.string_at(face).decode("latin-1") if face else ""
        served = charset in CJK_CHARSETS
        self.requests[name, charset] = served
        return _FALLBACK_HANDLE if served else None

    def _get_font_data(self, _this, handle, table, buffer, size) -> int:
        """Only the whole file (table 0) is offered; pdfium asks for 'ttcf' to spot collections."""
        if handle != _FALLBACK_HANDLE or table != 0:
            return 0
        needed = len(self.font)
        if buffer and size >= needed:
            ctypes.memmove(buffer, self.font, needed)
        return needed

    def _delete_font(self, _this, handle) -> None:
        """The handle owns nothing."""


_installed: _BundledFontInfo | None = None
_installing = threading.Lock()


def use_bundled_fonts() -> None:
    """Make pdfium use only fonts shipped with it or with esorcheck; call before opening a document.

    Idempotent and cheap (a 2 KB file read and a few ctypes objects, once per
    process). pdfium keeps the substitutes it already chose with the documents
    and faces that loaded them, hence "before the first document".
    """
    global _installed
    if _installed is not None:
        return
    with _installing:
        if _installed is None:
            info = _BundledFontInfo(FALLBACK_FONT.read_bytes())
            pdfium_c.FPDF_SetSystemFontInfo(info.struct)
            _installed = info  # kept for the life of the process: pdfium holds pointers into it


def font_requests() -> dict[tuple[str, int], bool]:
    """Each (face, charset) pdfium asked for since :func:`use_bundled_fonts`, and whether the fallback was served."""
    return dict(_installed.requests) if _installed else {}

"""Remove hinting, naming and layout tables from the TrueType subsets Chromium embeds, to keep the set small.

Chromium embeds a TrueType subset of every face a document uses, with the font's hinting
programs (fpgm, prep, cvt and per-glyph instructions) and OpenType layout tables kept. For
a packet of ten documents that is most of the file. None of it is read by text extraction:
the glyph outlines, advance widths (hmtx, and the PDF /W array), the ToUnicode maps and the
content streams stay exactly as Chromium wrote them. The pages look the same when rendered
(renderers apply their own hinting or none).
"""

from __future__ import annotations

import struct
import zlib

DROP = {b"fpgm", b"prep", b"cvt ", b"gasp", b"hdmx", b"LTSH", b"VDMX", b"GPOS", b"GSUB", b"GDEF", b"DSIG", b"kern", b"morx", b"name"}


def _checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF


def _strip_glyph(g: bytes) -> bytes:
    if len(g) < 10:
        return g
    n = struct.unpack(">h", g[:2])[0]
    if n >= 0:
        pos = 10 + 2 * n
        ilen = struct.unpack(">H", g[pos:pos + 2])[0]
        return g[:pos] + b"\0\0" + g[pos + 2 + ilen:]
    out = bytearray(g[:10])
    pos = 10
    while True:
        flags, gid = struct.unpack(">HH", g[pos:pos + 4])
        size = 4 + (4 if flags & 0x0001 else 2)
        if flags & 0x0008:
            size += 2
        elif flags & 0x0040:
            size += 4
        elif flags & 0x0080:
            size += 8
        comp = bytearray(g[pos:pos + size])
        struct.pack_into(">H", comp, 0, flags & ~0x0100)
        out += comp
        pos += size
        if not flags & 0x0020:
            break
    return bytes(out)


def slim_truetype(font: bytes) -> bytes:
    num = struct.unpack(">H", font[4:6])[0]
    tables = {}
    for i in range(num):
        tag, _cs, off, ln = struct.unpack(">4sIII", font[12 + 16 * i:28 + 16 * i])
        tables[tag] = font[off:off + ln]
    if b"glyf" not in tables or b"loca" not in tables or b"head" not in tables:
        return font
    head = bytearray(tables[b"head"])
    long_loca = struct.unpack(">h", head[50:52])[0] == 1
    loca = tables[b"loca"]
    offs = (struct.unpack(f">{len(loca) // 4}I", loca) if long_loca
            else [2 * x for x in struct.unpack(f">{len(loca) // 2}H", loca)])
    glyf, new_offs = bytearray(), []
    for a, b in zip(offs, offs[1:]):
        new_offs.append(len(glyf))
        g = _strip_glyph(tables[b"glyf"][a:b]) if b > a else b""
        glyf += g + b"\0" * (-len(g) % 4)
    new_offs.append(len(glyf))
    struct.pack_into(">h", head, 50, 1)
    struct.pack_into(">I", head, 8, 0)
    tables[b"glyf"] = bytes(glyf)
    tables[b"loca"] = struct.pack(f">{len(new_offs)}I", *new_offs)
    if b"maxp" in tables and len(tables[b"maxp"]) >= 32:
        maxp = bytearray(tables[b"maxp"])
        struct.pack_into(">H", maxp, 26, 0)  # maxSizeOfInstructions
        tables[b"maxp"] = bytes(maxp)
    for tag in DROP:
        tables.pop(tag, None)
    tags = sorted(tables)
    n = len(tags)
    es = max(k for k in range(16) if 2 ** k <= n)
    header = struct.pack(">IHHHH", 0x00010000, n, 16 * 2 ** es, es, 16 * n - 16 * 2 ** es)
    offset = 12 + 16 * n
    records, body = b"", b""
    for tag in tags:
        data = tables[tag] if tag != b"head" else bytes(head)
        records += struct.pack(">4sIII", tag, _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    out = bytearray(header + records + body)
    adjust = (0xB1B0AFBA - _checksum(bytes(out))) & 0xFFFFFFFF
    head_off = struct.unpack(">I", records[16 * tags.index(b"head") + 8:16 * tags.index(b"head") + 12])[0]
    struct.pack_into(">I", out, head_off + 8, adjust)
    return bytes(out)


def slim_pdf_fonts(writer) -> int:
    """Slim every FontFile2 stream reachable from the writer's pages; return bytes saved (uncompressed)."""
    from pypdf.generic import NameObject, NumberObject

    saved, done = 0, set()
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if font.get("/Subtype") != "/Type0":
                continue
            desc = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            ff = desc.get("/FontFile2")
            if ff is None or ff.idnum in done:
                continue
            done.add(ff.idnum)
            stream = ff.get_object()
            original = stream.get_data()
            slim = slim_truetype(original)
            saved += len(original) - len(slim)
            stream.set_data(slim)
            stream[NameObject("/Length1")] = NumberObject(len(slim))
    return saved

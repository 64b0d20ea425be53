"""Make slim copies of TrueType fonts for embedding with reportlab.

reportlab embeds a subset of each TrueType font but keeps the hinting
programs, every glyph's instructions and the whole 'name' table (licence
texts), which makes each embedded subset 20-30 kB. Screen and print rendering
of these documents does not need hinting, so the copies made here drop it:
embedded subsets shrink to a third, keeping the sample packets small.
"""
from __future__ import annotations

import struct
from pathlib import Path

DROP = {b"fpgm", b"prep", b"cvt ", b"hdmx", b"LTSH", b"VDMX", b"DSIG", b"gasp"}
KEEP_NAME_IDS = {0, 1, 2, 3, 4, 5, 6}


def _checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF


def _read_tables(font: bytes) -> dict[bytes, bytes]:
    num = struct.unpack(">H", font[4:6])[0]
    tables = {}
    for i in range(num):
        tag, _, offset, length = struct.unpack(">4sIII", font[12 + 16 * i: 28 + 16 * i])
        tables[tag] = font[offset: offset + length]
    return tables


def _slim_name(name: bytes) -> bytes:
    """Keep only the Windows-platform family/style/full/PostScript names."""
    _, count, string_offset = struct.unpack(">HHH", name[:6])
    records, strings = [], b""
    for i in range(count):
        pid, eid, lid, nid, length, off = struct.unpack(">6H", name[6 + 12 * i: 18 + 12 * i])
        if pid == 3 and lid == 0x409 and nid in KEEP_NAME_IDS:
            s = name[string_offset + off: string_offset + off + length]
            records.append((pid, eid, lid, nid, len(s), len(strings)))
            strings += s
    header = struct.pack(">HHH", 0, len(records), 6 + 12 * len(records))
    return header + b"".join(struct.pack(">6H", *r) for r in records) + strings


def _strip_glyphs(glyf: bytes, loca: bytes, long_loca: bool, num_glyphs: int) -> tuple[bytes, bytes]:
    fmt, size = (">I", 4) if long_loca else (">H", 2)
    offsets = [struct.unpack(fmt, loca[i * size:(i + 1) * size])[0] * (1 if long_loca else 2)
               for i in range(num_glyphs + 1)]
    out, new_offsets = [], [0]
    pos = 0
    for i in range(num_glyphs):
        g = glyf[offsets[i]:offsets[i + 1]]
        if len(g) >= 10:
            contours = struct.unpack(">h", g[:2])[0]
            if contours >= 0:                       # simple glyph: drop its instructions
                at = 10 + 2 * contours
                ilen = struct.unpack(">H", g[at:at + 2])[0]
                g = g[:at] + b"\0\0" + g[at + 2 + ilen:]
        g += b"\0" * (-len(g) % 4)
        out.append(g)
        pos += len(g)
        new_offsets.append(pos)
    return b"".join(out), struct.pack(f">{len(new_offsets)}I", *new_offsets)


def slim(src: Path, dst: Path) -> None:
    font = src.read_bytes()
    tables = _read_tables(font)
    head = bytearray(tables[b"head"])
    long_loca = struct.unpack(">h", head[50:52])[0] == 1
    num_glyphs = struct.unpack(">H", tables[b"maxp"][4:6])[0]
    tables[b"glyf"], tables[b"loca"] = _strip_glyphs(tables[b"glyf"], tables[b"loca"], long_loca, num_glyphs)
    head[50:52] = struct.pack(">h", 1)              # loca is now in the long format
    head[8:12] = b"\0\0\0\0"                        # checksum adjustment, recomputed below
    tables[b"head"] = bytes(head)
    tables[b"name"] = _slim_name(tables[b"name"])
    for tag in DROP:
        tables.pop(tag, None)

    tags = sorted(tables)
    n = len(tags)
    entry_selector = max(i for i in range(16) if 2 ** i <= n)
    search_range = 16 * 2 ** entry_selector
    header = font[:4] + struct.pack(">HHHH", n, search_range, entry_selector, n * 16 - search_range)
    offset = 12 + 16 * n
    directory, body = b"", b""
    for tag in tags:
        data = tables[tag]
        directory += struct.pack(">4sIII", tag, _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    out = bytearray(header + directory + body)
    adjust = (0xB1B0AFBA - _checksum(bytes(out))) & 0xFFFFFFFF
    head_off = 12 + 16 * n + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[:tags.index(b"head")])
    out[head_off + 8: head_off + 12] = struct.pack(">I", adjust)
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(bytes(out))

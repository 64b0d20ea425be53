"""HTML scaffolding: page set-up, themes, letterheads, signature and seal drawings (all vector, no images)."""

from __future__ import annotations

import hashlib
import html as _html
import math
import random
from dataclasses import dataclass, replace

esc = _html.escape


@dataclass(frozen=True)
class Theme:
    font: str
    size: str = "11pt"
    page: str = "A4"
    margin: str = "22mm 22mm 22mm 22mm"
    accent: str = "#1f3a5f"
    heading_font: str | None = None
    line: str = "1.38"

    def but(self, **kw) -> "Theme":
        return replace(self, **kw)


THEMES = {
    "noto-serif": Theme("'Noto Serif', serif", "10.5pt", "A4", "24mm 24mm 22mm 24mm", "#23395d"),
    "noto-sans": Theme("'Noto Sans', sans-serif", "10pt", "A4", "20mm 20mm 20mm 20mm", "#0b6e4f"),
    "liberation-sans": Theme("'Liberation Sans', Arial, sans-serif", "10.5pt", "A4", "18mm 22mm 20mm 22mm", "#8a1c1c"),
    "liberation-serif": Theme("'Liberation Serif', 'Times New Roman', serif", "12pt", "A4", "25mm 25mm 25mm 25mm", "#000000"),
    "letter-times": Theme("'Liberation Serif', 'Times New Roman', serif", "11.5pt", "Letter", "1in 1in 1in 1in", "#14213d"),
    "dejavu-sans": Theme("'DejaVu Sans', sans-serif", "9.5pt", "A4", "16mm 18mm 18mm 18mm", "#3d405b", line="1.45"),
    "dejavu-serif": Theme("'DejaVu Serif', serif", "10pt", "A4", "20mm 20mm 20mm 20mm", "#5a189a"),
    "mono": Theme("'DejaVu Sans Mono', 'Liberation Mono', monospace", "9.5pt", "A4", "20mm 20mm 20mm 20mm", "#222222", line="1.35"),
    "letter-sans": Theme("'Noto Sans', sans-serif", "10.5pt", "Letter", "0.8in 0.9in 0.8in 0.9in", "#005f73"),
    "cjk": Theme("'Noto Sans', 'Noto Sans CJK SC', sans-serif", "10.5pt", "A4", "20mm 22mm 20mm 22mm", "#9d0208",
                 heading_font="'Noto Serif CJK SC', 'Noto Serif', serif"),
    "narrow": Theme("'Liberation Sans Narrow', 'Liberation Sans', sans-serif", "11pt", "A4", "15mm 16mm 15mm 16mm", "#264653"),
    "serif-letter": Theme("'Noto Serif', serif", "11pt", "Letter", "0.9in 1in 0.9in 1in", "#3a0ca3"),
}


def page_css(theme: Theme, footer: str | None = None, first_header: bool = True, running_header: str | None = None) -> str:
    """@page rules. footer: 'page-of' ("Page x of y"), 'slash' (x/y), 'dash' (- x -), or None."""
    boxes = []
    if footer == "page-of":
        boxes.append('@bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8.5pt; color: #555; }')
    elif footer == "slash":
        boxes.append('@bottom-center { content: counter(page) "/" counter(pages); font-size: 8.5pt; }')
    elif footer == "dash":
        boxes.append('@bottom-center { content: "– " counter(page) " –"; font-size: 9pt; }')
    elif footer == "page-of-left":
        boxes.append('@bottom-left { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #444; }')
    css = f"@page {{ size: {theme.page}; margin: {theme.margin}; {' '.join(boxes)} }}\n"
    if running_header:
        css += ('@page :first { @top-left { content: none; } }\n'
                f'@page {{ @top-left {{ content: "{running_header}"; font-size: 8.5pt; color: #555; }} }}\n')
    # a page with nothing at all on it (a stray empty page inside a document)
    css += "@page emptypage { @bottom-right { content: none; } @bottom-center { content: none; } @bottom-left { content: none; } @top-left { content: none; } }\n"
    return css


BASE_CSS = """
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: %(font)s; font-size: %(size)s; line-height: %(line)s; color: #111; }
h1, h2, h3 { font-family: %(hfont)s; }
p { margin: 0 0 0.75em 0; }
.empty-page { page: emptypage; break-before: page; break-after: page; height: 2px; }
.break { break-before: page; }
.keep { break-inside: avoid; }
.small { font-size: 0.85em; }
.muted { color: #555; }
table { border-collapse: collapse; }
"""


def document(theme: Theme, body: str, extra_css: str = "", footer: str | None = None, title: str = "",
             running_header: str | None = None, lang: str = "en") -> str:
    css = page_css(theme, footer, running_header=running_header) + BASE_CSS % {
        "font": theme.font, "size": theme.size, "line": theme.line, "hfont": theme.heading_font or theme.font}
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f"<style>{css}{extra_css}</style></head><body>\n{body}\n</body></html>\n")


def _rng(seed: str) -> random.Random:
    return random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:16], 16))


def signature_svg(name: str, width: int = 170, height: int = 48, color: str = "#1a237e") -> str:
    """A hand-written-looking scribble, the same for the same name."""
    rnd = _rng("sig:" + name)
    x, y = 6.0, height * 0.62
    d = [f"M{x:.1f},{y:.1f}"]
    strokes = rnd.randint(7, 11)
    step = (width - 20) / strokes
    for i in range(strokes):
        amp = rnd.uniform(8, height * 0.42)
        c1x, c1y = x + step * 0.3, y - amp * rnd.choice((1, -0.6))
        c2x, c2y = x + step * 0.7, y + amp * rnd.uniform(0.2, 0.9)
        x += step * rnd.uniform(0.85, 1.15)
        y = height * rnd.uniform(0.45, 0.7)
        d.append(f"C{c1x:.1f},{c1y:.1f} {c2x:.1f},{c2y:.1f} {x:.1f},{y:.1f}")
    flourish = f"M{width*0.15:.1f},{height*0.85:.1f} Q{width*0.5:.1f},{height*0.98:.1f} {width*0.92:.1f},{height*0.72:.1f}"
    return (f'<svg class="sig" width="{width}" height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
            f'<path d="{" ".join(d)}" fill="none" stroke="{color}" stroke-width="1.4" stroke-linecap="round"/>'
            f'<path d="{flourish}" fill="none" stroke="{color}" stroke-width="1.1"/></svg>')


def seal_svg(ring_text: str, centre: str = "", size: int = 110, color: str = "#7b1e1e", seed: str = "") -> str:
    """A round official stamp (rings and ticks, optional short centre text)."""
    r = size / 2
    spokes = []
    rnd = _rng("seal:" + ring_text + seed)
    n = 48
    for i in range(n):
        a = 2 * math.pi * i / n
        r1, r2 = r * 0.70, r * (0.76 + 0.04 * rnd.random())
        spokes.append(f"M{r + r1*math.cos(a):.1f},{r + r1*math.sin(a):.1f} L{r + r2*math.cos(a):.1f},{r + r2*math.sin(a):.1f}")
    centre_txt = (f'<text x="{r}" y="{r + 4}" text-anchor="middle" font-size="{size*0.09:.1f}" '
                  f'fill="{color}">{esc(centre)}</text>') if centre else ""
    return (f'<svg width="{size}" height="{size}" viewBox="0 0 {size} {size}" xmlns="http://www.w3.org/2000/svg" style="opacity:.82">'
            f'<circle cx="{r}" cy="{r}" r="{r-2}" fill="none" stroke="{color}" stroke-width="2.2"/>'
            f'<circle cx="{r}" cy="{r}" r="{r*0.66}" fill="none" stroke="{color}" stroke-width="1"/>'
            f'<path d="{" ".join(spokes)}" stroke="{color}" stroke-width="0.8"/>{centre_txt}</svg>')


def emblem_svg(initials: str, color: str, size: int = 46, shape: str = "circle") -> str:
    """A small institutional logo: a shape with initials."""
    s = size
    if shape == "shield":
        outline = f'<path d="M4,4 H{s-4} V{s*0.55:.0f} Q{s/2:.0f},{s-2} 4,{s*0.55:.0f} Z" fill="{color}"/>'
    elif shape == "square":
        outline = f'<rect x="2" y="2" width="{s-4}" height="{s-4}" rx="6" fill="{color}"/>'
    else:
        outline = f'<circle cx="{s/2}" cy="{s/2}" r="{s/2-2}" fill="{color}"/>'
    return (f'<svg width="{s}" height="{s}" viewBox="0 0 {s} {s}" xmlns="http://www.w3.org/2000/svg">{outline}'
            f'<text x="{s/2}" y="{s*0.6:.1f}" text-anchor="middle" font-weight="bold" '
            f'font-size="{s*0.32:.1f}" fill="#fff">{esc(initials)}</text></svg>')


def photo_svg(seed: str, w: int = 96, h: int = 122) -> str:
    """Passport photo placeholder: a grey head-and-shoulders silhouette."""
    rnd = _rng("photo:" + seed)
    bg = rnd.choice(["#dfe7ee", "#e9e4da", "#e2e2e2", "#dde8e1"])
    tone = rnd.choice(["#7d6a5a", "#8c7b6b", "#6f5f52", "#9a8a7a"])
    hair = rnd.choice(["#2b2118", "#4a3b2a", "#1d1d1d", "#6b4f2e", "#a88b5f"])
    return (f'<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg">'
            f'<rect width="{w}" height="{h}" fill="{bg}"/>'
            f'<ellipse cx="{w/2}" cy="{h*0.40:.1f}" rx="{w*0.22:.1f}" ry="{h*0.21:.1f}" fill="{tone}"/>'
            f'<path d="M{w*0.27:.1f},{h*0.36:.1f} Q{w/2},{h*0.08:.1f} {w*0.73:.1f},{h*0.36:.1f} Q{w/2},{h*0.22:.1f} {w*0.27:.1f},{h*0.36:.1f}" fill="{hair}"/>'
            f'<path d="M{w*0.08:.1f},{h} Q{w*0.12:.1f},{h*0.66:.1f} {w/2},{h*0.66:.1f} Q{w*0.88:.1f},{h*0.66:.1f} {w*0.92:.1f},{h} Z" fill="{tone}"/>'
            f'</svg>')


def paras(items) -> str:
    import re
    return "\n".join(p if re.match(r"\s*<(p|div|table|h\d|ul|ol)\b", p) else f"<p>{p}</p>" for p in items)

"""Read a filled-in CV against the template: headings, labels paired with values, table rows.

Works on ``layout.Segment``s, so it does not matter whether a producer put a
label and its value on one line ("Surname: Wang"), in two table cells, or
wrapped either over several lines. Headings and labels are matched after
``documents.normalize`` (case, accents, punctuation, section numbers) with a
similarity bound, so small typing or OCR slips still match; short labels must
match exactly, since one slip in four letters is another word.

Segments are taken in the producer's order, which is reading order for Word,
LibreOffice and reportlab. A PDF filled in with a PDF editor appends its values
after the form; when the producer's order pairs labels with far-away values,
the segments are read again by position, and the closer pairing wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from esorcheck.cv.values import parse_value
from esorcheck.pdf.geometry import Layout, Segment, join_text, reading_order, rows_of
from esorcheck.schema.cv import CvTemplate, FieldSpec, SectionSpec, other_cvs, shapes
from esorcheck.schema.documents import vocabulary
from esorcheck.text import normalize, normalize_heading, similarity

HEADING_SIMILARITY = 0.85
LABEL_SIMILARITY = 0.85
STATEMENT_SIMILARITY = 0.85
EXACT_BELOW = 7  # labels shorter than this (normalised) must match exactly
HEADING_MAX_WORDS = 8
COLUMN_TOLERANCE = 12.0  # points: same column
FAR_LINES = 3.0  # a value starting further than this many line heights from its label is far
SIGNATURE_REACH = (3.0, 5.0)  # line heights above / below a signature label where a drawing counts
SET_APART = 1.5  # line heights of empty space that set a typed signature apart from the value above
PAGE_FOOT = 0.8  # below this share of the page height, a signature may go on at the top of the next page
OWN_HEADING_MAX_WORDS = 5
SEPARATORS = " \t:–—-|=>"
NOISE_MAX_WORDS = 10
MARGIN_BAND = 0.07  # top and bottom share of the page where running headers and footers sit
SMALL_PRINT = 0.9


def matches(text: str, names: list[str], bound: float) -> float:
    """The best similarity of ``text`` (normalised) to any of ``names``, 0 below the bound."""
    best = 0.0
    for name in names:
        if text == name:
            return 1.0
        if len(name) < EXACT_BELOW or len(text) < EXACT_BELOW:
            continue
        ratio = similarity(text, name, bound)
        if ratio >= bound and ratio > best:
            best = ratio
    return best


@dataclass
class FieldRead:
    """Where one template field's label and value were found in a CV section."""
    spec: FieldSpec
    label: Segment | None = None  # None: the label is not in the section
    inline: str = ""  # value written after the label in the same segment
    parts: list[Segment] = field(default_factory=list)
    drawing: bool = False

    @property
    def text(self) -> str:
        return f"{self.inline} {join_text(self.parts)}".strip(SEPARATORS)

    @property
    def page(self) -> int | None:
        if self.label:
            return self.label.page
        return self.parts[0].page if self.parts else None

    @property
    def found(self) -> bool:
        """The label is there, or (a signature without label) its drawing or typed name is."""
        return self.label is not None or self.drawing or bool(self.parts)

    @property
    def blank(self) -> bool:
        return not self.drawing and shapes().is_blank(self.text)

    def far(self) -> bool:
        """Does the value start far from its label? (a sign of reading in the wrong order)"""
        if self.label is None or not self.parts or self.inline:
            return False
        first, label = self.parts[0], self.label
        reach = FAR_LINES * max(label.height, first.height)
        return first.page != label.page or first.top - label.bottom > reach or label.top - first.bottom > 2 * reach


@dataclass
class SectionRead:
    """One template section found in a CV: its heading, its body, and the heading that ends it."""
    spec: SectionSpec
    heading: Segment
    body: list[Segment]
    end: Segment | None = None  # the next section's heading
    fields: dict[str, FieldRead] = field(default_factory=dict)
    rows: list[dict[str, str]] = field(default_factory=list)
    text: str = ""
    statement_found: bool = False

    @property
    def page(self) -> int:
        return self.heading.page


@dataclass
class CvReading:
    """A CV's text segments grouped under the template's sections, in the order found."""
    pages: list[int]
    title: str | None
    sections: list[SectionRead]  # in the order found
    segments: list[Segment]
    layout: Layout
    far_values: int = 0
    blank_values: int = 0

    def section(self, key: str) -> SectionRead | None:
        return next((s for s in self.sections if s.spec.key == key), None)


# --------------------------------------------------------------------- headings
# A section number after one word ("Section 3:", "Part IV –"), normalised: the heading follows it.
_WORD_NUMBERING = re.compile(r"^\w+ (?:\d{1,2}|[ivx]{1,4}|[a-h]) (?=\w)")


def heading_of(text: str, template: CvTemplate, taken: set[str]) -> SectionSpec | None:
    heading = normalize_heading(text)
    if not heading or len(heading.split()) > HEADING_MAX_WORDS:
        return None
    forms = {heading, _WORD_NUMBERING.sub("", heading, count=1)}
    best, best_ratio = None, 0.0
    for spec in template.sections:
        if spec.key in taken:
            continue
        ratio = max(matches(form, spec.names, HEADING_SIMILARITY) for form in forms)
        if ratio > best_ratio:
            best, best_ratio = spec, ratio
    return best


def _find_headings(ordered: list[Segment], template: CvTemplate) -> list[tuple[int, int, SectionSpec]]:
    """(first index, last index, section) of each template heading, the first occurrence of each."""
    found: list[tuple[int, int, SectionSpec]] = []
    taken: set[str] = set()
    position = {id(s): i for i, s in enumerate(ordered)}
    for row in rows_of(ordered):
        candidates = [(row[0], row[-1], " ".join(s.text for s in row))] if len(row) > 1 else []
        candidates += [(s, s, s.text) for s in row]
        for first, last, text in candidates:
            spec = heading_of(text, template, taken)
            if spec is not None:
                found.append((position[id(first)], position[id(last)], spec))
                taken.add(spec.key)
                break
    return sorted(found, key=lambda h: h[0])


# ------------------------------------------------------------------------ labels
_TOKEN = re.compile(r"\S+")
_HINT = re.compile(r"^\s*\([^)]*\)?")


def match_label(text: str, fields: list) -> tuple | None:
    """The field (or column) whose label starts ``text``, and what follows the label (an inline value)."""
    tokens = [m for m in _TOKEN.finditer(text)]
    best: tuple[float, int, FieldSpec] | None = None
    for spec in fields:
        longest = max(len(n.split()) for n in spec.names) + 2
        for k in range(1, min(len(tokens), longest) + 1):
            head = normalize(text[: tokens[k - 1].end()])
            ratio = matches(head, spec.names, LABEL_SIMILARITY)
            if ratio and (best is None or (ratio, k) > best[:2]):
                best = (ratio, k, spec)
    if best is None:
        return None
    ratio, k, spec = best
    rest = text[tokens[k - 1].end() :]
    rest = _HINT.sub("", rest, count=1) if rest.lstrip().startswith("(") else rest
    return spec, rest.strip(SEPARATORS)


def _label_start(segs: list[Segment], i: int, fields: list[FieldSpec]) -> tuple[FieldSpec, str, list[int]] | None:
    """A label at segment i (joined with the rest of its row when its words stand apart, and with the next lines
    of its cell when it wraps): field, inline value, and the segments of the label."""
    found = match_label(segs[i].text, fields)
    if found:
        return found[0], found[1], [i]
    cell = _label_row(segs, i, fields)
    joined = " ".join(segs[k].text for k in cell)
    found = match_label(joined, fields) if len(cell) > 1 else None
    if found:
        return found[0], found[1], cell
    text = normalize(joined)
    for j in _cell_lines(segs, i):
        if not text or not any(n.startswith(text) for f in fields for n in f.names):
            return None
        cell.append(j)
        joined = " ".join(segs[k].text for k in cell)
        found = match_label(joined, fields)
        if found:
            return found[0], found[1], cell
        text = normalize(joined)
    return None


def _label_row(segs: list[Segment], i: int, fields: list[FieldSpec]) -> list[int]:
    """Segment i and those after it on its row while together they spell the start of a label: the words of a
    label set justified in a narrow cell stand so far apart that each is a segment of its own."""
    row = [i]
    for j in range(i + 1, len(segs)):
        text = normalize(" ".join(segs[k].text for k in [*row, j]))
        if not segs[i].same_row(segs[j]) or not any(n.startswith(text) for f in fields for n in f.names):
            break
        row.append(j)
    return row


def _cell_lines(segs: list[Segment], i: int) -> list[int]:
    """The next two lines of segment i's cell: below it in its column, passing over what stands to its right on
    its own line (the value of a label that wraps in a narrow column)."""
    lines, last = [], segs[i]
    for j in range(i + 1, min(i + 6, len(segs))):
        seg = segs[j]
        if seg.page != last.page or seg.top > last.bottom + last.height:
            break
        if abs(seg.x0 - segs[i].x0) <= COLUMN_TOLERANCE and seg.top >= last.bottom - last.height / 2:
            lines.append(j)
            last = seg
            if len(lines) == 2:
                break
        elif not segs[i].same_row(seg) and not lines:
            break  # a line below, not in the label's column: the label does not wrap
    return lines


def _wraps_label(seg: Segment, read: FieldRead) -> bool:
    """A line of the label's own cell (the rest of a wrapped label or its hint), not a value."""
    label = read.label
    if read.parts or abs(seg.x0 - label.x0) > COLUMN_TOLERANCE or seg.page != label.page:
        return False
    text = normalize(seg.text)
    return bool(text) and (text in read.spec.printed or (seg.text.startswith("(") and seg.text.rstrip().endswith(")")))


def _read_fields(section: SectionRead, segs: list[Segment], layout: Layout) -> None:
    pending = list(section.spec.fields)
    current: FieldRead | None = None
    label_lines: set[int] = set()  # lines a wrapped label continues on, read with it
    for i, seg in enumerate(segs):
        if i in label_lines:
            continue
        found = _label_start(segs, i, pending) if pending else None
        if found:
            spec, inline, cell = found
            pending.remove(spec)
            current = FieldRead(spec, seg, inline)
            section.fields[spec.key] = current
            label_lines.update(cell)
            continue
        if current is not None and not _wraps_label(seg, current):
            current.parts.append(seg)
    for spec in pending:
        section.fields[spec.key] = FieldRead(spec)
    reads = [r for r in section.fields.values() if r.label is not None]
    for read in section.fields.values():
        if not read.spec.graphics or not shapes().is_blank(read.text):
            continue
        if read.label is None:  # a signature without its label: a drawing in the section, or a name typed apart
            read.drawing = _drawing_in(section, layout)
            last = reads[-1] if reads and reads[-1].parts else None
            if not read.drawing and last is not None and _set_apart(last):
                read.parts.append(last.parts.pop())
            continue
        read.drawing = _drawing_near(read.label, layout)
        previous = next((r for r in reversed(reads[: reads.index(read)]) if r.parts), None)
        if not read.drawing and previous is not None and _name_above(previous, read.label):
            read.parts.append(previous.parts.pop())  # the name typed on the signature line, above its label


def _name_above(previous: FieldRead, label: Segment) -> bool:
    """The last line of the previous value sits right above this label and apart from its own label."""
    last = previous.parts[-1]
    reach = SIGNATURE_REACH[0] * label.height
    return last.page == label.page and 0 <= label.top - last.bottom < reach and last.top - previous.label.bottom > label.height


def _set_apart(read: FieldRead) -> bool:
    """The value's last line stands apart below the rest (a name typed under the last field)."""
    last = read.parts[-1]
    above = read.parts[-2] if len(read.parts) > 1 else read.label
    return last.page == above.page and last.top - above.bottom > SET_APART * last.height


def _drawing_in(section: SectionRead, layout: Layout) -> bool:
    """A drawing or image between the section's heading and the next heading."""
    start, end = section.heading, section.end
    for box in layout.boxes:
        after_start = box.page > start.page or (box.page == start.page and box.top >= start.top)
        before_end = end is None or box.page < end.page or (box.page == end.page and box.bottom <= end.top)
        if after_start and before_end:
            return True
    return False


def _drawing_near(label: Segment, layout: Layout) -> bool:
    """A drawing or image beside, above or below the label; below may be the top of the next page."""
    above, below = (reach * label.height for reach in SIGNATURE_REACH)
    height = layout.page_height.get(label.page, 0.0)
    for box in layout.boxes:
        if box.x1 <= label.x0:
            continue
        if box.page == label.page and box.bottom > label.top - above and box.top < label.bottom + below:
            return True
        first_on_next = min((s.top for s in layout.segments if s.page == box.page), default=height)
        if box.page == label.page + 1 and label.bottom + below > height * PAGE_FOOT and box.top <= first_on_next:
            return True
    return False


# -------------------------------------------------------------------------- rows
def _read_rows(section: SectionRead, segs: list[Segment]) -> None:
    columns = section.spec.rows.columns
    rows = rows_of(segs)
    header_x: dict[int, float] = {}
    for n, row in enumerate(rows[:3]):
        hits = {}
        for seg in row:
            found = match_label(seg.text, [c for n, c in enumerate(columns) if n not in hits])
            if found:
                hits[columns.index(found[0])] = seg.x0
        if len(hits) >= min(2, len(columns)):
            header_x = hits
            rows = rows[n + 1 :]
            break
    body = [s for row in rows for s in row if not (s.text.startswith("(") and s.text.endswith(")"))]
    if header_x and len(header_x) > 1:
        section.rows = _table_records(body, header_x, len(columns))
    else:
        section.rows = _line_records(rows_of(body), section.spec)
    keys = [c.key for c in columns]
    section.rows = [
        {keys[c]: " ".join(parts).strip(SEPARATORS) for c, parts in enumerate(record)}
        for record in section.rows
        if any(not shapes().is_blank(" ".join(parts)) for parts in record)
    ]


def _table_records(segs: list[Segment], header_x: dict[int, float], width: int) -> list[list[list[str]]]:
    """Rows of a table with a header: each segment goes to the column it stands under."""
    starts = sorted((x, c) for c, x in header_x.items())
    records: list[list[list[str]]] = []
    last_column = None
    for seg in segs:
        column = max((c for x, c in starts if x <= seg.x0 + COLUMN_TOLERANCE), default=starts[0][1])
        first = column == starts[0][1]
        if not records or (first and last_column is not None and last_column != column):
            records.append([[] for _ in range(width)])
        records[-1][column].append(seg.text)
        last_column = column
    return records


def _line_records(rows: list[list[Segment]], spec: SectionSpec) -> list[list[list[str]]]:
    """Rows without a header ("English – C1"): one entry a line, shapes telling entries from wrapped lines.

    A choice (the CEFR level) is taken out into its column; the rest of the
    line goes to the first other column.
    """
    columns = spec.rows.columns
    shaped = [(c, shapes().shapes[col.shape]) for c, col in enumerate(columns) if col.shape]
    records: list[list[list[str]]] = []
    for row in rows:
        text = " ".join(s.text for s in row)
        hits = [(c, shape, parse_value(shape, text, shapes())) for c, shape in shaped]
        if records and shaped and not any(p.ok for _, _, p in hits):
            records[-1][-1].append(text)  # a wrapped line of the previous entry
            continue
        record: list[list[str]] = [[] for _ in columns]
        if len(row) == len(columns):
            for c, seg in enumerate(row):
                record[c].append(seg.text)
        else:
            rest = text
            for c, shape, parsed in hits:
                if parsed.ok and shape.kind == "choice":
                    record[c].append(str(parsed.value))
                    rest = _without_choice(rest, shape)
            free = next(c for c, col in enumerate(columns) if not record[c])
            record[free].append(rest.strip(SEPARATORS + ",;"))
        records.append(record)
    return records


def _without_choice(text: str, shape) -> str:
    for pattern in (p for ps in shape.values.values() for p in ps):
        if pattern.search(text):
            return pattern.sub(" ", text, count=1)
    return text


# ------------------------------------------------------------------ statements
def _statement_in(statement: str, segs: list[Segment]) -> list[Segment] | None:
    """The segments that print the statement (tolerating slips), or None."""
    wanted = normalize(statement)
    size = len(wanted.split())
    for i in range(len(segs)):
        text = ""
        for j in range(i, min(i + size, len(segs))):
            text = f"{text} {normalize(segs[j].text)}".strip()
            if len(text) >= len(wanted) * 0.8:
                words = text.split()
                for n in (size - 1, size, size + 1):
                    if similarity(" ".join(words[:n]), wanted, STATEMENT_SIMILARITY) >= STATEMENT_SIMILARITY:
                        return segs[i : j + 1]
            if len(text) > len(wanted) * 1.5:
                break
    return None


def _read_section(section: SectionRead, layout: Layout) -> None:
    spec, segs = section.spec, section.body
    if spec.statement:
        printed = _statement_in(spec.statement, segs)
        section.statement_found = printed is not None
        if printed:
            segs = [s for s in segs if s not in printed]
    if spec.fields:
        _read_fields(section, segs, layout)
    elif spec.rows:
        _read_rows(section, segs)
    section.text = " ".join(s.text for s in segs)


# ---------------------------------------------------------------------- the CV
def _noise(segments: list[Segment], layout: Layout) -> set[int]:
    """Running headers and footers ("ESOR CV – Name", "Page 2 of 3"): not part of any value.

    A line in the page's top or bottom margin band is one when it shows a page
    number, is printed smaller than the body text, or repeats on another page.
    """
    noise, margins = set(), []
    for row in rows_of(segments):
        height = layout.page_height.get(row[0].page, 0.0)
        if height and (row[0].top > height * (1 - MARGIN_BAND) or row[0].bottom < height * MARGIN_BAND):
            margins.append(row)
    repeated = [re.sub(r"\d+", "#", normalize(join_text(row))) for row in margins]
    for row, text in zip(margins, repeated):
        joined = join_text(row)
        numbered = len(joined.split()) <= NOISE_MAX_WORDS and any(p.regex.search(joined) for p in vocabulary().page_numbering)
        small = all(s.size and s.size < layout.body_size * SMALL_PRINT for s in row)
        if numbered or small or repeated.count(text) > 1:
            noise |= {id(s) for s in row}
    return noise


def _read(ordered: list[Segment], template: CvTemplate, layout: Layout) -> CvReading:
    headings = _find_headings(ordered, template)
    sections = []
    for n, (first, last, spec) in enumerate(headings):
        end = headings[n + 1][0] if n + 1 < len(headings) else len(ordered)
        section = SectionRead(spec, ordered[first], ordered[last + 1 : end], ordered[end] if end < len(ordered) else None)
        _read_section(section, layout)
        sections.append(section)
    start = headings[0][0] if headings else min(len(ordered), 12)
    titles = [normalize_heading(t) for t in template.title]
    title = next((s.text for s in ordered[:start] if matches(normalize_heading(s.text), titles, HEADING_SIMILARITY)), None)
    reading = CvReading(layout.pages, title, sections, ordered, layout)
    reading.far_values = sum(f.far() for s in sections for f in s.fields.values())
    reading.blank_values = sum(f.label is not None and f.blank for s in sections for f in s.fields.values())
    return reading


def other_headings(reading: CvReading) -> dict[str, list[str]]:
    """Headings of other CV formats (Europass) found, by format id."""
    segs = reading.segments
    found: dict[str, list[str]] = {}
    for key, fmt in other_cvs().formats.items():
        names = fmt.names
        for seg in segs:
            text = normalize_heading(seg.text)
            if len(text.split()) > HEADING_MAX_WORDS:
                continue
            hit = next((names[n] for n in names if matches(text, [n], HEADING_SIMILARITY)), None)
            if hit and hit not in found.setdefault(key, []):
                found[key].append(hit)
    return {k: v for k, v in found.items() if v}


def own_headings(reading: CvReading, template: CvTemplate) -> list[str]:
    """Short, bold or large lines: what a free-form CV uses as headings."""
    segs, layout = reading.segments, reading.layout
    own = []
    titles = [normalize_heading(t) for t in template.title]
    for seg in segs:
        words = seg.text.split()
        prominent = seg.bold or (layout.body_size and seg.size >= layout.body_size * 1.15)
        if not prominent or not 0 < len(words) <= OWN_HEADING_MAX_WORDS or any(ch.isdigit() for ch in seg.text):
            continue
        if seg.text.rstrip().endswith((".", ",", ";")) or matches(normalize_heading(seg.text), titles, HEADING_SIMILARITY):
            continue
        if seg.text not in own:
            own.append(seg.text)
    return own


def read_cv(layout: Layout, template: CvTemplate) -> CvReading:
    """Read the CV's pages against the template, in the producer's order or, when that pairs badly, by position."""
    noise = _noise(layout.segments, layout)
    segments = [s for s in layout.segments if id(s) not in noise]
    reading = _read(segments, template, layout)
    if reading.far_values or reading.blank_values:
        by_position = _read(reading_order(segments), template, layout)
        if by_position.far_values + by_position.blank_values < reading.far_values + reading.blank_values:
            return by_position
    return reading

"""The template as data: schemas/cv/*.yaml validates, shapes parse values, nothing is hard-coded."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from esorcheck.cv.values import parse_value
from esorcheck.errors import SchemaError, UsageError
from esorcheck.schema.cv import load_template, reference_template, shapes

ROOT = Path(__file__).resolve().parent.parent


def test_reference_template_follows_the_spec():
    template = reference_template()
    assert [s.heading for s in template.sections] == [
        "Personal Details", "Current Position", "Education", "Professional Experience",
        "Fields of Interest / Subspecialty", "Language Skills", "Research Activities and Publications",
        "Congress Presentations", "Previous ESOR Programmes Attended", "Declaration",
    ]
    personal = template.sections[0]
    assert [f.label for f in personal.fields if not f.required] == ["Phone"]
    assert not template.sections[7].required  # Congress Presentations
    assert template.sections[5].rows.required_values == ["English"]


CV_CODE = [*(ROOT / "esorcheck" / "cv").glob("*.py"), *(ROOT / "esorcheck" / "checks").glob("cv_*.py"), ROOT / "esorcheck" / "render" / "cv.py"]


def _string_literals() -> set[str]:
    """Every string literal in the CV code, docstrings left out."""
    found = set()
    for path in CV_CODE:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
            and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
        }
        found |= {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings}
    return found


def test_no_template_heading_or_label_is_written_in_code():
    literals = _string_literals()
    for section in reference_template().sections:
        for text in [section.heading, *section.labels]:
            assert not any(text in literal for literal in literals), text


@pytest.mark.parametrize("shape, text, value", [
    ("date", "14/03/1989", "1989-03-14"),
    ("date", "14.3.1989", "1989-03-14"),
    ("date", "1989-03-14", "1989-03-14"),
    ("date", "14 March 1989", "1989-03-14"),
    ("date", "March 14, 1989", "1989-03-14"),
    ("date", "12 mars 2021", "2021-03-12"),
    ("date", "15/07/2019, Sichuan Provincial Health Commission", "2019-07-15"),
    ("date", "expected 06/2026", "2026-06"),
    ("month", "09/2019", "2019-09"),
    ("cefr", "C1 (IELTS 7.5)", "C1"),
    ("cefr", "Native speaker", "mother tongue"),
    ("integer", "9 (4 as first author)", 9),
    ("esr_number", "M-0213377", "M-0213377"),
])
def test_shapes_normalise_values(shape, text, value):
    parsed = parse_value(shapes().shapes[shape], text, shapes())
    assert parsed.ok and parsed.value == value


@pytest.mark.parametrize("shape, text", [("date", "31/02/1990"), ("date", "spring 89"), ("cefr", "fluent"), ("integer", "many")])
def test_values_that_do_not_fit_their_shape(shape, text):
    assert not parse_value(shapes().shapes[shape], text, shapes()).ok


def test_placeholders_count_as_blank():
    for blank in ["", "____", "…", "Click or tap here to enter text.", "DD/MM/YYYY"]:
        assert shapes().is_blank(blank)
    assert not shapes().is_blank("none")


def test_a_broken_template_file_is_one_line_naming_file_and_key(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\nsections:\n  - key: a\n    heading: A\n    fields:\n      - {key: f, label: F, shape: colour}\n", encoding="utf-8")
    with pytest.raises(SchemaError) as error:
        load_template(path)
    assert "bad.yaml" in error.value.message and "unknown shapes ['colour']" in error.value.message
    path.write_text("id: x\nsections:\n  - key: a\n    heading: A\n    fields:\n      - {key: f, label: F, extract: age}\n", encoding="utf-8")
    with pytest.raises(SchemaError, match="unknown key 'age'"):
        load_template(path)
    with pytest.raises(UsageError):
        load_template(tmp_path / "missing.yaml")

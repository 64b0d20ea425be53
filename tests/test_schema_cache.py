"""The schema files are validated once, then read from a cache keyed by their content; a bad cache is never trusted."""

from __future__ import annotations

import pickle
import shutil

import pytest

from esorcheck.errors import SchemaError
from esorcheck.schema import Shipped, fingerprint, load
from esorcheck.schema.files import schema_root, validate
from esorcheck.schema.model import dump
from esorcheck.schema.programmes import RequiredDocument


@pytest.fixture
def schemas(tmp_path):
    """A copy of the shipped schemas/ to change, and an empty cache folder."""
    root = tmp_path / "schemas"
    shutil.copytree(schema_root(), root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return root, tmp_path / "cache"


def test_a_second_load_comes_from_the_cache_and_equals_the_first(schemas):
    root, cache = schemas
    first = load(root, cache)
    (entry,) = cache.glob("schemas-*.pickle")
    assert fingerprint(root) in entry.name
    second = load(root, cache)
    assert second is not first and dump(second.programmes["aim-china"]) == dump(first.programmes["aim-china"])
    assert [s.key for s in second.cv_template.sections] == [s.key for s in first.cv_template.sections]


def test_a_changed_file_rebuilds_the_cache(schemas):
    root, cache = schemas
    load(root, cache)
    before = fingerprint(root)
    path = root / "programmes" / "aim-china.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("max_age: 40", "max_age: 45"), encoding="utf-8")
    assert fingerprint(root) != before
    assert load(root, cache).programmes["aim-china"].eligibility.max_age == 45
    assert len(list(cache.glob("schemas-*.pickle"))) == 1  # the stale entry is gone


def test_a_corrupt_or_foreign_cache_entry_is_rebuilt_not_trusted(schemas):
    root, cache = schemas
    cache.mkdir()
    entry = cache / f"schemas-{fingerprint(root)}.pickle"
    entry.write_bytes(b"not a pickle")
    assert isinstance(load(root, cache), Shipped)
    entry.write_bytes(pickle.dumps({"programmes": {}}))
    assert load(root, cache).programmes  # a pickle of something else is not taken for the schemas
    assert isinstance(pickle.loads(entry.read_bytes()), Shipped)  # and it was rewritten


def test_an_unwritable_cache_folder_only_costs_time(schemas, tmp_path):
    root, _ = schemas
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert load(root, blocked / "cache").programmes["aim-china"].id == "aim-china"


def test_a_broken_file_is_reported_by_file_and_key_not_cached(schemas):
    root, cache = schemas
    path = root / "rules.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("reach: ", "reach: -", 1), encoding="utf-8")
    with pytest.raises(SchemaError, match=r"schemas/rules.yaml: certificates.reach: must be at least 1"):
        load(root, cache)
    assert not list(cache.glob("schemas-*.pickle"))


def test_a_cv_section_that_is_no_kind_of_section_is_refused(schemas):
    root, cache = schemas
    path = root / "documents.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("cv_section: publications", "cv_section: papers", 1),
                    encoding="utf-8")
    with pytest.raises(SchemaError, match=r"publication_list: cv_section 'papers' is no kind of section"):
        load(root, cache)


def test_loader_names_every_problem_with_its_key():
    text = "type: cv\nlabel: CV\nmin: -1\nmax: two\ncolour: red\n"
    with pytest.raises(SchemaError) as caught:
        validate(RequiredDocument, "x.yaml", text)
    message = caught.value.message
    assert "x.yaml: min: must be at least 0" in message
    assert "x.yaml: max: expected a whole number, not 'two'" in message
    assert "x.yaml: colour: not a known key" in message


def test_loader_checks_choices_dates_and_patterns():
    from esorcheck.schema.cv import Shape
    from esorcheck.schema.programmes import CallDates

    with pytest.raises(SchemaError, match="kind: must be one of date, choice, integer, regex"):
        validate(Shape, "s.yaml", "kind: colour\ndescribe: x\n")
    with pytest.raises(SchemaError, match=r"pattern: bad regular expression '\('"):
        validate(Shape, "s.yaml", "kind: regex\ndescribe: x\npattern: '('\n")
    with pytest.raises(SchemaError, match="closes: expected a date"):
        validate(CallDates, "d.yaml", "closes: soon\n")
    assert validate(CallDates, "d.yaml", "closes: 2024-03-18\n").closes.isoformat() == "2024-03-18"


def test_the_cache_holds_the_derived_tables_and_their_code_is_in_its_key(schemas, tmp_path, monkeypatch):
    """The tables derived from the schemas are computed before the pickle is written (no run derives them again),
    so a change to the code that derives them must rebuild it, as a change to a file does."""
    root, cache = schemas
    load(root, cache)
    (entry,) = cache.glob("schemas-*.pickle")
    cached = pickle.loads(entry.read_bytes())
    assert {"titles_of_length", "stem_regexes", "phrase_probes"} <= set(vars(cached.vocabulary)) | set(
        vars(cached.vocabulary.types["cv"]))
    code = tmp_path / "documents.py"
    code.write_text("TITLE_SIMILARITY = 0.88\n")
    monkeypatch.setattr("esorcheck.schema.shaping_code", lambda: [code])
    before = fingerprint(root)
    code.write_text("TITLE_SIMILARITY = 0.9\n")
    assert fingerprint(root) != before

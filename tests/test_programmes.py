"""The programme schemas: every shipped call loads, and a broken file says where it is broken."""

from __future__ import annotations

import pytest

from esorcheck.errors import SchemaError, UsageError
from esorcheck.schema.documents import DOCUMENT_TYPES, vocabulary
from esorcheck.schema.files import schema_root
from esorcheck.schema.programmes import all_programmes, get_programme, parse_programme

SHIPPED = [
    "aim-china",
    "exchange-fellowship",
    "icm-oncologic-imaging",
    "gustave-roussy-hybrid-imaging",
    "lille-neuroinflammatory",
    "visiting-scholarship-europe",
    "bracco-fellowship",
]


def test_every_programme_of_the_spec_is_shipped():
    assert sorted(all_programmes()) == sorted(SHIPPED)


@pytest.mark.parametrize("programme_id", SHIPPED)
def test_programme_documents_are_contract_types(programme_id):
    programme = get_programme(programme_id)
    assert programme.documents, "a call asks for at least one document"
    assert all(doc.type in DOCUMENT_TYPES for doc in programme.documents)
    assert programme.max_size_mb is not None


def test_aim_china_facts_come_from_the_schema():
    programme = get_programme("aim-china")
    assert [d.type for d in programme.documents] == [
        "cv", "motivation_letter", "recommendation_letter", "funding_declaration", "additional_document",
    ]
    assert programme.document("recommendation_letter").min == 2
    assert programme.document("additional_document").position == "last"
    assert programme.eligibility.max_age == 40
    assert programme.max_size_mb == 8


def test_lille_states_its_assumed_document_list():
    notes = " ".join(get_programme("lille-neuroinflammatory").notes)
    assert "ASSUMPTION" in notes and "icm-oncologic-imaging" in notes


def test_gustave_roussy_accepts_a_french_language_certificate():
    programme = get_programme("gustave-roussy-hybrid-imaging")
    assert programme.languages_for("language_certificate") == ["en", "fr"]
    assert programme.languages_for("motivation_letter") == ["en"]


def test_track_dependent_requirement():
    programme = get_programme("bracco-fellowship")
    letter = programme.document("confirmation_letter")
    assert programme.min_count(letter, "clinical") == 1
    assert programme.min_count(letter, "research") == 0
    assert programme.min_count(letter, None) == 0


def _shipped_text(programme_id: str) -> str:
    return (schema_root() / "programmes" / f"{programme_id}.yaml").read_text(encoding="utf-8")


def test_broken_schema_names_file_and_key():
    text = _shipped_text("aim-china").replace("min: 2", "min: two", 1)
    with pytest.raises(SchemaError) as caught:
        parse_programme("schemas/programmes/aim-china.yaml", text)
    assert "schemas/programmes/aim-china.yaml: documents.2.min:" in caught.value.message


def test_unknown_document_type_is_refused():
    text = _shipped_text("aim-china").replace("type: cv", "type: curriculum", 1)
    with pytest.raises(SchemaError, match="unknown document type 'curriculum'"):
        parse_programme("schemas/programmes/aim-china.yaml", text)


def test_unknown_key_is_refused():
    text = _shipped_text("aim-china").replace("max_size_mb: 8", "max_size: 8", 1)
    with pytest.raises(SchemaError, match="max_size: not a known key"):
        parse_programme("schemas/programmes/aim-china.yaml", text)


def test_yaml_syntax_error_names_the_line():
    with pytest.raises(SchemaError, match=r"x.yaml line 2: not valid YAML"):
        parse_programme("x.yaml", "id: x\n  bad: [\n")


def test_file_name_must_match_id():
    with pytest.raises(SchemaError, match="must match the file name"):
        parse_programme("schemas/programmes/other.yaml", _shipped_text("aim-china"))


def test_unknown_programme_is_a_usage_error_listing_the_known_ones():
    with pytest.raises(UsageError) as caught:
        get_programme("aim-japan")
    assert "aim-china" in caught.value.hint


def test_vocabulary_covers_every_document_type():
    # 'unknown' has words too: those of pages merged by mistake (invoices, tickets).
    assert set(vocabulary().types) == set(DOCUMENT_TYPES)

"""The eligibility block of the reports (JSON and rich), and the README's rule table."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT, as_of, checked, load_truth, packet_for, truth_files
from rulecheck import sample
from test_cli import esorcheck

from esorcheck.rules import RULES
from esorcheck.rules.verdicts import CONTENT_UNDETERMINED, UNDETERMINED

ISSUE_RULES = [
    "eligibility.age", "eligibility.certification", "eligibility.residence", "eligibility.language_level",
    "eligibility.membership", "eligibility.deadline", "letter.addressee", "letter.unsigned",
    "recommendation.same_author", "recommendation.author_role", "funding.track_mismatch", "publications.count",
    "consistency.name_mismatch",
]


def _cli(truth_path, *extra):
    truth = load_truth(truth_path)
    args = ["check", str(packet_for(truth_path)), "-p", truth["programme"], "--as-of", as_of(truth).isoformat(), *extra]
    if truth.get("track"):
        args += ["--track", truth["track"]]
    return esorcheck(*args)


def test_json_report_lists_the_eligibility_verdicts():
    result = _cli(sample("aim-china", "over-age"), "--format", "json")
    report = json.loads(result.stdout)
    assert result.returncode == 1
    rows = {row["rule"]: row for row in report["eligibility"]}
    assert list(rows) == ["eligibility.age", "eligibility.residence", "eligibility.membership", "funding.track_mismatch"]
    assert set(rows["eligibility.age"]) == {"rule", "label", "requirement", "status", "value", "pages"}
    assert rows["eligibility.age"]["status"] == "failed" and "born 1984-02-29" in rows["eligibility.age"]["value"]
    assert rows["eligibility.residence"]["status"] == "ok"


def test_rich_report_has_an_eligibility_block():
    result = _cli(sample("gustave-roussy-hybrid-imaging", "resides-in-france"))
    out = result.stdout
    assert "Eligibility" in out
    block = out[out.index("Eligibility"):]
    assert re.search(r"XX\s+Residence", block)  # piped: ASCII marks
    assert re.search(r"OK\s+French level", block)
    assert "resides in France" in block


def test_cv_alone_has_no_eligibility_block():
    result = esorcheck("cv", str(ROOT / "tests" / "cv_fixtures" / "filled-2027.pdf"), "--format", "json")
    assert json.loads(result.stdout)["eligibility"] == []


def test_every_issue_rule_is_a_registered_check_with_its_codes():
    modules = {module.ID: module for module in RULES}
    assert set(ISSUE_RULES) <= set(modules)
    for code in ISSUE_RULES:
        doc = modules[code].__doc__
        assert doc and doc.startswith(code) and "Passes" in doc and "Fails" in doc, code
    undetermined = {note for code in ISSUE_RULES for note in modules[code].CODES if note.endswith(".undetermined")}
    assert undetermined == {UNDETERMINED, CONTENT_UNDETERMINED}
    assert all(code.startswith("eligibility.") == hasattr(modules[code], "assess") for code in ISSUE_RULES if code != "funding.track_mismatch")


def readme_rules() -> dict[str, tuple[str, str]]:
    """code -> (severity, programmes) from the README's rule table."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text[text.index("## Eligibility and content rules"):]
    table = table[: table.index("\n## ")]
    rows = {}
    for line in table.splitlines():
        match = re.match(r"\| `([a-z_.]+)` \|", line)
        if match:
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            rows[match.group(1)] = (cells[1], cells[2])
    return rows


@pytest.mark.parametrize("code", ISSUE_RULES + [UNDETERMINED, CONTENT_UNDETERMINED])
def test_readme_rule_table_documents_each_code(code):
    rows = readme_rules()
    assert code in rows, f"{code} is not in the README's rule table"
    severity, programmes = rows[code]
    assert severity in {"error", "warning", "info"} and programmes


def test_readme_severities_are_the_reported_ones():
    rows = readme_rules()
    seen = {}
    for path in truth_files():
        for finding in checked(path).findings:
            if finding.code in rows:
                seen.setdefault(finding.code, set()).add(finding.severity.value)
    assert set(ISSUE_RULES) - {"eligibility.deadline"} <= set(seen)  # every rule fails on some sample packet
    for code, severities in seen.items():
        assert severities == {rows[code][0]}, code


def readme_codes() -> dict[str, str]:
    """code -> severity, from the README's finding-code table and its rule table ("error, error, warning" rows split)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = {}
    for heading in ("### Finding codes", "## Eligibility and content rules"):
        table = text[text.index(heading):]
        table = table[: table.index("\n#", 1)]
        for line in table.splitlines():
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if len(cells) < 2 or not cells[0].startswith("`") or cells[1] == "see below":
                continue
            codes = re.findall(r"`([a-z_]+\.[a-z_]+)`", cells[0])
            severities = [s.strip() for s in cells[1].split(",")]
            for code, severity in zip(codes, severities if len(severities) == len(codes) else severities * len(codes)):
                found[code] = severity
    return found


def test_readme_documents_every_code_with_the_severity_its_rule_declares():
    """The README's tables and the rules' CODES agree: every code documented, none invented, the same severity."""
    from esorcheck.findings import INTERNAL_ERROR
    from esorcheck.errors import InputError
    from esorcheck.rules import registry

    documented = readme_codes()
    declared = {code: severity.value for code, (severity, _) in registry().items()}
    declared |= {error.code: "error" for error in InputError.__subclasses__()} | {INTERNAL_ERROR: "error"}
    assert set(declared) - set(documented) == set(), "codes a rule raises that the README does not document"
    invented = set(documented) - set(declared) - {"eligibility.society_membership"}  # documented as never raised
    assert invented == set(), "codes the README documents that no rule raises"
    assert {c: s for c, s in documented.items() if c in declared and declared[c] != s} == {}

"""The passport copy of a packet, read once for the passport rules, the name rule and the report.

The values come from the machine-readable zone (mrz.py), whether the page
has a text layer or was read by OCR: the zone is printed to be read by
machines, carries its own check digits, and spells the names the same way
in every passport.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from esorcheck.findings import pages_phrase
from esorcheck.pdf.pages import ocr_confidence_of
from esorcheck.readings import mrz
from esorcheck.split.section import Section


@dataclass
class Passport:
    pages: list[int]
    text_source: str  # of the passport section: "text-layer", "ocr", "mixed" or "none" (unread scan)
    zone: mrz.Mrz | None  # None: no machine-readable zone found
    ocr_confidence: float | None = None

    @property
    def where(self) -> str:
        """How findings name it: "copy of passport (page 11)"."""
        return f"copy of passport ({pages_phrase(self.pages)})"

    @property
    def read(self) -> bool:
        return self.text_source != "none"

    @property
    def valid(self) -> bool | None:
        return None if self.zone is None else self.zone.valid

    @property
    def expiry(self) -> dt.date | None:
        """The expiry date, when the zone was read and its check digit holds."""
        if self.zone is None or not self.zone.checks["expiry"]:
            return None
        return self.zone.expiry

    def to_dict(self) -> dict:
        """The report's "passport" object (additive to the contract)."""
        zone = self.zone
        data: dict[str, object] = {
            "pages": self.pages,
            "text_source": self.text_source,
            "ocr_confidence": self.ocr_confidence,
            "mrz_found": zone is not None,
            "valid": self.valid,
        }
        if zone is None:
            return data
        data.update(
            {
                "mrz": list(zone.lines),
                "document_type": zone.document_type,
                "issuing_state": zone.issuing_state,
                "surname": zone.surname,
                "given_names": zone.given_names,
                "nationality": zone.nationality,
                "sex": zone.sex,
                "date_of_birth": zone.date_of_birth.isoformat() if zone.date_of_birth else None,
                "expiry": zone.expiry.isoformat() if zone.expiry else None,
                "document_number": zone.document_number,
                "personal_number": zone.personal_number or None,
                "checks": dict(zone.checks),
                "corrections": list(zone.corrections),
            }
        )
        return data


def read_passport(sections: Iterable[Section], today: dt.date) -> Passport | None:
    """The first passport copy with a machine-readable zone (else the first passport copy); None without one."""
    copies = [s for s in sections if s.type == "passport_copy"]
    first = None
    for section in copies:
        read = section.text_source != "none"
        zone = mrz.read(section.text, today=today) if read else None
        found = Passport(section.page_numbers, section.text_source, zone, ocr_confidence_of(section.pages))
        if zone is not None:
            return found
        first = first or found
    return first

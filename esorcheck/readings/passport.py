"""The passport copy of a packet, read once for the passport rules, the name rule and the report.

The values come from the machine-readable zone (mrz.py), whether the page
has a text layer or was read by OCR: the zone is printed to be read by
machines, carries its own check digits, and spells the names the same way
in every passport. On a scan the zone is read on its own in several passes
(ocr/zone.py); a zone whose check digits fail there is *confirmed* only when
independent readings agree on it, else it counts as not read reliably.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from esorcheck.findings import pages_phrase
from esorcheck.pdf.pages import ocr_confidence_of
from esorcheck.readings import mrz
from esorcheck.split.section import Section


@dataclass
class Passport:
    """A passport copy's pages and what its machine-readable zone gave."""
    pages: list[int]
    text_source: str  # of the passport section: "text-layer", "ocr", "mixed" or "none" (unread scan)
    zone: mrz.Mrz | None  # None: no machine-readable zone found
    ocr_confidence: float | None = None
    reading: object = None  # the zone's own reading on a scan (ocr.zone.ZoneReading), None for a text layer

    @property
    def confirmed(self) -> bool:
        """Whether the zone as parsed is what the passport prints: typed in a text layer, or read on a scan with
        every check digit holding and nothing doubted, or with failing digits that independent readings agree on."""
        if self.zone is None:
            return False
        if self.zone.verified or self.text_source == "text-layer":
            return True
        return bool(self.reading is not None and self.reading.confirmed)

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
    def trusted(self) -> bool:
        """Whether its values may be used: a confirmed zone whose check digits all hold, and on a scan nothing doubted."""
        return bool(self.confirmed and self.zone.valid and (self.zone.verified or self.text_source == "text-layer"))

    @property
    def expiry(self) -> dt.date | None:
        """The expiry date, when the zone was read with confidence and the expiry's check digit holds; on a scan,
        with a doubt in the zone, only when every check digit holds and no doubt concerns the expiry (a document
        number whose O and 0 no digit singles out leaves the expiry checked twice: by its own digit and, at
        other weights, by the composite)."""
        if self.zone is None or not self.zone.checks["expiry"] or not self.confirmed:
            return None
        if self.zone.doubts and self.text_source != "text-layer" and ("expiry" in self.zone.doubted or not self.zone.valid):
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
            "confirmed": self.confirmed,
            "status": None if zone is None else zone.status,
        }
        if self.reading is not None:
            data["zone_reading"] = {"readings": len(self.reading.readings), "agreeing": self.reading.agreeing,
                                    "notes": list(self.reading.notes)}
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
                "doubts": list(zone.doubts),
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
        reading = next((p.ocr.zone for p in section.pages if p.ocr is not None and p.ocr.zone is not None), None)
        if zone is not None and reading is not None and reading.other_numbers:
            others = " or ".join(f"'{number.rstrip('<')}'" for number in reading.other_numbers)
            zone = dataclasses.replace(zone, doubts=[*zone.doubts, f"document number: other readings of the zone give {others}"],
                                       doubted=zone.doubted | {"document_number"})
        found = Passport(section.page_numbers, section.text_source, zone, ocr_confidence_of(section.pages), reading)
        if zone is not None:
            return found
        first = first or found
    return first

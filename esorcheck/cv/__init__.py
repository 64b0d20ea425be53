"""The CV against the ESOR template: template data, reading a filled form, comparison, form import."""

from esorcheck.cv.compare import CvComparison, compare_cv
from esorcheck.schema.cv import CvTemplate, load_template, reference_template

__all__ = ["CvComparison", "CvTemplate", "compare_cv", "load_template", "reference_template"]

"""A report crosses from its worker to the command, and into the result cache, as a pickle: its pages go as
summaries, and nothing the report says, in any format, may change on the way."""

from __future__ import annotations

import io
import pickle

from rich.console import Console

from esorcheck.render.html import render_html
from esorcheck.render.terminal import render_terminal


def _terminal(report) -> str:
    out = io.StringIO()
    render_terminal(report, Console(file=out, width=100, no_color=True), verbose=True)
    return out.getvalue()


def _no_thumbnails(path):
    return {}


def test_a_pickled_report_says_what_the_report_says(sample):
    _, report = sample
    sent = pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)
    received = pickle.loads(sent)
    assert received.to_dict() == report.to_dict()
    assert received.status == report.status
    assert _terminal(received) == _terminal(report)
    assert render_html(received, _no_thumbnails) == render_html(report, _no_thumbnails)
    pages = [page for section in received.sections for page in section.pages]
    assert all(not page.lines and not page.text for page in pages)  # summaries, not the pages as read

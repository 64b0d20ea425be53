"""All held-out packets, programme by programme."""

from __future__ import annotations

from . import p_aim, p_bracco, p_exchange, p_gr, p_icm, p_lille, p_visiting

MODULES = [p_aim, p_bracco, p_exchange, p_gr, p_icm, p_lille, p_visiting]


def all_packets():
    return [packet for module in MODULES for packet in module.packets()]

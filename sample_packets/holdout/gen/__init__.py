"""Generator of the held-out ESOR application packets (HTML + CSS printed by headless Chromium)."""

from esorcheck.cli import entry

entry()

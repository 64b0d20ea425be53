from esorcheck.cli import run

run()

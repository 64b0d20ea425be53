"""Builder of the esorcheck sample application packets (see ../build.py)."""

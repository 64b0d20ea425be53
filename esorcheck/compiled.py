"""Code Python compiles afresh at every start, kept across runs of the command: the methods ``dataclasses``
writes for each class, and the programs of regular expressions.

Python keeps the bytecode of modules, not of code made while they load. Each
dataclass has its ``__init__``, ``__eq__``, ``__repr__``… written as source
and compiled at every start (about 290 methods for the command's 95 classes),
and each regular expression is parsed and compiled again (about 300): together
a third of the start-up's own work. The command (never a program that imports esorcheck
as a library) keeps both in one file of the user cache folder, named by the
Python build, read at start and written at exit when something new was
compiled; a file that cannot be read is ignored and made again.

What comes out is what Python itself makes: a method is the same source,
compiled once, run as ``dataclasses`` runs it; a pattern is made by the
regular-expression engine from the arguments its compiler gave it the first
time, and compares equal to one compiled afresh (patterns compare by their
program). Where a Python version compiles otherwise, nothing is kept and
everything is compiled as usual.
"""

from __future__ import annotations

import _sre
import atexit
import builtins
import dataclasses
import hashlib
import marshal
import os
import re
import sys
import threading
import types
from pathlib import Path

try:
    from re import _compiler
except ImportError:  # Python 3.10: the same compiler, under its old name
    import sre_compile as _compiler

from esorcheck.cachefiles import cache_dir, write_cache_file

# More entries than this and the file is written again with only those the run used: code that changed leaves
# entries behind, which must not pile up.
MAX_ENTRIES = 4000

_python_compile = _compiler.compile
_methods: dict[str, types.CodeType] = {}  # by the source dataclasses wrote
_patterns: dict[tuple[str | bytes, int], tuple] = {}  # the engine's arguments, by pattern and flags
_used: set[object] = set()
_recording = threading.Lock()
_changed = False


def keep_across_runs() -> None:
    """Read what earlier runs compiled, compile from it from now on, and write it back at exit if this run
    compiled anything new (in this process only: forked workers leave without writing)."""
    path = cache_dir() / f"compiled-{_python_build()}.marshal"
    try:
        methods, patterns = marshal.loads(path.read_bytes())
        if all(isinstance(code, types.CodeType) for code in methods.values()) and isinstance(patterns, dict):
            _methods.update(methods)
            _patterns.update(patterns)
    except (OSError, EOFError, ValueError, TypeError, AttributeError):
        pass  # none yet, damaged, or of another layout: compiled as usual, and written again
    dataclasses.exec = _run_method_source  # a name in the module's globals comes before the builtin
    _compiler.compile = _compile_pattern
    atexit.register(_write, path, os.getpid())


def _python_build() -> str:
    """The Python build and regular-expression engine the file's code objects and programs are for."""
    build = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}"
    return hashlib.sha256(build.encode()).hexdigest()[:16]


def _run_method_source(source, globals=None, locals=None):
    """``exec`` as ``dataclasses`` calls it, on the code compiled from that source in an earlier run."""
    global _changed
    if not isinstance(source, str):
        return builtins.exec(source, globals, locals)  # noqa: S102 - what dataclasses runs, as it runs it
    code = _methods.get(source)
    if code is None:
        code = _methods[source] = compile(source, "<string>", "exec")
        _changed = True
    _used.add(source)
    return builtins.exec(code, globals, locals)  # noqa: S102 - the source dataclasses wrote, compiled


class _EngineCall:
    """Stands in for the engine module while the compiler runs, to note what the compiler asked it to make."""

    def __init__(self) -> None:
        self.arguments: tuple | None = None

    def __getattr__(self, name: str):
        return getattr(_sre, name)

    def compile(self, *arguments):
        self.arguments = arguments
        return _sre.compile(*arguments)


def _compile_pattern(pattern, flags=0):
    """``re``'s compiler, made to give the engine the arguments it gave it in an earlier run."""
    global _changed
    if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
        return _python_compile(pattern, flags)
    key = (pattern, int(flags))
    arguments = _patterns.get(key)
    if arguments is not None:
        try:
            compiled = _sre.compile(*arguments)
        except (TypeError, ValueError, OverflowError):
            compiled = None  # not what this engine takes: compiled afresh below
        if compiled is not None:
            _used.add(key)
            return compiled
    with _recording:  # the engine module is stood in for: one compilation at a time
        call = _EngineCall()
        _compiler._sre = call
        try:
            compiled = _python_compile(pattern, flags)
        finally:
            _compiler._sre = _sre
    if call.arguments is not None:
        _patterns[key] = _plain(call.arguments)
        _used.add(key)
        _changed = True
    return compiled


def _plain(value):
    """The compiler's arguments with its named integer constants as plain integers, as ``marshal`` stores them."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, tuple):
        return tuple(_plain(item) for item in value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _write(path: Path, pid: int) -> None:
    if not _changed or os.getpid() != pid:
        return
    methods, patterns = _methods, _patterns
    if len(methods) + len(patterns) > MAX_ENTRIES:
        methods = {source: code for source, code in methods.items() if source in _used}
        patterns = {key: arguments for key, arguments in patterns.items() if key in _used}
    try:
        data = marshal.dumps((methods, patterns))
    except ValueError:  # something marshal cannot store: nothing kept
        return
    write_cache_file(path, data, keep_others=1)

"""The `liveblog` command's entry point: the command line, imported with the cyclic
garbage collector paused.

Importing click and liveblog makes objects that live until the process ends, and the
collector would walk them again and again while they are made (about 5 M instructions,
2% of starting `liveblog parse`). They are frozen once made (moved where the collector
never looks), and it runs as usual from then on.
"""

from __future__ import annotations

import gc

gc.disable()
try:
    from .cli import run as _run
finally:
    gc.freeze()
    gc.enable()


def run() -> None:
    """The `liveblog` command: see `liveblog.cli.run`."""
    _run()

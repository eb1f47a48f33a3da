"""`python -m liveblog`: the same as the `liveblog` command."""

from ._entry import run

run()

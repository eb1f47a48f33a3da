"""`python -m liveblog`: the same as the `liveblog` command."""

from .cli import run

run()

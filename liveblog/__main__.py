"""`python -m liveblog`: the same as the `liveblog` command."""

from .cli import main

main(prog_name="liveblog")

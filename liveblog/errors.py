"""The project's own errors. The core raises only these; the CLI maps them to exit codes.

Recoverable oddities are not errors: they become `Notice`s in the output's `warnings`.
"""

from __future__ import annotations


class LiveblogError(Exception):
    """Base of every error liveblog raises on purpose."""


class InputError(LiveblogError):
    """The input cannot be read or parsed (empty, binary, too large, unreadable)."""


class SettingsError(LiveblogError):
    """A setting passed to the library is invalid (an unknown zone, a bad date)."""


def over_the_limit(name: str, size: int | None, limit: int) -> InputError:
    """The error for an input over the size limit; `size` None for a stream read no further."""
    amount = f"{size:,} bytes" if size is not None else f"more than {limit:,} bytes"
    return InputError(f"{name}: {amount} is over the limit of {limit:,} (raise it with --max-size)")

"""SHA-256 digests, without loading OpenSSL for the small inputs that most runs hash.

`hashlib` loads OpenSSL on import, about 4 ms at every start, which is more than hashing
a small page takes with CPython's own SHA-256 module (`_sha256`; `_sha2` from Python 3.12).
OpenSSL's is nine times faster per byte, so large inputs still go to it. The digests are
the same either way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: From this size on, loading OpenSSL costs less than hashing with the built-in module.
LARGE = 512 * 1024

_small: Callable[[bytes], Any]
try:
    from _sha256 import sha256 as _small  # type: ignore[import-not-found,no-redef,unused-ignore]
except ImportError:  # pragma: no cover - Python 3.12 and later
    try:
        from _sha2 import sha256 as _small  # type: ignore[import-not-found,no-redef,unused-ignore]
    except ImportError:  # a Python built without its own SHA-256
        from hashlib import sha256 as _small


def sha256(data: bytes) -> str:
    """The SHA-256 of `data`, in hexadecimal."""
    if len(data) < LARGE:
        return str(_small(data).hexdigest())
    from hashlib import sha256 as large

    return large(data).hexdigest()

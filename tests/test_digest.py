"""liveblog.digest gives hashlib's SHA-256 whichever module computes it."""

from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from liveblog import digest


@given(st.binary(max_size=2000))
def test_small_inputs_hash_as_hashlib_does(data: bytes) -> None:
    assert digest.sha256(data) == hashlib.sha256(data).hexdigest()


def test_inputs_on_both_sides_of_the_switch() -> None:
    for size in (0, digest.LARGE - 1, digest.LARGE, 3 * digest.LARGE + 7):
        data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
        assert len(data) == size
        assert digest.sha256(data) == hashlib.sha256(data).hexdigest()

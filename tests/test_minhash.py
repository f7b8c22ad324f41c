"""tumen's MinHash is datasketch's: the same signature for the same text, the same LSH cut, so signatures stored
by earlier versions (made with datasketch) and new ones are compared as equals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tumen.corroborate import copies, minhash
from tumen.corroborate.independence import _shingles

datasketch = pytest.importorskip("datasketch")

TEXTS = [
    "",
    "one word",
    "A 34-year-old nurse was arrested by security agents in March, her brother said on Monday.",
    "변솔기가 2024년 3월 혜산에서 체포되었다. 그녀는 탈북했다고 한다.",
]


def _datasketch_signature(text: str) -> bytes:
    sketch = datasketch.MinHash(num_perm=minhash.NUM_PERM)
    sketch.update_batch(list(_shingles(text)))
    return bytes(sketch.hashvalues.astype("<u8").tobytes())


@pytest.mark.parametrize("text", TEXTS)
def test_signature_is_datasketchs(text: str) -> None:
    assert copies.signature(text) == _datasketch_signature(text)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_signature_is_datasketchs_for_any_text(text: str) -> None:
    assert copies.signature(text) == _datasketch_signature(text)


def test_lsh_cut_is_datasketchs() -> None:
    lsh = datasketch.MinHashLSH(threshold=minhash.THRESHOLD, num_perm=minhash.NUM_PERM)
    assert (lsh.b, lsh.r) == (minhash.BANDS, minhash.ROWS)


def test_a_near_copy_shares_a_band_and_reaches_the_threshold() -> None:
    words = [f"word{number}" for number in range(60)]
    original = " ".join(words)
    edited = " ".join([*words[:55], "changed", *words[56:]])
    left, right = copies.signature(original), copies.signature(edited)
    assert set(copies.band_keys(left)) & set(copies.band_keys(right))
    assert copies.is_copy(copies.similarity(left, right))
    unrelated = copies.signature(" ".join(f"other{number}" for number in range(60)))
    assert not copies.is_copy(copies.similarity(left, unrelated))

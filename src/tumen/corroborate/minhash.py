"""MinHash signatures and their LSH bands, the values datasketch 2 computes, without importing datasketch.

A signature is what ``datasketch.MinHash(num_perm, seed=1)`` (its default "affine32" scheme) gives for the same
shingles: each shingle hashed with SHA-1 to 32 bits, mixed once by the MurmurHash3 finalizer, then permuted by
``a * h + b`` modulo 2**32 with ``(a, b)`` drawn from ``numpy.random.RandomState(seed)``; the signature keeps the
smallest value per permutation. The LSH cut (``BANDS`` bands of ``ROWS`` rows) is the one ``MinHashLSH`` chooses
for :data:`THRESHOLD` and :data:`NUM_PERM`. ``tests/test_minhash.py`` checks both against datasketch itself.

It is written out here because importing datasketch imports ``scipy.integrate`` (for LSH parameter tuning
tumen does not need at run time), which costs about 0.6 s — a third of the budget for adding one document to a
base in a fresh process. Signatures stored by earlier versions (made with datasketch) stay valid.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache

import numpy as np

NUM_PERM = 128
THRESHOLD = 0.5
BANDS, ROWS = 25, 5  # MinHashLSH(threshold=0.5, num_perm=128).b, .r
SEED = 1
_MAX = np.uint32(0xFFFFFFFF)
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@cache
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _mixed(hashes: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finalizer (a bijection), element-wise; products wrap modulo 2**32."""
    s1, m1, s2, m2, s3 = _FMIX
    hashes = hashes ^ (hashes >> s1)
    hashes = hashes * m1
    hashes = hashes ^ (hashes >> s2)
    hashes = hashes * m2
    mixed: np.ndarray = hashes ^ (hashes >> s3)
    return mixed


def minhash(shingles: Iterable[bytes], num_perm: int = NUM_PERM, seed: int = SEED) -> np.ndarray:
    """The MinHash values (``uint32``, one per permutation) of a set of byte strings."""
    values = np.full(num_perm, _MAX, dtype=np.uint32)
    digests = [int.from_bytes(hashlib.sha1(shingle).digest()[:4], "little") for shingle in shingles]
    if not digests:
        return values
    a, b = _permutations(num_perm, seed)
    with np.errstate(over="ignore"):
        permuted = _mixed(np.array(digests, dtype=np.uint32)).reshape(-1, 1) * a + b
    smallest: np.ndarray = np.minimum(values, permuted.min(axis=0))
    return smallest

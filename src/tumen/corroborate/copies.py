"""Documents that copy or relay each other, found one document at a time against stored signatures.

A document's MinHash signature (word 5-shingles, as in :mod:`tumen.corroborate.independence`)
is cut into LSH bands (:mod:`tumen.corroborate.minhash`, as datasketch cuts them); two documents are
candidates when they share a band, and near-copies when their estimated Jaccard similarity
reaches the threshold. Storing the bands lets a new document find its copies with an index
look-up instead of a pass over the whole corpus; the pairs are the same as a batch run's.

A document *relays* an outlet when it credits it ("told Seoul Wire", "according to Seoul Wire",
"Seoul Wire reported"; :mod:`tumen.corroborate.credits`); it then depends on that outlet's reports
published no later than itself, and on the reports that credit the same outlet within days of it.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from tumen.corroborate.independence import _shingles
from tumen.corroborate.minhash import BANDS, ROWS, THRESHOLD, minhash
from tumen.extract.attribution import quotations


def signature(text: str) -> bytes:
    """The MinHash signature of a text, as bytes to store."""
    return bytes(minhash(_shingles(text)).astype("<u8").tobytes())


def _values(sig: bytes) -> np.ndarray:
    return np.frombuffer(sig, dtype="<u8")


def band_keys(sig: bytes) -> list[str]:
    """One key per LSH band: documents sharing a key are candidate copies."""
    values = _values(sig)
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        keys.append(f"{band}:{hashlib.sha1(chunk).hexdigest()[:16]}")
    return keys


def similarity(left: bytes, right: bytes) -> float:
    """Estimated Jaccard similarity of two signed texts."""
    a, b = _values(left), _values(right)
    return float(np.count_nonzero(a == b)) / float(len(a))


def is_copy(similar: float) -> bool:
    return similar >= THRESHOLD


def copy_reason(similar: float) -> str:
    return f"near-duplicate text (Jaccard {similar:.2f})"


RELAY_REASON = "relays the other outlet's report"


def relayed_together_reason(outlet_key: str) -> str:
    """Why two reports crediting one outlet within days of each other are one source."""
    return f"both relay one report of {outlet_key}"


# A quotation carried verbatim by two reports: a run of this many words of one quotation in a quotation
# of the other. Two outlets that each interviewed a witness quote different words; the same ten words in
# the same order come from one interview (or one statement) that one of them, or both, took over.
QUOTED_RUN = 10
_GRAM = 6  # words hashed together; with the window below every shared run of QUOTED_RUN words shares a key
_WINDOW = QUOTED_RUN - _GRAM + 1


# A quotation inside a quotation: words the speaker recalls someone else saying ("He said: 'If you pay,
# I'll bring your son back'"). A witness recalls them the same way in every interview, so they are left out.
_INNER_QUOTE = re.compile(r"(?<!\w)['‘].*?['’](?!\w)", re.DOTALL)


def _quoted_words(text: str) -> list[list[str]]:
    """The word sequences of the text's quotations, without the quotations they hold."""
    found = [
        re.findall(r"\w+", part.lower())
        for start, end in quotations(text)
        for part in _INNER_QUOTE.split(text[start:end])
    ]
    return [words for words in found if len(words) >= QUOTED_RUN]


def _hashed(words: list[str]) -> str:
    return hashlib.sha1(" ".join(words).encode()).hexdigest()[:16]


def quote_keys(text: str) -> list[str]:
    """Keys of the text's quotations (winnowed hashes of word 6-grams): two texts sharing a run of
    :data:`QUOTED_RUN` words in quotations share at least one key."""
    keys: set[str] = set()
    for words in _quoted_words(text):
        grams = [
            hashlib.sha1(" ".join(words[i : i + _GRAM]).encode()).hexdigest()[:16]
            for i in range(len(words) - _GRAM + 1)
        ]
        for start in range(len(grams) - _WINDOW + 1):
            keys.add("q:" + min(grams[start : start + _WINDOW]))
    return sorted(keys)


def shared_quotation(left: str, right: str) -> int:
    """The longest run of words that a quotation of one text and a quotation of the other share."""
    best = 0
    theirs = _quoted_words(right)
    for mine in _quoted_words(left):
        for other in theirs:
            positions: dict[str, list[int]] = {}
            for j, word in enumerate(other):
                positions.setdefault(word, []).append(j)
            previous: dict[int, int] = {}
            for word in mine:
                current = {j: previous.get(j - 1, 0) + 1 for j in positions.get(word, ())}
                best = max(best, *current.values()) if current else best
                previous = current
    return best


def quotation_reason(words: int) -> str:
    return f"carries the same quotation verbatim ({words} words)"

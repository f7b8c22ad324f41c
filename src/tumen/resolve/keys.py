"""Spelling-independent keys for names: what blocking groups on and what matching compares.

Two things, deliberately different:

- The *phonetic key* (:func:`phonetic`) is coarse. Korean given names are romanised many ways
  (Chol-jin / Cheol-jin / Chul-jin, Mi-rae / Mirae): the key folds the usual alternations of
  Revised and McCune-Reischauer romanisation and of older spellings, so they meet in one block.
  It also folds some different names together (김서연 and 김소연 both key to "soyon"): blocking only
  decides who is compared.
- The *readings* of a given name (:func:`given_relation`) decide whether two given names are one.
  Hangul is compared with Hangul syllable for syllable. A romanised name is read back into the
  Hangul syllables it can spell, using the jamo romanisations of ``data/korean_romanisation.yaml``
  (Revised, McCune-Reischauer without its breves and apostrophes, common conventions), and two
  romanisations are one name when some syllable-by-syllable reading agrees. A reading that mixes
  systems (So-yeon read as 서연: "o" for ㅓ beside "yeo" for ㅕ) makes only a similar name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from tumen.extract.names import HANGUL_SYLLABLE, Name, fold_given, hangul_given_romanisations, strip_marks
from tumen.extract.vocab import load

# Memos of name readings are bounded: a long-running process meets ever more names. They are keyed by
# the given name's text, never by a whole name or record, so they hold one entry per distinct given name
# (thousands, however large the base), not one per mention; pairs of names get a smaller memo. An update of the
# case base empties them when it ends (forget_readings).
MEMO = 1 << 15
MEMO_PAIRS = 1 << 13

# Order matters: longer spellings first.
_FOLDS = (
    ("young", "yong"),  # 영: Young / Yeong / Yong
    ("yung", "yong"),  # 경, 명, 병, 형: Kyung / Kyeong, Myung / Myeong
    ("hyun", "hyon"),  # 현: Hyun / Hyeon / Hyon (휸 is not a name syllable)
    ("hyuk", "hyok"),  # 혁: Hyuk / Hyeok / Hyok
    ("chung", "chong"),  # 정: Chung / Cheong / Chong (→ Jong below)
    ("jung", "jong"),  # 정: Jung / Jeong / Jong
    ("sung", "song"),  # 성: Sung / Seong / Song (승 is Seung, kept apart)
    ("chul", "chol"),  # 철: Chul / Cheol / Chol
    ("yeo", "yo"),
    ("eo", "o"),
    ("eu", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ae", "e"),
    ("wo", "o"),
    ("ui", "i"),
    ("ch", "j"),
    ("sh", "s"),
    ("k", "g"),
    ("p", "b"),
    ("t", "d"),
    ("r", "l"),
    ("ss", "s"),
    ("gg", "g"),
    ("dd", "d"),
    ("bb", "b"),
    ("jj", "j"),
    ("y", ""),
    # ("h", ""): no — Hyun and Eun, Hye and Ye, Ho and O are different syllables
    ("w", ""),
)


@lru_cache(maxsize=MEMO)
def phonetic(text: str) -> str:
    """A folded key of a romanised (or Hangul) given name: Chol-jin, Cheoljin, Ch'ŏl-jin -> joljin."""
    if HANGUL_SYLLABLE.match(text):
        text = hangul_given_romanisations(text)
    key = fold_given(text)
    for before, after in _FOLDS:
        key = key.replace(before, after)
    return re.sub(r"(.)\1+", r"\1", key)


def surname_key(name: Name) -> frozenset[str]:
    return name.surname_key


class GivenKey(str):
    """A given name's phonetic key (what blocking groups on: it is the string) that remembers the
    given name it was made from (``given``: lower case, without diacritics, parts joined by "-") and
    whether the name is Korean, so that :func:`given_relation` can tell 서연 from 소연 although both
    key to "soyon". Two keys are equal only when their given names are too (So-yeon = Soyeon)."""

    given: str
    korean: bool

    def __new__(cls, key: str, given: str, korean: bool) -> GivenKey:
        made = super().__new__(cls, key)
        made.given = given
        made.korean = korean
        return made

    @property
    def folded(self) -> str:
        return self.given.replace("-", "")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, GivenKey):
            return str.__eq__(self, other) and self.folded == other.folded
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return str.__hash__(self)

    def __reduce__(self) -> tuple[type[GivenKey], tuple[str, str, bool]]:
        return GivenKey, (str(self), self.given, self.korean)


_PARTS = re.compile(r"[\s\-‐‑.]+")


def given_text(given: str) -> str:
    """A given name as :func:`readings` takes it: lower case, no diacritics or apostrophes, its parts
    joined by "-" (Kyŏng-hŭi, Kyong Hui -> kyong-hui)."""
    words = (fold_given(w) for w in _PARTS.split(strip_marks(given)))
    return "-".join(w for w in words if w)


def given_key(name: Name) -> GivenKey | None:
    if not name.given:
        return None
    return _given_key(name.given, name.korean)


@lru_cache(maxsize=MEMO)
def _given_key(given: str, korean: bool) -> GivenKey:
    return GivenKey(phonetic(given), given_text(given), korean)


# --- readings: which Hangul syllables a romanised given name can spell ------------------------------------

_OPEN, _NG, _CLOSED = "open", "ng", "closed"  # the syllable has no final, final ㅇ, another final
_NEUTRAL, _RR, _MR = 0, 1, 2  # how a vowel's spelling marks the romanisation system


@dataclass(frozen=True)
class _Tables:
    initials: dict[str, tuple[int, ...]]  # spelling -> initial jamo indices
    medials: dict[str, tuple[tuple[int, str, int], ...]]  # spelling -> (medial index, final context, mark)
    finals: dict[str, tuple[int, ...]]  # spelling -> final jamo indices (0: none)
    longest: int  # the longest spelling of any jamo


def _spellings(entry: dict[str, object], *fields: str) -> set[str]:
    found: set[str] = set()
    for name in fields:
        value = entry.get(name)
        if isinstance(value, str):
            found.add(fold_given(value))
        elif isinstance(value, list):
            found.update(fold_given(str(v)) for v in value)
    return found


@cache
def _tables() -> _Tables:
    data = load("korean_romanisation.yaml")
    initials: dict[str, list[int]] = {}
    for index, entry in enumerate(data["initials"]):
        for spelling in _spellings(entry, "rr", "mr", "other"):
            initials.setdefault(spelling, []).append(index)
    finals: dict[str, list[int]] = {}
    for index, entry in enumerate(data["finals"]):
        for spelling in _spellings(entry, "rr", "mr", "other"):
            finals.setdefault(spelling, []).append(index)
    medials: dict[str, list[tuple[int, str, int]]] = {}
    for index, entry in enumerate(data["medials"]):
        rr, mr = fold_given(entry["rr"]), fold_given(entry["mr"])
        for context in (_OPEN, _NG, _CLOSED):
            common = _spellings(entry, "other", context, *((_CLOSED,) if context == _NG else ()))
            for spelling in {rr, mr} | common:
                mark = _NEUTRAL if spelling in common or rr == mr else _RR if spelling == rr else _MR
                medials.setdefault(spelling, []).append((index, context, mark))
    spellings = [*initials, *medials, *finals]
    return _Tables(
        {k: tuple(v) for k, v in initials.items()},
        {k: tuple(v) for k, v in medials.items()},
        {k: tuple(v) for k, v in finals.items()},
        max(map(len, spellings)),
    )


def _context(final: int) -> str:
    return _OPEN if final == 0 else _NG if final == 21 else _CLOSED


def _syllable(initial: int, medial: int, final: int) -> str:
    return chr(0xAC00 + (initial * 21 + medial) * 28 + final)


@cache
def syllable_spellings(syllable: str) -> frozenset[str]:
    """Every romanisation of one Hangul syllable the tables give (연 -> yeon, yon, yun, youn …),
    generated from its jamo."""
    code = ord(syllable) - 0xAC00
    initial, rest = divmod(code, 588)
    medial, final = divmod(rest, 28)
    tables = _tables()
    starts = [s for s, indices in tables.initials.items() if initial in indices]
    context = _context(final)
    middles = [s for s, options in tables.medials.items() if any(m == medial and c == context for m, c, _ in options)]
    ends = [s for s, indices in tables.finals.items() if final in indices]
    return frozenset(a + b + c for a in starts for b in middles for c in ends)


_SETS: dict[frozenset[str], frozenset[str]] = {}


def _one(syllables: set[str] | frozenset[str]) -> frozenset[str]:
    """One shared copy of each set of syllables (names share their syllables: memory stays flat)."""
    key = frozenset(syllables)
    return _SETS.setdefault(key, key)


# One syllable of a romanisation: the Hangul syllables it can be, by the mark of its vowel's spelling.
_Syllable = tuple[frozenset[str], frozenset[str], frozenset[str]]  # neutral, Revised-only, MR-only


@lru_cache(maxsize=MEMO)
def _syllables_at(part: str, start: int) -> tuple[tuple[int, _Syllable], ...]:
    """Every syllable a romanised word can have at ``start``: (its end, what it can be)."""
    tables, longest = _tables(), _tables().longest
    found: dict[int, tuple[set[str], set[str], set[str]]] = {}
    for i in range(start, min(len(part), start + longest) + 1):
        initials = tables.initials.get(part[start:i])
        if initials is None:
            continue
        for j in range(i + 1, min(len(part), i + longest) + 1):
            medials = tables.medials.get(part[i:j])
            if medials is None:
                continue
            for k in range(j, min(len(part), j + longest) + 1):
                finals = tables.finals.get(part[j:k])
                if finals is None:
                    continue
                sets = found.setdefault(k, (set(), set(), set()))
                for final in finals:
                    context = _context(final)
                    for medial, wanted, mark in medials:
                        if wanted == context:
                            sets[mark].update(_syllable(initial, medial, final) for initial in initials)
    return tuple((end, (_one(n), _one(r - n), _one(m - n))) for end, (n, r, m) in found.items())


_MAX_READINGS = 64


@lru_cache(maxsize=MEMO)
def _segmentations(part: str, whole: bool = False) -> tuple[tuple[_Syllable, ...], ...]:
    """The ways a romanised word splits into the fewest syllables (at most :data:`_MAX_READINGS`):
    a hyphenated part is one syllable (Seung-eun is 승은, never 승에운) and a fused name is read
    with the longest syllables that fit (Soyeon: so-yeon, not so-ye-on). A ``whole`` given name
    written as one word that fits one syllable is also read as two when it can be: Korean given
    names are mostly two syllables, and a vowel between them can make one diphthong (Hoil is
    호일 as well as 횔, Suil 수일 as well as 싈, Soin 소인 as well as 쇤)."""
    ways: dict[int, list[tuple[_Syllable, ...]]] = {0: [()]}
    for start in range(len(part)):
        before = ways.get(start)
        if not before:
            continue
        for end, syllable in _syllables_at(part, start):
            after = ways.setdefault(end, [])
            for way in before:
                if len(after) < _MAX_READINGS:
                    after.append((*way, syllable))
    found = ways.get(len(part), [])
    fewest = min(map(len, found), default=0)
    return tuple(way for way in found if len(way) == fewest or (whole and fewest == 1 and len(way) == 2))


# A reading: per syllable, what it can be when the name is read in one system, and in any mixture.
_Reading = tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...], tuple[frozenset[str], ...]]


@lru_cache(maxsize=MEMO)
def readings(given: str) -> tuple[_Reading, ...]:
    """The Hangul a given name can be, syllable by syllable: as written for Hangul; for a
    romanisation, each split into syllables with, per syllable, the Hangul it can be read as in
    one system (Revised-consistent, McCune-Reischauer-consistent) and in any mixture. Empty when
    the name cannot be read as Korean syllables (a Western name)."""
    if _hangul(given):
        one = tuple(_one({ch}) for ch in given.replace("-", ""))
        return ((one, one, one),)
    words = given_text(given).split("-")
    if not all(w.isascii() and w.isalpha() for w in words):
        return ()
    combined: list[tuple[_Syllable, ...]] = [()]
    for word in words:
        ways = _segmentations(word, len(words) == 1)
        combined = [(*a, *b) for a in combined for b in ways][:_MAX_READINGS]
    found: list[_Reading] = []
    for way in combined:
        revised = tuple(_one(n | r) for n, r, _ in way)
        mr = tuple(_one(n | m) for n, _, m in way)
        mixed = tuple(_one(n | r | m) for n, r, m in way)
        found.append((revised, mr, mixed))
    return tuple(found)


def _hangul(given: str) -> bool:
    syllables = given.replace("-", "").replace(" ", "")
    return bool(syllables) and all(HANGUL_SYLLABLE.match(ch) for ch in syllables)


def _agree(a: tuple[frozenset[str], ...], b: tuple[frozenset[str], ...]) -> bool:
    return len(a) == len(b) and all(x & y for x, y in zip(a, b, strict=True))


SAME, SIMILAR, DIFFERENT = "same", "similar", "different"
SIMILAR_GIVEN = 0.8  # normalised Levenshtein similarity of two phonetic keys of non-Korean given names


@lru_cache(maxsize=MEMO_PAIRS)
def _korean_relation(a: str, b: str) -> str | None:
    """SAME, SIMILAR or DIFFERENT for two Korean given names (folded), None when one of them cannot
    be read as Korean syllables."""
    if a == b:
        return SAME
    if _hangul(a) and _hangul(b):  # Hangul and Hangul: syllable for syllable
        return SAME if a.replace("-", "") == b.replace("-", "") else DIFFERENT
    ra, rb = readings(a), readings(b)
    if not ra or not rb:
        return None
    if any(_agree(x, y) for one in ra for two in rb for x in one[:2] for y in two[:2]):
        return SAME
    if any(_agree(one[2], two[2]) for one in ra for two in rb):
        return SIMILAR
    return DIFFERENT


def given_relation(ga: str, gb: str) -> str:
    """Whether two given-name keys (:func:`given_key`) are the same name, similar (a reading that
    mixes romanisation systems, or a non-Korean name one or two letters off) or different."""
    if isinstance(ga, GivenKey) and isinstance(gb, GivenKey) and ga.korean and gb.korean:
        found = _korean_relation(*sorted((ga.given, gb.given)))
        if found is not None:
            return found
    if str.__eq__(ga, gb):
        return SAME
    if min(len(ga), len(gb)) >= 4 and Levenshtein.normalized_similarity(ga, gb) >= SIMILAR_GIVEN:
        return SIMILAR
    return DIFFERENT


_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"'s$")


def normal_name(text: str) -> str:
    """Organisation and place names: case, spacing, "the" and possessives folded."""
    text = " ".join(text.lower().replace("’", "'").split())
    return _POSSESSIVE.sub("", _LEADING_THE.sub("", text))


def forget_readings() -> None:
    """Empty the memos of name readings. A memo earns its keep within one update, where the same names are
    compared again and again; kept from one update to the next it gains nothing measurable (1.3–1.6 s CPU for a
    64-document update of a 10k base, cleared or not) and its entries, made among each update's short-lived objects,
    keep the memory those occupied from going back to the system: the process grows with the names it has met."""
    for memo in (phonetic, _given_key, _syllables_at, _segmentations, readings, _korean_relation):
        memo.cache_clear()

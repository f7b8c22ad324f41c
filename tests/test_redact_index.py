"""The redactor's indexes (hint word -> at-risk persons, name key -> everyone carrying it) find exactly what the
scans over every person they replace found: the at-risk persons whose names may be in a string, and whether a
family or given name alone is shared. Invented names only."""

from __future__ import annotations

import random

from tumen.protect.redact import Identity, Redactor
from tumen.protect.variants import Partial, may_contain, text_words

SURNAMES = ["Kang", "Kim", "Lee", "Park", "Choi", "Ri", "강", "김", "박"]
GIVEN = ["Mi-rae", "Min-ho", "Seo-yeon", "Eun-ha", "Dae-ho", "Ji-won", "Sun-ok", "미래", "민호"]


def _redactor(rng: random.Random) -> Redactor:
    persons = []
    for n in range(120):
        surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
        name = f"{surname}{given}" if surname[0] >= "\uac00" and given[0] >= "\uac00" else f"{surname} {given}"
        aliases = (f"{given} {surname}",) if rng.random() < 0.3 else ()
        persons.append(Identity(f"P{n:03d}", (name, *aliases), frozenset({n % 7, n % 5})))
    protected = {p.id: f"Person {p.id[1:]}AAA" for p in persons if rng.random() < 0.5}
    return Redactor(protected, persons)


def test_the_indexes_find_what_the_scans_found() -> None:
    rng = random.Random(5)
    redactor = _redactor(rng)
    words = [*SURNAMES, *GIVEN, "said", "the", "Mirae", "minho", "kangmirae", "씨", "가", "arrested"]
    for _ in range(400):
        value = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        scanned = {pid for pid, hints in redactor._hints.items() if may_contain(hints, text_words(value), value)}
        assert redactor._candidates(value) == scanned, value
    for key in {k for keys in redactor._keys.values() for k in keys}:
        for person in list(redactor._people)[:40]:
            for document in (None, 0, 3, 6):
                others = redactor._people.keys() if document is None else redactor._by_document.get(document, set())
                scanned_shared = any(pid != person and key in redactor._keys.get(pid, ()) for pid in others)
                part = Partial(pattern="x", kind="family", key=key)
                assert redactor._ambiguous(person, part, document) == scanned_shared, (key, person, document)

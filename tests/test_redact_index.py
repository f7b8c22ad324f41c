"""The redactor runs a pattern only over strings holding the literals it needs (tumen.protect.needs), once for all
the persons sharing it, and remembers strings: none of that may change what it replaces. A reference redactor here
runs every pattern of every at-risk person over every string (what redaction did before it had indexes); both must
give the same strings, over random strings built from names in many spellings and joined in odd ways. Invented
names only."""

from __future__ import annotations

import random
import re
import string
from typing import Any

import pytest

from tumen.protect.needs import Literals, fold, met, needs_of
from tumen.protect.redact import WITHHELD, Identity, Redactor, shield_pattern
from tumen.protect.variants import Partial, person_variants

SURNAMES = ["Kang", "Kim", "Lee", "Park", "Choi", "Ri", "강", "김", "박"]
GIVEN = ["Mi-rae", "Min-ho", "Seo-yeon", "Eun-ha", "Dae-ho", "Ji-won", "Sun-ok", "미래", "민호"]
FILLERS = ["said", "the", "son of", "'s", "Ms", "씨", "가", "arrested", "-", "", " ", "ı", "İ", ",", "daughter"]


def _redactor(rng: random.Random, size: int = 120) -> Redactor:
    persons = []
    for n in range(size):
        surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
        name = f"{surname}{given}" if surname[0] >= "\uac00" and given[0] >= "\uac00" else f"{surname} {given}"
        aliases: tuple[str, ...] = (f"{given} {surname}",) if rng.random() < 0.3 else ()
        if rng.random() < 0.1:
            aliases += (f"the daughter of {rng.choice(SURNAMES)} {rng.choice(GIVEN)}",)
        persons.append(Identity(f"P{n:03d}", (name, *aliases), frozenset({n % 7, n % 5})))
    protected = {p.id: f"Person {p.id[1:]}AAA" for p in persons if rng.random() < 0.5}
    return Redactor(protected, persons)


def _spellings(rng: random.Random) -> str:
    """A piece of text: a name part in a random case, spelling or join, or a filler."""
    piece = rng.choice([*SURNAMES, *GIVEN, *FILLERS, "Gang", "Gim", "Yi", "Rhee", "Mirae", "minho", "seoyeon"])
    match rng.randrange(4):
        case 0:
            return piece.upper()
        case 1:
            return piece.lower()
        case 2:
            return piece.replace("-", "")
        case _:
            return piece


def _reference(r: Redactor, value: str, document: int | None = None) -> str:
    """Every at-risk person's patterns over ``value``, the shields and ambiguity from every person: no index."""
    people = {pid: person for pid, person in r._people.items()}
    protected = sorted(r.protected)
    found: list[tuple[int, int, str | None, int]] = []
    variants = {pid: person_variants(people[pid].names) for pid in protected}
    for pid in protected:
        patterns = [*variants[pid].relative, *variants[pid].full]
        if patterns:
            strong = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
            found += [(m.start(), m.end(), pid, 0) for m in strong.finditer(value)]
    hits: list[tuple[int, int, str, Partial]] = [
        (m.start(), m.end(), pid, part)
        for pid in protected
        for part in variants[pid].partial
        for m in re.finditer(part.pattern, value, re.IGNORECASE)
    ]

    def here(pid: str) -> bool:
        return document is None or document in people[pid].documents

    keys = {part.key for *_span, part in hits}
    shields = [
        m.span()
        for pid, person in people.items()
        if pid not in r.protected and r._keys[pid] & keys and here(pid)
        for shield in [shield_pattern(person.names)]
        if shield is not None
        for m in re.finditer(shield, value, re.IGNORECASE)
    ]
    for start, end, pid, part in hits:
        if any(s < end and start < e for s, e in shields):
            continue
        shared = any(q != pid and part.key in r._keys[q] and here(q) for q in people)
        found.append((start, end, None if shared else pid, 2))
    found.sort(key=lambda x: (x[0], x[3], -x[1]))
    merged: list[list[Any]] = []
    for start, end, who, _kind in found:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, who])
    out, last = [], 0
    for start, end, who in merged:
        out += [value[last:start], f"[{r.protected[who] if who else WITHHELD}]"]
        last = end
    return "".join([*out, value[last:]])


@pytest.mark.parametrize("seed", [5, 11])
def test_the_indexed_redactor_replaces_what_running_every_pattern_replaces(seed: int) -> None:
    rng = random.Random(seed)
    redactor = _redactor(rng)
    for _ in range(250):
        value = rng.choice(["", " ", "  "]).join(_spellings(rng) for _ in range(rng.randint(1, 7)))
        document = rng.choice([None, 0, 3, 6])
        expected = _reference(redactor, value, document)
        assert redactor.text(value, document) == expected, (value, document)
        assert redactor.text(value, document) == expected, (value, document)  # remembered: the same answer


def test_a_pattern_that_matches_always_has_its_needs_met() -> None:
    rng = random.Random(3)
    patterns = [
        p
        for names in (["Kang Mi-rae"], ["Lee So-yeon", "the son of Kim Ji-ho"], ["이소연"], ["John O'Neil Smith"])
        for variants in [person_variants(names)]
        for p in [*variants.relative, *variants.full, *(x.pattern for x in variants.partial)]
    ]
    literals = Literals(w for p in patterns for clause in needs_of(p) for w in clause)
    texts = [
        "KANG MI RAE",
        "Gang Mirae's son",
        "MiraeKang",
        "Kım Mi-rae",
        "RHEE SO-YEON",
        "the SON of Gim Jiho",
        "이 소연 씨",
        "Mr. John O'Neil-Smith",
        "yi soyeon",
    ]
    texts += ["".join(rng.choice(string.ascii_letters + " -'") for _ in range(30)) for _ in range(200)]
    for text in texts:
        for pattern in patterns:
            if re.search(pattern, text, re.IGNORECASE):
                assert met(needs_of(pattern), literals.present(text)), (pattern[:80], text)


def test_folding_is_how_case_insensitive_patterns_compare_characters() -> None:
    every = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    folded = fold(every)
    assert len(folded) == len(every)
    for probe in [*string.ascii_letters, "é", "ß", "σ", "ς", "µ", "강"]:
        matched = {m.start() for m in re.finditer(re.escape(probe), every, re.IGNORECASE)}
        same = {i for i, ch in enumerate(folded) if ch == fold(probe)}
        assert matched == same, probe


def test_hundreds_of_at_risk_persons_sharing_a_surname_are_each_redacted() -> None:
    syllables = ["min", "seo", "ji", "hye", "dong", "young", "eun", "su", "jae", "hyun", "won", "hee"]
    givens = [f"{a.capitalize()}-{b}" for a in syllables for b in syllables if a != b]
    kims = [Identity(f"K{n:03d}", (f"Kim {given}",), frozenset({n})) for n, given in enumerate(givens)]
    free = Identity("F001", ("Kim Min-seok",), frozenset({0}))  # not at risk, a name like theirs
    redactor = Redactor({p.id: f"Person K{p.id}" for p in kims}, [*kims, free])
    for n, person in enumerate(kims):
        given = person.names[0].split()[1]
        for written in (f"Kim {given} was taken", f"{given.replace('-', '')} KIM was taken", f"Gim {given} was taken"):
            assert redactor.text(written, n) == f"[Person K{person.id}] was taken", written
    assert redactor.text("Kim Min-seok said so", 0) == "Kim Min-seok said so"  # another person's full name
    assert redactor.text("Kim said so") == f"[{WITHHELD}] said so"  # without a document: shared by hundreds


def test_a_free_person_with_a_similar_name_keeps_it() -> None:
    at_risk = Identity("R001", ("Kang Mi-rae",), frozenset({1}))
    free = [
        Identity("F001", ("Kang Min-ho",), frozenset({1})),
        Identity("F002", ("Kangmin Rae",), frozenset({1})),
    ]
    redactor = Redactor({"R001": "Person RRR"}, [at_risk, *free])
    assert redactor.text("Kang Min-ho and Kang Mi-rae", 1) == "Kang Min-ho and [Person RRR]"
    assert redactor.text("Kangmin Rae came", 1) == "Kangmin Rae came"
    assert redactor.text("Miraekang and MI RAE KANG came", 1) == "[Person RRR] and [Person RRR] came"


def test_the_labels_pattern_finds_every_label_the_redactor_writes() -> None:
    redactor = _redactor(random.Random(2), size=30)
    written = redactor.text("Kang Mi-rae met Kim and Lee Min-ho")
    assert written.count("[") == len(redactor.labels.findall(written)) > 0
    assert redactor.labels is redactor.labels  # built once

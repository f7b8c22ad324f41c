"""benchmarks/resolution.py and its realistic generator (benchmarks/resolution_people.py) on small sizes."""

from __future__ import annotations

import random
from collections import defaultdict

import resolution
import resolution_oracle
import resolution_people as rp

from tumen.extract.names import parse
from tumen.resolve.keys import syllable_spellings


def test_every_romanisation_is_one_tumen_reads_for_its_syllable() -> None:
    syllables = set("".join(rp.POOLS.values()))
    assert 120 <= len(syllables) <= 200
    for syllable in syllables:
        forms = rp.syllable_forms(syllable)
        assert forms and set(forms) <= syllable_spellings(syllable), syllable
    assert rp.spellings("철") == {"mr": "chol", "rr": "cheol", "popular": "chul"}


def test_given_names_follow_gender_and_cohort_and_siblings_share_the_surname() -> None:
    rng = random.Random(3)
    families: dict[int, list[rp.Person]] = defaultdict(list)
    pid = 0
    for family in range(3000):
        people = rp.make_family(rng, family, pid)
        pid += len(people)
        families[family] = people
    generation = 0
    for people in families.values():
        for p in people:
            pool = rp.POOLS[(p.gender, rp.cohort(p.born))]
            inside = sum(s in pool for s in p.syllables)  # a generation syllable may be an elder sibling's cohort's
            assert inside == 2 or (p.role == "child" and inside == 1), p
            assert p.syllables[0] != p.syllables[1]
        father = [p for p in people if p.role == "father"]
        children = [p for p in people if p.role == "child"]
        assert len({c.surname for c in children + father}) <= 1  # children take their father's surname
        assert all(c.born > f.born + 10 for c in children for f in father)
        brothers = [c for c in children if c.gender == "male"]
        if len(brothers) == 2 and set(brothers[0].syllables) & set(brothers[1].syllables):
            generation += 1
    assert generation > 20  # brothers often share a generation syllable


def test_the_generator_is_deterministic_heavy_tailed_and_its_names_parse() -> None:
    mentions, people = rp.make_mentions(5000, 7)
    again, _ = rp.make_mentions(5000, 7)
    other, _ = rp.make_mentions(5000, 8)
    assert mentions == again and mentions != other and len(mentions) == 5000
    counts = defaultdict(int)
    for m in mentions:
        counts[m.pid] += 1
    assert people == len(counts) and sum(c <= 3 for c in counts.values()) > 0.8 * people and max(counts.values()) >= 20
    by_doc = defaultdict(set)
    for m in mentions:
        by_doc[m.doc].add(m.pid)
        assert parse(m.text).given or parse(m.text).surname, m.text
    assert sum(len(p) > 1 for p in by_doc.values()) > 0.1 * len(by_doc)  # people are mentioned together


def test_both_generators_resolve_in_process() -> None:
    for generator in ("realistic", "simple"):
        row = resolution.run_one(2000, 7, 0, generator)
        assert row["size"] == 2000 and row["f1"] > 0.5, (generator, row)


def test_the_oracle_attributes_mentions_at_a_small_size() -> None:
    fair = resolution_oracle.attribute(3000, 7)
    omniscient = resolution_oracle.attribute(3000, 7, omniscient=True)
    for found in (fair, omniscient):
        assert 0.9 < found["greedy_f1"] <= 1.0 and 0.9 < found["cautious_f1"] <= 1.0
    assert omniscient["ambiguous"] <= fair["ambiguous"]  # knowing every birth and gender leaves fewer candidates

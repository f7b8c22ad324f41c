"""A family's story told across sentences: scene-setting adverbs, bare participles, the siblings' parents, relatives
left behind and the price of a sale (invented sentences)."""

from __future__ import annotations

from test_negated_senses import run, told


def test_a_fronted_back_sets_the_scene_and_is_no_particle_of_the_verb() -> None:
    x = run("Back in Norland, Ms Tarva's father was sent to a labour camp.")
    assert told(x, "forced_repatriation") == []
    assert told(x, "detention") == [[("father", "victim")]]
    sent = run("Mr Oskal was caught in Velmar and sent back to Norland.")
    assert told(sent, "forced_repatriation") == [[("Oskal", "victim")]]


def test_the_bare_last_participle_of_a_passive_list_is_passive_too() -> None:
    x = run("Mr Oskal and his wife hid in Velmar. But in 2029 they were found out, jailed and returned.")
    assert told(x, "forced_repatriation") == [[("Oskal", "victim"), ("wife", "victim")]]
    assert told(run("Mr Oskal was released and returned to his family."), "forced_repatriation") == []


def test_their_parent_is_the_parent_of_the_siblings_in_view() -> None:
    x = run(
        "Back home, Ms Tarva's father was sent to a labour camp while Ms Tarva and her sister Lusa were put in a"
        " shelter. Eight months later the girls managed to escape. Their father had already been released."
    )
    assert told(x, "release") == [[("father", "victim")]]
    father = next(e.id for e in x.entities if e.descriptor == "father")
    released = next(e for e in x.events if e.type == "release")
    assert [p.entity for p in released.participants] == [father]


def test_their_parent_needs_the_siblings() -> None:
    x = run(
        "Ms Tarva's father was sent to a labour camp. The neighbours' boys were put in a shelter."
        " Their father had already been released."
    )
    assert told(x, "release") in ([], [[]])

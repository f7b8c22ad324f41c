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


def test_a_sale_for_an_amount_has_that_price() -> None:
    x = run("Ms Vell was sold to a farmer in Velmar for 15,000 yuan.")
    sale = next(e for e in x.events if e.type == "trafficking")
    assert sale.amount is not None and (sale.amount.value, sale.amount.currency) == (15000.0, "CNY")
    assert all(e.amount is None for e in run("Mr Oskal sold his car for 5,000 dollars.").events)


def test_the_father_of_her_son_is_her_one_husband() -> None:
    x = run('Ms Vell left her son with his father. "My husband beat me," she said.')
    husband = next(e for e in x.entities if e.descriptor == "husband")
    son = next(e for e in x.entities if e.descriptor == "son")
    assert not any(e.descriptor == "father" for e in x.entities)
    assert any(r.type == "child_of" and (r.subject, r.object) == (son.id, husband.id) for r in x.relations)
    twice = run("Ms Vell left her son with his father. Her first husband beat her; her second husband left her.")
    assert any(e.descriptor == "father" for e in twice.entities)  # which husband? left apart

"""Quotations announced by their own speaker ("He said: ‘…’", "he told me: ‘…’"), in a testimony or in narration:
their "me" is that speaker, their "you" the one spoken to, and what they ask for was asked when they were said
(tumen.extract.announced_quotes; docs/extraction.md, "Who says what"). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.announced_quotes import addressed, assign
from tumen.extract.coref import Resolver
from tumen.extract.document import Source, extract
from tumen.extract.entities import group
from tumen.extract.mentions import find_mentions
from tumen.extract.nlp import english, text_of
from tumen.extract.types import Event, Extraction
from tumen.extract.unnamed_doers import Doers
from tumen.model import Interval

DEMAND = "If you give me 5 million won, I will bring your son back."


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2020, 6, 1)))


def demand(x: Extraction) -> tuple[set[tuple[str, str]], Interval | None]:
    [asked] = [e for e in x.events if e.type == "payment" and e.modality == "demanded"]
    return _roles(x, asked), asked.time


def _roles(x: Extraction, event: Event) -> set[tuple[str, str]]:
    return {(x.entity(p.entity).name or x.entity(p.entity).descriptor or "", p.role) for p in event.participants}


@pytest.mark.parametrize("announced", ["He said:", "He told me:"])
def test_a_quotation_inside_a_testimony_is_its_own_speakers(announced: str) -> None:
    x = run(f"“A broker called me in 2016,” said Ana Ruiz, 52. “{announced} ‘{DEMAND}’ I paid him.”")
    roles, time = demand(x)
    assert roles == {("broker", "recipient"), ("Ana Ruiz", "payer")}  # before: Ana Ruiz the one to be paid
    assert time is not None and (time.earliest, time.latest) == (date(2016, 1, 1), date(2016, 12, 31))


@pytest.mark.parametrize("quoted", [f"'{DEMAND}'", f'"{DEMAND}"'])
def test_a_quotation_in_narration_speaks_to_the_one_told_of(quoted: str) -> None:
    x = run(f"Ana Ruiz, 52, fled Tarvik in 2015. A broker called her in 2016. He said: {quoted} She paid him.")
    roles, time = demand(x)
    assert roles == {("broker", "recipient"), ("Ana Ruiz", "payer")}
    assert time is not None and (time.earliest, time.latest) == (date(2016, 1, 1), date(2016, 12, 31))
    [paid] = [e for e in x.events if e.type == "payment" and e.modality == "asserted"]
    assert _roles(x, paid) == {("Ana Ruiz", "payer"), ("broker", "recipient")}


def test_an_apostrophe_closes_no_quotation() -> None:
    x = run("A smuggler phoned Ana Ruiz in 2016. He said: 'I'll take you across if you pay me 900 dollars.'")
    roles, _time = demand(x)
    assert ("smuggler", "recipient") in roles


def test_a_broker_who_did_something_is_a_person_of_the_story() -> None:
    x = run("Ana Ruiz fled in 2015. A broker contacted her in 2016. Later a different broker visited her.")
    assert [e.descriptor for e in x.entities if e.kind == "person" and not e.name] == ["broker", "broker"]


def test_a_broker_who_did_nothing_is_no_one() -> None:
    x = run("Ana Ruiz fled in 2015. A broker did not call her.")
    assert [e for e in x.entities if e.descriptor == "broker"] == []


def test_an_absorbed_person_is_the_one_met_outside_quotations() -> None:
    text = "Ana Ruiz fled in 2015. Mina Ruiz fled in 2016."
    doc = english()(text)
    grouping = group(text_of(doc), find_mentions(doc, None))
    resolver = Resolver(doc, grouping)
    resolver.run()
    gone, into = (e.id for e in grouping.entities if e.kind == "person")
    resolver.told_outside.discard(into)
    resolver.foretold[0] = gone
    resolver.absorb(gone, into)
    assert into in resolver.told_outside and gone not in resolver.told_outside
    assert resolver.foretold[0] == into


def test_a_quotation_recalled_as_anothers_saying_is_his() -> None:
    # "she recalls him saying": the words are his, said to her; "she" is Ana, told of in the smuggler's sentence
    x = run(
        "Ana Ruiz fled Tarvik in 2015. In 2016 a smuggler contacted her. "
        "“If you pay me 900 dollars, I will take you across,” she recalls him saying. She paid him."
    )
    roles, _time = demand(x)
    assert roles == {("Ana Ruiz", "payer"), ("smuggler", "recipient")}


def test_a_broker_is_not_the_pronoun_another_person_of_his_sentence_may_be() -> None:
    # "Ms Ruiz says" in the broker's sentence: "she" is Ruiz, not the broker (whose gender no one told)
    x = run("In 2016, Ms Ruiz says, a broker offered to find her son. She paid 300 dollars to the broker.")
    [paid] = [e for e in x.events if e.type == "payment" and e.modality == "asserted"]
    assert _roles(x, paid) == {("Ruiz", "payer"), ("broker", "recipient")}


@pytest.mark.parametrize(
    "text",
    [
        "“A broker called me in 2016,” said Ana Ruiz. “He said: ‘Pay me 500 dollars and I will bring your son back.’”",
        "A broker called Ana Ruiz in 2016. He said: 'Pay me 500 dollars.'",
    ],
)
def test_an_imperative_opening_a_quotation_takes_no_subject_from_outside_it(text: str) -> None:
    # "Pay" is the one addressed's to do: not "he", the one who says it across the opening mark
    x = run(text)
    assert not any(("broker", "payer") in _roles(x, e) for e in x.events if e.type == "payment")


def test_a_quoted_fragment_that_goes_on_with_the_sentence_keeps_its_subject() -> None:
    x = run("Ana Berg said the guards in Tarvik threatened “to hang him from the roof and beat him.”")
    [beating] = [e for e in x.events if e.type == "ill_treatment"]
    assert {p.role for p in beating.participants} == {"perpetrator"}


def test_a_pronoun_looks_for_other_persons_only_where_it_can_reach() -> None:
    # a broker told of before the pronoun's reach: no word since then is looked at (once for every pronoun, that
    # was quadratic in a long document)
    doc = english()("A broker called Ana Ruiz. She waited. She waited. She waited. He left.")
    doers, looked = Doers(), []
    doers.ids.add("broker")
    doers.harmless.add("broker")
    reach = list(doc.sents)[-2].start
    unmeant = doers.unmeant(doc[-3], {"broker": 1}, lambda w: looked.append(w) or None, lambda _e: True, reach)
    assert (unmeant, looked) == ({"broker"}, [])


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz fled Tarvik in 2015. A broker called her in 2016. He said: 'Pay me 500 dollars and I will bring "
        "your son back.'",
        "“A broker called me in 2016,” said Ana Ruiz. “He said: ‘Pay me 500 dollars and I will bring your son back.’”",
        'Ana Ruiz fled Tarvik in 2015. A broker called her in 2016. He told her: "Please pay me 500 dollars."',
    ],
)
def test_an_imperative_asks_the_one_spoken_to_to_pay_the_speaker(text: str) -> None:
    # "Pay me": a payment asked of the one the broker called, to the broker, when he said it
    x = run(text)
    roles, time = demand(x)
    assert roles == {("broker", "recipient"), ("Ana Ruiz", "payer")}
    assert time is not None and (time.earliest, time.latest) == (date(2016, 1, 1), date(2016, 12, 31))
    [asked] = [e for e in x.events if e.type == "payment"]
    assert asked.amount is not None and (asked.amount.value, asked.amount.currency) == (500, "USD")


@pytest.mark.parametrize(
    "text",
    ["A broker said in 2016: 'Pay me 500 dollars.'", "Ivo Holm said: 'Pay me 500 dollars.'"],
)
def test_an_imperative_said_to_no_one_known_has_no_payer(text: str) -> None:
    x = run(text)
    assert not [p for e in x.events for p in e.participants if p.role == "payer"]
    assert not [e for e in x.events if e.type == "payment" and e.modality == "asserted"]


def test_an_idiom_in_an_imperative_is_no_payment() -> None:
    x = run("Ana Ruiz met Ivo Holm in 2016. He told reporters: 'Pay attention.'")
    assert [e for e in x.events if e.type == "payment"] == []


def test_what_an_imperative_asks_for_is_not_done() -> None:
    # "Torture him": the officer asks for it; nothing tells it was done
    x = run("Ivo Holm was caught in 2016. The officer said: 'Torture him until he talks.'")
    assert [e.modality for e in x.events if e.type == "torture"] == ["demanded"]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz fled Tarvik in 2015. A broker called her in 2016. 'Pay me 500 dollars and I will bring your son "
        "back,' the broker told her.",
        "Ana Ruiz fled Tarvik in 2015. A broker called her in 2016. “Pay me 500 dollars,” the broker told her.",
        "Ana Ruiz fled Tarvik in 2015. A broker called her. 'If you give me 500 dollars, I will bring your son back,' "
        "the broker told her in 2016.",
    ],
)
def test_a_quotation_whose_speaker_follows_it_asks_the_one_told(text: str) -> None:
    # the speaker after the quotation: its "me" the broker, its "you" and its imperative's payer the one he told
    roles, time = demand(run(text))
    assert roles == {("broker", "recipient"), ("Ana Ruiz", "payer")}
    assert time is not None and (time.earliest, time.latest) == (date(2016, 1, 1), date(2016, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz fled Tarvik in 2015. 'Pay me 500 dollars,' a broker told reporters in 2016.",
        "Ana Ruiz fled Tarvik in 2015. 'Pay me 500 dollars,' a broker said in 2016.",
        "Ana Ruiz fled Tarvik in 2015. A broker called her. He told reporters: 'Pay me 500 dollars.'",
    ],
)
def test_a_quotation_told_to_no_one_of_the_story_has_no_payer(text: str) -> None:
    x = run(text)
    assert not [p for e in x.events for p in e.participants if p.role == "payer"]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz fled Tarvik in 2015. A broker called her in 2016 and said: 'Pay me 500 dollars.'",
        "Ana Ruiz fled Tarvik in 2015. A broker called her in 2017. In 2016 the broker told her: 'Pay me 500 dollars.'",
    ],
)
def test_a_demand_is_dated_by_its_announcing_clause(text: str) -> None:
    # "in 2016" of the clause that announces it (or of the one "and said" joins): when it was asked
    roles, time = demand(run(text))
    assert roles == {("broker", "recipient"), ("Ana Ruiz", "payer")}
    assert time is not None and (time.earliest, time.latest) == (date(2016, 1, 1), date(2016, 12, 31))


def test_the_one_spoken_to_is_met_in_the_main_clause_not_a_relative_clause() -> None:
    x = run(
        "Ana Ruiz fled Tarvik in 2015. In 2016 she met a broker, Kim Sol, at the market, who had helped her cousin "
        "Mia Lee. Kim said: 'Pay me 500 dollars.'"
    )
    payments = [e for e in x.events if e.type == "payment"]
    assert [_roles(x, e) for e in payments] == [{("Ana Ruiz", "payer"), ("Kim Sol", "recipient")}]


@pytest.mark.parametrize("verbs", ["called her and said", "calls her and says"])
def test_a_joined_verb_of_saying_speaks_to_the_one_called(verbs: str) -> None:
    # "calls her and says": the subject "says" shares with "calls" is the speaker, not the one spoken to
    doc = english()(f"A broker {verbs}: 'Pay me 500 dollars.'")
    people = {"broker": "broker", "her": "Ana"}
    assign(doc, {}, lambda token: None if token is None else people.get(token.lower_), lambda _index: None)
    [pay] = [token for token in doc if token.lower_ == "pay"]
    assert addressed(pay) == (True, "Ana")


SON = "Mira Tenzin fled Tarvik in 2015. Her son was caught in Lorin in 2016."
FREED = "He said: 'Pay me 500 dollars and I will bring your son back.'"


@pytest.mark.parametrize(
    ("called", "caller"),
    [
        ("A broker called Mira Tenzin.", "broker"),
        ("A broker from Lorin called Mira.", "broker"),
        ("In 2016 a smuggler called Mira Tenzin.", "smuggler"),
    ],
)
def test_the_one_to_be_freed_is_not_the_speaker_of_the_demand(called: str, caller: str) -> None:
    # "called Mira Tenzin", she told of before: he phoned her (not a broker of her name); and "he", who speaks of
    # "your son", is not the son but the one who phoned her
    roles, _time = demand(run(f"{SON} {called} {FREED}"))
    assert roles == {(caller, "recipient"), ("Mira Tenzin", "payer")}  # before: the son the recipient


@pytest.mark.parametrize("called", ["A man called her.", "A broker calls Mira Tenzin."])
def test_a_speaker_of_no_entity_leaves_the_demand_with_its_payer_only(called: str) -> None:
    # "a man" is no person of the story: the demand is asked of her, by no one known — not by her son, whose the
    # quotation's "me" and "I" are not either
    freed = FREED if called.startswith("A man") else FREED.replace("He said", "He says")
    roles, _time = demand(run(f"{SON} {called} {freed}"))
    assert roles == {("Mira Tenzin", "payer")}


def test_a_broker_called_by_a_new_name_is_named() -> None:
    x = run("A broker called Kim Sol helped Mira Tenzin cross the border in 2016.")
    assert any(e.name == "Kim Sol" for e in x.entities)
    assert not any(e.descriptor == "broker" and e.name is None for e in x.entities)


ASKED = "Mira Tenzin fled Tarvik in 2015. A broker called her in 2016. He said: "


@pytest.mark.parametrize(
    "quoted",
    [
        "'Then pay me 300 dollars.'",
        "'Now pay me 300 dollars.'",
        "'Just pay me 300 dollars.'",
        "'Come to Lorin and pay me 300 dollars.'",
        "'Leave the boy with me and pay me 300 dollars.'",
    ],
)
def test_an_imperative_after_a_sequencing_word_or_joined_to_one_is_demanded(quoted: str) -> None:
    roles, time = demand(run(ASKED + quoted))
    assert roles == {("broker", "recipient"), ("Mira Tenzin", "payer")}
    assert time is not None and (time.earliest, time.latest) == (date(2016, 1, 1), date(2016, 12, 31))


@pytest.mark.parametrize(
    "text", ["The officer said: 'Arrest him and torture him until he talks.'", "The officer said: 'Then torture him.'"]
)
def test_a_joined_or_sequenced_imperative_asks_for_what_it_says(text: str) -> None:
    x = run("Ivo Holm was caught in 2016. " + text)
    assert [e.modality for e in x.events if e.type == "torture"] == ["demanded"]


def test_a_statement_in_a_quotation_is_no_imperative() -> None:
    x = run(ASKED + "'I paid 300 dollars and then I left.'")
    assert not [e for e in x.events if e.modality == "demanded"]


def test_a_name_only_part_of_an_earlier_name_is_a_new_person_called_so() -> None:
    # "called Sol" after "Mira Solberg": no one told before, so a broker named Sol, not one who phoned
    x = run("Mira Solberg fled Tarvik in 2015. A broker called Sol.")
    assert "Sol" in {e.name for e in x.entities if e.kind == "person"}

"""One reader of a joined verb's subject (event_syntax.joined_subject) and one decider of an imperative opening a
quotation (event_syntax.imperative), for every module that asks either (docs/extraction.md, "Who says what" and
"Firing on people is a shooting"). Invented sentences."""

from __future__ import annotations

from datetime import date
from typing import Any

from tumen.extract import event_syntax as syntax
from tumen.extract.document import Source, extract
from tumen.extract.nlp import english
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2020, 6, 1)))


def _roles(x: Extraction, event: Event) -> set[tuple[str | None, str]]:
    names = {e.id: e.name or e.descriptor for e in x.entities}
    return {(names.get(p.entity), p.role) for p in event.participants}


def _token(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def test_a_joined_verb_takes_the_subject_up_its_chain_of_conjuncts() -> None:
    # the parser hangs "beat" on "punched": the soldiers beat him, too
    doc = english()("The soldiers kicked and punched and beat him.")
    assert syntax.joined_subject(_token(doc, "beat")).text == "soldiers"


def test_a_joined_verb_takes_no_subject_across_a_verb_with_its_own() -> None:
    doc = english()("The broker took their money, but they were caught and sent back.")
    assert syntax.joined_subject(_token(doc, "sent")).text == "they"


def test_a_quotation_announced_by_a_verb_two_conjuncts_down_is_the_subjects() -> None:
    # "said" hangs on "waited", which hangs on "phoned": the broker says it, and asks her to pay (before: no one
    # announced it, and the payment was told as done)
    x = run(
        "Mira Tenzin fled Tarvik in 2015. In 2016 a broker phoned her, came to Lorin, waited a week and said: "
        "'Pay me 300 dollars.'"
    )
    [asked] = [e for e in x.events if e.type == "payment"]
    assert asked.modality == "demanded"
    assert _roles(x, asked) == {("broker", "recipient"), ("Mira Tenzin", "payer")}


def test_an_active_wounding_two_conjuncts_down_is_an_attack() -> None:
    # "wounded" hangs on "shot", which hangs on "stormed": the gunmen wounded them (before: no doer found, no attack)
    x = run("Gunmen stormed the post in Tarvik, shot and wounded two guards.")
    assert [e.trigger.text for e in x.events if e.type == "attack"] == ["wounded"]


def test_a_past_episode_takes_the_actor_up_its_chain_of_conjuncts() -> None:
    # "arrested" hangs on "dispersed", which hangs on "stormed": the police arrested them, one occasion, as in
    # "Police stormed the square and arrested protesters" (before: no event)
    x = run("Police stormed the square, dispersed the crowd and arrested protesters.")
    assert [e.trigger.text for e in x.events if e.type == "arrest"] == ["arrested"]


def test_an_imperative_whose_opening_mark_the_parser_hangs_on_it_opens_the_quotation() -> None:
    # the mark is the first word of the clause "let them go": the imperative takes no subject from "is"
    doc = english()("The best answer is “let them go”.")
    let = _token(doc, "let")
    assert syntax.imperative(let) and syntax.quoted_from(let)
    assert syntax.subjects(let, clauses=3) == []


def test_an_imperative_joined_to_one_in_its_quotation_is_one_but_its_head_is_inside() -> None:
    doc = english()("He said: 'Come to Lorin and pay me 300 dollars.'")
    pay = _token(doc, "pay")
    assert syntax.imperative(pay) and not syntax.quoted_from(pay)
    assert syntax.quoted_from(_token(doc, "Come"))


def test_a_statement_after_an_opening_mark_is_no_imperative() -> None:
    doc = english()("He said: 'I paid 300 dollars.'")
    assert not any(syntax.imperative(t) or syntax.quoted_from(t) for t in doc)

"""Escapes from custody, births in a camp, shootings, recantations, shifted times, relayed accounts and leads
(docs/extraction.md), each on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction

PUBLISHED = date(2020, 5, 20)


def run(text: str, published: date = PUBLISHED) -> Extraction:
    return extract(Source(text, 1, "en", published))


def of_type(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


def who(x: Extraction, event: Event) -> set[tuple[str, str]]:
    return {(str(x.entity(p.entity).name), p.role) for p in event.participants}


def place(x: Extraction, event: Event) -> str | None:
    return x.entity(event.place).name if event.place else None


def years(event: Event) -> tuple[int, int] | None:
    return (event.time.earliest.year, event.time.latest.year) if event.time else None


# -- escapes from custody ------------------------------------------------------------------------------------
def test_escaping_a_camp_is_an_escape_and_escaping_a_country_a_crossing() -> None:
    x = run("Pak Chol-ho escaped Camp 16 in 2003. In 2004 he escaped North Korea.")
    [escape] = of_type(x, "escape")
    assert (
        who(x, escape) == {("Pak Chol-ho", "subject")}
        and place(x, escape) == "Camp 16"
        and years(escape) == (2003, 2003)
    )
    [crossing] = of_type(x, "border_crossing")
    assert years(crossing) == (2004, 2004)


def test_an_escape_that_ends_a_stay_in_a_camp_leaves_that_camp() -> None:
    x = run("Ri Kwang-su lived all his life in Camp 16 until his escape in 2004.")
    [escape] = of_type(x, "escape")
    assert place(x, escape) == "Camp 16" and who(x, escape) == {("Ri Kwang-su", "subject")}
    assert not of_type(x, "border_crossing")
    verb = run("Ri Kwang-su said he was held in Camp 16 until he escaped in 2004.")
    assert [place(verb, e) for e in of_type(verb, "escape")] == ["Camp 16"]


def test_getting_past_a_camps_fence_is_an_escape() -> None:
    x = run("In 2004 Ri Kwang-su crawled beneath the camp's electric fence.")
    [escape] = of_type(x, "escape")
    assert who(x, escape) == {("Ri Kwang-su", "subject")}
    assert not run("In 2004 Ri Kwang-su crawled beneath the garden fence.").events


def test_a_failed_attempt_to_leave_a_place_leaves_one_there() -> None:
    x = run("In 1996 Pak Chol-ho was beaten after a failed attempt to flee Camp 16.")
    [beating] = of_type(x, "ill_treatment")
    assert place(x, beating) == "Camp 16"
    attempt = run("In 1996 Pak Chol-ho was beaten after an attempt to flee Camp 16.")
    assert place(attempt, of_type(attempt, "ill_treatment")[0]) is None


# -- born in a camp --------------------------------------------------------------------------------------
def test_born_in_a_camp_is_held_there_from_birth() -> None:
    x = run("Born into one of the country's harshest prison camps, Kim Su-ho lived his whole life under guard.")
    [held] = of_type(x, "detention")
    assert who(x, held) == {("Kim Su-ho", "victim")}
    named = run("Pak Chol-ho was born Pak In Su at the Hwasong camp, also known as Camp 16.")
    assert [place(named, e) for e in of_type(named, "detention")] == ["Camp 16"]
    assert not run("Kim Ok-sun was born in Hyesan in 1980.").events


# -- shootings -------------------------------------------------------------------------------------------
def test_shot_is_a_shooting_and_shot_dead_a_killing() -> None:
    x = run("In 2004 guards shot Pak Chol-ho twice. In 2006 his brother was shot dead by guards.")
    [shooting] = of_type(x, "shooting")
    assert ("Pak Chol-ho", "victim") in who(x, shooting) and years(shooting) == (2004, 2004)
    [killing] = of_type(x, "killing")
    assert years(killing) == (2006, 2006)


def test_gunshot_wounds_are_a_shooting() -> None:
    x = run("In May 2016 Pak Chol-ho suffered gunshot wounds.")
    [shooting] = of_type(x, "shooting")
    assert who(x, shooting) == {("Pak Chol-ho", "victim")}
    assert not of_type(run("In May 2016 Pak Chol-ho suffered knife wounds."), "shooting")


# -- recantations ----------------------------------------------------------------------------------------
def test_changing_or_retracting_ones_account_is_a_recantation() -> None:
    x = run("In March 2015 Pak Chol-ho changed key parts of his story. In April 2015 he recanted.")
    recantations = of_type(x, "recantation")
    assert [years(e) for e in recantations] == [(2015, 2015), (2015, 2015)]
    assert all(who(x, e) == {("Pak Chol-ho", "subject")} for e in recantations)
    assert not run("In March 2015 Pak Chol-ho changed his job.").events


def test_owning_that_ones_own_account_was_untrue_is_a_recantation() -> None:
    for text in (
        "In May 2016 Ana Cruz admitted that her account of the raid was wrong.",
        "In May 2016 Ana Cruz confessed that the story she had told reporters was not true.",
        "In May 2016 Ana Cruz acknowledged that parts of her testimony were inaccurate.",
        "In May 2016 Ana Cruz admitted that she had lied about her years in Tarvik prison.",
    ):
        x = run(text)
        [recantation] = of_type(x, "recantation")
        assert who(x, recantation) == {("Ana Cruz", "subject")}, text
        assert years(recantation) == (2016, 2016), text
    for text in (
        "The minister of Vanuzi admitted that the claims were false.",  # whose claims?
        "Ana Cruz admitted that her account of the raid was true.",
        "Boris Tal confessed to the theft of the car.",
        "Ana Cruz admitted that the guards had lied to her.",
        "Boris Tal admitted that he lay down in the cell.",
    ):
        assert not of_type(run(text), "recantation"), text


def test_a_bare_confession_whose_next_sentence_owns_an_untrue_account_is_a_recantation() -> None:
    for text in (
        "In May 2016 Ana Cruz confessed. She said her account of the raid had been false.",
        "In May 2016 Ana Cruz confessed. The story she had told reporters was not true.",
    ):
        x = run(text)
        [recantation] = of_type(x, "recantation")
        assert who(x, recantation) == {("Ana Cruz", "subject")}, text
        assert years(recantation) == (2016, 2016), text
    for text in (
        "In May 2016 Ana Cruz confessed. The claims of the ministry were false.",  # no one's own account
        "In May 2016 Ana Cruz confessed to the theft. She said her account of the raid had been false.",
        "In May 2016 Ana Cruz confessed. She said her account of the raid was true.",
    ):
        assert not of_type(run(text), "recantation"), text


# -- a time shifted by a stated distance -----------------------------------------------------------------
def test_a_clause_after_after_takes_the_governing_time_moved_back() -> None:
    x = run(
        "Thursday's defection came about five weeks after a soldier suffered gunshot wounds during a defection dash.",
        date(2017, 12, 22),
    )
    [shooting] = of_type(x, "shooting")
    assert shooting.time is not None and (shooting.time.earliest, shooting.time.latest) == (
        date(2017, 11, 9),
        date(2017, 11, 23),
    )
    crossings = sorted(of_type(x, "border_crossing"), key=lambda e: e.trigger.start)
    assert len(crossings) == 2, "two defections five weeks apart are two events"


def test_a_time_inside_an_after_phrase_moves_the_governing_clause_forward() -> None:
    x = run("Two years after his arrest in May 2001, Pak Chol-ho was released.")
    [release] = of_type(x, "release")
    assert release.time is not None and (release.time.earliest, release.time.latest) == (
        date(2003, 5, 1),
        date(2003, 5, 31),
    )


def test_a_distance_in_decades_moves_the_governing_time_by_ten_years_each() -> None:
    x = run("The court freed Karl Vos on April 2, 2020, two decades after he was jailed in Tarvik.", date(2020, 5, 1))
    [jailed] = [e for e in x.events if e.trigger.text == "jailed"]
    assert jailed.time is not None and jailed.time.earliest == date(2000, 4, 2)


# -- who tells it ----------------------------------------------------------------------------------------
def test_news_received_is_hearsay() -> None:
    x = run('"We have received credible information that Pak Chol-ho was returned to North Korea," Lee Min-ho said.')
    [returned] = of_type(x, "forced_repatriation")
    assert returned.attributes.get("hearsay") is True


def test_a_person_whose_account_an_outlet_relays_is_the_witness() -> None:
    x = run(
        "According to the Daily Lantern, Pak Chol-ho told Anna Berg that he was moved from Camp 16 to Camp 15 in 1999."
    )
    [held] = of_type(x, "detention")
    assert held.evidence[0].witness is not None and x.entity(held.evidence[0].witness).name == "Pak Chol-ho"
    outlet = run("According to the Daily Lantern, Pak Chol-ho was moved from Camp 16 to Camp 15 in 1999.")
    [told] = of_type(outlet, "detention")
    assert told.evidence[0].witness is not None and outlet.entity(told.evidence[0].witness).name == "Daily Lantern"


def test_a_lead_after_a_dateline_names_the_defector_named_next() -> None:
    x = run(
        "SEOUL — A North Korean defector, whose escape from a prison camp made him famous, has changed key parts "
        "of his story and on Sunday apologized. A book brought Pak Chol-ho international fame.\n\n"
        "Pak, one of the best-known defectors from the North, said he had hidden parts of his past.",
        date(2015, 1, 18),
    )
    [recantation] = of_type(x, "recantation")
    assert who(x, recantation) == {("Pak Chol-ho", "subject")}
    assert recantation.time is not None and recantation.time.earliest == date(2015, 1, 18)
    [escape] = of_type(x, "escape")
    assert who(x, escape) == {("Pak Chol-ho", "subject")}

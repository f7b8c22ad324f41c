"""Round 39, mends of the edges: an address ends before the next sentence; a date or slashed words are no file; a
wrapped line is no headline; a passive belief tells victims; a noun of a victim is no doer; a speaker paid only when
the demand is his; a deadline read by "by" as an agent; "the men behind the killing" (docs/extraction.md).
Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.addresses import spans
from tumen.extract.document import Source, extract
from tumen.extract.nlp import unwrap
from tumen.extract.types import Event, Extraction

PUBLISHED = date(2026, 3, 2)  # a Monday


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", PUBLISHED))


def roles(x: Extraction, event: Event) -> set[tuple[str, str]]:
    return {(x.entity(p.entity).name or x.entity(p.entity).descriptor or "", p.role) for p in event.participants}


def all_roles(x: Extraction) -> set[tuple[str, str]]:
    return {r for e in x.events for r in roles(x, e)}


# -- 1. a spaced address ends where the next sentence opens --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Source: http : / / www . tarvik . example / 2013 / 03 / raid . Soldiers shot Ana Berg on Monday .",
            "http : / / www . tarvik . example / 2013 / 03 / raid",
        ),
        (
            "Source: http : / / www . tarvik . example / 2013 / 03 / raid / Police arrested Ana Berg .",
            "http : / / www . tarvik . example / 2013 / 03 / raid /",
        ),
    ],
)
def test_a_spaced_address_stops_before_a_capitalised_word(text: str, address: str) -> None:
    assert [text[a:b] for a, b in spans(text)] == [address]  # before: "… raid . Soldiers" masked


@pytest.mark.parametrize(
    "text",
    [
        "http : / / news . tarvik . example / 2007 / US / 04 / lorin . shooting /\nNext",
        "http : / / www . tarvik . example / Ana - Berg - held - in - Lorin / 90871\nNext",
        "http : / / tarvik . example / en _ GB / raid . html# . UlAb3x\nNext",
    ],
)
def test_a_capitalised_piece_followed_by_a_separator_stays_in_the_address(text: str) -> None:
    assert [text[a:b] for a, b in spans(text)] == [text[: text.index("\n")]]


def test_the_sentence_after_a_spaced_address_keeps_its_doer() -> None:
    x = run("Source: http : / / www . tarvik . example / 2013 / 03 / raid . Soldiers shot Ana Berg on Monday .")
    assert ("Soldiers", "perpetrator") in all_roles(x) or ("soldiers", "perpetrator") in all_roles(x)


# -- 2. a date or slashed words before a stop are no file ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers detained the journalist Ana Berg on 5/6/2020.Then they beat her in the camp.",
        "He wrote about Israel/Palestine.The army denied it.",
        "Ten were killed/injured.In May more came.",
        "It happened on 5.6.2020.at/the camp.",
    ],
)
def test_a_date_or_slashed_words_before_a_stop_are_no_file(text: str) -> None:
    assert spans(text) == []  # before: "5/6/2020.Then", "Israel/Palestine.The" masked as files


def test_a_file_still_ends_in_a_known_extension() -> None:
    text = "See reports/2019/list.PDF and cases/lorin/ana_berg.docx now."
    assert [text[a:b] for a, b in spans(text)] == ["reports/2019/list.PDF", "cases/lorin/ana_berg.docx"]


def test_a_date_glued_to_the_next_sentence_dates_the_event() -> None:
    x = run("Soldiers detained the journalist Ana Berg on 5/6/2020.Then they beat her in the camp.")
    assert [e for e in x.events if e.time is not None]  # before: the date masked, no event dated


# -- 9. addresses in capitals ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("(see WWW.TARVIK-NEWS.EXAMPLE/POLICE-KILL-TWO)", "WWW.TARVIK-NEWS.EXAMPLE/POLICE-KILL-TWO"),
        ("Read HTTPS://TARVIK.EXAMPLE/RAID now.", "HTTPS://TARVIK.EXAMPLE/RAID"),
        ("Source: HTTP : / / www . tarvik . example / raid /\nNext", "HTTP : / / www . tarvik . example / raid /"),
    ],
)
def test_an_address_in_capitals_is_found(text: str, address: str) -> None:
    assert [text[a:b] for a, b in spans(text)] == [address]  # before: none found


# -- 3. a line with a comma or a function word in lower case runs on into a lower-case line -----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ana Berg, a Tarvik Times\nreporter, was arrested by police on Monday.",
        "Soldiers of the Tarvik Border Guard\nshot and killed Ana Berg on Monday.",
    ],
)
def test_a_wrapped_sentence_with_capitalised_words_is_no_headline(text: str) -> None:
    assert "\n" not in unwrap(text)  # before: cut at the break as a headline


def test_a_wrapped_sentence_keeps_its_victim_and_doers() -> None:
    x = run("Soldiers of the Tarvik Border Guard\nshot and killed Ana Berg on Monday.")
    found = all_roles(x)
    assert ("Ana Berg", "victim") in found
    assert any(role == "perpetrator" for _name, role in found)  # before: neither
    x = run("Ana Berg, a Tarvik Times\nreporter, was arrested by police on Monday.")
    assert ("Ana Berg", "victim") in all_roles(x)  # before: no victim


# -- 4. a passive infinitive of belief tells victims, not suspects ----------------------------------------------
def accused(x: Extraction) -> bool:
    return any(e.type in ("arrest", "detention") and e.attributes.get("accused") for e in x.events)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men believed to have been tortured by soldiers in May.",
        "Police arrested two men thought to have been attacked by the gang.",
    ],
)
def test_a_passive_belief_makes_no_suspects(text: str) -> None:
    assert not accused(run(text))  # before: an arrest of suspects


def test_an_active_belief_still_makes_suspects() -> None:
    assert accused(run("Police arrested two men believed to have tortured Ana Berg in May."))


# -- 5. a noun taken up must be the doers', in their number, and not last told as the one harmed -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Two men attacked a man in Tarvik on Monday. Police arrested the man on Tuesday.",
        "A man attacked two men in Tarvik on Monday. Police arrested the men on Tuesday.",
    ],
)
def test_the_noun_of_the_one_harmed_is_no_doer_taken_up(text: str) -> None:
    assert not accused(run(text))  # before: the arrest of "the man" was of suspects


def test_the_noun_of_the_doers_is_still_taken_up() -> None:
    assert accused(run("A man attacked the reporter Ana Berg in Tarvik on Monday. Police arrested the man on Tuesday."))


# -- 6. the speaker is paid only when the demand is his own ------------------------------------------------------
def demand(x: Extraction) -> Event:
    [asked] = [e for e in x.events if e.type == "payment" and e.modality == "demanded"]
    return asked


def test_a_speaker_passing_on_anothers_demand_is_not_paid() -> None:
    x = run(
        "Her lawyer Karl Vos phoned Ana Berg and said: 'Pay 300 dollars at the police station and they will free "
        "your son.'"
    )
    assert ("Karl Vos", "recipient") not in roles(x, demand(x))  # before: the lawyer was paid


def test_a_speaker_who_says_we_is_still_paid() -> None:
    x = run("Ana Ruiz fled Tarvik in 2015. Karl Vos phoned her and said: 'Pay 300 dollars and we will free your son.'")
    assert ("Karl Vos", "recipient") in roles(x, demand(x))


@pytest.mark.parametrize("quote", ["'Pay 300 dollars and she will be freed.'", "'Pay 300 dollars or he dies.'"])
def test_a_lone_he_or_she_in_the_quotation_is_the_captive_not_a_third_party(quote: str) -> None:
    x = run(f"Ana Ruiz fled Tarvik in 2015. Karl Vos phoned her and said: {quote}")
    assert ("Karl Vos", "recipient") in roles(x, demand(x))


# -- 7. a deadline the parse reads as an agent, or inside its object --------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger", "latest"),
    [
        ("On Friday the kidnappers told Ana Berg: '500 dollars must be paid by Monday.'", "paid", PUBLISHED),
        (
            "On Friday the kidnappers told Ana Berg that her son would be released by March 14.",
            "released",
            date(2026, 3, 14),
        ),
        (
            "On Friday the kidnappers told Ana Berg that her son would be released by the end of the year.",
            "released",
            date(2026, 12, 31),
        ),
    ],
)
def test_a_deadline_read_as_an_agent_or_inside_its_object_ends_a_range(text: str, trigger: str, latest: date) -> None:
    [asked] = [e for e in run(text).events if e.trigger.text == trigger]
    assert asked.time is not None and asked.time.precision == "range"  # before: on that day, or the whole year
    assert asked.time.latest == latest


# -- 8. "the men behind the killing" when the parse hangs "behind" on the arrest ---------------------------------
def test_behind_a_crime_after_the_object_makes_suspects() -> None:
    assert accused(run("Police arrested the men behind the killing of Ana Berg."))  # before: no suspects


def test_behind_no_crime_after_the_object_makes_no_suspects() -> None:
    assert not accused(run("Police arrested the men behind the shop in Tarvik."))

"""Round 34 (invented sentences): an execution escaped once and suffered later, an interrogation as custody, and an
event told in the pluperfect after a dated sentence (docs/extraction.md, "Word senses and what may fill a role",
"Story time")."""

from __future__ import annotations

from datetime import date

from test_harms_read_right import of_type, victims
from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2020, 5, 1)))


def test_a_passive_joined_to_an_escape_is_no_performance() -> None:
    x = run("Park Chul-su narrowly escaped execution in 1998 but was executed in 2001.")
    done = [e for e in of_type(x, "execution") if e.modality == "asserted"]
    assert len(done) == 1 and done[0].time is not None and done[0].time.earliest.year == 2001
    assert victims(x, done[0]) == {"Park Chul-su"}


def test_a_performance_joined_to_an_active_verb_stays_none() -> None:
    x = run("Ivo Holm responded to his trainer and executed with precision.")
    assert not of_type(x, "execution")


def test_one_interrogated_is_held() -> None:
    x = run("Kim Young-hee was interrogated by the security police in 2005.")
    held = of_type(x, "detention")
    assert len(held) == 1 and victims(x, held[0]) == {"Kim Young-hee"}


def test_the_interrogation_of_someone_is_custody_but_not_of_data() -> None:
    assert of_type(run("The interrogation of Kim Young-hee lasted three days in 2005."), "detention")
    assert not of_type(run("Analysts interrogated the data in 2005."), "detention")


def test_a_pluperfect_stays_before_the_time_of_the_sentence_before() -> None:
    x = run("On 3 May 2010 Park Chul-su escaped to Seoul. His sister had been arrested by the police.")
    arrest = of_type(x, "arrest")
    assert len(arrest) == 1 and arrest[0].time is None


def test_a_pluperfect_after_a_dated_year_stays_in_it() -> None:
    x = run("In the late 1990s Park Chul-su lived in Hyesan. His brother had already died of starvation.")
    death = of_type(x, "death")
    assert len(death) == 1 and death[0].time is not None and death[0].time.earliest.year == 1995


def test_a_pluperfect_after_a_pluperfect_shares_its_time() -> None:
    x = run("On 3 May 1998 Kim Young-hee had crossed into China. She had been arrested there by the police.")
    arrest = of_type(x, "arrest")
    assert len(arrest) == 1 and arrest[0].time is not None and arrest[0].time.earliest == date(1998, 5, 3)


def test_a_simple_past_after_a_dated_sentence_takes_its_time() -> None:
    x = run("In 2010 Park Chul-su escaped to Seoul. His sister was arrested by the police.")
    arrest = of_type(x, "arrest")
    assert len(arrest) == 1 and arrest[0].time is not None and arrest[0].time.earliest.year == 2010


def test_an_undated_noun_of_a_persons_event_is_its_one_dated_occurrence() -> None:
    x = run(
        "Prior to her defection, Kim Young-hee was a teacher in Hyesan. Kim Young-hee defected on 3 May 2009. "
        "During her escape, she was shot by guards."
    )
    crossings = of_type(x, "border_crossing")
    assert len(crossings) == 1 and crossings[0].time is not None and crossings[0].time.earliest == date(2009, 5, 3)


def test_an_undated_noun_with_two_dated_occurrences_stays_apart() -> None:
    x = run(
        "After her arrest, Kim Young-hee lost her job. Police arrested Kim Young-hee in Hyesan in 1999. "
        "Soldiers arrested Kim Young-hee in Musan in 2004."
    )
    assert len(of_type(x, "arrest")) == 3


def test_a_ranked_noun_is_one_of_several() -> None:
    x = run("After her first arrest, Kim Young-hee lost her job. Police arrested Kim Young-hee in Hyesan in 1999.")
    assert len(of_type(x, "arrest")) == 2


def test_a_noun_of_another_word_is_not_the_dated_event() -> None:
    x = run("On 16 April Omar Lind was interrogated by police for four hours. His unjust detention comes amid a purge.")
    assert len(of_type(x, "detention")) == 2


def test_an_active_interrogation_holds_no_one() -> None:
    assert not of_type(run("Defence lawyers interrogated Ana Berg in court on Monday."), "detention")

"""Who speaks a quotation of several sentences, and whom its pronouns and a later "…, she said" can mean
(docs/extraction.md, "Machine-translated and careless text; gender; …": quotations and their speakers); and
"due to" before a noun, a cause rather than a schedule (docs/extraction.md, "Modality"). Invented sentences."""

from __future__ import annotations

from test_event_senses import of_type, run
from tumen.extract.types import Entity, Extraction

TESTIMONY = (
    "Park Sun-hee, 34, told us: “In 2008, my father was taken away by the security police. "
    "We never saw him again. My mother told me he had been sent to a political prison camp.”"
)


def _person(x: Extraction, label: str) -> Entity:
    return next(e for e in x.entities if e.kind == "person" and e.label.startswith(label))


def _victims(x: Extraction, event_type: str) -> set[str]:
    labels = {e.id: e.label for e in x.entities}
    return {labels[p.entity] for e in of_type(x, event_type) for p in e.participants if p.role == "victim"}


def test_a_relative_deep_in_a_quotation_is_the_speakers_who_opened_it() -> None:
    x = run(TESTIMONY)
    park = _person(x, "Park Sun-hee")
    mother = _person(x, "mother")
    assert mother.anchor == ("parent_of", park.id) or any(
        r.type == "child_of" and (r.subject, r.object) == (park.id, mother.id) for r in x.relations
    )


def test_he_in_the_quotation_is_the_relative_the_speaker_named_not_the_speaker() -> None:
    x = run(TESTIMONY)
    father = _person(x, "father").label
    assert _victims(x, "detention") == {father}  # "he had been sent to a … camp": the father, not Park
    assert _person(x, "Park Sun-hee").gender is None  # the father's "he" gives her no vote


def test_a_relative_named_in_a_quotation_before_its_named_speaker_is_known_to_later_pronouns() -> None:
    x = run("Choi Min-jung lives in Tarvik. “My son was arrested in 2010. He was beaten,” Choi said.")
    son = _person(x, "son").label
    assert _victims(x, "ill_treatment") | _victims(x, "torture") == {son}


def test_she_said_after_a_quotation_is_not_someone_met_only_inside_quotations() -> None:
    x = run(
        "Rights groups criticised the verdict. A director at the group, Lena Holm, called it shameful.\n"
        "“We do not want other writers to be treated like the jailed blogger Ardo Varga,” she said."
    )
    assert _person(x, "Ardo Varga").gender is None  # "she" is Holm, the speaker, not Varga


def test_due_to_before_a_noun_is_a_cause_and_the_harm_is_told() -> None:
    x = run("Tomas Berg lost his hearing due to his torture in prison.")
    harms = of_type(x, "ill_treatment") + of_type(x, "torture")
    assert harms and all(e.modality == "asserted" for e in harms)


def test_due_to_be_before_a_verb_is_still_a_schedule() -> None:
    x = run("Tomas Berg is due to be released in May.")
    assert [e.modality for e in of_type(x, "release")] == ["planned"]


def test_a_speaker_who_names_herself_in_the_quotation_is_the_she_who_said_it() -> None:
    x = run(
        "A woman spoke to reporters in Tarvik on Monday. “I am Mina Park. Guards tortured me in Hyesan in 2010,” "
        "she said. “Then they sent me to a camp,” she added."
    )
    assert _victims(x, "torture") == {"Mina Park"}
    assert _victims(x, "detention") == {"Mina Park"}


def test_a_pluperfect_under_a_verb_of_saying_keeps_the_story_time() -> None:
    x = run("Police arrested Ana Cruz in Lima on 3 May 2010. She said officers had beaten her in the police van.")
    beatings = of_type(x, "ill_treatment") + of_type(x, "torture")
    assert beatings and all(e.time is not None and e.time.earliest.year == 2010 for e in beatings)


def test_a_pluperfect_timed_by_its_own_clause_keeps_the_story_time() -> None:
    x = run("Police arrested Ana Cruz in Lima on 3 May 2010. By the time her lawyer arrived, officers had beaten her.")
    beatings = of_type(x, "ill_treatment") + of_type(x, "torture")
    assert beatings and all(e.time is not None and e.time.earliest.year == 2010 for e in beatings)


def test_questioned_by_lawyers_in_court_is_no_detention() -> None:
    x = run("Ana Cruz was interrogated by defence lawyers during the hearing on 3 May 2011.")
    assert not of_type(x, "detention")


def test_interrogated_by_police_about_a_killing_is_still_held() -> None:
    x = run("Ana Cruz was interrogated by police about the killing of her son on 3 May 2011.")
    assert _victims(x, "detention") == {"Ana Cruz"}

"""The violation labels of the HRDsAttack benchmark (benchmarks/hrdsattack.py): which events count as which
violation, on invented events."""

from __future__ import annotations

from typing import Any

import hrdsattack as hb


def test_a_sentence_to_a_term_is_the_custody_it_imposes() -> None:
    """ "Sentenced to two years in prison" is that detention; a sentence without a term stays a judicial harm."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def event(kind: str, **attributes: Any) -> Any:
        return SimpleNamespace(type=kind, attributes=attributes)

    assert hb.violation_label(event("sentencing", duration="P2Y"), mapping) == "arbitrary detention"
    assert hb.violation_label(event("sentencing"), mapping) == "other"
    assert hb.violation_label(event("trial", duration="P2Y"), mapping) == "other"
    assert hb.violation_label(event("arrest"), mapping) == "arbitrary detention"


def test_the_trial_of_one_whose_detention_is_told_is_filed_under_that_detention() -> None:
    """The charges, trial and sentence of a person the report also tells was arrested or held are that detention to
    the annotators; the trial of someone else stays a judicial harm of its own ("other")."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def event(kind: str, *victims: str) -> Any:
        parts = [SimpleNamespace(entity=v, role="victim") for v in victims]
        return SimpleNamespace(type=kind, attributes={}, participants=parts)

    arrest, trial, other_trial = event("arrest", "p1"), event("trial", "p1"), event("trial", "p2")
    labels = hb._labels([arrest, trial, other_trial], mapping)
    assert labels[id(trial)] == "arbitrary detention"
    assert labels[id(other_trial)] == "other"
    assert hb._labels([trial], mapping)[id(trial)] == "other"


def test_a_raid_in_the_sentence_of_an_arrest_or_abduction_is_the_means_of_that_harm() -> None:
    """ "Police raided the union's office and detained its chair", "gunmen raided the school and abducted forty
    pupils": the raid is how the harm was done, filed under it; a raid told in a sentence of its own, or with a harm
    it is not the means of, stays an "other" violation."""
    from types import SimpleNamespace

    rule = hb.Mapping.load(hb.DEFAULT_MAP)["violation_rule"]

    def event(kind: str, sentence: int) -> Any:
        return SimpleNamespace(type=kind, attributes={}, participants=[], evidence=[SimpleNamespace(start=sentence)])

    arrest, raid, other_raid = event("arrest", 0), event("raid", 0), event("raid", 120)
    assert hb._without_means([arrest, raid, other_raid], rule) == [arrest, other_raid]
    abduction, raid_with_abduction = event("abduction", 300), event("raid", 300)
    assert hb._without_means([abduction, raid_with_abduction], rule) == [abduction]
    threat, raid_with_threat = event("threat", 400), event("raid", 400)
    assert hb._without_means([threat, raid_with_threat], rule) == [threat, raid_with_threat]
    assert hb._without_means([raid], rule) == [raid]


def test_an_event_told_as_a_backdrop_is_no_violation_of_the_report() -> None:
    """ "Protests spread after the killing of X": the killing sets the scene; the report is about the protests."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def extraction(attributes: dict[str, Any]) -> Any:
        event = SimpleNamespace(
            type="killing", modality="asserted", attributes=attributes, participants=[], time=None, place=None
        )
        return SimpleNamespace(entities=[], events=[event], relations=[])

    assert hb.predict(extraction({}), None, mapping)["violation_types"] == ["killing"]
    assert "killing" not in hb.predict(extraction({"backdrop": True}), None, mapping)["violation_types"]


def test_torture_told_only_by_a_claim_gives_no_label() -> None:
    """ "Her family alleges she was tortured in custody": relayed, not labelled; torture charged against someone
    ("accused of torturing two activists") and a claimed killing still are."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def labels(kind: str, modality: str, **attributes: Any) -> list[str]:
        event = SimpleNamespace(
            type=kind, modality=modality, attributes=attributes, participants=[], time=None, place=None
        )
        extraction = SimpleNamespace(entities=[], events=[event], relations=[])
        return list(hb.predict(extraction, None, mapping)["violation_types"])

    assert "torture" not in labels("torture", "alleged")
    assert labels("torture", "alleged", charged=True) == ["torture"]
    assert labels("torture", "asserted") == ["torture"]
    assert labels("killing", "alleged") == ["killing"]


def test_a_disappearance_charged_as_a_kidnapping_is_that_kidnapping() -> None:
    """ "She went missing … he was charged with kidnapping her": a crime the state prosecutes, not a disappearance it
    enforced (tumen's ``charged_as``); a disappearance with no such charge stays an enforced disappearance."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def event(kind: str, **attributes: Any) -> Any:
        return SimpleNamespace(type=kind, attributes=attributes)

    assert hb.violation_label(event("disappearance", charged_as="abduction"), mapping) == "kidnapping"
    assert hb.violation_label(event("disappearance"), mapping) == "enforced disappearance"


def test_an_attempted_killing_is_the_attack_it_was() -> None:
    """ "He survived an attempted murder", "sentenced for attempted murder": no one was killed — the annotators file
    it as an attack ("other"); a killing told as done stays a killing."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def event(kind: str, modality: str) -> Any:
        return SimpleNamespace(type=kind, modality=modality, attributes={})

    assert hb.violation_label(event("killing", "attempted"), mapping) == "other"
    assert hb.violation_label(event("killing", "failed"), mapping) == "other"
    # an attempt told inside a claim ("he alleges he was the victim of an attempted lynching") is still an attack
    alleged_try = SimpleNamespace(type="killing", modality="alleged", attributes={"attempt": True})
    assert hb.violation_label(alleged_try, mapping) == "other"
    assert hb.violation_label(event("killing", "asserted"), mapping) == "killing"
    assert hb.violation_label(event("execution", "asserted"), mapping) == "killing"


def test_the_death_in_custody_of_one_held_is_a_killing() -> None:
    """ "Police arrested him … he died in their cell": the annotators file the death in custody of one the report
    tells was held as a killing; a death in custody of no one the report holds, and a plain death, are none."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def event(kind: str, victim: str, **attributes: Any) -> Any:
        parts = [SimpleNamespace(entity=victim, role="victim")]
        return SimpleNamespace(
            type=kind, modality="asserted", attributes=attributes, participants=parts, time=None, place=None
        )

    def labels(*events: Any) -> list[str]:
        told = [e for e in events if hb._violation(e, mapping)]
        return sorted({hb.violation_label(e, mapping) for e in hb._held_deaths(told, mapping)})

    arrest = event("arrest", "p1")
    assert labels(arrest, event("death", "p1", in_custody=True)) == ["arbitrary detention", "killing"]
    assert labels(arrest, event("death", "p2", in_custody=True)) == ["arbitrary detention"]
    assert labels(arrest, event("death", "p1")) == ["arbitrary detention"]


def test_a_plot_hatched_counts_as_the_crime_it_plots_and_a_plan_does_not() -> None:
    """ "Charged in the plot to kidnap the governor": the annotators file the conspiracy under the crime it plots
    (tumen's ``plotted`` on a planned event); a plan that is no plot ("planned to arrest her") stays out."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def extraction(attributes: dict[str, Any]) -> Any:
        event = SimpleNamespace(
            type="abduction", modality="planned", attributes=attributes, participants=[], time=None, place=None
        )
        return SimpleNamespace(entities=[], events=[event], relations=[])

    assert hb.predict(extraction({"plotted": True}), None, mapping)["violation_types"] == ["kidnapping"]
    assert hb.predict(extraction({}), None, mapping)["violation_types"] == ["unknown"]


def test_a_body_found_is_a_killing_label() -> None:
    """ "The body of a teenage girl was found in the house": the annotators file a death told by its finding as a
    killing (``violation_rule.found_deaths``); only the label, and only a finding told as a fact."""
    from types import SimpleNamespace

    import hrdsattack_labels as hl

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def extraction(modality: str, **attributes: Any) -> Any:
        death = SimpleNamespace(type="death", modality=modality, attributes=attributes, participants=[])
        return SimpleNamespace(events=[death])

    assert hl.found_killings(extraction("asserted", found=True), mapping) == {"killing"}
    assert hl.found_killings(extraction("asserted", found=True, cause="suicide"), mapping) == set()  # no killing
    assert hl.found_killings(extraction("hypothetical", found=True), mapping) == set()
    assert hl.found_killings(extraction("asserted"), mapping) == set()


def test_an_event_years_before_a_recent_attack_gives_no_label() -> None:
    """ "Police detained the editor on Sunday … in 2015 her colleague had been killed": the report is about the recent
    detention; the killing years before is its history (``violation_rule.past_events``), and gives no label. Told
    alone, with no recent violation, the old killing is what the report is about."""
    from datetime import date
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    published = date(2021, 6, 14)

    def event(kind: str, day: date, basis: str = "stated") -> Any:
        time = SimpleNamespace(earliest=day, latest=day, precision="day")
        return SimpleNamespace(
            type=kind, modality="asserted", attributes={}, participants=[], time=time, time_basis=basis, place=None
        )

    def labels(*events: Any) -> list[str]:
        extraction = SimpleNamespace(entities=[], events=list(events), relations=[])
        return list(hb.predict(extraction, published, mapping)["violation_types"])

    detained, killed = event("detention", date(2021, 6, 13)), event("killing", date(2015, 3, 2))
    assert labels(detained, killed) == ["arbitrary detention"]
    assert labels(killed) == ["killing"]
    assert labels(event("detention", date(2020, 6, 13)), killed) == ["arbitrary detention", "killing"]
    assert labels(detained, event("killing", date(2015, 3, 2), basis="inherited")) == ["arbitrary detention", "killing"]
    # a hearing set after the publication is no violation the report tells as done: the old killing stays
    assert labels(event("trial", date(2021, 7, 1)), killed) == ["killing", "other"]


def test_a_violation_told_without_an_event_is_a_perpetrator_mention() -> None:
    """ "The body of a teenage girl was found in the house": a label without a violation event of its own (a body
    found, a list of abuses) tells of an attack as an event does; the annotators mark a perpetrator mention."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def extraction(**attributes: Any) -> Any:
        death = SimpleNamespace(
            type="death", modality="asserted", attributes=attributes, participants=[], time=None, place=None
        )
        return SimpleNamespace(entities=[], events=[death], relations=[], aggregates=[], times=[])

    found = hb.predict(extraction(found=True), None, mapping)
    assert found["violation_types"] == ["killing"] and found["perpetrator_mention"] is True
    assert found["perpetrator_type"] == "state actor"  # the map default type
    assert hb.predict(extraction(), None, mapping)["perpetrator_mention"] is False

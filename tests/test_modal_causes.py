"""A bare event noun under the prepositions of a clause that "may", "might" or "could have" posits is as uncertain
as that clause (tumen.extract.modal_causes.modal_clause, through `cause_prepositions`): "he may have died as a
result of torture" posits a torture with the death, it tells none done. An event of particular ones ("the torture
he suffered"), one before the clause ("after torture"), a state one is in ("will remain in custody"), one a verb
leaves or makes good ("released from detention") and one under a modal that posits nothing ("could not walk as a
result of torture") stay told, and so does a cause without a modal. Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


def modalities(text: str, kind: str) -> list[str]:
    return [e.modality for e in run(text).events if e.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "The journalist Karl Vos may have died as a result of torture by the soldiers who held him.",
        "Doctors said Ana Berg could have died as a result of torture by the guards in Tarvik prison.",
    ],
)
def test_the_bare_cause_of_an_uncertain_clause_is_hypothetical(text: str) -> None:
    assert modalities(text, "torture") == ["hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "The journalist Karl Vos died as a result of torture by the soldiers who held him.",
        "The journalist Karl Vos may have died as a result of the torture by the soldiers who held him.",
    ],
)
def test_a_cause_told_or_of_particular_ones_stays_asserted(text: str) -> None:
    assert modalities(text, "torture") == ["asserted"]


def test_a_state_one_is_in_stays_told() -> None:
    # "in custody" is where he is and stays, not what the clause is posited from
    assert modalities("The officer Karl Vos will also remain in custody in Tarvik, the source said.", "detention") == [
        "asserted"
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Karl Vos could not walk for months as a result of torture in Tarvik prison.", "torture"),
        ("Ana Berg could not have children as a result of rape by soldiers in 2015.", "sexual_violence"),
        ("Ivo Lesk was arrested in 2010 and would later die of torture in custody.", "torture"),
        ("Karl Vos, who was detained in March, could be released from detention next week.", "detention"),
        ("The court ruled that the state must compensate Karl Vos for detention in Tarvik in 2018.", "detention"),
    ],
)
def test_a_cause_under_a_modal_that_posits_nothing_stays_told(text: str, kind: str) -> None:
    # a negated "could", a narrative "would", a "must"; a verb that leaves ("released from") what it is from
    assert "hypothetical" not in modalities(text, kind)

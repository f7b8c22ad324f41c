"""A claim by the one the event befell is their testimony, in English and Korean alike (docs/extraction.md,
"Modality" and "Korean"; tumen.extract.testimony): "Ana Berg claims she was beaten in custody" tells the beating
with her as witness, as "said" would; a claim by anyone else, or of the claimant's own deed, is alleged; a deed the
claimant denies is negated. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str, language: str) -> Extraction:
    return extract(Source(text, 1, language, date(2024, 3, 1)))


def of_type(x: Extraction, event_type: str) -> Event:
    [event] = [e for e in x.events if e.type == event_type]
    return event


def witness(x: Extraction, event: Event) -> str | None:
    said_by = event.evidence[0].witness
    return x.entity(said_by).name if said_by is not None else None


@pytest.mark.parametrize(
    ("text", "language", "event_type"),
    [
        ("Ana Berg claims she was beaten in custody.", "en", "torture"),
        ("Ana Berg was arrested in May. She claims she was beaten in custody.", "en", "torture"),
        ("The activist Ana Berg claims police beat her in custody.", "en", "torture"),
        ("The activist Ana Berg alleges police tortured her in Tarvik.", "en", "torture"),
        # the claimant the subject of the verb "claims" is joined to
        ("Ana Berg married at age 27 but claims her husband beat her.", "en", "ill_treatment"),
        # a passive subject the claim is joined to, a relative "who", a "they" standing for the victims
        ("Ana Berg was detained in May and claims she was tortured.", "en", "torture"),
        ("Ana Berg, who claims she was tortured, was released in June.", "en", "torture"),
        ("Ana Berg and Karl Vos were detained in May. They claim they were tortured.", "en", "torture"),
        ("한바다 씨는 2018년 탈북했다. 그는 구금 중 구타당했다고 주장했다.", "ko", "ill_treatment"),
        ("한바다 씨는 2019년 보위원들에게 고문당했다고 주장했다.", "ko", "torture"),
        ("한바다 씨는 보위원들이 2019년 자신을 고문했다고 주장했다.", "ko", "torture"),
    ],
)
def test_a_claim_by_the_one_it_befell_is_their_testimony(text: str, language: str, event_type: str) -> None:
    x = run(text, language)
    event = of_type(x, event_type)
    assert event.modality == "asserted", text
    assert witness(x, event) in ("Ana Berg", "한바다"), text


@pytest.mark.parametrize(
    ("text", "language", "event_type"),
    [
        ("Police claim the activist Karl Vos attacked officers.", "en", "attack"),
        ("The ministry claims guards beat the journalist Karl Vos in Tarvik.", "en", "ill_treatment"),
        ("Ana Berg claims police beat the student Karl Vos in custody.", "en", "torture"),
        ("당국은 한바다 씨가 2019년 경찰관을 폭행했다고 주장했다.", "ko", "ill_treatment"),
        ("가족들은 2019년 보위원들이 한바다 씨를 고문했다고 법정에서 거듭 주장했다.", "ko", "torture"),
        ("김민수 씨는 2019년 보위원들이 한바다 씨를 고문했다고 주장했다.", "ko", "torture"),
    ],
)
def test_a_claim_by_anyone_else_is_alleged(text: str, language: str, event_type: str) -> None:
    assert of_type(run(text, language), event_type).modality == "alleged", text


@pytest.mark.parametrize(
    ("text", "language", "event_type"),
    [
        ("The activist Karl Vos claims he crossed the border to find work.", "en", "border_crossing"),
        ("한바다 씨는 2019년 탈북했다고 주장했다.", "ko", "border_crossing"),
        # a suspicion is no testimony, even of what befell the one who suspects
        ("한바다 씨는 2019년 보위원들이 자신을 고문했다고 의심하고 있다.", "ko", "torture"),
    ],
)
def test_a_claim_of_ones_own_deed_or_a_suspicion_is_alleged(text: str, language: str, event_type: str) -> None:
    assert of_type(run(text, language), event_type).modality == "alleged", text


def test_a_deed_the_claimant_denies_is_negated() -> None:
    x = run("The activist Karl Vos claims he never crossed the border.", "en")
    assert [e.modality for e in x.events if e.type == "border_crossing"] == ["negated"]


def test_the_witness_of_an_own_account_is_its_claimant() -> None:
    x = run("Ana Berg claims she was beaten; her brother Karl Vos claims he was beaten too.", "en")
    beatings = sorted((e for e in x.events if e.type == "ill_treatment"), key=lambda e: e.evidence[0].start)
    assert [witness(x, e) for e in beatings] == ["Ana Berg", "Karl Vos"]

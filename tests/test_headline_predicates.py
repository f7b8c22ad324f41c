"""A headline drops the copula: "Activist Karl Vos missing after arrest", "Karl Vos's whereabouts unknown" state a
disappearance as "is missing" and "are unknown" do (tumen.extract.event_conditions.headline_predicate). Invented
sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import all_victims
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    "headline",
    ["Activist Karl Vos missing after arrest in Tarvik", "Journalist Karl Vos's whereabouts unknown"],
)
def test_a_headline_without_its_copula_states_a_disappearance(headline: str) -> None:
    assert all_victims(run(headline), "disappearance") == {"Karl Vos"}


@pytest.mark.parametrize(
    "headline", ["Karl Vos missing his family in Tarvik", "Karl Vos's plans unknown", "Karl Vos is missing the point"]
)
def test_missing_something_or_plans_unknown_is_no_disappearance(headline: str) -> None:
    assert not all_victims(run(headline), "disappearance")

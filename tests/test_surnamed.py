"""A person described and then "surnamed X" is X (docs/extraction.md, "surnamed"), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


@pytest.mark.parametrize(
    "text",
    [
        "Police caught a woman surnamed Vang in Holm last month.",
        "A woman was caught by police in Holm last month. The woman, surnamed Vang, had been hiding for two years.",
        "A man nicknamed Vang was caught by police in Tarvik last month.",
    ],
)
def test_the_one_surnamed_is_the_victim(text: str) -> None:
    x = extract(Source(text, 1, "en", date(2021, 7, 10)))
    [arrest] = [e for e in x.events if e.type == "arrest"]
    assert [x.entity(p.entity).name for p in arrest.participants if p.role == "victim"] == ["Vang"]

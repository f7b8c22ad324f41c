"""A claim by the one it befell is their testimony (docs/extraction.md, "Modality"), in English and Korean alike.

What a verb of claiming says ("claims", "alleges", 주장했다) is alleged — unless the claimant is among those the
event befell (``modality: own_account_roles`` in ``data/events.yaml``): "Ana Berg claims she was beaten in
custody", "한바다 씨는 구금 중 구타당했다고 주장했다" tell the beating, as "said" would, with her as its witness.
A claim by anyone else ("Police claim the activist attacked officers", "당국은 그가 간첩 행위를 했다고
주장했다"), or about the claimant's own deed ("he claims he crossed the border to find work"), stays alleged; a deed
the claimant denies ("he claims he never spied") is negated either way."""

from __future__ import annotations

from collections.abc import Iterable

from tumen.extract.event_lexicon import modality_words


def own_account(claimant: str | None, participants: Iterable[tuple[str, str]]) -> bool:
    """Whether the claimant (an entity id) is among the ``(entity, role)`` participants the event befell."""
    if claimant is None:
        return False
    roles = modality_words()["own_account_roles"]
    return any(entity == claimant and role in roles for entity, role in participants)

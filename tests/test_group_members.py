"""A group described by a role whose members the next sentence names. Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import named, run


def test_they_were_identified_as_names_the_members_of_the_group_before() -> None:
    extraction = run(
        "Police arrested two journalists who were covering the march in Varno. They were identified as Anna Berg,"
        " 35, and Ivo Holm, 26, and were questioned about their work."
    )
    assert named(extraction, "Anna Berg").descriptor == "journalist"
    assert named(extraction, "Ivo Holm").descriptor == "journalist"


def test_a_count_that_differs_or_two_groups_give_no_role() -> None:
    extraction = run(
        "Police arrested three journalists who were covering the march in Varno. They were identified as Anna Berg"
        " and Ivo Holm."
    )
    assert named(extraction, "Anna Berg").descriptor is None
    extraction = run(
        "Police arrested journalists and lawyers at the march in Varno. They were identified as Anna Berg and Ivo Holm."
    )
    assert named(extraction, "Anna Berg").descriptor is None

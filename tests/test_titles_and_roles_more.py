"""The titles Lady and Sir give a gender; publisher and environmentalist are descriptions. Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import named, run


def test_lady_and_sir_give_a_gender() -> None:
    extraction = run("Police in Tarvik arrested Lady Anwen Price and Sir Tobin Marsh on Monday.")
    assert named(extraction, "Lady Anwen Price").gender == "female"
    assert named(extraction, "Tobin Marsh").gender == "male"


def test_publisher_and_environmentalist_describe_a_person() -> None:
    extraction = run(
        "Lena Holt, the publisher of a weekly paper, was detained in Tarvik; so was environmentalist Rafe Dunmore."
    )
    assert named(extraction, "Lena Holt").descriptor == "publisher"
    assert named(extraction, "Rafe Dunmore").descriptor == "environmentalist"

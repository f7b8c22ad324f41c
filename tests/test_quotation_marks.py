"""The one reader of quotation marks (tumen.extract.quotation_marks; docs/extraction.md, "Who says what"): double
quotes, guillemets, and single quotes that are quotes, not apostrophes. Invented sentences."""

from __future__ import annotations

from tumen.extract.quotation_marks import (
    closing,
    depth,
    double_bounds,
    in_double,
    in_other,
    opened_on_line,
    other_quotations,
)


def _quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in other_quotations(text)]


def test_an_apostrophe_inside_a_word_closes_no_single_quotation() -> None:
    text = "She said: 'I didn't go, and I’ll stay.' Then she left."
    assert _quoted(text) == ["'I didn't go, and I’ll stay.'"]
    assert closing(text, "'", text.index("I didn't")) == text.index(".' Then") + 1
    assert in_other(text, text.index("stay")) and not in_other(text, text.index("Then"))


def test_a_left_single_quote_with_an_apostrophe_inside_is_a_quotation() -> None:
    text = "Ana Berg wrote: ‘They can’t take my son.’ I read it twice."
    assert _quoted(text) == ["‘They can’t take my son.’"]
    assert in_other(text, text.index("my son")) and not in_other(text, text.index("I read"))


def test_a_plural_possessive_or_a_clitic_opens_no_quotation() -> None:
    for text in ("We met at the Bergs' house in Tarvik.", "The '90s were hard.", "it 's over , we 'll go ."):
        assert _quoted(text) == [], text
    assert _quoted("Holm said it 's late , 'go home ' , and left .") == ["'go home '"]


def test_a_single_quotation_stays_in_its_paragraph() -> None:
    assert _quoted("He said: 'wait\n\nfor me,' and left.") == []
    assert _quoted("He said: 'wait\nfor me,' and left.") == ["'wait\nfor me,'"]


def test_guillemets_hold_a_quotation_with_spaces_inside() -> None:
    text = "Il a dit « je pars » puis « adieu »."
    assert _quoted(text) == ["« je pars »", "« adieu »"]
    assert in_other(text, text.index("je")) and not in_other(text, text.index("puis"))


def test_nested_quotations() -> None:
    text = "“He said: ‘Pay me 500 dollars,’ and then “go” away,” Ana Berg said. I left."
    assert _quoted(text) == ["‘Pay me 500 dollars,’"]
    assert in_double(text, text.index("away")) and depth(text, text.index("away")) == 1
    assert depth(text, text.index("go”")) == 2
    assert not in_double(text, text.index("Ana")) and not in_double(text, text.index("I left"))


def test_double_quotes_straight_and_curly_within_a_paragraph() -> None:
    text = 'Ana said "I was there" and “he left.\n\nIvo stayed.'
    assert in_double(text, text.index("was")) and not in_double(text, text.index("and"))
    assert in_double(text, text.index("left"))  # left open: to the end of its paragraph
    assert not in_double(text, text.index("Ivo"))
    assert double_bounds(text, text.index("was")) == (text.index('"I'), text.index('" and'))


def test_a_quotation_left_open_on_an_earlier_line_says_nothing_of_the_next() -> None:
    text = "“He left, Ana Berg said.\nShe said “he was taken” and then “they"
    assert not opened_on_line(text, text.index("She")) and not opened_on_line(text, text.index("and"))
    assert opened_on_line(text, text.index("was")) and opened_on_line(text, text.index("they"))

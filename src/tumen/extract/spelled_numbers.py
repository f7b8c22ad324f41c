"""A count written in words: "three hundred and seventeen", "twenty-five", "1.5 million". Read by
:mod:`specific_phrases` (how many a participant phrase counts) and by :func:`event_syntax.count_of` (how many people a
group noun counts)."""

from __future__ import annotations

from typing import Any

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
TEENS = ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
UNITS = {w: n for n, w in enumerate([*ONES, *TEENS])} | {w: 10 * n for n, w in enumerate(TENS, start=2)}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


def spelled(token: Any) -> tuple[int, int] | None:
    """ "three hundred and seventeen" -> (317, where the words start): the run of number words the token is
    part of."""
    doc = token.doc

    def part(i: int) -> bool:
        return 0 <= i < len(doc) and (doc[i].lower_ in UNITS or doc[i].lower_ in SCALES)

    def link(i: int) -> bool:  # "twenty-five", "three hundred and seventeen"
        return 0 < i < len(doc) and (doc[i].lower_ == "-" or (doc[i].lower_ == "and" and doc[i - 1].lower_ in SCALES))

    if not part(token.i):
        return None
    low = high = token.i
    while part(low - 1) or (link(low - 1) and part(low - 2)):
        low -= 1 if part(low - 1) else 2
    while part(high + 1) or (link(high + 1) and part(high + 2)):
        high += 1 if part(high + 1) else 2
    total, current = 0.0, 0.0
    figure = doc[low - 1].text.replace(",", "") if low > 0 and doc[low].lower_ in SCALES else ""
    if figure.replace(".", "", 1).isdigit():  # "1.5 million", "2 million"
        current, low = float(figure), low - 1
    for word in (t.lower_ for t in doc[low : high + 1] if t.lower_ in UNITS or t.lower_ in SCALES):
        if word in UNITS:
            current += UNITS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        else:
            total, current = total + max(current, 1) * SCALES[word], 0
    value = round(total + current)
    return (value, low) if value else None

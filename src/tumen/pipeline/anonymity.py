"""Which records are no one in particular ("a soldier"), asked record by record.

A statement of such a person may join a named person's fact (:mod:`tumen.corroborate.grouping`). An update
asks this of the principals it meets, not of the whole base: the records it resolves again are anonymous as
resolved now; any other as stored, looked up the first time it is asked and remembered for the update.
"""

from __future__ import annotations

from collections.abc import Iterable

from tumen.corroborate.supports import is_record
from tumen.store.casebase import CaseTables


class AnonymousRecords:
    """``key in records``: whether the record's person is anonymous (see the module doc)."""

    def __init__(self, tables: CaseTables, region: Iterable[str] = (), now: Iterable[str] = ()) -> None:
        self.tables = tables
        self.region = frozenset(region)  # resolved again by this update: stored anonymity is out of date
        self.now = frozenset(now)  # anonymous as resolved by this update
        self._stored: dict[str, bool] = {}

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str) or not is_record(key):
            return False
        if key in self.now or key in self.region:
            return key in self.now
        if key not in self._stored:
            self.learn([key])
        return self._stored[key]

    def learn(self, keys: Iterable[str | None]) -> None:
        """Look these records up at once (each is asked of the store once per update)."""
        wanted = {
            k
            for k in keys
            if k and is_record(k) and k not in self.now and k not in self.region and k not in self._stored
        }
        if wanted:
            found = self.tables.anonymous_among(wanted)
            self._stored.update({k: k in found for k in wanted})

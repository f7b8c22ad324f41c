"""Withdrawing a document (consent withdrawn, or a file that should never have come in).

In one transaction holding the case base's lock: the document's row (bytes, text, metadata), its
extraction and its full-text entry are deleted, a tombstone (its hashes, who, when, why) is chained,
and the case base forgets the document's rows and re-derives every person, fact and verdict that
depended on them. After the commit the store scrubs the freed space.
"""

from __future__ import annotations

from dataclasses import dataclass

from tumen.errors import TumenError
from tumen.pipeline.update import Updated, update
from tumen.store import Store, Withdrawn


@dataclass(frozen=True)
class Withdrawal:
    withdrawn: Withdrawn
    updated: Updated


def withdraw(store: Store, ref: str | int, reason: str, by: str) -> Withdrawal:
    reason = reason.strip()
    if not reason:
        raise TumenError("a withdrawal needs a reason (--reason)")
    doc_id = store.resolve(ref)
    with store.updating() as tables:
        withdrawn = store.remove_document(tables, doc_id, reason, by)
        updated = update(tables, [doc_id])
    store.scrub()
    return Withdrawal(withdrawn, updated)

"""tumen — an evidence engine for human-rights documentation.

Documents go in; people, events, times, places and amounts come out, each tied to
the exact sentence it came from, with how many independent sources confirm it.
The library comes first: :class:`tumen.api.Tumen` is the one object the CLI and the
web app call.
"""

from tumen.api import Tumen

__all__ = ["Tumen", "__version__"]
__version__ = "0.1.0"

"""How `tumen process` runs: the case-base update with the cyclic collector paused (and left as it was found), and
the warm-up a long-running process (the workbench) does at start."""

from __future__ import annotations

import gc
import sys

import pytest

from tumen.pipeline.process import collector_paused


def test_the_collector_is_off_inside_and_back_on_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_turns_the_collector_back_on() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("update failed")
    assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_absorb_updates_with_the_collector_paused(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from tumen import Tumen

    process_module = sys.modules["tumen.pipeline.process"]
    seen: list[bool] = []
    real_update = process_module.update

    def watching_update(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real_update(*args, **kwargs)

    monkeypatch.setattr(process_module, "update", watching_update)
    tumen = Tumen.init(f"{tmp_path}/s.db")
    process_module.absorb(tumen.store, [])
    assert seen == [False]
    assert gc.isenabled()


def test_warm_up_loads_the_language_model_the_first_document_needs() -> None:
    import subprocess

    script = (
        "from tumen.extract.nlp import english\n"
        "before = english.cache_info().currsize\n"
        "from tumen.pipeline.process import warm_up\n"
        "warm_up()\n"
        "print(before, english.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    assert out.split() == ["0", "1"]

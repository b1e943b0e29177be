"""The garbage-collection pause of bulk reads: overlapping pauses (the task runner's threads)
switch the collector back on only when the last one ends, and only if it was on."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from scoda_desktop.services.bulk import garbage_collection_paused


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_nested_pauses_end_with_the_outer_one() -> None:
    with garbage_collection_paused():
        assert not gc.isenabled()
        with garbage_collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_exception_still_ends_the_pause() -> None:
    with pytest.raises(ValueError), garbage_collection_paused():
        raise ValueError("the read failed")
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    with garbage_collection_paused():
        pass
    assert not gc.isenabled()


def test_pauses_on_two_threads_overlap() -> None:
    first_in, second_out, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with garbage_collection_paused():
            first_in.set()
            second_out.wait(5)
            seen.append(gc.isenabled())  # the other thread's pause ended: still off
        first_out.set()

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with garbage_collection_paused():
        pass
    second_out.set()
    first_out.wait(5)
    thread.join(5)
    assert seen == [False]
    assert gc.isenabled()

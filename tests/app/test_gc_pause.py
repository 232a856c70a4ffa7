"""Bulk work pauses the cycle collector and always resumes it, whatever happens meanwhile."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from app.services.gc_pause import collector_paused, pause_collector


def test_the_collector_is_off_inside_and_on_again_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_resumes_when_the_work_fails() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("the import failed half-way")
    assert gc.isenabled()


def test_with_two_jobs_at_once_the_collector_resumes_when_the_last_ends() -> None:
    first_inside, release = threading.Event(), threading.Event()

    def other_job() -> None:
        with collector_paused():
            first_inside.set()
            release.wait(timeout=5)

    thread = threading.Thread(target=other_job)
    thread.start()
    first_inside.wait(timeout=5)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the other job still runs
    release.set()
    thread.join()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_pause_ends_once_however_often_it_is_ended() -> None:
    resume_start = pause_collector()
    with collector_paused():
        resume_start()
        resume_start()  # a second call must not end the block's pause too
        assert not gc.isenabled()
    assert gc.isenabled()


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_promote_moves_what_the_job_leaves_to_the_oldest_generation_unwalked() -> None:
    with collector_paused(promote=True):
        kept = [_Node() for _ in range(100)]
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(node) in oldest for node in kept)
    assert gc.get_freeze_count() == 0  # nothing stays frozen
    assert gc.isenabled()


def test_without_promote_the_survivors_stay_young() -> None:
    gc.collect()  # counts at zero: no young collection right after the pause moves ``kept`` on
    with collector_paused():
        kept = _Node()
    assert any(o is kept for o in gc.get_objects(generation=0))


def test_promoted_garbage_cycles_are_still_collected() -> None:
    with collector_paused(promote=True):
        first, second = _Node(), _Node()
        first.other, second.other = second, first
        probe = weakref.ref(first)
        del first, second
    assert probe() is not None  # a cycle: reference counting alone leaves it
    gc.collect()
    assert probe() is None


def test_promote_asked_by_a_nested_job_applies_when_the_last_pause_ends() -> None:
    with collector_paused():
        with collector_paused(promote=True):
            pass
        kept = _Node()
    assert any(o is kept for o in gc.get_objects(generation=2))

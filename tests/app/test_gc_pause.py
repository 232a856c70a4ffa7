"""Bulk work pauses the cycle collector and always resumes it, whatever happens meanwhile."""

from __future__ import annotations

import gc
import threading

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

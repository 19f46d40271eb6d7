from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from examhub_desktop.core.timing import (
    AttemptTimer,
    FakeClock,
    SystemClock,
    Tick,
    TimeCheckpoint,
    deadline_at,
    elapsed_on_resume,
    format_remaining,
)

START = datetime(2025, 3, 1, 10, 0, tzinfo=UTC)
HOUR = 3600.0


def test_system_clock_is_utc_and_monotonic() -> None:
    clock = SystemClock()
    assert clock.now().tzinfo is UTC
    a = clock.monotonic()
    assert clock.monotonic() >= a


def test_fake_clock() -> None:
    clock = FakeClock(START, monotonic_start=50.0)
    clock.advance(10)
    assert (clock.now(), clock.monotonic()) == (START + timedelta(seconds=10), 60.0)
    clock.set_wall(START - timedelta(hours=1))
    assert (clock.now(), clock.monotonic()) == (START - timedelta(hours=1), 60.0)
    clock.sleep_system(30)
    assert clock.monotonic() == 60.0
    clock.reboot(5.0)
    assert clock.monotonic() == 5.0
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        clock.set_wall(datetime(2025, 1, 1))  # naive
    clock.set_wall(datetime(2025, 1, 1, 12, tzinfo=timezone(timedelta(hours=2))))
    assert clock.now() == datetime(2025, 1, 1, 10, tzinfo=UTC) and clock.now().tzinfo is UTC


def test_a_fresh_attempt_counts_down() -> None:
    clock = FakeClock(START)
    timer = AttemptTimer.start(clock, 30 * 60)
    assert timer.remaining() == 1800
    assert timer.started_at == START
    clock.advance(100)
    assert timer.remaining() == 1700
    assert timer.elapsed() == 100
    assert not timer.expired


def test_turning_the_clock_back_adds_no_time() -> None:
    clock = FakeClock(START)
    timer = AttemptTimer.start(clock, HOUR)
    clock.advance(600)
    clock.shift_wall(-2 * HOUR)
    assert timer.remaining() == HOUR - 600
    clock.advance(60)
    assert timer.remaining() == HOUR - 660


def test_turning_the_clock_forward_costs_time() -> None:
    clock = FakeClock(START)
    timer = AttemptTimer.start(clock, HOUR)
    clock.shift_wall(1200)
    assert timer.remaining() == HOUR - 1200


def test_system_sleep_counts() -> None:
    """CLOCK_MONOTONIC stops during suspend on Linux and macOS; the lid closed still costs time."""
    clock = FakeClock(START)
    timer = AttemptTimer.start(clock, HOUR)
    clock.advance(60)
    clock.sleep_system(600)
    assert timer.remaining() == HOUR - 660


@settings(deadline=None, max_examples=200)
@given(
    st.lists(
        st.tuples(st.sampled_from(["advance", "shift", "sleep"]), st.floats(min_value=-HOUR, max_value=HOUR)),
        max_size=30,
    )
)
def test_remaining_never_grows_and_real_time_is_never_lost(steps: list[tuple[str, float]]) -> None:
    clock = FakeClock(START)
    timer = AttemptTimer.start(clock, 2 * HOUR, warnings=())
    real = 0.0
    last = timer.remaining()
    for kind, amount in steps:
        if kind == "advance":
            clock.advance(abs(amount))
            real += abs(amount)
        elif kind == "shift":
            clock.shift_wall(amount)
        else:
            clock.sleep_system(abs(amount))
            real += abs(amount)
        now = timer.remaining()
        assert now is not None and last is not None
        assert now <= last
        assert timer.elapsed() >= real - 1e-5 * len(steps)  # datetimes keep microseconds
        last = now


def test_checkpoint_and_resume_after_a_crash() -> None:
    clock = FakeClock(START)
    timer = AttemptTimer.start(clock, HOUR)
    clock.advance(600)
    saved = timer.checkpoint()
    assert saved == TimeCheckpoint(START, 600.0, START + timedelta(seconds=600))
    clock.advance(30)  # the app ran a little more, then crashed
    clock.advance(300)  # closed for five minutes
    clock.reboot(7.0)  # a new process: its monotonic clock is unrelated
    resumed = AttemptTimer.resume(clock, saved, HOUR)
    assert resumed.remaining() == HOUR - 930
    assert resumed.started_at == START
    clock.advance(10)
    assert resumed.remaining() == HOUR - 940


def test_resume_with_the_clock_turned_back_while_closed_counts_no_negative_time() -> None:
    clock = FakeClock(START)
    timer = AttemptTimer.start(clock, HOUR)
    clock.advance(600)
    saved = timer.checkpoint()
    clock.set_wall(START - timedelta(days=1))
    resumed = AttemptTimer.resume(clock, saved, HOUR)
    assert resumed.remaining() == HOUR - 600


def test_an_attempt_whose_deadline_passed_while_closed_is_expired_on_resume() -> None:
    clock = FakeClock(START)
    timer = AttemptTimer.start(clock, HOUR)
    clock.advance(1000)
    saved = timer.checkpoint()
    clock.advance(5 * HOUR)
    clock.reboot()
    resumed = AttemptTimer.resume(clock, saved, HOUR)
    assert resumed.expired
    assert resumed.remaining() == 0
    tick = resumed.poll()
    assert tick.expired_now and tick.warning is None and tick.remaining == 0
    assert not resumed.poll().expired_now
    assert resumed.time_taken() == HOUR
    assert deadline_at(saved, HOUR) == START + timedelta(seconds=HOUR)


def test_elapsed_on_resume() -> None:
    saved = TimeCheckpoint(START, 100.0, START + timedelta(seconds=200))
    assert elapsed_on_resume(saved, START + timedelta(seconds=260)) == 160
    assert elapsed_on_resume(saved, START) == 100


def test_warnings_at_five_and_one_minute_then_expiry_exactly_once() -> None:
    clock = FakeClock(START)
    timer = AttemptTimer.start(clock, 10 * 60)
    events: list[tuple[float, Tick]] = []
    for second in range(0, 10 * 60 + 30):
        tick = timer.poll()
        if tick.warning is not None or tick.expired_now:
            events.append((second, tick))
        clock.advance(1)
    assert [(s, t.warning, t.expired_now) for s, t in events] == [
        (300, 300.0, False),
        (540, 60.0, False),
        (600, None, True),
    ]


def test_a_late_poll_reports_only_the_most_urgent_warning() -> None:
    clock = FakeClock(START)
    timer = AttemptTimer.start(clock, 10 * 60)
    assert timer.poll().warning is None
    clock.advance(9 * 60 + 30)
    assert timer.poll().warning == 60
    clock.advance(10)
    assert timer.poll() == Tick(remaining=20.0, elapsed=580.0)


def test_a_late_poll_after_expiry_reports_expiry_not_warnings() -> None:
    clock = FakeClock(START)
    timer = AttemptTimer.start(clock, 10 * 60)
    clock.advance(20 * 60)
    tick = timer.poll()
    assert tick.expired_now and tick.warning is None
    clock.advance(1)
    assert timer.poll() == Tick(remaining=0.0, elapsed=1201.0)


def test_warnings_longer_than_the_exam_never_fire() -> None:
    clock = FakeClock(START)
    timer = AttemptTimer.start(clock, 4 * 60)
    warnings = []
    for _ in range(5 * 60):
        tick = timer.poll()
        if tick.warning is not None:
            warnings.append(tick.warning)
        clock.advance(1)
    assert warnings == [60.0]


def test_resuming_inside_the_warning_window_warns_once() -> None:
    clock = FakeClock(START)
    saved = TimeCheckpoint(START, 50 * 60, START + timedelta(minutes=50))
    clock.set_wall(START + timedelta(minutes=57))
    timer = AttemptTimer.resume(clock, saved, HOUR)
    assert timer.poll().warning == 300
    clock.advance(30)
    assert timer.poll().warning is None
    clock.advance(120)
    assert timer.poll().warning == 60


def test_untimed_attempts_never_warn_or_expire() -> None:
    clock = FakeClock(START)
    timer = AttemptTimer.start(clock, None)
    clock.advance(100 * HOUR)
    tick = timer.poll()
    assert tick == Tick(remaining=None, elapsed=100 * HOUR)
    assert timer.remaining() is None and not timer.expired
    assert timer.time_taken() == 100 * HOUR
    assert timer.limit_seconds is None


@pytest.mark.parametrize("limit", [0, -5, float("inf"), float("nan")])
def test_bad_limits_are_refused(limit: float) -> None:
    with pytest.raises(ValueError):
        AttemptTimer.start(FakeClock(START), limit)


def test_checkpoint_json_round_trip_and_validation() -> None:
    saved = TimeCheckpoint(START, 12.5, START + timedelta(seconds=20))
    raw = saved.to_json()
    assert raw == {
        "started_at": "2025-03-01T10:00:00+00:00",
        "elapsed": 12.5,
        "saved_at": "2025-03-01T10:00:20+00:00",
    }
    assert TimeCheckpoint.from_json(raw) == saved
    for bad in ({}, {"started_at": "x", "elapsed": 1, "saved_at": "y"}, None, {**raw, "elapsed": -1}):
        with pytest.raises(ValueError):
            TimeCheckpoint.from_json(bad)
    with pytest.raises(ValueError):
        TimeCheckpoint(datetime(2025, 1, 1), 0, START)
    with pytest.raises(ValueError):
        TimeCheckpoint.from_json({**raw, "started_at": "2025-03-01T10:00:00"})  # naive


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (None, ""),
        (0, "0:00"),
        (-3, "0:00"),
        (0.2, "0:01"),
        (59.5, "1:00"),
        (299, "4:59"),
        (3600, "1:00:00"),
        (3723, "1:02:03"),
    ],
)
def test_format_remaining(seconds: float | None, shown: str) -> None:
    assert format_remaining(seconds) == shown

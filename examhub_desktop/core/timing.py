"""The exam deadline, on an injected clock, as a state machine the UI only polls.

Time counts up as `elapsed` seconds; what is stored is a TimeCheckpoint: the attempt's
wall-clock start, the elapsed seconds, and the wall-clock moment they were measured.

While the app runs, each poll adds max(monotonic step, wall-clock step) to `elapsed`:
- the monotonic clock cannot be turned back, so turning the system clock back adds no time;
- on Linux and macOS the monotonic clock stops while the laptop sleeps, but the wall clock
  does not, so closing the lid for ten minutes still costs ten minutes;
- turning the clock forward costs the student time, never gains it.
Between a checkpoint and a resume (crash, restart, app closed) there is no monotonic clock to
compare, so the wall-clock gap counts, and a negative gap (clock turned back) counts as 0.
An attempt whose time ran out while the app was closed is expired as soon as it resumes.

Warnings fire at 5 and at 1 minute left, each at most once; expiry is reported exactly once.
A poll that finds several thresholds crossed at once (the app was busy, or resumed late)
reports only the most urgent one. Thresholds at or above the whole time limit never fire.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

DEFAULT_WARNINGS: tuple[float, ...] = (300.0, 60.0)


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (its zero means nothing)."""
        ...

    def now(self) -> datetime:
        """The wall-clock time, timezone-aware, in UTC."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock for tests: time moves only when told to."""

    def __init__(self, start: datetime | None = None, monotonic_start: float = 1000.0) -> None:
        self._wall = _aware(start or datetime(2025, 1, 6, 9, 0, tzinfo=UTC))
        self._mono = monotonic_start

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        """Real time passes: both clocks move."""
        if seconds < 0:
            raise ValueError("Real time does not go backwards; use set_wall() to turn the clock back.")
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def set_wall(self, when: datetime) -> None:
        """Somebody sets the system clock (back or forward); the monotonic clock is unmoved."""
        self._wall = _aware(when)

    def shift_wall(self, seconds: float) -> None:
        self._wall += timedelta(seconds=seconds)

    def sleep_system(self, seconds: float) -> None:
        """The machine sleeps: the wall clock moves, CLOCK_MONOTONIC (Linux, macOS) does not."""
        self._wall += timedelta(seconds=seconds)

    def reboot(self, monotonic_start: float = 0.0) -> None:
        """A new process or boot: the monotonic clock restarts from an unrelated value."""
        self._mono = monotonic_start


def _aware(when: datetime) -> datetime:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("Times must be timezone-aware.")
    return when.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class TimeCheckpoint:
    """What an attempt stores to resume its clock: start, elapsed seconds, when measured."""

    started_at: datetime
    elapsed: float
    saved_at: datetime

    def __post_init__(self) -> None:
        _aware(self.started_at)
        _aware(self.saved_at)
        if not (math.isfinite(self.elapsed) and self.elapsed >= 0):
            raise ValueError("Elapsed time must be a finite number of seconds, at least 0.")

    def to_json(self) -> dict[str, Any]:
        return {
            "started_at": self.started_at.astimezone(UTC).isoformat(),
            "elapsed": self.elapsed,
            "saved_at": self.saved_at.astimezone(UTC).isoformat(),
        }

    @classmethod
    def from_json(cls, raw: Any) -> TimeCheckpoint:
        try:
            return cls(
                started_at=datetime.fromisoformat(raw["started_at"]),
                elapsed=float(raw["elapsed"]),
                saved_at=datetime.fromisoformat(raw["saved_at"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"A stored time checkpoint is malformed: {exc}") from None


def elapsed_on_resume(checkpoint: TimeCheckpoint, now: datetime) -> float:
    """Elapsed seconds at `now`: the checkpoint's, plus the wall-clock gap if it is positive."""
    gap = (_aware(now) - checkpoint.saved_at).total_seconds()
    return checkpoint.elapsed + max(0.0, gap)


def deadline_at(checkpoint: TimeCheckpoint, limit_seconds: float) -> datetime:
    """The wall-clock time at which the limit is (or was) reached, judged from a checkpoint.

    For an attempt that expired while the app was closed, this is its end time.
    """
    return checkpoint.saved_at + timedelta(seconds=limit_seconds - checkpoint.elapsed)


@dataclass(frozen=True, slots=True)
class Tick:
    """What one poll found: time left (None if untimed), a warning to show, expiry."""

    remaining: float | None
    elapsed: float
    warning: float | None = None  # the threshold (seconds) just crossed
    expired_now: bool = False


class AttemptTimer:
    """The clock of one attempt while the app runs. Poll it; store checkpoint() with answers."""

    def __init__(
        self,
        clock: Clock,
        checkpoint: TimeCheckpoint,
        limit_seconds: float | None,
        warnings: Sequence[float] = DEFAULT_WARNINGS,
    ) -> None:
        if limit_seconds is not None and not (math.isfinite(limit_seconds) and limit_seconds > 0):
            raise ValueError("A time limit must be a positive number of seconds.")
        self._clock = clock
        self._started_at = checkpoint.started_at
        self._limit = limit_seconds
        self._last_mono = clock.monotonic()
        self._last_wall = _aware(clock.now())
        self._elapsed = elapsed_on_resume(checkpoint, self._last_wall)
        limit = math.inf if limit_seconds is None else limit_seconds
        self._pending_warnings = sorted({w for w in warnings if 0 < w < limit}, reverse=True)
        self._expiry_reported = False

    @classmethod
    def start(
        cls, clock: Clock, limit_seconds: float | None, warnings: Sequence[float] = DEFAULT_WARNINGS
    ) -> AttemptTimer:
        now = _aware(clock.now())
        return cls(clock, TimeCheckpoint(now, 0.0, now), limit_seconds, warnings)

    @classmethod
    def resume(
        cls,
        clock: Clock,
        checkpoint: TimeCheckpoint,
        limit_seconds: float | None,
        warnings: Sequence[float] = DEFAULT_WARNINGS,
    ) -> AttemptTimer:
        return cls(clock, checkpoint, limit_seconds, warnings)

    @property
    def limit_seconds(self) -> float | None:
        return self._limit

    @property
    def started_at(self) -> datetime:
        return self._started_at

    def _advance(self) -> None:
        mono = self._clock.monotonic()
        wall = _aware(self._clock.now())
        mono_step = max(0.0, mono - self._last_mono)
        wall_step = (wall - self._last_wall).total_seconds()
        self._elapsed += max(mono_step, wall_step)
        self._last_mono, self._last_wall = mono, wall

    def elapsed(self) -> float:
        self._advance()
        return self._elapsed

    def remaining(self) -> float | None:
        """Seconds left, never below 0; None for an untimed attempt."""
        elapsed = self.elapsed()
        return None if self._limit is None else max(0.0, self._limit - elapsed)

    @property
    def expired(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0

    def time_taken(self) -> float:
        """Elapsed seconds, at most the limit (what the review shows as time taken)."""
        elapsed = self.elapsed()
        return elapsed if self._limit is None else min(elapsed, self._limit)

    def poll(self) -> Tick:
        elapsed = self.elapsed()
        if self._limit is None:
            return Tick(None, elapsed)
        remaining = max(0.0, self._limit - elapsed)
        if remaining <= 0:
            self._pending_warnings.clear()
            first = not self._expiry_reported
            self._expiry_reported = True
            return Tick(0.0, elapsed, expired_now=first)
        crossed = [w for w in self._pending_warnings if remaining <= w]
        if not crossed:
            return Tick(remaining, elapsed)
        self._pending_warnings = [w for w in self._pending_warnings if w not in crossed]
        return Tick(remaining, elapsed, warning=min(crossed))

    def checkpoint(self) -> TimeCheckpoint:
        """The state to store, measured now."""
        elapsed = self.elapsed()
        return TimeCheckpoint(self._started_at, elapsed, self._last_wall)


def format_remaining(seconds: float | None) -> str:
    """Time left as "1:02:03" or "4:59", rounded up so that "0:00" shows only when time is up."""
    if seconds is None:
        return ""
    total = max(0, math.ceil(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


__all__ = [
    "DEFAULT_WARNINGS",
    "AttemptTimer",
    "Clock",
    "FakeClock",
    "SystemClock",
    "Tick",
    "TimeCheckpoint",
    "deadline_at",
    "elapsed_on_resume",
    "format_remaining",
]

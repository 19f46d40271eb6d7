"""Running the same step on several "devices" at once, for the race tests.

A device is an AppContext of its own (its own engine and connections, as a second laptop or
a second Exam Hub process would have); `race` starts one thread per device and releases them
together through a barrier, so the steps really overlap inside the database. Also, run as a
module (`python -m tests.support.races ...`), the worker of the two-process SQLite test: it
hammers one attempt with answer saves from a process of its own and prints what happened.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

BARRIER_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class Outcome:
    value: Any = None
    error: BaseException | None = None


def race(steps: Sequence[Callable[[], Any]]) -> list[Outcome]:
    """Run every step in a thread of its own, all released at once; their outcomes in order."""
    barrier = threading.Barrier(len(steps), timeout=BARRIER_TIMEOUT_S)
    outcomes: list[Outcome] = [Outcome()] * len(steps)

    def run(i: int, step: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            outcomes[i] = Outcome(step())
        except BaseException as exc:  # the test decides which errors are allowed
            outcomes[i] = Outcome(error=exc)

    threads = [threading.Thread(target=run, args=(i, s), daemon=True) for i, s in enumerate(steps)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(BARRIER_TIMEOUT_S * 2)
        if t.is_alive():
            raise RuntimeError("a racing step did not finish")
    return outcomes


@dataclass
class SaveRace:
    """Counts of `race_answer_saves`."""

    lost: int = 0  # acknowledged answers that a later read did not find (must stay 0)
    stale: int = 0  # saves refused as stale (AttemptChanged), reloaded and sent again


def race_answer_saves(
    services: Sequence[Any],
    student: Any,
    attempt_id: str,
    qids: Sequence[str],
    stored: Callable[[], dict[str, Any]],
    *,
    rounds: int,
    with_revision: bool,
) -> SaveRace:
    """Two devices (AttemptServices) answer one attempt at the same moment, `rounds` times, on
    one question (even rounds) or two (odd). With `with_revision` each names the revision it
    last saw, as the runner does, and a stale one reloads and saves again; without, every save
    merges its questions into the locked row. `stored()` reads the attempt's answers back.
    Every acknowledged answer must be stored until a later acknowledged save replaces it."""
    from examhub_desktop.services.attempts import AttemptChanged

    seen = [0, 0]  # the revision each device last saw
    counts = SaveRace()

    def device(k: int, qid: str, value: str) -> tuple[str, str, int]:
        for _ in range(20):
            try:
                ack = services[k].save(
                    student,
                    attempt_id,
                    answers={qid: value},
                    expected_revision=seen[k] if with_revision else None,
                )
            except AttemptChanged:
                counts.stale += 1
                seen[k] = services[k].state(student, attempt_id).revision  # reload, keep `value`
                continue
            seen[k] = ack.revision
            return qid, value, ack.revision
        raise AssertionError("a device never got its answer saved")

    for r in range(rounds):
        qa, qb = qids[r % 4], qids[(r + r % 2) % 4]  # odd rounds: two questions, even: the same one
        outcomes = race([partial(device, 0, qa, f"a{r}"), partial(device, 1, qb, f"b{r}")])
        for o in outcomes:
            if o.error is not None:
                raise AssertionError(f"unexpected {type(o.error).__name__}: {o.error}") from o.error
        acks = [o.value for o in outcomes]
        answers = stored()
        for qid, value, revision in acks:
            newer = any(q == qid and rev > revision for q, _v, rev in acks)
            if answers.get(qid) != value and not newer:
                counts.lost += 1
    return counts


def hammer(
    data_dir: Path, url: str, attempt_id: str, user_id: str, qids: list[str], saves: int, start_at: float
) -> dict[str, Any]:
    """`saves` answer saves on `qids` in turn, starting at `start_at` (time.time()); a report."""
    from examhub_desktop.services.app import open_app
    from examhub_desktop.services.attempts import AttemptService
    from examhub_desktop.services.permissions import Principal, Role

    ctx = open_app(data_dir, url, upgrade=False)
    attempts = AttemptService(ctx)
    student = Principal(user_id, "student@school.org", Role.STUDENT)
    last: dict[str, str] = {}
    failures: list[str] = []
    slowest = 0.0
    _ = ctx.database  # the engine, made before the start so both processes begin writing together
    time.sleep(max(0.0, start_at - time.time()))
    for k in range(saves):
        qid = qids[k % len(qids)]
        value = f"{data_dir.name}-{k}"
        t = time.perf_counter()
        try:
            attempts.save(student, attempt_id, answers={qid: value})
            last[qid] = value
        except Exception as exc:
            failures.append(f"{type(exc).__name__}: {exc}")
        slowest = max(slowest, time.perf_counter() - t)
    ctx.close()
    return {"last": last, "failures": failures, "slowest_s": slowest}


if __name__ == "__main__":
    folder, db_url, attempt, user, ids, n, at = sys.argv[1:8]
    report = hammer(Path(folder), db_url, attempt, user, ids.split(","), int(n), float(at))
    print(json.dumps(report))

"""Time passing for attempts in tests, on the clock that counts for each database.

On SQLite the attempt service measures time with its own (injected, fake) clock; on PostgreSQL
the server's clock counts, which a test cannot move: attempts in progress are moved back by as
much instead, as if started and saved that much earlier.
"""

from __future__ import annotations

from sqlalchemy import text

from examhub_desktop.core.timing import FakeClock
from examhub_desktop.services.app import AppContext


def elapse(ctx: AppContext, clock: FakeClock, seconds: float) -> None:
    """`seconds` of real time pass for every attempt in progress."""
    clock.advance(seconds)
    if ctx.location.is_sqlite:
        return
    with ctx.uow() as uow:
        uow.session.execute(
            text(
                "UPDATE exam_attempts SET start_time = start_time - make_interval(secs => :s), "
                "checkpoint_at = checkpoint_at - make_interval(secs => :s) WHERE status = 'in_progress'"
            ),
            {"s": seconds},
        )
        uow.commit()

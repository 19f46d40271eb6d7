"""demo-data at seed scale: rows per second, against a bare sqlite3 executemany baseline.

Run by `make bench` (never by `make test`), or `python tests/benchmarks/bench_demo_data.py`.
The demo run opens a new data folder through open_app (migrated, the app's pragmas) and
generates `seed` (10k users, 1k exams, 50k questions, 100k attempts). The baseline then
inserts the very rows it wrote (read back first, untimed) into a new file with the same
schema (every table, index and search trigger), the same pragmas, in one transaction, with
sqlite3's executemany in chunks of the same size. Their ratio is what generating the data,
grading it and going through SQLAlchemy cost on top of SQLite itself. The target is only the
issue's: seed in under a minute.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bare_copy import copy_rows  # a sibling: benchmarks run as scripts

from examhub_desktop.services.app import open_app
from examhub_desktop.services.demo_data import CHUNK, generate

TABLES = ("users", "exams", "questions", "exam_attempts")
TARGET_SECONDS = 60.0


def baseline(source: Path, target: Path) -> tuple[int, float]:
    """Insert `source`'s demo rows into a fresh copy of its schema; rows and seconds."""
    return copy_rows(source, target, TABLES, CHUNK)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="examhub-bench-") as tmp:
        ctx = open_app(Path(tmp) / "demo")
        last = [0.0]

        def progress(stage: str, done: int, total: int) -> None:
            if time.perf_counter() - last[0] > 2 or done == total:
                last[0] = time.perf_counter()
                print(f"  {stage:<14} {done:>9,} / {total:,}", flush=True)

        summary = generate(ctx, "seed", progress=progress)
        ctx.close()
        db = Path(tmp) / "demo" / "examhub.db"
        size_mb = db.stat().st_size / 1e6
        rows, bare = baseline(db, Path(tmp) / "bare.db")
    assert rows == summary.rows, (rows, summary.rows)
    demo_rate, bare_rate = summary.rows / summary.seconds, rows / bare
    print(f"rows: {summary.rows:,} ({', '.join(f'{t} {n:,}' for t, n in summary.counts.items())})")
    print(f"database file: {size_mb:,.0f} MB")
    print(
        f"demo-data seed          {summary.seconds:7.2f} s  {demo_rate:>9,.0f} rows/s  "
        f"(target < {TARGET_SECONDS:.0f} s: {'met' if summary.seconds < TARGET_SECONDS else 'MISSED'})"
    )
    print(
        f"bare sqlite3 executemany {bare:6.2f} s  {bare_rate:>9,.0f} rows/s  (same rows, schema and pragmas)"
    )
    print(f"ratio demo / bare       {summary.seconds / bare:7.2f}x")


if __name__ == "__main__":
    main()

"""Full-text search of exams by title, description and question text, on either dialect.

SQLite: FTS5 tables kept in step by triggers (migration 0004), queried with every word
required and the last one as a prefix, so results follow the teacher's typing. PostgreSQL:
GIN expression indexes over to_tsvector('simple', ...) with a prefix tsquery.

The last word is the one still being typed, and a very short one narrows nothing while
costing the most: at `stretch` scale (500,000 questions) the first letter alone, "a*", matches
most questions, and every match costs one look-up of its exam in the FTS content table
(100-250 ms per keystroke, where longer words take 5-25 ms; tests/benchmarks/bench_library.py).
So a last word still being typed counts from MIN_PREFIX letters on, as a prefix; until then the
results are those of the words before it (or every exam). A short word finished by a space is
searched as a whole word ("pH ", "UK "); words before the last are whole words, as before.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, or_, text
from sqlalchemy.orm import Session

T = TypeVar("T", bound=Any)
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 8
MIN_PREFIX = 3  # the last word counts from this many letters on (see the module docstring)


def words(query: str) -> list[str]:
    return _WORD.findall(query.lower())[:MAX_WORDS]


def terms(query: str) -> list[tuple[str, bool]]:
    """(word, is_prefix) for each word to search, in order.

    The last word is a prefix once it has MIN_PREFIX letters. While it is shorter and still being
    typed (nothing follows it), it is left out: the search is the one from before it was begun.
    Finished with a space, a short word is searched as a whole word ("pH ", "UK ").
    """
    found = list(_WORD.finditer(query.lower()))
    if not found:
        return []
    typing = len(found) <= MAX_WORDS and found[-1].end() == len(query)
    found = found[:MAX_WORDS]
    last = found[-1].group()
    if typing and len(last) < MIN_PREFIX:
        return terms(query[: found[-1].start()])
    return [(m.group(), False) for m in found[:-1]] + [(last, len(last) >= MIN_PREFIX)]


def fts5_query(query: str) -> str | None:
    """`alg lin` -> `"alg" "lin"*`: every word required, the last one a prefix."""
    ts = terms(query)
    if not ts:
        return None
    return " ".join(f'"{w}"*' if prefix else f'"{w}"' for w, prefix in ts)


def tsquery(query: str) -> str | None:
    ts = terms(query)
    if not ts:
        return None
    return " & ".join(f"'{w}':*" if prefix else f"'{w}'" for w, prefix in ts)


def matching_exams(session: Session, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause on `Exam` for the search box, or None when the query has no words."""
    if session.get_bind().dialect.name == "sqlite":
        q = fts5_query(query)
        if q is None:
            return None
        in_exams = text("exams.rowid IN (SELECT rowid FROM exams_fts WHERE exams_fts MATCH :q1)").bindparams(
            q1=q
        )
        in_questions = text(
            "exams.id IN (SELECT exam_id FROM questions_fts WHERE questions_fts MATCH :q2)"
        ).bindparams(q2=q)
        return or_(in_exams, in_questions)
    tq = tsquery(query)
    if tq is None:
        return None
    # Spelled exactly as the GIN index expressions of migration 0004, so the planner uses them.
    in_exams = text(
        "to_tsvector('simple', exams.title || ' ' || coalesce(exams.description, '')) "
        "@@ to_tsquery('simple', :tq1)"
    ).bindparams(tq1=tq)
    in_questions = text(
        "exams.id IN (SELECT exam_id FROM questions WHERE "
        "to_tsvector('simple', coalesce(options->>'plain_text', question_text)) @@ to_tsquery('simple', :tq2))"
    ).bindparams(tq2=tq)
    return or_(in_exams, in_questions)


def apply_search(stmt: Select[T], session: Session, query: str) -> Select[T]:
    clause = matching_exams(session, query)
    return stmt if clause is None else stmt.where(clause)

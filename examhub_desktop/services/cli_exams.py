"""Exam commands for the command line: list the library, publish, archive or take back to draft,
and change an exam's settings (`examhub exams list|publish|archive|draft|set`).

Like the account commands (cli_admin.py), these act as the built-in administrator on a data
folder and as the `--as` account on a school server, through the library service and its
rules. An exam is named by its id or by the start of it, as git names commits.

`set` reads every option before it writes anything: a bad value is one message naming the
option, and the exam stays as it was. The exam's fields change in one update; extra time per
student is stored beside the exam, so it is written after that update.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from examhub_desktop.core.emails import normalise_email
from examhub_desktop.core.exam_rules import (
    GRADING_METHODS,
    REVIEW_PARTS,
    ExamRules,
    ReviewOptions,
    check_multiplier,
)
from examhub_desktop.core.i18n import translate
from examhub_desktop.db.models import Exam
from examhub_desktop.formats.native_json import settings_to_json
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.cli_admin import CLI_ADMIN
from examhub_desktop.services.errors import FieldError, NotFound, ServiceError
from examhub_desktop.services.library import (
    ExamDetail,
    ExamFields,
    ExamFilter,
    ExamRow,
    ExtraTime,
    LibraryService,
    rules_of,
    status_name,
)
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.users import UserService

CHUNK = 500  # ids per IN (...) list
# The command line's words (as typed after --review) for the model's names.
REVIEW_PART_WORDS = {part.replace("_", "-"): part for part in REVIEW_PARTS}
REVIEW_WHEN_WORDS = {"after-attempt": "after_attempt", "after-close": "after_close", "never": "never"}
# ExamFields.problems() keys -> the option that sets them
OPTION_OF_FIELD = {
    "max_attempts": "--max-attempts",
    "grading_method": "--grading-method",
    "opens_at": "--opens-at",
    "closes_at": "--closes-at",
    "duration_minutes": "--duration",
    "passing_score": "--passing-score",
}


@dataclass(frozen=True)
class SettingsChange:
    """`examhub exams set` options as typed; None (or empty) means "leave as it is"."""

    max_attempts: str | None = None
    grading_method: str | None = None
    practice: bool | None = None
    review: tuple[str, ...] = ()
    fullscreen: bool | None = None
    opens_at: str | None = None
    closes_at: str | None = None
    extra_time: tuple[str, ...] = ()
    public: bool | None = None
    duration: str | None = None
    passing_score: str | None = None


@dataclass(frozen=True)
class ExamListing:
    row: ExamRow
    rules: ExamRules


@dataclass(frozen=True)
class ExamSettings:
    detail: ExamDetail
    extra_time: tuple[ExtraTime, ...]


def bad_option(option: str, problem: str) -> FieldError:
    return FieldError(
        option,
        translate("ExamsCli", "{option}: {problem} Nothing was changed.").format(
            option=option, problem=problem
        ),
    )


class ExamsCli:
    def __init__(self, ctx: AppContext, actor: Principal = CLI_ADMIN) -> None:
        self.ctx = ctx
        self.actor = actor
        self.library = LibraryService(ctx)

    # ------------------------------------------------------------------ naming an exam
    def resolve(self, ref: str) -> str:
        """The id of the exam `ref` names: its whole id or an unambiguous start of it."""
        key = ref.strip().lower()
        if not key:
            raise NotFound(translate("ExamsCli", "Name an exam by its id or the start of it."))
        ids = self.library.exam_ids(self.actor, ExamFilter(sort="title", descending=False))
        if key in ids:
            return key
        found = [i for i in ids if i.startswith(key)]
        if len(found) == 1:
            return found[0]
        if not found:
            raise NotFound(
                translate("ExamsCli", "There is no exam whose id starts with {ref}.").format(ref=ref)
            )
        shown = self.library.exam_rows(self.actor, found[:5])
        names = ", ".join(f"{r.id} ({r.title})" for r in shown) + (", …" if len(found) > len(shown) else "")
        raise ServiceError(
            translate(
                "ExamsCli",
                "{ref} is the start of %n exams' ids: {names}. Give more of the id.",
                None,
                len(found),
            ).format(ref=ref, names=names)
        )

    # ------------------------------------------------------------------ reading
    def list(self) -> list[ExamListing]:
        """Every exam, by title, with its rules."""
        ids = self.library.exam_ids(self.actor, ExamFilter(sort="title", descending=False))
        listings: list[ExamListing] = []
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            rows = self.library.exam_rows(self.actor, chunk)  # checks the caller may list the library
            with self.ctx.uow().reading() as uow:
                rules = {
                    e.id: rules_of(e) for e in uow.session.scalars(select(Exam).where(Exam.id.in_(chunk)))
                }
            listings += [ExamListing(r, rules[r.id]) for r in rows if r.id in rules]
        return listings

    def settings(self, ref: str) -> ExamSettings:
        exam_id = self.resolve(ref)
        return self._settings(exam_id)

    def _settings(self, exam_id: str) -> ExamSettings:
        detail = self.library.get(self.actor, exam_id)
        return ExamSettings(detail, tuple(self.library.extra_time(self.actor, exam_id)))

    # ------------------------------------------------------------------ changing
    def set_status(self, ref: str, status: str) -> ExamDetail:
        exam_id = self.resolve(ref)
        self.library.set_status(self.actor, exam_id, status)
        return self.library.get(self.actor, exam_id)

    def change(self, ref: str, change: SettingsChange) -> ExamSettings:
        exam_id = self.resolve(ref)
        detail = self.library.get(self.actor, exam_id)
        fields = changed_fields(detail.fields, change)
        problems = fields.problems()
        if problems:
            key, message = next(iter(problems.items()))
            option = OPTION_OF_FIELD.get(key, key)
            if key == "closes_at" and change.closes_at is None and change.opens_at is not None:
                option = "--opens-at"
            raise bad_option(option, message)
        extra = [
            (self._student(email), multiplier) for email, multiplier in parse_extra_time(change.extra_time)
        ]
        if fields != detail.fields:
            self.library.update(self.actor, exam_id, fields)
        for user_id, multiplier in extra:
            self.library.set_extra_time(self.actor, exam_id, user_id, multiplier)
        return self._settings(exam_id)

    def _student(self, email: str) -> str:
        key = normalise_email(email)
        for row in UserService(self.ctx).list_users(self.actor, key):
            if row.email == key:
                return row.id
        raise bad_option(
            "--extra-time",
            translate("ExamsCli", "There is no account for {email}.").format(email=email.strip()),
        )


# ---------------------------------------------------------------------- reading the options


def changed_fields(fields: ExamFields, change: SettingsChange) -> ExamFields:
    """`fields` with what `change` gives; a value that cannot be read raises naming its option."""
    rules = fields.rules
    if change.max_attempts is not None:
        rules = replace(
            rules, max_attempts=_whole_or_none(change.max_attempts, "--max-attempts", "unlimited")
        )
    if change.grading_method is not None:
        method = change.grading_method.strip().lower()
        if method not in GRADING_METHODS:
            raise bad_option(
                "--grading-method",
                translate("ExamsCli", "{value} is not one of {names}.").format(
                    value=repr(change.grading_method), names=", ".join(GRADING_METHODS)
                ),
            )
        rules = replace(rules, grading_method=method)
    if change.practice is not None:
        rules = replace(rules, practice_allowed=change.practice)
    if change.review:
        rules = replace(rules, review=parse_review(rules.review, change.review))
    if change.fullscreen is not None:
        rules = replace(rules, fullscreen=change.fullscreen)
    if change.opens_at is not None:
        rules = replace(rules, opens_at=parse_moment(change.opens_at, "--opens-at"))
    if change.closes_at is not None:
        rules = replace(rules, closes_at=parse_moment(change.closes_at, "--closes-at"))
    fields = replace(fields, rules=rules)
    if change.public is not None:
        fields = replace(fields, is_public=change.public)
    if change.duration is not None:
        fields = replace(fields, duration_minutes=_whole_or_none(change.duration, "--duration", "untimed"))
    if change.passing_score is not None:
        score = _whole_or_none(change.passing_score.strip().removesuffix("%"), "--passing-score", None)
        fields = replace(fields, passing_score=score)
    return fields


def _whole_or_none(raw: str, option: str, none_word: str | None) -> int | None:
    text = raw.strip().lower()
    if none_word is not None and text in (none_word, "none"):
        return None
    try:
        return int(text)
    except ValueError:
        if none_word is None:
            problem = translate("ExamsCli", "{value} is not a whole number.")
        else:
            problem = translate("ExamsCli", "{value} is not a whole number or {word}.")
        raise bad_option(option, problem.format(value=repr(raw), word=none_word)) from None


def parse_review(review: ReviewOptions, items: Sequence[str]) -> ReviewOptions:
    """`PART=WHEN` items applied in order; PART `all` sets every part."""
    for item in items:
        part_word, equals, when_word = item.partition("=")
        part_word = part_word.strip().lower().replace("_", "-")
        when_word = when_word.strip().lower().replace("_", "-")
        if not equals or (part_word != "all" and part_word not in REVIEW_PART_WORDS):
            raise bad_option(
                "--review",
                translate("ExamsCli", "{value} should be PART=WHEN with PART one of {parts}.").format(
                    value=repr(item), parts=", ".join([*REVIEW_PART_WORDS, "all"])
                ),
            )
        if when_word not in REVIEW_WHEN_WORDS:
            raise bad_option(
                "--review",
                translate("ExamsCli", "{value}: WHEN should be one of {whens}.").format(
                    value=repr(item), whens=", ".join(REVIEW_WHEN_WORDS)
                ),
            )
        when = REVIEW_WHEN_WORDS[when_word]
        parts = REVIEW_PARTS if part_word == "all" else (REVIEW_PART_WORDS[part_word],)
        review = replace(review, **dict.fromkeys(parts, when))
    return review


def parse_moment(raw: str, option: str) -> datetime | None:
    """ISO 8601 (a time without an offset is this computer's local time) as UTC; `none`: not set."""
    text = raw.strip()
    if text.lower() == "none":
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise bad_option(
            option,
            translate(
                "ExamsCli", "{value} is not a date and time such as 2030-06-01T09:00 (ISO 8601), or none."
            ).format(value=repr(raw)),
        ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.astimezone()  # a naive time is local time
    return moment.astimezone(UTC)


def parse_extra_time(items: Sequence[str]) -> list[tuple[str, float | None]]:
    """`EMAIL=MULTIPLIER` items; `EMAIL=1` or `EMAIL=none` takes the extra time away (None)."""
    out: dict[str, float | None] = {}
    for item in items:
        email, equals, raw = item.rpartition("=")
        text = raw.strip().lower()
        if not equals or not email.strip():
            raise bad_option(
                "--extra-time",
                translate(
                    "ExamsCli", "{value} should be EMAIL=MULTIPLIER, such as pupil@school.org=1.5."
                ).format(value=repr(item)),
            )
        if text == "none":
            out[email.strip()] = None
            continue
        try:
            multiplier = float(text)
        except ValueError:
            multiplier = float("nan")
        if problem := check_multiplier(multiplier):
            raise bad_option(
                "--extra-time",
                translate("ExamsCli", "{value}: {problem}").format(value=repr(item), problem=problem),
            )
        out[email.strip()] = None if multiplier == 1 else multiplier
    return list(out.items())


# ---------------------------------------------------------------------- printing


def _local(moment: datetime | None, *, with_offset: bool = False) -> str:
    if moment is None:
        return translate("ExamsCli", "not set")
    local = moment.astimezone()
    return local.isoformat(timespec="minutes") if with_offset else local.strftime("%Y-%m-%d %H:%M")


def _yes(flag: bool) -> str:
    return translate("ExamsCli", "yes") if flag else translate("ExamsCli", "no")


def _word(name: str) -> str:
    return name.replace("_", "-")


def review_words(review: ReviewOptions) -> str:
    """The review options as the `--review` values that give them: `all=WHEN` then the exceptions."""
    whens = [getattr(review, part) for part in REVIEW_PARTS]
    common = max(whens, key=whens.count)
    items = [f"all={_word(common)}"]
    items += [
        f"{_word(part)}={_word(when)}"
        for part, when in zip(REVIEW_PARTS, whens, strict=True)
        if when != common
    ]
    return ",".join(items)


def _attempts_allowed(rules: ExamRules) -> str:
    return "unlimited" if rules.max_attempts is None else str(rules.max_attempts)


def _duration(minutes: int | None) -> str:
    return "untimed" if minutes is None else translate("ExamsCli", "{minutes} min").format(minutes=minutes)


def table(listings: Sequence[ExamListing]) -> list[str]:
    """An aligned table, one exam a line, the title last."""
    header = [
        translate("ExamsCli", "ID"),
        translate("ExamsCli", "STATUS"),
        translate("ExamsCli", "PUBLIC"),
        translate("ExamsCli", "QUESTIONS"),
        translate("ExamsCli", "DURATION"),
        translate("ExamsCli", "ATTEMPTS"),
        translate("ExamsCli", "ALLOWED"),
        translate("ExamsCli", "GRADING"),
        translate("ExamsCli", "PRACTICE"),
        translate("ExamsCli", "FULL-SCREEN"),
        translate("ExamsCli", "OPENS"),
        translate("ExamsCli", "CLOSES"),
        translate("ExamsCli", "REVIEW"),
        translate("ExamsCli", "TITLE"),
    ]
    lines = [header]
    for item in listings:
        row, rules = item.row, item.rules
        lines.append(
            [
                row.id,
                status_name(row.status),
                _yes(row.is_public),
                str(row.total_questions),
                _duration(row.duration_minutes),
                str(row.attempts),
                _attempts_allowed(rules),
                rules.grading_method,
                _yes(rules.practice_allowed),
                _yes(rules.fullscreen),
                _local(rules.opens_at) if rules.opens_at else "-",
                _local(rules.closes_at) if rules.closes_at else "-",
                review_words(rules.review),
                row.title,
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    return [
        "  ".join([*(c.ljust(w) for c, w in zip(line, widths, strict=False)), line[-1]]) for line in lines
    ]


def _utc(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()


def listing_json(listings: Sequence[ExamListing]) -> str:
    """A JSON array, the same keys for every exam; times ISO 8601 in UTC (settings as in the
    native format's "settings")."""
    out: list[dict[str, Any]] = [
        {
            "id": item.row.id,
            "title": item.row.title,
            "status": item.row.status,
            "is_public": item.row.is_public,
            "questions": item.row.total_questions,
            "duration_minutes": item.row.duration_minutes,
            "passing_score": item.row.passing_score,
            "attempts": item.row.attempts,
            "updated_at": _utc(item.row.updated_at),
            "settings": settings_to_json(item.rules),
        }
        for item in listings
    ]
    return json.dumps(out, ensure_ascii=False, indent=2)


def describe(settings: ExamSettings) -> list[str]:
    """An exam's settings, one a line, in the words `examhub exams set` takes."""
    d, fields = settings.detail, settings.detail.fields
    rules = fields.rules
    extra = ", ".join(f"{e.email}={e.time_multiplier:g}" for e in settings.extra_time)
    pairs = [
        (translate("ExamsCli", "exam"), f"{d.id} {fields.title}"),
        (translate("ExamsCli", "status"), status_name(d.status)),
        (translate("ExamsCli", "public"), _yes(fields.is_public)),
        (translate("ExamsCli", "duration"), _duration(fields.duration_minutes)),
        (
            translate("ExamsCli", "passing score"),
            "-" if fields.passing_score is None else f"{fields.passing_score}%",
        ),
        (translate("ExamsCli", "attempts allowed"), _attempts_allowed(rules)),
        (translate("ExamsCli", "grading method"), rules.grading_method),
        (translate("ExamsCli", "practice"), _yes(rules.practice_allowed)),
        (translate("ExamsCli", "review"), review_words(rules.review)),
        (translate("ExamsCli", "full-screen"), _yes(rules.fullscreen)),
        (translate("ExamsCli", "opens at"), _local(rules.opens_at, with_offset=True)),
        (translate("ExamsCli", "closes at"), _local(rules.closes_at, with_offset=True)),
        (translate("ExamsCli", "extra time"), extra or translate("ExamsCli", "none")),
    ]
    width = max(len(label) for label, _ in pairs)
    return [f"{(label + ':').ljust(width + 1)} {value}" for label, value in pairs]


__all__ = [
    "ExamListing",
    "ExamSettings",
    "ExamsCli",
    "SettingsChange",
    "changed_fields",
    "describe",
    "listing_json",
    "parse_extra_time",
    "parse_moment",
    "parse_review",
    "table",
]

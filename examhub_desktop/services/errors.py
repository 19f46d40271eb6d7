"""Errors a user can act on. Front ends show their message; anything else is a bug."""

from __future__ import annotations

from examhub_desktop.db.location import DatabaseProblem


class ServiceError(Exception):
    """A rule of the application refused the request; the message says which and why."""


class FieldError(ServiceError):
    """A form field is wrong; `field` names it so a dialog can show the message beside it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class PermissionDenied(ServiceError):
    """The caller's role may not do this."""


class NotFound(ServiceError):
    """The thing asked for does not exist (any more)."""


KNOWN_ERRORS: tuple[type[Exception], ...] = (DatabaseProblem, ServiceError)


def is_known(exc: BaseException) -> bool:
    """A failure the user can act on (its message says how); anything else is a bug.

    Driver errors reach here already classified: the unit of work turns the SQLite result
    codes and PostgreSQL SQLSTATEs listed in `db/errors.py` into `DatabaseProblem`, and lets
    every other driver error (a SQL bug such as "no such column") pass as it is.
    """
    return isinstance(exc, KNOWN_ERRORS)


__all__ = [
    "KNOWN_ERRORS",
    "DatabaseProblem",
    "FieldError",
    "NotFound",
    "PermissionDenied",
    "ServiceError",
    "is_known",
]

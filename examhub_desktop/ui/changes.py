"""What a write changed, as a value: views refresh only for the kinds of rows they show.

Anki's OpChanges in small: one frozen value per successful operation, broadcast app-wide
(`MainWindow.data_changed`), instead of string topics defined in several modules that a
listener had to know by heart.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    exams: bool = False
    questions: bool = False
    attempts: bool = False
    users: bool = False
    settings: bool = False

    @classmethod
    def everything(cls) -> Changes:
        return cls(**{f.name: True for f in fields(cls)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def touches(self, *kinds: str) -> bool:
        """Whether any of `kinds` (field names) changed; a view passes the kinds it shows."""
        unknown = set(kinds) - {f.name for f in fields(self)}
        if unknown:
            raise ValueError(f"unknown kinds of change: {sorted(unknown)}")
        return any(getattr(self, kind) for kind in kinds)


EXAMS = Changes(exams=True)
QUESTIONS = Changes(questions=True)
EXAMS_AND_QUESTIONS = Changes(exams=True, questions=True)
ATTEMPTS = Changes(attempts=True)
USERS = Changes(users=True)
SETTINGS = Changes(settings=True)

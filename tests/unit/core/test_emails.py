"""E-mail addresses as account names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from examhub_desktop.core.emails import email_problem, normalise_email


@pytest.mark.parametrize(
    "email",
    [
        "ada@school.org",
        "Ada.Lovelace+maths@sub.school.co.uk",
        "o'brien@example.ie",
        "x@y.io",
        " pad@school.org ",
    ],
)
def test_usable(email: str) -> None:
    assert email_problem(email) is None


@pytest.mark.parametrize(
    ("email", "says"),
    [
        ("", "Enter an e-mail address"),
        ("ada.school.org", "needs an @"),
        ("@school.org", "before the @"),
        ("ada@localhost", "needs a dot"),
        ("ada@@school.org", "not a valid"),
        ("ada@school..org", "not a valid"),
        (".ada@school.org", "not a valid"),
        ("ada@-school.org", "not a valid"),
        ("ada@school.o", "not a valid"),
        ("a b@school.org", "not a valid"),
        ("x" * 65 + "@school.org", "longer than 64"),
        ("x" * 60 + "@" + "d" * 200 + ".org", "longer than 255"),
    ],
)
def test_problems_name_the_cause(email: str, says: str) -> None:
    problem = email_problem(email)
    assert problem is not None and says in problem


def test_normalised_for_comparison() -> None:
    assert normalise_email("  Ada@School.ORG ") == "ada@school.org"


@given(st.text(max_size=300))
def test_any_text_gives_an_answer(text: str) -> None:
    problem = email_problem(text)
    assert problem is None or isinstance(problem, str)
    if problem is None:
        assert "@" in text and len(text.strip()) <= 255

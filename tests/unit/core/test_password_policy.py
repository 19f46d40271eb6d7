from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from examhub_desktop.core.password_policy import (
    MAX_LENGTH,
    MIN_LENGTH,
    check_password,
    email_name,
    estimate_bits,
    load_common_passwords,
)

SHIPPED = Path(__file__).resolve().parents[3] / "resources" / "common-passwords.txt"


@pytest.fixture(scope="module")
def common() -> frozenset[str]:
    return load_common_passwords(SHIPPED)


def test_the_shipped_list_has_ten_thousand_passwords_and_a_licence(common: frozenset[str]) -> None:
    assert len(common) == 10_000
    assert {"password", "123456", "qwerty", "iloveyou", "1234567890", "basketball"} <= common
    licence = SHIPPED.with_name("common-passwords.LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "SecLists" in licence


def test_load_skips_blanks_and_comments_and_folds_case(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("# a comment\n\nHunter2\n  dragon  \n", encoding="utf-8")
    assert load_common_passwords(path) == frozenset({"hunter2", "dragon"})


@pytest.mark.parametrize(
    "password",
    [
        "correct horse battery staple",
        "kG7#pQ2!zW9x",
        "Bl\u00e5b\u00e6rsyltet\u00f8y 2019",
        "dragon8362917465",  # a common word with a long, non-trivial tail
    ],
)
def test_good_passwords_pass(password: str, common: frozenset[str]) -> None:
    result = check_password(password, email="ann.lee@example.org", common=common)
    assert result.ok and result.reasons == ()
    assert result.strength >= 3


def test_too_short(common: frozenset[str]) -> None:
    result = check_password("Zq8#kL1", common=common)
    assert result.reasons == (f"Use at least {MIN_LENGTH} characters (this password has 7).",)
    assert result.strength <= 1


def test_too_long() -> None:
    result = check_password("x" * (MAX_LENGTH + 1))
    assert result.reasons == (f"Use at most {MAX_LENGTH} characters.",)


@pytest.mark.parametrize("password", ["basketball", "BasketBall", "1234567890", "qwertyuiop"])
def test_common_passwords_are_refused_whatever_their_case(password: str, common: frozenset[str]) -> None:
    result = check_password(password, common=common)
    assert any("most common passwords" in r for r in result.reasons)
    assert result.strength == 0


@pytest.mark.parametrize(
    "password",
    ["Password2024!", "p@ssw0rd123", "!!dragon99!!", "Sunshine123456789", "B4sk3tb4ll!", "iloveyou1234"],
)
def test_common_passwords_dressed_up_are_refused(password: str, common: frozenset[str]) -> None:
    result = check_password(password, common=common)
    assert any("common password with a few characters" in r for r in result.reasons), result
    assert result.strength == 0


@pytest.mark.parametrize(
    "password", ["aaaaaaaaaaaa", "abcdefghijkl", "9876543210", "abcabcabcabc", "121212121212", "qwertyuiopas"]
)
def test_trivial_runs_are_refused(password: str) -> None:
    result = check_password(password)
    assert "Avoid repeated characters and simple sequences such as aaaa, 1234 or qwerty." in result.reasons
    assert result.strength == 0


@pytest.mark.parametrize(
    ("password", "email", "refused"),
    [
        ("john.smith-rocks-42", "John.Smith@example.org", True),
        ("my JOHN.SMITH pass", "john.smith@example.org", True),
        ("bob likes long walks", "bob@example.org", True),
        ("a strong passphrase", "jo@example.org", False),  # a two-letter name is not checked
        ("smith family holiday", "john.smith@example.org", False),  # only the whole name part
        ("anything goes here!", "", False),
    ],
)
def test_email_name_is_not_allowed(password: str, email: str, refused: bool) -> None:
    result = check_password(password, email=email)
    assert ("The password must not contain the name part of your email address." in result.reasons) is refused
    if refused:
        assert result.strength <= 1


def test_email_name() -> None:
    assert email_name("John.Smith@example.org") == "John.Smith"
    assert email_name('"a@b"@example.org') == '"a@b"'
    assert email_name("no-at-sign") == "no-at-sign"


def test_several_reasons_are_all_given(common: frozenset[str]) -> None:
    result = check_password("password", email="password@example.org", common=common)
    assert len(result.reasons) == 3


def test_strength_grows_with_length_and_variety() -> None:
    assert check_password("abcdefghij").strength == 0
    assert estimate_bits("") == 0
    assert estimate_bits("kdjrhwnqpz") < estimate_bits("kdjrhwnqpzmxbvt")
    assert estimate_bits("kdjrhwnqpz") < estimate_bits("kDj7hW#qpz")
    assert estimate_bits("aaaaaaaaaaaaaaaa") < estimate_bits("aq") * 8


@settings(deadline=None, max_examples=200)
@given(st.text(max_size=40), st.emails() | st.just(""))
def test_strength_is_0_to_4_and_refused_passwords_never_look_strong(password: str, email: str) -> None:
    result = check_password(password, email=email, common=frozenset({"password", "dragon"}))
    assert 0 <= result.strength <= 4
    if not result.ok:
        assert result.strength <= 1
    assert all(r.endswith(".") for r in result.reasons)

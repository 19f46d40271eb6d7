"""Argon2id password hashing and the random secrets of accounts.

Parameters: Argon2id, 64 MiB, 3 passes, 1 lane. That is above OWASP's minimum (19 MiB, 2
passes) and measured here at about 120 ms per verify (2-core machine), inside the 50-250 ms
window: slow for an attacker with a stolen database, quick enough for a person. Hashes made
with other parameters are upgraded at the next successful sign-in (`needs_rehash`).

Tokens (kept sessions) are 256-bit random; codes sent by e-mail are short enough to type.
Only SHA-256 digests of either are stored (`secrets.digest`).
"""

from __future__ import annotations

import functools
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

TIME_COST = 3
MEMORY_COST_KIB = 64 * 1024
PARALLELISM = 1

_hasher = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_COST_KIB, parallelism=PARALLELISM)


@functools.cache
def _dummy_hash() -> str:
    """Verifying an unknown e-mail against this costs the same as a real verify, so a wrong
    e-mail and a wrong password take about the same time. Made on first use, not at import:
    one hash is ~120 ms that start-up should not pay."""
    return _hasher.hash("examhub timing equaliser")


CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: codes are typed from a mail
CODE_LENGTH = 8  # 40 bits


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True if `password` matches; a missing or malformed hash still costs one verify."""
    try:
        return _hasher.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


def new_token() -> str:
    """A 256-bit random secret for a kept session."""
    return secrets.token_urlsafe(32)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def one_time_password() -> str:
    """What an administrator hands a student after a reset; it must be changed at sign-in."""
    words = [new_code()[:4] for _ in range(3)]
    return "-".join(words).lower()

"""Where a profile keeps its secrets: the system keyring when there is one, else a 0600 file;
and a profile that already uses the file goes on using it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from examhub_desktop.services.secrets import FileStore, KeyringStore, default_store


class MemoryKeyring(KeyringBackend):
    """A working keyring that lives in this process (the test machine has none)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username))


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_a_new_profile_uses_the_keyring(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = default_store(tmp_path)
    assert isinstance(store, KeyringStore)
    store.set("refresh-token", "secret")
    assert store.get("refresh-token") == "secret" and not (tmp_path / "secrets.json").exists()
    assert list(memory_keyring.values.values()) == ["secret"]


def test_a_profile_keeping_its_secrets_in_a_file_goes_on_doing_so(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    FileStore(tmp_path).set("refresh-token", "kept before the keyring was installed")
    store = default_store(tmp_path)
    assert isinstance(store, FileStore)
    assert store.get("refresh-token") == "kept before the keyring was installed"
    assert memory_keyring.values == {}


def test_without_a_keyring_secrets_go_to_a_private_file(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = default_store(tmp_path)
    finally:
        keyring.set_keyring(previous)
    assert isinstance(store, FileStore)
    store.set("refresh-token", "secret")
    assert (tmp_path / "secrets.json").stat().st_mode & 0o777 == 0o600

"""Secrets kept for this device: the "keep me signed in" token and the SMTP password.

The system keyring (keyring package: Windows Credential Locker, macOS Keychain, Secret
Service) is used where one exists. Where none does (a headless Linux box, a kiosk image), the
secrets go to a file in the data folder readable only by its owner (0600), written atomically.
Entries are namespaced per data folder, so two profiles on one machine never share a token.

A profile that already keeps its secrets in the file goes on doing so even after a keyring
appears (its kept session survives installing one), and then the keyring package is not
even imported: that saves a fifth of the start-up on such machines.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Protocol

from examhub_desktop.core.i18n import translate

SERVICE = "examhub-desktop"
SECRETS_FILE = "secrets.json"


class SecretStore(Protocol):
    @property
    def description(self) -> str:
        """Where the secrets are, for the settings dialog, in the user's language."""
        ...

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class KeyringStore:
    def __init__(self, profile: str) -> None:
        import keyring

        self._keyring = keyring
        self.profile = profile

    @property
    def description(self) -> str:
        backend = type(self._keyring.get_keyring()).__name__
        return translate("SecretStore", "system keyring ({backend})").format(backend=backend)

    def _user(self, name: str) -> str:
        return f"{self.profile}:{name}"

    def get(self, name: str) -> str | None:
        value = self._keyring.get_password(SERVICE, self._user(name))
        return value if isinstance(value, str) else None

    def set(self, name: str, value: str) -> None:
        self._keyring.set_password(SERVICE, self._user(name), value)

    def delete(self, name: str) -> None:
        import keyring.errors

        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._keyring.delete_password(SERVICE, self._user(name))


class FileStore:
    """A JSON object in `<data dir>/secrets.json`, mode 0600, replaced atomically."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / SECRETS_FILE

    @property
    def description(self) -> str:
        return translate("SecretStore", "file readable only by you ({path})").format(path=self.path)

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            return {}  # an unreadable store means "no secret": the user signs in again
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _write(self, data: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".secrets-", dir=self.path.parent)  # created 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, name: str) -> str | None:
        return self._read().get(name)

    def set(self, name: str, value: str) -> None:
        data = self._read()
        data[name] = value
        self._write(data)

    def delete(self, name: str) -> None:
        data = self._read()
        if data.pop(name, None) is not None:
            self._write(data)


REFRESH_SECRET = "refresh-token"  # the name under which this device keeps its session token


def digest(secret: str) -> str:
    """What is stored of a token or code: its SHA-256, hex."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and float(getattr(backend, "priority", 0)) > 0


def default_store(data_dir: Path) -> SecretStore:
    if (data_dir / SECRETS_FILE).exists():
        return FileStore(data_dir)
    if keyring_available():
        profile = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
        return KeyringStore(profile)
    return FileStore(data_dir)

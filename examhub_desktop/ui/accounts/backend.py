"""The account services one signed-in window uses, sharing one secret store.

Tests pass a `FileStore` in a temporary folder so they never touch the real keyring.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from examhub_desktop.paths import resources_dir
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.auth import AuthService
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.secrets import SecretStore, default_store
from examhub_desktop.services.settings import SettingsService
from examhub_desktop.services.users import UserService

SAMPLE_EXAM_FILE = "sample-exam.examhub.json"

# Loads the sample exam for the new administrator; the import feature provides it.
SampleLoader = Callable[[Principal, Path], object]


@dataclass(frozen=True)
class AccountServices:
    ctx: AppContext
    store: SecretStore
    auth: AuthService
    users: UserService
    settings: SettingsService

    @classmethod
    def open(
        cls,
        ctx: AppContext,
        store: SecretStore | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> AccountServices:
        store = store or default_store(Path(ctx.data_dir))
        auth = AuthService(ctx, store) if clock is None else AuthService(ctx, store, clock=clock)
        return cls(ctx, store, auth, UserService(ctx), SettingsService(ctx, store))


def sample_exam_path() -> Path:
    return resources_dir() / SAMPLE_EXAM_FILE

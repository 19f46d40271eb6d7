"""Accounts through the services on a real database (both dialects)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from examhub_desktop.db.models import ExamAttempt, User
from examhub_desktop.services import passwords
from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.auth import WRONG_CREDENTIALS, AuthService, FieldError, SignInRefused
from examhub_desktop.services.errors import PermissionDenied, ServiceError
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.secrets import REFRESH_SECRET, FileStore, digest
from examhub_desktop.services.start import StartForecast, StartService
from examhub_desktop.services.users import UserService

GOOD = "violet-harbour-42"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def ctx(db_url: str, data_dir: Path) -> Iterator[AppContext]:
    context = open_app(data_dir, db_url)
    yield context
    context.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def auth(ctx: AppContext, clock: Clock) -> AuthService:
    return AuthService(ctx, FileStore(ctx.data_dir), clock=clock)


@pytest.fixture
def admin(auth: AuthService) -> Principal:
    return auth.create_first_admin(None, "Teacher@School.org", "Ms Teacher", GOOD)


def test_first_run_creates_the_admin_once(auth: AuthService) -> None:
    assert auth.needs_first_run(None)
    p = auth.create_first_admin(None, "Teacher@School.org", "Ms Teacher", GOOD)
    assert p.role is Role.ADMIN and p.email == "teacher@school.org"
    assert not auth.needs_first_run(None)
    with pytest.raises(ServiceError, match="exists already"):
        auth.create_first_admin(None, "other@school.org", "", GOOD)


@pytest.mark.parametrize(
    ("email", "password", "field"),
    [
        ("not-an-email", GOOD, "email"),
        ("a@b.org", "short", "password"),
        ("a@b.org", "password123", "password"),  # a common password
        ("violetharbour@school.org", "violetharbour-2026", "password"),  # contains the e-mail's name
        ("x" * 250 + "@b.org", GOOD, "email"),
    ],
)
def test_bad_first_run_input_is_a_field_error_and_writes_nothing(
    auth: AuthService, ctx: AppContext, email: str, password: str, field: str
) -> None:
    with pytest.raises(FieldError) as info:
        auth.create_first_admin(None, email, "", password)
    assert info.value.field == field
    with ctx.uow() as uow:
        assert uow.users.count() == 0


def test_sign_in_is_case_insensitive_and_keeps_last_login(
    auth: AuthService, admin: Principal, clock: Clock
) -> None:
    clock.advance(hours=1)
    p = auth.sign_in(None, "  TEACHER@school.org ", GOOD)
    assert p.user_id == admin.user_id
    with auth.ctx.uow() as uow:
        user = uow.users.get(admin.user_id)
        assert user is not None and user.last_login == clock.now


def test_wrong_email_and_wrong_password_say_the_same(auth: AuthService, admin: Principal) -> None:
    with pytest.raises(SignInRefused) as a:
        auth.sign_in(None, "nobody@school.org", GOOD)
    with pytest.raises(SignInRefused) as b:
        auth.sign_in(None, "teacher@school.org", "wrong-password-1")
    assert str(a.value) == str(b.value) == WRONG_CREDENTIALS


def test_throttle_grows_and_survives_a_restart(
    auth: AuthService, admin: Principal, clock: Clock, ctx: AppContext, db_url: str
) -> None:
    for _ in range(5):
        with pytest.raises(SignInRefused, match="not right"):
            auth.sign_in(None, "teacher@school.org", "nope-nope-nope")
    with pytest.raises(SignInRefused, match=r"Try again in 30 seconds") as info:
        auth.sign_in(None, "teacher@school.org", GOOD)  # even the right password waits
    assert info.value.retry_at == clock.now + timedelta(seconds=30)
    # a restart: a new context on the same database
    reopened = open_app(ctx.data_dir, db_url)
    try:
        again = AuthService(reopened, FileStore(ctx.data_dir), clock=clock)
        with pytest.raises(SignInRefused, match="Try again"):
            again.sign_in(None, "teacher@school.org", GOOD)
        clock.advance(seconds=31)
        with pytest.raises(SignInRefused, match="not right"):
            again.sign_in(None, "teacher@school.org", "nope-nope-nope")  # 6th failure
        with pytest.raises(SignInRefused, match=r"Try again in 60 seconds"):
            again.sign_in(None, "teacher@school.org", GOOD)
        clock.advance(seconds=61)
        assert again.sign_in(None, "teacher@school.org", GOOD).user_id == admin.user_id
        clock.advance(seconds=1)
        with pytest.raises(SignInRefused, match="not right"):  # success reset the count
            again.sign_in(None, "teacher@school.org", "nope-nope-nope")
    finally:
        reopened.close()


def test_kept_session_rotates_and_reuse_ends_all_sessions(auth: AuthService, admin: Principal) -> None:
    auth.sign_in(None, "teacher@school.org", GOOD, keep_signed_in=True)
    first = auth.store.get("refresh-token")
    assert first
    resumed = auth.resume_session(None)
    assert resumed is not None and resumed.user_id == admin.user_id
    second = auth.store.get("refresh-token")
    assert second and second != first, "every use rotates the token"
    with auth.ctx.uow() as uow:
        stored = [t.token for t in uow.refresh_tokens.for_user(admin.user_id)]
        assert digest(second) in stored and second not in stored, "only the hash is stored"
    auth.store.set("refresh-token", first)  # somebody replays the copied old token
    assert auth.resume_session(None) is None
    with auth.ctx.uow() as uow:
        assert uow.refresh_tokens.for_user(admin.user_id) == []
    auth.store.set("refresh-token", second)
    assert auth.resume_session(None) is None, "reuse ended the legitimate session too"


def test_expired_kept_session_is_refused_and_purged(
    auth: AuthService, admin: Principal, clock: Clock
) -> None:
    auth.sign_in(None, "teacher@school.org", GOOD, keep_signed_in=True)
    clock.advance(days=31)
    assert auth.resume_session(None) is None
    with auth.ctx.uow() as uow:
        assert uow.refresh_tokens.count() == 0


def test_deactivation_blocks_sign_in_and_ends_kept_sessions(auth: AuthService, admin: Principal) -> None:
    users = UserService(auth.ctx)
    student, one_time = users.create_user(admin, "pupil@school.org", "Pupil", Role.STUDENT)
    assert one_time
    auth.sign_in(None, "pupil@school.org", one_time, keep_signed_in=True)
    users.set_active(admin, student.id, False)
    assert auth.resume_session(None) is None
    with pytest.raises(SignInRefused, match="deactivated"):
        auth.sign_in(None, "pupil@school.org", one_time)


def test_one_time_password_must_be_changed(auth: AuthService, admin: Principal) -> None:
    users = UserService(auth.ctx)
    student, _ = users.create_user(admin, "pupil@school.org", "Pupil", Role.STUDENT, GOOD)
    one_time = users.reset_password(admin, student.id)
    p = auth.sign_in(None, "pupil@school.org", one_time)
    assert p.must_change_password
    with pytest.raises(FieldError) as info:
        auth.change_password(p, "not-it-at-all", "another-fine-pass")
    assert info.value.field == "current"
    p = auth.change_password(p, one_time, "another-fine-pass")
    assert not p.must_change_password
    assert auth.sign_in(None, "pupil@school.org", "another-fine-pass").user_id == student.id


def test_change_password_ends_other_kept_sessions(
    auth: AuthService, admin: Principal, ctx: AppContext
) -> None:
    other_device = AuthService(ctx, FileStore(ctx.data_dir / "other-device"), clock=auth.clock)
    other_device.sign_in(None, "teacher@school.org", GOOD, keep_signed_in=True)
    p = auth.sign_in(None, "teacher@school.org", GOOD, keep_signed_in=True)
    auth.change_password(p, GOOD, "a-brand-new-secret")
    assert other_device.resume_session(None) is None
    assert auth.resume_session(None) is not None, "this device stays signed in"


def test_sign_out_everywhere(auth: AuthService, admin: Principal, ctx: AppContext) -> None:
    other_device = AuthService(ctx, FileStore(ctx.data_dir / "other-device"), clock=auth.clock)
    other_device.sign_in(None, "teacher@school.org", GOOD, keep_signed_in=True)
    p = auth.sign_in(None, "teacher@school.org", GOOD, keep_signed_in=True)
    assert auth.sign_out_everywhere(p) == 2
    assert other_device.resume_session(None) is None and auth.resume_session(None) is None


def test_the_last_admin_is_protected(auth: AuthService, admin: Principal) -> None:
    users = UserService(auth.ctx)
    for action in (
        lambda: users.set_role(admin, admin.user_id, Role.STUDENT),
        lambda: users.set_active(admin, admin.user_id, False),
        lambda: users.delete_user(admin, admin.user_id),
    ):
        with pytest.raises(ServiceError, match="last active administrator"):
            action()
    second, _ = users.create_user(admin, "second@school.org", "", Role.ADMIN, GOOD)
    users.set_role(admin, admin.user_id, Role.STUDENT)
    with pytest.raises(PermissionDenied, match="Only a teacher"):  # the role is read anew, not trusted
        users.delete_user(admin, second.id)
    second_p = Principal(second.id, second.email, Role.ADMIN)
    with pytest.raises(ServiceError, match="last active administrator"):
        users.delete_user(second_p, second.id)


def test_a_deactivated_or_deleted_account_loses_its_rights_at_once(
    auth: AuthService, admin: Principal
) -> None:
    users = UserService(auth.ctx)
    row, _ = users.create_user(admin, "second@school.org", "", Role.ADMIN, GOOD)
    second = auth.sign_in(None, "second@school.org", GOOD)
    assert users.list_users(second)
    users.set_active(admin, row.id, False)  # e.g. on another device sharing the database
    with pytest.raises(PermissionDenied, match="deleted or deactivated"):
        users.list_users(second)
    ghost = Principal("no-such-id", "ghost@school.org", Role.ADMIN)
    with pytest.raises(PermissionDenied, match="deleted or deactivated"):
        users.list_users(ghost)


def test_delete_keeps_attempts_and_duplicates_are_refused(auth: AuthService, admin: Principal) -> None:
    users = UserService(auth.ctx)
    student, _ = users.create_user(admin, "pupil@school.org", "", Role.STUDENT, GOOD)
    with pytest.raises(FieldError, match="exists already"):
        users.create_user(admin, "PUPIL@School.org", "", Role.STUDENT, GOOD)
    with auth.ctx.uow() as uow:
        uow.attempts.add(ExamAttempt(user_id=student.id, score=50))
        uow.commit()
    assert users.delete_user(admin, student.id) == 1
    with auth.ctx.uow() as uow:
        (attempt,) = uow.session.query(ExamAttempt).all()
        assert attempt.user_id is None


def test_students_cannot_manage_people(auth: AuthService, admin: Principal) -> None:
    users = UserService(auth.ctx)
    users.create_user(admin, "pupil@school.org", "", Role.STUDENT, GOOD)
    student = auth.sign_in(None, "pupil@school.org", GOOD)
    with pytest.raises(PermissionDenied, match="Only a teacher"):
        users.list_users(student)
    with pytest.raises(PermissionDenied, match="Sign in"):
        users.list_users(None)


def test_old_parameters_are_rehashed_at_sign_in(auth: AuthService, admin: Principal) -> None:
    from argon2 import PasswordHasher

    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(GOOD)
    with auth.ctx.uow() as uow:
        user = uow.users.get(admin.user_id)
        assert user is not None
        user.hashed_password = weak
        uow.commit()
    auth.sign_in(None, "teacher@school.org", GOOD)
    with auth.ctx.uow() as uow:
        user = uow.users.get(admin.user_id)
        assert isinstance(user, User) and user.hashed_password != weak
        assert not passwords.needs_rehash(user.hashed_password)


def test_housekeeping_purges_what_expired(auth: AuthService, admin: Principal, clock: Clock) -> None:
    auth.sign_in(None, "teacher@school.org", GOOD, keep_signed_in=True)
    for _ in range(6):
        with pytest.raises(SignInRefused):
            auth.sign_in(None, "nobody@school.org", "wrong-password-1")
    with auth.ctx.uow() as uow:
        from examhub_desktop.db.models import EmailVerificationToken, LoginThrottle

        uow.email_tokens.add(EmailVerificationToken(user_id=admin.user_id, token="x", expires_at=clock.now))
        uow.commit()
    clock.advance(days=31)
    assert auth.purge_expired() == 2  # the kept session and the code
    with auth.ctx.uow() as uow:
        assert uow.refresh_tokens.count() == 0 and uow.email_tokens.count() == 0
        assert uow.session.get(LoginThrottle, "nobody@school.org") is None, "old sign-in delays go too"


def forecast(auth: AuthService) -> StartForecast | None:
    return StartService(auth.ctx, auth.store, clock=auth.clock).forecast(None)


def test_the_start_forecast_agrees_with_the_real_resume(auth: AuthService, clock: Clock) -> None:
    """The GUI opens its window on the forecast (plain sqlite3, no ORM) and then resumes for
    real; both must see the same thing in every state a kept session can be in."""
    if not auth.ctx.location.is_sqlite:
        assert forecast(auth) is None, "a server is read only through the services"
        return
    assert forecast(auth) == StartForecast(first_run=True, kept=None)
    admin = auth.create_first_admin(None, "Teacher@School.org", "Ms Teacher", GOOD)
    assert forecast(auth) == StartForecast(first_run=False, kept=None), "nothing kept yet"

    auth.sign_in(None, "teacher@school.org", GOOD, keep_signed_in=True)
    first = auth.store.get(REFRESH_SECRET)
    predicted = forecast(auth)
    assert predicted is not None and predicted.kept is not None
    assert predicted.kept == auth.resume_session(None) and predicted.kept.user_id == admin.user_id
    assert predicted.kept.role is Role.ADMIN and predicted.kept.full_name == "Ms Teacher"

    second = auth.store.get(REFRESH_SECRET)
    auth.store.set(REFRESH_SECRET, str(first))  # a copied, already rotated token
    assert forecast(auth) == StartForecast(first_run=False, kept=None)
    assert auth.resume_session(None) is None
    auth.store.set(REFRESH_SECRET, str(second))  # reuse ended the whole family
    assert forecast(auth) == StartForecast(first_run=False, kept=None)

    auth.sign_in(None, "teacher@school.org", GOOD, keep_signed_in=True)
    clock.advance(days=31)
    assert forecast(auth) == StartForecast(first_run=False, kept=None), "expired"
    assert auth.resume_session(None) is None

    users = UserService(auth.ctx)
    student, _ = users.create_user(admin, "pupil@school.org", "Pupil", Role.STUDENT, GOOD)
    auth.sign_in(None, "pupil@school.org", GOOD, keep_signed_in=True)
    kept = forecast(auth)
    assert kept is not None and kept.kept is not None and kept.kept.role is Role.STUDENT
    users.set_active(admin, student.id, False)
    assert forecast(auth) == StartForecast(first_run=False, kept=None), "deactivated"
    assert auth.resume_session(None) is None

"""Every public service function, called by nobody, a student and an administrator,
against one table of who may do what. A new service function fails this test until the
table says who may call it."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import examhub_desktop.services as services_pkg
from examhub_desktop.core.question import Question, QuestionType
from examhub_desktop.db.models import User
from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.attempts import AttemptService
from examhub_desktop.services.auth import AuthService
from examhub_desktop.services.errors import PermissionDenied
from examhub_desktop.services.library import ExamFields, LibraryService
from examhub_desktop.services.permissions import REGISTRY, Principal, Role
from examhub_desktop.services.questions import QuestionService
from examhub_desktop.services.results import ResultsService
from examhub_desktop.services.secrets import FileStore
from examhub_desktop.services.settings import AppSettings, SettingsService
from examhub_desktop.services.start import StartService
from examhub_desktop.services.transfer import TransferService, parse_import
from examhub_desktop.services.users import UserService

for module in pkgutil.iter_modules(services_pkg.__path__):
    importlib.import_module(f"{services_pkg.__name__}.{module.name}")

A, S, N = "admin", "student", "nobody"
EVERYONE, SIGNED_IN, ADMIN_ONLY = {A, S, N}, {A, S}, {A}

# who may call what: the one table
TABLE: dict[str, set[str]] = {
    "AuthService.needs_first_run": EVERYONE,
    "StartService.forecast": EVERYONE,
    "AuthService.create_first_admin": EVERYONE,
    "AuthService.sign_in": EVERYONE,
    "AuthService.resume_session": EVERYONE,
    "AuthService.sign_out": EVERYONE,  # always possible: it ends only this device's session
    "AuthService.sign_out_everywhere": SIGNED_IN,
    "AuthService.update_profile": SIGNED_IN,
    "AuthService.change_password": SIGNED_IN,
    "AuthService.register": EVERYONE,
    "AuthService.send_verification_code": SIGNED_IN,
    "AuthService.verify_email": SIGNED_IN,
    "AuthService.request_password_reset": EVERYONE,
    "AuthService.reset_password_with_code": EVERYONE,
    "SettingsService.self_registration_enabled": EVERYONE,
    "SettingsService.mail_configured": EVERYONE,
    "SettingsService.get": ADMIN_ONLY,
    "SettingsService.save": ADMIN_ONLY,
    "SettingsService.send_test_email": ADMIN_ONLY,
    "UserService.list_users": ADMIN_ONLY,
    "UserService.get_user": ADMIN_ONLY,
    "UserService.create_user": ADMIN_ONLY,
    "UserService.set_role": ADMIN_ONLY,
    "UserService.set_active": ADMIN_ONLY,
    "UserService.reset_password": ADMIN_ONLY,
    "UserService.mark_verified": ADMIN_ONLY,
    "UserService.delete_user": ADMIN_ONLY,
    "UserService.attempt_count": ADMIN_ONLY,
    "LibraryService.exam_ids": ADMIN_ONLY,
    "LibraryService.exam_rows": ADMIN_ONLY,
    "LibraryService.get": ADMIN_ONLY,
    "LibraryService.create": ADMIN_ONLY,
    "LibraryService.update": ADMIN_ONLY,
    "LibraryService.set_status": ADMIN_ONLY,
    "LibraryService.delete_impact": ADMIN_ONLY,
    "LibraryService.delete": ADMIN_ONLY,
    "LibraryService.duplicate": ADMIN_ONLY,
    "LibraryService.extra_time": ADMIN_ONLY,
    "LibraryService.set_extra_time": ADMIN_ONLY,
    "QuestionService.list": ADMIN_ONLY,
    "QuestionService.get": ADMIN_ONLY,
    "QuestionService.add": ADMIN_ONLY,
    "QuestionService.update": ADMIN_ONLY,
    "QuestionService.delete": ADMIN_ONLY,
    "QuestionService.reorder": ADMIN_ONLY,
    "QuestionService.new_exam_from_bank": ADMIN_ONLY,
    "AttemptService.home": SIGNED_IN,
    "AttemptService.start": SIGNED_IN,
    "AttemptService.state": SIGNED_IN,
    "AttemptService.save": SIGNED_IN,
    "AttemptService.check": SIGNED_IN,
    "AttemptService.submit": SIGNED_IN,
    "AttemptService.record_away": SIGNED_IN,
    "ResultsService.review": SIGNED_IN,
    "ResultsService.my_attempts": SIGNED_IN,
    "ResultsService.exam_attempts": ADMIN_ONLY,
    "ResultsService.grade_essay": ADMIN_ONLY,
    "TransferService.preview": ADMIN_ONLY,
    "TransferService.preview_parsed": ADMIN_ONLY,
    "TransferService.import_data": ADMIN_ONLY,
    "TransferService.import_file": ADMIN_ONLY,
    "TransferService.export": ADMIN_ONLY,
    "TransferService.export_to_file": ADMIN_ONLY,
}


def test_the_table_names_every_service_function() -> None:
    assert set(REGISTRY) == set(TABLE)


def _calls(ctx: AppContext, student_id: str) -> dict[str, Callable[[Principal | None], Any]]:
    store = FileStore(ctx.data_dir)
    auth = AuthService(ctx, store)
    users = UserService(ctx)
    settings = SettingsService(ctx, store)
    pw = "violet-harbour-42"
    lib, qs = LibraryService(ctx), QuestionService(ctx)
    exam_id = lib.create.__wrapped__(lib, None, ExamFields("Exam", is_public=True))  # type: ignore[attr-defined]
    q = Question(QuestionType.ESSAY, "Discuss.")
    qid = qs.add.__wrapped__(qs, None, exam_id, q)  # type: ignore[attr-defined]
    lib.set_status.__wrapped__(lib, None, exam_id, "published")  # type: ignore[attr-defined]
    attempts, results = AttemptService(ctx), ResultsService(ctx)
    transfer = TransferService(ctx)
    gift = b"::q:: Is water wet? {T}"
    source = ctx.data_dir / "q.gift"
    source.write_bytes(gift)
    return {
        "TransferService.preview": lambda p: transfer.preview(p, gift, "q.gift"),
        "TransferService.preview_parsed": lambda p: transfer.preview_parsed(
            p, parse_import(gift, "q.gift"), "q.gift"
        ),
        "TransferService.import_data": lambda p: transfer.import_data(p, gift, "q.gift"),
        "TransferService.import_file": lambda p: transfer.import_file(p, source),
        "TransferService.export": lambda p: transfer.export(p, [exam_id], "json"),
        "TransferService.export_to_file": lambda p: transfer.export_to_file(
            p, [exam_id], "json", ctx.data_dir / "x.json"
        ),
        "AttemptService.home": lambda p: attempts.home(p),
        "AttemptService.start": lambda p: attempts.start(p, exam_id),
        "AttemptService.state": lambda p: attempts.state(p, "no-such-attempt"),
        "AttemptService.save": lambda p: attempts.save(p, "no-such-attempt"),
        "AttemptService.check": lambda p: attempts.check(p, "no-such-attempt", qid),
        "AttemptService.submit": lambda p: attempts.submit(p, "no-such-attempt"),
        "AttemptService.record_away": lambda p: attempts.record_away(p, "no-such-attempt", 3.0),
        "ResultsService.review": lambda p: results.review(p, "no-such-attempt"),
        "ResultsService.my_attempts": lambda p: results.my_attempts(p),
        "ResultsService.exam_attempts": lambda p: results.exam_attempts(p, exam_id),
        "ResultsService.grade_essay": lambda p: results.grade_essay(p, "no-such-attempt", qid, 1),
        "LibraryService.exam_ids": lambda p: lib.exam_ids(p),
        "LibraryService.exam_rows": lambda p: lib.exam_rows(p, [exam_id]),
        "LibraryService.get": lambda p: lib.get(p, exam_id),
        "LibraryService.create": lambda p: lib.create(p, ExamFields("New")),
        "LibraryService.update": lambda p: lib.update(p, exam_id, ExamFields("Renamed")),
        "LibraryService.set_status": lambda p: lib.set_status(p, exam_id, "draft"),
        "LibraryService.delete_impact": lambda p: lib.delete_impact(p, exam_id),
        "LibraryService.delete": lambda p: lib.delete(p, "no-such-exam"),
        "LibraryService.duplicate": lambda p: lib.duplicate(p, exam_id),
        "LibraryService.extra_time": lambda p: lib.extra_time(p, exam_id),
        "LibraryService.set_extra_time": lambda p: lib.set_extra_time(p, exam_id, student_id, 1.5),
        "QuestionService.list": lambda p: qs.list(p, exam_id),
        "QuestionService.get": lambda p: qs.get(p, qid),
        "QuestionService.add": lambda p: qs.add(p, exam_id, q),
        "QuestionService.update": lambda p: qs.update(p, qid, q),
        "QuestionService.delete": lambda p: qs.delete(p, "no-such-question"),
        "QuestionService.reorder": lambda p: qs.reorder(p, exam_id, [qid]),
        "QuestionService.new_exam_from_bank": lambda p: qs.new_exam_from_bank(p, "Drawn", [exam_id], 1),
        "AuthService.needs_first_run": lambda p: auth.needs_first_run(p),
        "StartService.forecast": lambda p: StartService(ctx, store).forecast(p),
        "AuthService.create_first_admin": lambda p: auth.create_first_admin(p, "x@y.org", "", pw),
        "AuthService.sign_in": lambda p: auth.sign_in(p, "x@y.org", pw),
        "AuthService.resume_session": lambda p: auth.resume_session(p),
        "AuthService.sign_out": lambda p: auth.sign_out(p),
        "AuthService.sign_out_everywhere": lambda p: auth.sign_out_everywhere(p),
        "AuthService.update_profile": lambda p: auth.update_profile(p, "Name"),
        "AuthService.change_password": lambda p: auth.change_password(p, "wrong", pw),
        "AuthService.register": lambda p: auth.register(p, "new@y.org", "", pw),
        "AuthService.send_verification_code": lambda p: auth.send_verification_code(p),
        "AuthService.verify_email": lambda p: auth.verify_email(p, "AAAA"),
        "AuthService.request_password_reset": lambda p: auth.request_password_reset(p, "x@y.org"),
        "AuthService.reset_password_with_code": lambda p: auth.reset_password_with_code(
            p, "x@y.org", "A", pw
        ),
        "SettingsService.self_registration_enabled": lambda p: settings.self_registration_enabled(p),
        "SettingsService.mail_configured": lambda p: settings.mail_configured(p),
        "SettingsService.get": lambda p: settings.get(p),
        "SettingsService.save": lambda p: settings.save(p, AppSettings()),
        "SettingsService.send_test_email": lambda p: settings.send_test_email(p, "x@y.org"),
        "UserService.list_users": lambda p: users.list_users(p),
        "UserService.get_user": lambda p: users.get_user(p, student_id),
        "UserService.create_user": lambda p: users.create_user(p, f"n{id(p)}@y.org", "", Role.STUDENT, pw),
        "UserService.set_role": lambda p: users.set_role(p, student_id, Role.STUDENT),
        "UserService.set_active": lambda p: users.set_active(p, student_id, True),
        "UserService.reset_password": lambda p: users.reset_password(p, student_id),
        "UserService.mark_verified": lambda p: users.mark_verified(p, student_id),
        "UserService.delete_user": lambda p: users.delete_user(p, "no-such-user"),
        "UserService.attempt_count": lambda p: users.attempt_count(p, student_id),
    }


@pytest.mark.parametrize("name", sorted(TABLE))
def test_who_may_call(name: str, data_dir: Path) -> None:
    ctx = open_app(data_dir)
    try:
        with ctx.uow() as uow:  # straight rows: the table is about roles, not hashing
            admin_row = uow.users.add(User(email="admin@y.org", hashed_password="!", role="admin"))
            student_row = uow.users.add(User(email="pupil@y.org", hashed_password="!", role="user"))
            uow.commit()
        callers = {
            N: None,
            S: Principal(student_row.id, student_row.email, Role.STUDENT),
            A: Principal(admin_row.id, admin_row.email, Role.ADMIN),
        }
        call = _calls(ctx, student_row.id)[name]
        for who, principal in callers.items():
            try:
                call(principal)
            except PermissionDenied:
                assert who not in TABLE[name], f"{name} refused {who}"
            except Exception:  # any other refusal is about the arguments, not the role
                assert who in TABLE[name], f"{name} let {who} through to its rules"
            else:
                assert who in TABLE[name], f"{name} let {who} call it"
    finally:
        ctx.close()

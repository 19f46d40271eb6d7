"""`make screenshots`: the app offscreen on `small` demo data; a PNG of every window and dialog.

Run from the repository's root as `python -m tools.screenshots [folder]`. Each feature's
windows come from its module in tools/shots/, added to SHOTS here. The pictures land in
docs/screenshots/ and README.md shows them, so a reviewer sees what a user sees.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.mail import SmtpSettings
from examhub_desktop.services.secrets import FileStore
from examhub_desktop.services.settings import AppSettings
from examhub_desktop.ui import theme
from examhub_desktop.ui.about import AboutDialog
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.first_run import FirstRunDialog
from examhub_desktop.ui.accounts.own_account import ChangePasswordDialog
from examhub_desktop.ui.accounts.people_dialogs import NewPersonDialog
from examhub_desktop.ui.accounts.preferences import PreferencesDialog
from examhub_desktop.ui.accounts.settings_dialog import SettingsDialog
from examhub_desktop.ui.accounts.sign_in import SignInDialog
from examhub_desktop.ui.app import build_main_window, ensure_application
from examhub_desktop.ui.i18n import install_translations
from examhub_desktop.ui.main_window import PEOPLE_PAGE, MainWindow
from examhub_desktop.ui.shortcuts import ShortcutsDialog
from examhub_desktop.ui.tasks import GuiGarbageCollector
from tools.shots import settle
from tools.shots.library import SHOTS as LIBRARY_SHOTS
from tools.shots.runner import SHOTS as RUNNER_SHOTS
from tools.shots.transfer import SHOTS as TRANSFER_SHOTS


def shot_main(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    window.resize(1100, 700)
    settle(app, window)
    return window


def accounts_of(window: MainWindow) -> AccountServices:
    assert window.accounts is not None, "the window is complete"
    return window.accounts


def shot_about(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    dialog = AboutDialog(ctx, window.tasks, window)
    dialog.show()
    settle(app, window)
    return dialog


def shown(app: QApplication, window: MainWindow, dialog: QDialog) -> QDialog:
    dialog.show()
    settle(app, window)
    return dialog


def shot_first_run(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    # the loader is never called here: nothing is submitted, it only makes the sample offer show
    dialog = FirstRunDialog(window, accounts_of(window), window.tasks, sample_loader=lambda admin, path: None)
    dialog.email.setText("m.rivera@riverside-high.example")
    dialog.full_name.setText("Maria Rivera")
    dialog.password.setText("Summer2024!")  # mid-typing: the meter and the policy's reasons show
    return shown(app, window, dialog)


def shot_sign_in(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    dialog = SignInDialog(window, accounts_of(window), window.tasks, email="teacher@riverside-high.example")
    dialog.password.setText("demo-teacher")
    return shown(app, window, dialog)


def shot_change_password(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    dialog = ChangePasswordDialog(window, accounts_of(window), window.tasks, window.principal, forced=True)
    return shown(app, window, dialog)


def shot_people(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    window.resize(1100, 700)
    window.show_page(PEOPLE_PAGE)
    settle(app, window)
    assert window.account_ui is not None, "the window is complete"
    people = window.account_ui.people
    if people is not None and people.model.rowCount() > 3:
        people.select(people.model.ids()[3])
    settle(app, window)
    return window


def shot_new_person(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    dialog = NewPersonDialog(window, accounts_of(window), window.tasks, window.principal)
    dialog.email.setText("new.student@riverside-high")
    dialog.email_watch.leave()  # as when the field is left: the address is checked
    dialog.full_name.setText("Sam Okafor")
    return shown(app, window, dialog)


def shot_settings(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    return shown(app, window, SettingsDialog(window, accounts_of(window), window.tasks, window.principal))


def shot_shortcuts(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    return shown(app, window, ShortcutsDialog.for_window(window))


def shot_preferences(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    return shown(app, window, PreferencesDialog(window, window.settings))


SHOTS: dict[str, Callable[[QApplication, MainWindow, AppContext], QWidget]] = {
    "main-window": shot_main,
    "about": shot_about,
    "first-run": shot_first_run,
    "sign-in": shot_sign_in,
    "change-password": shot_change_password,
    "people": shot_people,
    "new-person": shot_new_person,
    "settings": shot_settings,
    "preferences": shot_preferences,
    "shortcuts": shot_shortcuts,
    **LIBRARY_SHOTS,
    **RUNNER_SHOTS,
    **TRANSFER_SHOTS,
}


def main(out: Path, *, dark: bool = False, text_percent: int = 100, only: set[str] | None = None) -> int:
    """One run per look: `dark` forces the dark theme, `text_percent` scales the app font (as a
    user's larger text does: layouts must make room), `only` limits the pictures by name."""
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    install_translations(app, language="en")  # the docs' language; EXAMHUB_LANGUAGE=de for others
    theme.use(app, theme.Choice.DARK if dark else theme.Choice.LIGHT)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)  # unscaled, for every run
    font.setPointSizeF(font.pointSizeF() * text_percent / 100)
    app.setFont(font)
    collector = GuiGarbageCollector()  # Python's collector only on this thread, as in the app
    with tempfile.TemporaryDirectory(prefix="examhub-shots-") as tmp:
        from examhub_desktop.services.demo_data import DEMO_TEACHER_EMAIL, DEMO_TEACHER_PASSWORD, generate

        ctx = open_app(Path(tmp))
        generate(ctx, "small", seed=7)
        accounts = AccountServices.open(ctx, FileStore(Path(tmp) / "secrets"))  # never the real keyring
        teacher = accounts.auth.sign_in(None, DEMO_TEACHER_EMAIL, DEMO_TEACHER_PASSWORD)
        school_mail = SmtpSettings(
            "smtp.riverside-high.example", 587, "starttls", "exams", "exams@riverside-high.example"
        )
        accounts.settings.save(teacher, AppSettings(True, school_mail), smtp_password="not-a-real-password")
        window = build_main_window(ctx, teacher, accounts=accounts)
        window.show()
        settle(app, window)
        for name, make in SHOTS.items():
            if only and name not in only:
                continue
            widget = make(app, window, ctx)
            path = out / f"{name}.png"
            if not widget.grab().save(str(path)):
                print(f"could not write {path}", file=sys.stderr)
                return 1
            print(f"wrote {path}")
            if widget is not window:
                widget.close()
        window.close()
        window.tasks.wait()
        ctx.close()
    collector.stop()
    return 0


def cli() -> int:
    parser = argparse.ArgumentParser(description="PNG of every window, light and dark (dark/ beside).")
    parser.add_argument("out", nargs="?", default="docs/screenshots", type=Path)
    parser.add_argument("--scheme", choices=("both", "light", "dark"), default="both")
    parser.add_argument("--text", type=int, default=100, help="text size in percent, e.g. 200")
    parser.add_argument("--only", default="", help="comma-separated picture names")
    args = parser.parse_args()
    only = {n for n in args.only.split(",") if n} or None
    for dark in {"both": (False, True), "light": (False,), "dark": (True,)}[args.scheme]:
        out = args.out / "dark" if dark and args.scheme == "both" else args.out
        if code := main(out, dark=dark, text_percent=args.text, only=only):
            return code
    return 0


if __name__ == "__main__":
    sys.exit(cli())

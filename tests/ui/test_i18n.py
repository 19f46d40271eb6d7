"""Languages: choosing one, the catalogs being current, a pseudo-translated run of the converted
windows with no untranslated text, German for real, dates and numbers in the locale, and a
right-to-left layout."""

from __future__ import annotations

import filecmp
import platform
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from examhub_desktop import APP_NAME, __version__
from examhub_desktop.core.i18n import translate
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.auth import SignInRefused
from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui import i18n
from examhub_desktop.ui.about import AboutDialog
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.settings_dialog import SettingsDialog
from examhub_desktop.ui.accounts.sign_in import SignInDialog
from examhub_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import ADMIN_EMAIL
from tests.ui.i18n_support import OPEN, is_translated, pseudo_translated, untranslated_texts

REPO = Path(__file__).resolve().parents[2]
CATALOGS = REPO / "resources" / "translations"
TOOLS = Path(sys.executable).parent


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The shared QApplication, handed back in the source language and left to right."""
    application = qapp
    yield application
    i18n.remove_translations(application)
    application.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def sign_in(qtbot: QtBot, accounts: AccountServices, tasks: TaskRunner, **kw: str) -> SignInDialog:
    dialog = SignInDialog(None, accounts, tasks, **kw)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.options_loaded, timeout=10_000), qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


# ------------------------------------------------------------------ the pseudo-translator itself
def test_pseudo_translation_keeps_plurals_placeholders_and_mnemonics(app: QApplication) -> None:
    with pseudo_translated():
        plural = QCoreApplication.translate("Ctx", "%n file(s) in {folder}", None, 3)
        assert plural == "⟦3 file(s) in {folder}⟧"
        assert plural.format(folder="/tmp") == "⟦3 file(s) in /tmp⟧"
        assert QKeySequence.mnemonic(QCoreApplication.translate("Ctx", "&Save")) == QKeySequence("Alt+S")
        assert (
            translate("AuthService", "Try again in %n minute(s).", None, 1) == "⟦Try again in 1 minute(s).⟧"
        )
    assert QCoreApplication.translate("Ctx", "&Save") == "&Save"  # removed again


def test_is_translated_removes_marks_markup_and_data() -> None:
    assert is_translated("⟦Sign in to {app}⟧".format(app="Exam Hub"))
    assert is_translated("<h2>⟦Show ⟦password⟧⟧</h2> 3.1 — 42 %")
    assert is_translated("⟦Owner:⟧ Ms Teacher", data=["Ms Teacher"])
    assert not is_translated("⟦Owner:⟧ Ms Teacher")
    assert not is_translated("<b>Sign in</b>")
    assert not is_translated("Größe 3")


def test_the_walker_finds_each_kind_of_untranslated_text(qtbot: QtBot, app: QApplication) -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QGroupBox, QLineEdit, QPushButton, QTableView, QTabWidget, QVBoxLayout

    with pseudo_translated():
        top = QWidget()
        qtbot.addWidget(top)
        top.setWindowTitle(QCoreApplication.translate("T", "Title"))
        layout = QVBoxLayout(top)
        done = QLabel(QCoreApplication.translate("T", "Marked"))
        data = QLabel("Ms Teacher")
        plain = QLabel("Plain label")
        button = QPushButton(QCoreApplication.translate("T", "&Go"))
        button.setToolTip("Plain tooltip")
        box = QGroupBox("Plain group")
        edit = QLineEdit()
        edit.setPlaceholderText("plain placeholder")
        edit.setAccessibleName(QCoreApplication.translate("T", "Name"))
        tabs = QTabWidget()
        tabs.addTab(QWidget(), "Plain tab")
        table = QTableView()
        model = QStandardItemModel(1, 2, table)
        model.setHorizontalHeaderLabels([QCoreApplication.translate("T", "Marked header"), "Plain header"])
        table.setModel(model)
        hidden = QLabel("Hidden, so not shown")
        hidden.hide()
        for widget in (done, data, plain, button, box, edit, tabs, table, hidden):
            layout.addWidget(widget)
        top.show()
        found = untranslated_texts(top, data=["Ms Teacher"])
    texts = sorted(line.rsplit(": ", 1)[1] for line in found)
    assert texts == sorted(
        repr(t)
        for t in (
            "Plain label",
            "Plain tooltip",
            "Plain group",
            "plain placeholder",
            "Plain tab",
            "Plain header",
        )
    )


# ------------------------------------------------------------------ the converted windows
def test_sign_in_shows_no_untranslated_text(
    qtbot: QtBot, app: QApplication, accounts: AccountServices, admin: Principal, tasks: TaskRunner
) -> None:
    with pseudo_translated():
        dialog = sign_in(qtbot, accounts, tasks, email=ADMIN_EMAIL, notice="")
        assert untranslated_texts(dialog, data=[ADMIN_EMAIL, APP_NAME]) == []
        assert dialog.windowTitle().startswith(OPEN)
        dialog.password.setText("wrong-password-here")
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: not dialog.busy and dialog.banner.isVisible(), timeout=10_000)
        assert dialog.banner.text().startswith(OPEN)  # the service's message went through translation
        assert untranslated_texts(dialog, data=[ADMIN_EMAIL, APP_NAME]) == []


def test_about_shows_no_untranslated_text(
    qtbot: QtBot, app: QApplication, ctx: AppContext, tasks: TaskRunner
) -> None:
    with pseudo_translated():
        dialog = AboutDialog(ctx, tasks)
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        info = ctx.info()
        qtbot.waitUntil(lambda: dialog.fields["revision"].text() == info.revision)
        data = [
            str(info.data_dir),
            info.description,
            info.dialect,
            info.revision or "",
            APP_NAME,
            __version__,
        ]
        data += [
            f"{qVersion()} (PySide6 {pyside_version})",
            "Qt",
            "Python",
            platform.system(),
            platform.machine(),
        ]
        assert untranslated_texts(dialog, data=data) == []
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        assert close.text().startswith(OPEN)  # Qt's own strings go through the same translators


# ------------------------------------------------------------------ German for real
def test_german_sign_in_and_service_messages(
    qtbot: QtBot, app: QApplication, accounts: AccountServices, admin: Principal, tasks: TaskRunner
) -> None:
    assert i18n.install_translations(app, language="de") == "de"
    dialog = sign_in(qtbot, accounts, tasks, email=ADMIN_EMAIL)
    assert dialog.windowTitle() == f"Anmelden — {APP_NAME}"
    assert dialog.ok_button.text() == "&Anmelden"
    assert QKeySequence.mnemonic(dialog.keep.text()) == QKeySequence("Alt+B")
    assert "Tage" in dialog.keep.toolTip()  # a plural form of German
    standard = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert standard.buttons()[0].text() == "Abbrechen"  # Qt's own catalog, qtbase_de
    assert translate(
        "AuthService", "Too many failed sign-ins for this e-mail address. Try again in %n second(s).", None, 1
    ).endswith("in 1 Sekunde erneut.")
    with pytest.raises(SignInRefused, match=r"^Die E-Mail-Adresse oder das Passwort stimmt nicht\.$"):
        accounts.auth.sign_in(None, ADMIN_EMAIL, "wrong-password-here")
    assert QLocale().name() == "de_DE"  # a chosen language brings its dates and numbers
    assert i18n.format_number(1234.5) == "1.234,5"


def test_english_catalog_gives_english_plurals(app: QApplication) -> None:
    assert i18n.install_translations(app, language="en") == "en"
    text = "Too many failed sign-ins for this e-mail address. Try again in %n minute(s)."
    assert translate("AuthService", text, None, 1).endswith("in 1 minute.")
    assert translate("AuthService", text, None, 2).endswith("in 2 minutes.")


def test_without_a_catalog_english_plurals_still_read_right(app: QApplication) -> None:
    i18n.remove_translations(app)  # as in the CLI
    assert translate("X", "Try again in %n minute(s).", None, 1) == "Try again in 1 minute."
    assert translate("X", "Try again in %n minute(s).", None, 3) == "Try again in 3 minutes."
    assert translate("X", "(s) stays without a count") == "(s) stays without a count"


# ------------------------------------------------------------------ choosing the language
def test_the_language_follows_the_system_unless_a_setting_names_one(
    app: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.ENV_LANGUAGE, raising=False)
    assert i18n.available_languages() == ["en", "de"]
    assert i18n.resolve_language("", QLocale("de_AT")) == "de"
    assert i18n.resolve_language("", QLocale("fr_FR")) == "en"  # nothing shipped: the source language
    assert i18n.resolve_language("de", QLocale("fr_FR")) == "de"
    assert i18n.resolve_language("xx", QLocale("de_CH")) == "de"  # an unknown setting is ignored
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    assert i18n.language_setting(settings) == ""
    i18n.set_language_setting(settings, "de")
    reread = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    assert i18n.language_setting(reread) == "de"
    assert i18n.install_translations(app, reread) == "de"
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "en")
    assert i18n.install_translations(app, reread) == "en"
    with pytest.raises(ValueError, match="no translation for language 'xx'"):
        i18n.set_language_setting(settings, "xx")


def test_a_right_to_left_language_turns_the_layout(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "available_languages", lambda: ["en", "de", "ar"])
    i18n.install_translations(app, language="ar")  # no Arabic catalog: a warning in the log only
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft


# ------------------------------------------------------------------ right to left
def test_a_window_lays_out_mirrored_right_to_left(
    qtbot: QtBot, app: QApplication, ctx: AppContext, tasks: TaskRunner
) -> None:
    def label_box(direction: Qt.LayoutDirection) -> tuple[int, int, int]:
        app.setLayoutDirection(direction)
        dialog = AboutDialog(ctx, tasks)
        qtbot.addWidget(dialog)
        dialog.resize(640, 360)
        with qtbot.waitExposed(dialog):
            dialog.show()
        label = next(w for w in dialog.findChildren(QLabel) if w.text() == "Data folder:")
        value = dialog.fields["data_dir"]
        assert dialog.layoutDirection() == direction
        x = label.mapTo(dialog, label.rect().topLeft()).x()
        value_x = value.mapTo(dialog, value.rect().topLeft()).x()
        dialog.close()
        return x, label.width(), value_x

    ltr_x, width, ltr_value = label_box(Qt.LayoutDirection.LeftToRight)
    rtl_x, rtl_width, rtl_value = label_box(Qt.LayoutDirection.RightToLeft)
    assert width == rtl_width
    assert ltr_x < ltr_value and rtl_x > rtl_value  # the label moved from the left to the right of its value
    assert rtl_x == 640 - ltr_x - width  # exactly mirrored


# ------------------------------------------------------------------ dates and numbers
def test_dates_and_numbers_follow_the_locale(app: QApplication) -> None:
    moment = datetime(2026, 3, 5, 14, 7).astimezone()  # 14:07 on this computer's clock
    QLocale.setDefault(QLocale("de_DE"))
    try:
        assert i18n.format_datetime(moment) == "05.03.26 14:07"
        assert i18n.format_date(moment) == "05.03.26"
        assert i18n.format_time(moment) == "14:07"
        assert i18n.format_date(moment, long=True) == "Donnerstag, 5. März 2026"
        assert i18n.format_number(1234567.5) == "1.234.567,5"
        assert i18n.format_number(0.125, 2) == "0,13" or i18n.format_number(0.125, 2) == "0,12"
        assert i18n.format_number(2**40) == "1.099.511.627.776"
        QLocale.setDefault(QLocale("en_US"))
        assert i18n.format_datetime(moment).startswith("3/5/26 2:07")
        assert i18n.format_number(1234567.5) == "1,234,567.5"
        QLocale.setDefault(QLocale.c())  # an unconfigured system reads as plain English, not "5 03 2026"
        assert i18n.format_date(moment) == "3/5/26"
        naive_utc = moment.astimezone(UTC).replace(tzinfo=None)  # stored times are UTC
        assert i18n.format_datetime(naive_utc) == i18n.format_datetime(moment)
        assert i18n.format_time(moment + timedelta(minutes=1)) != i18n.format_time(moment)
    finally:
        QLocale.setDefault(QLocale.system())


# ------------------------------------------------------------------ the catalogs are current
def test_the_catalogs_hold_every_marked_string_and_the_qm_files_are_built_from_them(tmp_path: Path) -> None:
    """`make translations` was run after the last change to a marked string."""
    sources = sorted(str(p) for p in (REPO / "examhub_desktop").rglob("*.py"))
    for ts in sorted(CATALOGS.glob("*.ts")):
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        language = ts.stem.removeprefix("examhub_")
        options = [
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            language,
        ]
        if language == "en":
            options.append("-pluralonly")
        run([str(TOOLS / "pyside6-lupdate"), *options, *sources, "-ts", str(copy)])
        assert copy.read_text(encoding="utf-8") == ts.read_text(encoding="utf-8"), (
            f"{ts.name} is stale: run `make translations` and commit it"
        )
        qm = tmp_path / f"{ts.stem}.qm"
        run([str(TOOLS / "pyside6-lrelease"), "-removeidentical", str(ts), "-qm", str(qm)])
        assert filecmp.cmp(qm, CATALOGS / qm.name, shallow=False), (
            f"{qm.name} is stale: run `make translations`"
        )
    assert {p.stem for p in CATALOGS.glob("*.ts")} == {"examhub_en", "examhub_de"}


def run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, f"{cmd[0]} failed:\n{done.stdout}\n{done.stderr}"


# ------------------------------------------------------------------ the Settings dialog's choice
def settings_dialog(
    qtbot: QtBot, accounts: AccountServices, tasks: TaskRunner, admin: Principal, device: QSettings
) -> SettingsDialog:
    dialog = SettingsDialog(None, accounts, tasks, admin, device_settings=device)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000), qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_settings_offer_the_languages_and_store_the_choice_on_save(
    qtbot: QtBot, accounts: AccountServices, tasks: TaskRunner, admin: Principal, data_dir: Path
) -> None:
    device = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    dialog = settings_dialog(qtbot, accounts, tasks, admin, device)
    box = dialog.language
    assert box is not None and box.isVisible()
    combo = box.combo
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert items == [("Same as the system (English)", ""), ("English", "en"), ("Deutsch", "de")]
    assert combo.currentData() == ""
    assert "next time" in " ".join(label.text() for label in box.findChildren(QLabel))  # said, not hidden
    combo.setCurrentIndex(combo.findData("de"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert (
        i18n.language_setting(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)) == "de"
    )

    again = settings_dialog(qtbot, accounts, tasks, admin, device)
    assert again.language is not None and again.language.choice() == "de"
    again.language.combo.setCurrentIndex(0)
    again.reject()  # Cancel keeps the stored choice
    assert i18n.language_setting(device) == "de"

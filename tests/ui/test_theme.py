"""The theme's colours reach WCAG 4.5:1 for text in light and dark, choices apply at once, and the
live windows (teacher and student) draw every visible label and button at 4.5:1 in both."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from examhub_desktop.services.app import AppContext
from examhub_desktop.services.demo_data import DEMO_TEACHER_EMAIL, DEMO_TEACHER_PASSWORD, generate
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.ui import theme
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.settings_dialog import SettingsDialog
from examhub_desktop.ui.app import build_main_window
from examhub_desktop.ui.appearance import device_settings
from examhub_desktop.ui.flow import ActionBar
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.tasks import TaskRunner
from examhub_desktop.ui.theme import Choice, contrast_ratio

R = QPalette.ColorRole
AA = 4.5


@pytest.fixture
def restore_palette(qapp: QApplication) -> Iterator[None]:
    saved = QPalette(qapp.palette())
    yield
    qapp.setPalette(saved)
    theme.repaint_all()


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#ffffff", "#308cc6") == pytest.approx(3.69, abs=0.01)  # Fusion's selection
    assert contrast_ratio("#777777", "#ffffff") == contrast_ratio("#ffffff", "#777777")
    with pytest.raises(ValueError, match="not a #rrggbb colour"):
        contrast_ratio("red", "#ffffff")


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_palette_text_pairs_pass(qapp: QApplication, dark: bool) -> None:
    pal = theme.dark_palette() if dark else theme.light_palette()
    failing = {
        f"{fg.name}/{bg.name}": round(ratio, 2)
        for fg, bg in theme.TEXT_PAIRS
        if (ratio := contrast_ratio(pal.color(fg).name(), pal.color(bg).name())) < AA
    }
    assert failing == {}
    assert (
        pal.color(R.PlaceholderText).alpha() == 255
    )  # a translucent placeholder depends on what is under it


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_theme_role_passes_on_what_it_is_drawn_on(qapp: QApplication, dark: bool) -> None:
    pal = theme.dark_palette() if dark else theme.light_palette()
    table = theme.DARK if dark else theme.LIGHT
    assert set(table) == set(theme.Role)
    failing = {}
    for role, swatch in table.items():
        grounds = (
            [swatch.fill]
            if swatch.fill
            else [pal.color(r).name() for r in (R.Window, R.Base, R.AlternateBase)]
        )
        for ground in grounds:
            if (ratio := contrast_ratio(swatch.text, ground)) < AA:
                failing[f"{role.value} on {ground}"] = round(ratio, 2)
    assert failing == {}
    assert theme.is_dark(pal) is dark


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_meter_colours_stand_out_from_the_groove(qapp: QApplication, dark: bool) -> None:
    """Non-text contrast (WCAG 1.4.11): 3:1 against the window the bar sits on."""
    window = (theme.dark_palette() if dark else theme.light_palette()).color(R.Window).name()
    assert min(contrast_ratio(c, window) for c in theme.STRENGTH[dark]) >= 3.0


def test_choice_applies_at_once_and_repaints_styled_widgets(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, restore_palette: None
) -> None:
    label = QLabel("Not saved")
    qtbot.addWidget(label)
    theme.paint(label, theme.Role.ERROR, "font-weight: bold;")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(theme.THEME_KEY, "dark")
    current = theme.install(qapp, settings)
    assert current.choice is Choice.DARK and theme.is_dark()
    assert (
        theme.DARK[theme.Role.ERROR].text in label.styleSheet() and "font-weight: bold" in label.styleSheet()
    )
    current.apply(Choice.LIGHT)
    assert not theme.is_dark()
    assert qapp.palette().color(R.Highlight).name() == theme.LIGHT_PALETTE[R.Highlight]
    assert theme.LIGHT[theme.Role.ERROR].text in label.styleSheet()
    current.apply(Choice.SYSTEM)  # offscreen the system scheme is Unknown: light
    assert not theme.is_dark()
    settings.setValue(theme.THEME_KEY, "purple")
    assert theme.read_choice(settings) is Choice.SYSTEM


def test_scale_is_read_before_the_app_and_a_users_factor_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "settings.ini"
    monkeypatch.delenv("QT_SCALE_FACTOR", raising=False)
    theme.apply_scale_before_app(file)  # no settings yet: nothing set
    assert "QT_SCALE_FACTOR" not in os.environ
    settings = QSettings(str(file), QSettings.Format.IniFormat)
    settings.setValue(theme.SCALE_KEY, 150)
    settings.sync()
    theme.apply_scale_before_app(file)
    assert os.environ["QT_SCALE_FACTOR"] == "1.5"
    monkeypatch.setenv("QT_SCALE_FACTOR", "3")
    theme.apply_scale_before_app(file)
    assert os.environ["QT_SCALE_FACTOR"] == "3"
    settings.setValue(theme.SCALE_KEY, 130)  # not offered: 100
    assert theme.read_scale(settings) == 100


# ---------------------------------------------------------------- the live windows
def effective_ratio(widget: QWidget) -> float:
    """Foreground against background as the widget draws them: its palette after style sheets
    (Qt resolves a style sheet's color/background into the widget's palette when polished)."""
    widget.ensurePolished()
    pal = widget.palette()
    fg = pal.color(widget.foregroundRole())
    bg = pal.color(widget.backgroundRole())
    if isinstance(widget, QAbstractButton) and not widget.autoFillBackground():
        fg, bg = pal.color(R.ButtonText), pal.color(R.Button)
    return contrast_ratio(fg.name(), bg.name())


def low_contrast(top: QWidget) -> dict[str, float]:
    found = {}
    for w in [top, *top.findChildren(QWidget)]:
        if not isinstance(w, QLabel | QAbstractButton) or not w.isVisible() or not w.isEnabled():
            continue
        if (ratio := effective_ratio(w)) < AA:
            found[f"{type(w).__name__}:{w.objectName()}:{w.text()[:30]!r}"] = round(ratio, 2)
    return found


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.tasks.pending, timeout=10_000)
    qtbot.wait(10)


@pytest.fixture
def demo(ctx: AppContext, accounts: AccountServices) -> tuple[Principal, Principal]:
    """The `small` demo school: exams, results and people, so the badges and tables have rows."""
    generate(ctx, "small", seed=7)
    teacher = accounts.auth.sign_in(None, DEMO_TEACHER_EMAIL, DEMO_TEACHER_PASSWORD)
    student = next(u for u in accounts.users.list_users(teacher) if u.role == Role.STUDENT.value)
    return teacher, Principal(student.id, student.email, Role.STUDENT, student.full_name)


@pytest.mark.parametrize("choice", [Choice.LIGHT, Choice.DARK], ids=["light", "dark"])
@pytest.mark.parametrize("who", ["teacher", "student"])
def test_every_page_of_the_window_reads_at_4_5(
    qapp: QApplication,
    qtbot: QtBot,
    ctx: AppContext,
    accounts: AccountServices,
    demo: tuple[Principal, Principal],
    who: str,
    choice: Choice,
    restore_palette: None,
    tmp_path: Path,
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(theme.THEME_KEY, choice.value)
    theme.install(qapp, settings)
    window = build_main_window(ctx, demo[0] if who == "teacher" else demo[1], accounts=accounts)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    assert window.nav.count() >= 3
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        settle(qtbot, window)
        assert low_contrast(window) == {}, window.nav.item(row).text()
    window.close()
    window.tasks.wait()


def test_settings_dialog_applies_the_theme_at_once_and_cancel_puts_it_back(
    qapp: QApplication,
    qtbot: QtBot,
    accounts: AccountServices,
    admin: Principal,
    tasks: TaskRunner,
    restore_palette: None,
) -> None:
    dialog = SettingsDialog(None, accounts, tasks, admin)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    box = dialog.appearance
    box.theme.setCurrentIndex(box.theme.findData("dark"))
    assert theme.is_dark()
    box.scale.setCurrentIndex(box.scale.findData(200))
    stored = device_settings(accounts.ctx.data_dir)
    assert theme.read_choice(stored) is Choice.DARK and theme.read_scale(stored) == 200
    qtbot.wait(20)
    dialog.grab().save("/tmp/theme-settings-dark.png")
    dialog.reject()
    stored = device_settings(accounts.ctx.data_dir)
    assert theme.read_choice(stored) is Choice.SYSTEM and theme.read_scale(stored) == 100
    assert not theme.is_dark()  # offscreen, "system" is light


# ---------------------------------------------------------------- 200 % text
@pytest.fixture
def double_text(qapp: QApplication) -> Iterator[None]:
    saved = QFont(qapp.font())
    big = QFont(saved)
    big.setPointSizeF(saved.pointSizeF() * 2)
    qapp.setFont(big)
    yield
    qapp.setFont(saved)


@pytest.mark.parametrize("who", ["teacher", "student"])
def test_headers_fit_their_text_at_200_percent(
    qtbot: QtBot,
    ctx: AppContext,
    accounts: AccountServices,
    demo: tuple[Principal, Principal],
    who: str,
    double_text: None,
) -> None:
    window = build_main_window(ctx, demo[0] if who == "teacher" else demo[1], accounts=accounts)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    checked = 0
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        settle(qtbot, window)
        for view in window.pages.currentWidget().findChildren(QTableView):
            if not view.isVisible():
                continue
            header = view.horizontalHeader()
            for c in range(header.count()):
                if header.isSectionHidden(c):
                    continue
                checked += 1
                name = f"{window.nav.item(row).text()}/{view.objectName()}/{view.model().headerData(c, Qt.Orientation.Horizontal)}"
                assert header.sectionSize(c) >= header.sectionSizeHint(c), name
    assert checked >= (18 if who == "teacher" else 10)
    window.close()
    window.tasks.wait()


def test_action_bar_wraps_instead_of_hiding_actions(qtbot: QtBot, double_text: None) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    bar = ActionBar("Actions")
    layout.addWidget(bar)
    layout.addStretch(1)
    actions = [
        QAction(f"&{name}", holder) for name in ("New Exam", "Duplicate", "Publish", "Delete", "Archive")
    ]
    bar.addAction(actions[0])
    bar.addSeparator()
    bar.addActions(actions[1:])
    actions[4].setVisible(False)
    holder.resize(bar.sizeHint().width() // 2, 300)
    with qtbot.waitExposed(holder):
        holder.show()
    buttons = [bar.widgetForAction(a) for a in actions]
    shown = buttons[:4]
    assert all(b.isVisible() for b in shown) and not buttons[4].isVisible()
    assert all(bar.rect().contains(b.geometry()) for b in shown)  # nothing cut off or behind "»"
    assert len({b.y() for b in shown}) >= 2  # a second row


def test_system_choice_follows_the_system_and_a_forced_one_does_not(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, restore_palette: None
) -> None:
    """Offscreen the system scheme never changes, so the test plays the platform: it says the
    scheme is now dark and emits the signal Qt emits."""
    current = theme.use(qapp, Choice.SYSTEM)
    assert not theme.is_dark()
    monkeypatch.setattr(theme, "system_is_dark", lambda app: True)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.is_dark()
    current.apply(Choice.LIGHT)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not theme.is_dark()
    current.apply(Choice.SYSTEM)


def test_action_bar_mirrors_right_to_left(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    layout = QVBoxLayout(holder)
    bar = ActionBar("Actions")
    layout.addWidget(bar)
    first, second = QAction("&New Exam", holder), QAction("&Delete", holder)
    bar.addActions([first, second])
    holder.resize(600, 120)
    with qtbot.waitExposed(holder):
        holder.show()
    a, b = bar.widgetForAction(first), bar.widgetForAction(second)
    assert a.geometry().right() > b.geometry().right()  # the first action on the right
    assert bar.width() - 1 - a.geometry().right() < a.geometry().left()  # near the right edge

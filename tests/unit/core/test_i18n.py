"""The Qt-free translation hook the services use: English without a catalog, a routed translator
with one, and the arguments lupdate needs (positional) reaching it unchanged."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from examhub_desktop.core import i18n
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.install_translator(None)
    yield
    i18n.install_translator(None)


def test_without_a_catalog_the_source_text_comes_back_with_its_count() -> None:
    assert translate("Ctx", "Saved.") == "Saved."
    assert translate("Ctx", "%n answer(s) saved", None, 1) == "1 answer saved"
    assert translate("Ctx", "%n answer(s) saved", None, 0) == "0 answers saved"
    assert translate("Ctx", "Choose option(s)") == "Choose option(s)"  # no count: left alone


def test_an_installed_translator_gets_every_argument() -> None:
    seen: list[tuple[str, str, str | None, int]] = []

    def catalog(context: str, text: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, text, disambiguation, n))
        return "übersetzt"

    i18n.install_translator(catalog)
    assert translate("AuthService", "%n try(s)", "sign-in", 3) == "übersetzt"
    assert seen == [("AuthService", "%n try(s)", "sign-in", 3)]
    i18n.install_translator(None)
    assert translate("AuthService", "Text") == "Text"


def test_the_noop_marker_returns_its_text_for_later_translation() -> None:
    assert QT_TRANSLATE_NOOP("Ctx", "Later") == "Later"

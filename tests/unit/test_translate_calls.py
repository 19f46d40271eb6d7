"""Every `translate` and `QT_TRANSLATE_NOOP` call in the Qt-free layers is one lupdate can read.

`pyside6-lupdate` extracts a call only when its context and text are string literals passed
positionally; a keyword argument, an f-string or a variable drops the string silently (it stays
English in every language and no test of a window notices, because services' texts appear only
when something goes wrong). So this walks the syntax tree of services/, core/ and formats/ and
names every call that breaks a rule. A text that is not a literal is allowed only for the
documented constant pattern: `translate("Ctx", CONSTANT)` where the constants are marked
with `QT_TRANSLATE_NOOP("Ctx", ...)` in that same context (in this module or another checked one:
the permission rules are marked where each service declares them).
"""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import examhub_desktop

PACKAGE = Path(examhub_desktop.__file__).parent
CHECKED = ("services", "core", "formats")
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}
I18N_MODULES = {"i18n", "core_i18n"}  # `i18n.translate(...)` as well as a bare `translate(...)`


def _marker(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name) and func.id in MARKERS:
        return func.id
    if (
        isinstance(func, ast.Attribute)
        and func.attr in MARKERS
        and isinstance(func.value, ast.Name)
        and func.value.id in I18N_MODULES
    ):
        return func.attr
    return None  # e.g. str.translate(table), which is no translation at all


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _placeholder_problem(text: str) -> str | None:
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        return None  # not a format template (a literal brace such as GIFT's "{ }"); nothing to name
    if any(name == "" or name.isdigit() for name in fields):
        return "placeholders must be named ({name}), so a translator can move them"
    return None


def problems_in(
    source: str, where: str = "<source>", marked: frozenset[str] = frozenset()
) -> tuple[list[str], int]:
    """Every rule a marked call in `source` breaks, and how many marked calls there are."""
    tree = ast.parse(source)
    calls = [
        (node, kind) for node in ast.walk(tree) if isinstance(node, ast.Call) and (kind := _marker(node))
    ]
    noop_contexts = set(marked) | {
        ctx
        for node, kind in calls
        if kind == "QT_TRANSLATE_NOOP" and node.args and (ctx := _literal(node.args[0])) is not None
    }
    found: list[str] = []
    for node, kind in calls:
        at = f"{where}:{node.lineno}"
        if node.keywords:
            found.append(f"{at}: {kind} with keyword arguments (lupdate skips the call)")
        if not node.args or _literal(node.args[0]) is None:
            found.append(f"{at}: {kind}'s context is not a string literal")
            continue
        context = _literal(node.args[0])
        if len(node.args) < 2:
            found.append(f"{at}: {kind} without a text")
            continue
        text_node = node.args[1]
        text = _literal(text_node)
        if kind == "QT_TRANSLATE_NOOP":
            if len(node.args) != 2 or text is None:
                found.append(f"{at}: QT_TRANSLATE_NOOP takes exactly a literal context and a literal text")
            continue
        if len(node.args) not in (2, 4):
            found.append(f"{at}: translate takes (context, text) or (context, text, disambiguation, n)")
        if text is None:
            if isinstance(text_node, ast.JoinedStr):
                found.append(f"{at}: an f-string text (lupdate extracts the braces verbatim; use .format)")
            elif context not in noop_contexts:
                found.append(
                    f"{at}: a non-literal text whose context {context!r} marks no QT_TRANSLATE_NOOP here"
                )
            continue
        if (
            len(node.args) == 4
            and _literal(node.args[2]) is None
            and not (isinstance(node.args[2], ast.Constant) and node.args[2].value is None)
        ):
            found.append(f"{at}: the disambiguation must be None or a literal")
        if ("%n" in text) != (len(node.args) == 4):
            found.append(f"{at}: a plural needs both %n in the text and the count as fourth argument")
        if (problem := _placeholder_problem(text)) is not None:
            found.append(f"{at}: {problem}")
    return found, len(calls)


def _modules() -> list[Path]:
    return sorted(p for layer in CHECKED for p in (PACKAGE / layer).rglob("*.py"))


def test_every_marked_call_in_services_core_and_formats_is_extractable() -> None:
    sources = {path: path.read_text(encoding="utf-8") for path in _modules()}
    marked = frozenset(
        ctx
        for source in sources.values()
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and _marker(node) == "QT_TRANSLATE_NOOP" and node.args
        if (ctx := _literal(node.args[0])) is not None
    )
    found: list[str] = []
    total = 0
    for path, source in sources.items():
        problems, count = problems_in(source, str(path.relative_to(PACKAGE)), marked)
        found += problems
        total += count
    assert not found, "\n".join(found)
    assert total > 150, f"only {total} marked calls found: is the walk looking in the right place?"


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        ('translate("Ctx", f"{n} left")', "f-string"),
        ('translate("Ctx", "Saved.", disambiguation="menu")', "keyword"),
        ('translate(CTX, "Saved.")', "context is not a string literal"),
        ('translate("Ctx", message)', "non-literal text"),
        ('translate("Ctx", "%n left")', "plural"),
        ('translate("Ctx", "Left.", None, n)', "plural"),
        ('translate("Ctx", "{} left")', "named"),
        ('QT_TRANSLATE_NOOP("Ctx", name)', "exactly a literal"),
        ('i18n.translate("Ctx", text)', "non-literal text"),
    ],
)
def test_each_rule_catches_its_mistake(source: str, rule: str) -> None:
    problems, count = problems_in(source)
    assert count == 1 and len(problems) == 1 and rule in problems[0], problems


def test_the_documented_forms_pass() -> None:
    source = "\n".join(
        [
            'REASON = QT_TRANSLATE_NOOP("Ctx", "Too short.")',
            'translate("Ctx", REASON)',
            'translate("Ctx", "%n try(s) left", None, n)',
            'translate("Ctx", "Hello {name}.").format(name=who)',
            'translate("Gift", "Only the first { } is read.")',
            '"abc".translate(table)',  # str.translate is not a translation call
        ]
    )
    assert problems_in(source) == ([], 5)


def test_german_translates_every_message_of_these_layers() -> None:
    """The layers' contexts are complete in examhub_de.ts: a new message without German fails here,
    not in front of a German school the first time an import goes wrong."""
    contexts = {
        ctx
        for path in _modules()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and _marker(node) and node.args
        if (ctx := _literal(node.args[0])) is not None
    }
    catalog = ET.parse(PACKAGE.parent / "resources" / "translations" / "examhub_de.ts").getroot()
    seen: set[str] = set()
    unfinished: list[str] = []
    for context in catalog.iter("context"):
        name = context.findtext("name") or ""
        if name not in contexts:
            continue
        seen.add(name)
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                unfinished.append(f"{name}: {message.findtext('source')}")
    assert seen == contexts, f"contexts missing from the catalog (run make translations): {contexts - seen}"
    assert not unfinished, "no German yet for:\n" + "\n".join(unfinished)

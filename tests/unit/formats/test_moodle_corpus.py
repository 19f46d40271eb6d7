"""Moodle's own fixtures import to what Moodle's tests expect of them, or to their diagnostics.

Sources of the expectations (moodle/moodle):
- question/format/xml/tests/qformat_xml_import_export_test.php: test_importprocess
  (truefalse.xml imports two questions; error_invalid_grades.xml is refused),
  test_import_nested_categories_with_questions, test_import_categories_in_reverse_order,
  test_import_broken_multianswer_questions (nothing imported from broken_cloze_questions.xml),
  test_export_category_with_special_characters_in_idnumber (html_chars_in_idnumbers.xml).
- question/format/xml/tests/behat/import.feature: multianswer.xml imports one Cloze question.
- question/format/aiken/tests/aikenformat_test.php: test_readquestions (aiken_errors.txt).

Deviations, on purpose:
- Cloze (multianswer) is not a type of our model: such questions are skipped with a
  warning naming them, so broken_cloze_questions.xml gives Moodle's outcome (nothing
  imported) with our reason, and multianswer.xml imports nothing where Moodle imports one.
- Grades outside Moodle's menu (error_invalid_grades.xml: 33 %) make Moodle refuse the
  question. We name the same grades in a warning (our model stores any credit from
  -100 % to 100 %, and our own exports may hold such grades); the question is still refused,
  by the core rule that multiple-response credits add up to 100 % (here 99.67 %).
"""

from __future__ import annotations

import base64
import re

from examhub_desktop.core.question import QuestionType, TextFormat
from examhub_desktop.formats import ParsedQuestion, ParseResult, category_parts
from tests.unit.formats.helpers import messages, parse_corpus


def _by_title(result: ParseResult) -> dict[str, ParsedQuestion]:
    return {pq.question.title: pq for pq in result.questions}


def test_truefalse_imports_two_questions_with_images_inlined() -> None:
    result = parse_corpus("moodle-xml", "truefalse.xml", "moodle-xml")
    assert result.diagnostics == ()
    assert result.title == "TrueFalse"
    first, second = (pq.question for pq in result.questions)
    assert (first.title, first.correct, second.title, second.correct) == (
        "Moodle acronym (False)",
        False,
        "Moodle acronym (True)",
        True,
    )
    assert first.type is QuestionType.TRUE_FALSE and first.text_format is TextFormat.HTML
    assert "Modular Object-Oriented Dynamic Learning Education" in first.text
    assert "Modular Object-Oriented Dynamic Learning Environment" in second.text
    # The <file> became a data: URI where the text referred to @@PLUGINFILE@@/logo.jpg.
    match = re.search(r'src="data:image/jpeg;base64,([^"]+)"', first.text)
    assert match and base64.b64decode(match.group(1))[:2] == b"\xff\xd8"
    assert "@@PLUGINFILE@@" not in first.text + first.explanation + first.true_feedback
    assert "Your answer is incorrect." in first.true_feedback
    assert "Your answer is correct." in first.false_feedback
    assert "documentation about Moodle" in first.explanation
    assert {pq.category for pq in result.questions} == {"$course$/Default for testhead/TrueFalse"}


def test_invalid_grades_are_reported_and_the_question_refused() -> None:
    result = parse_corpus("moodle-xml", "error_invalid_grades.xml", "moodle-xml")
    (pq,) = result.questions
    q = pq.question
    assert q.title == "Question with invalid grades : x > 1 & x < 2"  # Moodle strips the tags
    assert q.type is QuestionType.MULTIPLE_RESPONSE  # <single>false</single>
    assert [c.fraction for c in q.choices] == [-0.5, 0.33, 0.3333333, -0.5, 0.3333333]
    assert q.shuffle_choices is True
    (warning,) = messages(result, "warning")
    assert "x > 1 & x < 2" in warning and "33%" in warning and "Moodle would refuse" in warning
    assert pq.diagnostics[0].path == "/quiz/question[1]" and pq.diagnostics[0].line == 4
    (error,) = messages(result, "error")
    assert "add up to 100%" in error and pq.has_errors


def test_broken_cloze_questions_import_nothing_and_say_why() -> None:
    result = parse_corpus("moodle-xml", "broken_cloze_questions.xml", "moodle-xml")
    assert result.questions == ()
    warnings = messages(result, "warning")
    names = [
        "Multianswer question without subquestions",
        "Multichoice subquestion without choices",
        "Multichoice subquestion with only one choice",
        "Multichoice subquestion with no completely correct answer",
        "Numerical subquestion with buggy answer",
    ]
    assert len(warnings) == len(names)
    for name, warning in zip(names, warnings, strict=True):
        assert name in warning and "Cloze" in warning and "'cloze'" in warning
    assert [d.path for d in result.diagnostics] == [f"/quiz/question[{i}]" for i in range(1, 6)]


def test_multianswer_is_skipped_with_a_warning_naming_it() -> None:
    result = parse_corpus("moodle-xml", "multianswer.xml", "moodle-xml")
    assert result.questions == ()
    (warning,) = messages(result, "warning")
    assert "'cloze with images'" in warning
    assert result.categories == ("$course$/Default for Test images in backup",)


def test_nested_categories_with_questions() -> None:
    result = parse_corpus("moodle-xml", "nested_categories_with_questions.xml", "moodle-xml")
    assert result.diagnostics == ()
    where = {title: category_parts(pq.category) for title, pq in _by_title(result).items()}
    assert where == {
        "Iota Question": ["Iota"],
        "Kappa Essay Question": ["Iota", "Kappa"],
        "Kappa Question": ["Iota", "Kappa"],
        "Lambda Question": ["Iota", "Kappa", "Lambda"],
        "Mu Question": ["Iota", "Mu"],
    }
    assert (result.title, result.description) == ("Iota", "This is Iota category for test")
    kinds = {title: pq.question.type for title, pq in _by_title(result).items()}
    assert kinds["Kappa Essay Question"] is QuestionType.ESSAY
    assert kinds["Mu Question"] is QuestionType.TRUE_FALSE
    essay = _by_title(result)["Kappa Essay Question"].question
    assert essay.text_format is TextFormat.MOODLE  # moodle_auto_format


def test_categories_in_reverse_order() -> None:
    result = parse_corpus("moodle-xml", "categories_reverse_order.xml", "moodle-xml")
    assert result.diagnostics == ()
    questions = _by_title(result)
    assert category_parts(questions["Tau Question"].category) == ["Sigma", "Tau"]  # Tau's parent is Sigma
    assert category_parts(questions["Sigma Question"].category) == ["Sigma"]
    sigma = questions["Sigma Question"].question
    assert sigma.type is QuestionType.SHORT_ANSWER and sigma.case_sensitive is False
    assert [(a.text, a.fraction) for a in sigma.answers] == [("yes", 1.0), ("no", 0.0), ("may be", 0.0)]
    assert result.description == "This is Tau category for test"


def test_html_chars_in_idnumbers() -> None:
    result = parse_corpus("moodle-xml", "html_chars_in_idnumbers.xml", "moodle-xml")
    (pq,) = result.questions
    assert pq.question.legacy_id == "T & F"
    assert pq.question.correct is True and pq.question.text == "<p>Testing Alpha Question</p>"
    assert (result.title, result.description) == ("Alpha", "This is Alpha category for test")


def test_aiken_questions() -> None:
    result = parse_corpus("aiken", "questions.aiken.txt", "aiken")
    assert result.diagnostics == ()
    first, second = (pq.question for pq in result.questions)
    assert first.text == "The Moodle project was started by:"
    assert [c.text for c in first.choices] == ["Petr Skoda", "Martin Dougiamas", "Eloy Lafuente", "Tim Hunt"]
    assert [c.fraction for c in first.choices] == [0.0, 1.0, 0.0, 0.0]
    assert second.text_format is TextFormat.HTML
    assert second.text == (
        'Moodle\'s abilities include handling user input that includes &lt;html class="cool"&gt; &amp; images:'
    )
    assert [c.fraction for c in second.choices] == [1.0, 0.0]


def test_aiken_errors_as_moodle_reports_them() -> None:
    result = parse_corpus("aiken", "aiken_errors.txt", "aiken")
    good = {pq.question.text: pq.question for pq in result.questions}
    assert list(good) == ["A good question", "A second good question"]
    assert [(c.text, c.fraction) for c in good["A good question"].choices] == [
        ("Correct", 1.0),
        ("Incorrect", 0.0),
    ]
    assert [(c.text, c.fraction) for c in good["A second good question"].choices] == [
        ("Incorrect (No space)", 0.0),
        ("Correct (No space)", 1.0),
    ]
    errors = messages(result, "error")
    assert len(errors) == 4
    assert "Error importing question 'A question with too few answers'" in errors[0]
    assert "Question must have at least 2 answers on line 3" in errors[0]
    assert "Question not started on line 5" in errors[1]
    assert "Question not started on line 7" in errors[2]
    assert "Error importing question 'A question started but not finished'" in errors[3]
    assert "Question not completed before next question start on line 18" in errors[3]
    assert [d.line for d in result.errors] == [3, 5, 7, 14]

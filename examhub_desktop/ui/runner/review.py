"""The review of a finished attempt: score, pass or fail, time taken, and every question with
the answer given, the right answer, the feedback and the explanation. A teacher also marks
essays here (a points spin box per essay -> ResultsService.grade_essay) and sees each time a
full-screen attempt's window was left.

A student sees what the exam's review options show now (Review.shows): what is held back is
said to be held back, never shown as wrong or empty."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.exam_rules import ReviewShows
from examhub_desktop.core.question import QuestionType
from examhub_desktop.core.responses import is_answered
from examhub_desktop.services.results import Review, ReviewItem
from examhub_desktop.ui import theme
from examhub_desktop.ui.changes import ATTEMPTS
from examhub_desktop.ui.i18n import format_number
from examhub_desktop.ui.runner.backend import RunnerServices
from examhub_desktop.ui.runner.describe import (
    OUTCOME_BADGES,
    describe_outcome,
    describe_response,
    describe_right,
    finish_reason,
    format_duration,
    format_points,
    labelled,
    percent,
    plain,
    type_name,
    when,
)
from examhub_desktop.ui.runner.question_page import question_label


def _label(text: str, *, rich: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class ItemCard(QFrame):
    """One question of the review."""

    def __init__(self, item: ReviewItem, *, teacher: bool, shows: ReviewShows | None = None) -> None:
        super().__init__()
        self.item = item
        shows = shows or ReviewShows()
        q = item.question
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"reviewItem{item.number}")
        self.setAutoFillBackground(True)  # a card: the base colour, like a sheet of paper
        self.setBackgroundRole(QPalette.ColorRole.Base)  # a role, so it follows a scheme change
        info = q.type is QuestionType.DESCRIPTION
        result = item.result
        if info:
            outcome = QLabel(type_name(q.type))
        elif result is None:  # right/wrong not shown (yet)
            outcome = QLabel(self.tr("Answer recorded"))
        else:
            outcome = QLabel(describe_outcome(result, item.points if item.earned is not None else None))
        outcome.setObjectName("outcome")
        badge = theme.Role(OUTCOME_BADGES[result.outcome]) if result is not None else theme.Role.BADGE_NEUTRAL
        theme.paint(outcome, badge, "padding: 2px 8px; border-radius: 3px;")
        number = format_number(item.number)
        heading = QLabel(
            "<h3>{}</h3>".format(html.escape(self.tr("Question {number}").format(number=number)))
        )
        head = QHBoxLayout()
        head.addWidget(heading)
        head.addSpacing(10)
        head.addWidget(outcome, 0, Qt.AlignmentFlag.AlignVCenter)
        if result is not None and result.manual:
            head.addWidget(QLabel(self.tr("(marked by a teacher)")), 0, Qt.AlignmentFlag.AlignVCenter)
        head.addStretch(1)
        if item.seconds:
            head.addWidget(QLabel(self.tr("time on it: {time}").format(time=format_duration(item.seconds))))
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(question_label(q))
        self.mark_spin: QSpinBox | None = None
        self.mark_button: QPushButton | None = None
        if q.type is QuestionType.DESCRIPTION:
            return
        esc = html.escape
        answered = is_answered(q.type, item.response)
        answer = describe_response(q, item.response)
        answer_html = esc(answer) if answered else f"<i>{esc(answer)}</i>"
        if q.type is QuestionType.ESSAY and answered:
            answer_html = "<br>" + esc(answer).replace("\n", "<br>")
        rows = [labelled(self.tr("Answer given:") if teacher else self.tr("Your answer:"), answer_html)]
        right = describe_right(q, teacher=teacher) if shows.correct_answers else ""
        if right:
            label = self.tr("Marking:") if q.type is QuestionType.ESSAY else self.tr("Right answer:")
            rows.append(labelled(label, esc(right)))
        for fb in result.feedback if result is not None else ():
            rows.append(labelled(self.tr("Feedback:"), f"<i>{esc(plain(fb, q.text_format))}</i>"))
        if q.explanation.strip():
            rows.append(labelled(self.tr("Explanation:"), esc(plain(q.explanation, q.text_format))))
        body = _label("<br>".join(rows), rich=True, name="itemBody")
        layout.addWidget(body)
        if teacher and q.type is QuestionType.ESSAY:
            layout.addLayout(self._marking(item))

    def _marking(self, item: ReviewItem) -> QHBoxLayout:
        self.mark_spin = QSpinBox()
        self.mark_spin.setRange(0, item.question.points)
        self.mark_spin.setSuffix(self.tr(" of {points}").format(points=format_number(item.question.points)))
        number = format_number(item.number)
        self.mark_spin.setAccessibleName(self.tr("Points for question {number}").format(number=number))
        if item.result is not None and item.result.credit is not None:
            self.mark_spin.setValue(round(item.result.credit * item.question.points))
        label = QLabel(self.tr("&Points:"))
        label.setBuddy(self.mark_spin)
        self.mark_button = QPushButton(
            self.tr("Save Mark") if item.result is None or item.result.pending else self.tr("Change Mark")
        )
        self.mark_button.setAccessibleName(
            self.tr("Save the mark for question {number}").format(number=number)
        )
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.mark_spin)
        row.addWidget(self.mark_button)
        row.addStretch(1)
        return row


class ReviewView(QScrollArea):
    """A finished attempt as a scrolling page of cards."""

    mark_requested = Signal(str, int)  # question id, points awarded

    def __init__(self, review: Review, *, teacher: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.teacher = teacher
        self.setObjectName("reviewView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 12, 20, 20)
        layout.setSpacing(12)
        layout.addWidget(self._summary(review))
        self.cards: list[ItemCard] = []
        for item in review.items:
            card = ItemCard(item, teacher=teacher, shows=review.shows)
            if card.mark_button is not None and card.mark_spin is not None:
                qid, spin = item.question.id or "", card.mark_spin
                card.mark_button.clicked.connect(
                    lambda _c=False, q=qid, s=spin: self.mark_requested.emit(q, s.value())
                )
            self.cards.append(card)
            layout.addWidget(card)
        if not review.items and review.exam_deleted:
            layout.addWidget(
                _label(self.tr("The exam was deleted, so its questions can no longer be shown."))
            )
        elif not review.shows.answers:
            layout.addWidget(
                _label(
                    self.tr("Your teacher has not made the questions and your answers visible for review.")
                )
            )
        if teacher and review.away:
            layout.insertWidget(1, self._away(review))
        layout.addStretch(1)
        self.setWidget(body)
        self.next_essay_button: QPushButton | None = None
        to_mark = [c for c in self.cards if c.item.result is not None and c.item.result.pending]
        if teacher and to_mark:
            self.next_essay_button = QPushButton(self.tr("Go to the &Next Essay to Mark"))
            self.next_essay_button.setAccessibleName(self.tr("Go to the next essay to mark"))
            self.next_essay_button.clicked.connect(self.next_essay)
            row = QHBoxLayout()
            count = len(to_mark)
            row.addWidget(QLabel(self.tr("%n essay(s) to mark.", "", count)))
            row.addWidget(self.next_essay_button)
            row.addStretch(1)
            layout.insertLayout(1, row)

    def next_essay(self) -> None:
        """Scroll to the first essay still awaiting a mark and put the keyboard on its points."""
        card = next(
            (
                c
                for c in self.cards
                if c.item.result is not None and c.item.result.pending and c.mark_spin is not None
            ),
            None,
        )
        if card is None or card.mark_spin is None:
            return
        self.ensureWidgetVisible(card, 0, 12)
        card.mark_spin.setFocus(Qt.FocusReason.OtherFocusReason)
        card.mark_spin.selectAll()

    def _away(self, r: Review) -> QWidget:
        """Full-screen mode: each time the student left the window, when and for how long."""
        lines = [
            self.tr("Left the exam window %n time(s), {time} in all:", "", len(r.away)).format(
                time=format_duration(sum(e.seconds for e in r.away))
            )
        ]
        lines += [
            self.tr("{time} for {length}").format(time=when(e.left_at), length=format_duration(e.seconds))
            for e in r.away
        ]
        box = _label("\n".join(lines), name="awayEvents")
        theme.paint(box, theme.Role.BADGE_WARNING, "padding: 6px 10px; border-radius: 3px;")
        return box

    def _summary(self, r: Review) -> QWidget:
        esc = html.escape
        box = QFrame()
        box.setObjectName("reviewSummary")
        if r.score is None:
            verdict, role = self.tr("Score not shown yet"), theme.Role.BADGE_NEUTRAL
        elif r.passed is None:
            verdict, role = self.tr("No pass mark"), theme.Role.BADGE_NEUTRAL
        elif r.passed:
            verdict, role = self.tr("✓ Passed"), theme.Role.BADGE_SUCCESS
        else:
            verdict, role = self.tr("✗ Not passed"), theme.Role.BADGE_ERROR
        title = QLabel(f"<h2>{esc(r.exam_title)}</h2>")
        title.setWordWrap(True)
        shown = esc(percent(r.score)) if r.score is not None else "—"
        score = QLabel(f"<span style='font-size: xx-large; font-weight: bold'>{shown}</span>")
        score.setAccessibleName(
            self.tr("Score {score} percent").format(score=format_number(r.score))
            if r.score is not None
            else self.tr("Score not shown yet")
        )
        score.setObjectName("score")
        badge = QLabel(verdict)
        badge.setObjectName("verdict")
        theme.paint(badge, role, "padding: 4px 10px; border-radius: 3px; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(score)
        top.addSpacing(12)
        top.addWidget(badge, 0, Qt.AlignmentFlag.AlignVCenter)
        if r.pending:
            pending = QLabel(
                self.tr("Pending: an essay awaits a teacher's mark, so the score may still go up.")
            )
            pending.setObjectName("pending")
            pending.setWordWrap(True)
            theme.paint(pending, theme.Role.BADGE_INFO, "padding: 4px 10px; border-radius: 3px;")
            top.addSpacing(12)
            top.addWidget(pending, 1, Qt.AlignmentFlag.AlignVCenter)
        else:
            top.addStretch(1)
        facts = [
            self.tr("{earned} of {possible} points").format(
                earned=format_points(r.earned), possible=format_points(r.possible)
            )
            if r.earned is not None
            else "",
            self.tr("pass mark {percent}").format(percent=percent(r.passing_score))
            if r.passing_score is not None
            else "",
            self.tr("time taken {time}").format(time=format_duration(r.seconds_taken)),
            self.tr("practice") if r.mode == "practice" else self.tr("exam mode"),
        ]
        line1 = " · ".join(f for f in facts if f)
        times = [
            finish_reason(r.finish_reason),
            self.tr("started {time}").format(time=when(r.started)),
            self.tr("ended {time}").format(time=when(r.ended)),
        ]
        if self.teacher:
            times.insert(0, r.student)
        line2 = " · ".join(times)
        details = _label(f"{line1}\n{line2}", name="reviewFacts")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(details)
        return box


class ReviewWindow(QMainWindow):
    """A review in its own window (My Results, the teacher's Attempts page)."""

    loaded = Signal(object)  # Review
    marked = Signal(object)  # Review after a mark was saved
    failed = Signal(str)

    def __init__(self, services: RunnerServices, attempt_id: str, *, teacher: bool = False) -> None:
        super().__init__()
        self.services, self.attempt_id, self.teacher = services, attempt_id, teacher
        self.setObjectName("ReviewWindow")
        self.setWindowTitle(self.tr("Review"))
        self.view: ReviewView | None = None
        self.message = _label(self.tr("Loading…"), name="reviewMessage")
        self.message.setMargin(20)
        self.setCentralWidget(self.message)
        close = QAction(self.tr("&Close"), self)
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Esc")])
        close.triggered.connect(self.close)
        self.addAction(close)
        self.resize(860, 700)
        self.reload()

    def reload(self) -> None:
        s = self.services
        aid = self.attempt_id  # the worker reads plain values, never the window
        self.services.run(lambda: s.results.review(s.principal, aid), self._show, self._failed, owner=self)

    def _show(self, review: Review, *, signal: SignalInstance | None = None) -> None:
        old = self.view
        position = old.verticalScrollBar().value() if old is not None else 0
        self.view = ReviewView(review, teacher=self.teacher)
        self.view.mark_requested.connect(self.save_mark)
        self.setCentralWidget(self.view)
        self.view.verticalScrollBar().setValue(position)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll it
        self.view.setAccessibleName(self.tr("Review"))
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):  # open (or come back) on the review itself
            (self.view.next_essay_button or self.view).setFocus(Qt.FocusReason.OtherFocusReason)
        if self.teacher:
            title = self.tr("Review — {student} — {exam}").format(
                student=review.student, exam=review.exam_title
            )
        else:
            title = self.tr("Review — {exam}").format(exam=review.exam_title)
        self.setWindowTitle(title)
        (signal or self.loaded).emit(review)

    def _failed(self, message: str) -> None:
        if self.view is None:
            self.message.setText(message)
        else:
            self.statusBar().showMessage(message, 10_000)
        self.failed.emit(message)

    def save_mark(self, question_id: str, points: int) -> None:
        s, aid = self.services, self.attempt_id
        self.statusBar().showMessage(self.tr("Saving the mark…"))

        def done(review: Review) -> None:
            self.statusBar().showMessage(self.tr("Mark saved."), 5000)
            self.services.changed(ATTEMPTS)
            self._show(review, signal=self.marked)

        self.services.run(
            lambda: s.results.grade_essay(s.principal, aid, question_id, points),
            done,
            self._failed,
            owner=self,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)

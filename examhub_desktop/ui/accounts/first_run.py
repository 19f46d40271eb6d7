"""First start with no accounts: create the administrator (the teacher who runs this copy)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from examhub_desktop import APP_NAME
from examhub_desktop.services.errors import KNOWN_ERRORS
from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui.accounts.backend import AccountServices, SampleLoader, sample_exam_path
from examhub_desktop.ui.accounts.new_account import NewAccountDialog
from examhub_desktop.ui.messages import MessageDialog
from examhub_desktop.ui.tasks import TaskRunner


class FirstRunDialog(NewAccountDialog):
    """Creates the first administrator; its value is the signed-in administrator."""

    def __init__(
        self,
        parent: QWidget | None,
        accounts: AccountServices,
        tasks: TaskRunner,
        *,
        sample_loader: SampleLoader | None = None,
    ) -> None:
        super().__init__(parent, tasks, "")
        welcome = self.tr("Welcome to {app}").format(app=APP_NAME)
        self.setWindowTitle(welcome)
        self.setObjectName("FirstRunDialog")
        self.accounts = accounts
        self.sample_loader = sample_loader
        heading = QLabel(f"<h2>{html.escape(welcome)}</h2>")
        heading.setAccessibleName(welcome)
        self.layout_.addWidget(heading)

        self.add_account_fields(self.tr("as students will see it"))
        self.load_sample = QCheckBox(self.tr("&Load a sample exam to try things out"))
        self.load_sample.setChecked(True)
        # Only offered when there is a sample to load and something that can load it.
        self.sample_offered = sample_loader is not None and sample_exam_path().exists()
        self.load_sample.setVisible(self.sample_offered)
        self.form.addRow("", self.load_sample)
        self.ok_button.setText(self.tr("&Create Administrator"))
        self.cancel_button.setText(self.tr("&Quit"))
        self.finish_layout(
            self.tr(
                "No one has an account on this computer yet. Create the administrator account: "
                "the teacher who writes exams, manages people and sees every result. A good "
                "password is long; a few unrelated words work well."
            )
        )
        self.setMinimumWidth(560)

    def submit(self) -> None:
        values = self.account_values()
        if values is None:
            return
        email, name, password = values
        auth = self.accounts.auth
        loader = self.sample_loader if self.sample_offered and self.load_sample.isChecked() else None

        def create() -> tuple[Principal, str | None]:
            admin = auth.create_first_admin(None, email, name.strip(), password)
            problem = None
            if loader is not None:
                try:  # the administrator exists now; a sample that fails to load must not undo that
                    loader(admin, sample_exam_path())
                except KNOWN_ERRORS as exc:
                    problem = str(exc)
            return admin, problem

        self.call(create, self._created, self.tr("Creating the administrator…"))

    def _created(self, result: tuple[Principal, str | None]) -> None:
        admin, problem = result
        if problem:
            MessageDialog.ask(
                self,
                self.tr("Sample exam"),
                self.tr("Your account was created, but the sample exam was not loaded: {problem}").format(
                    problem=problem
                ),
            )
        self.finish(admin)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        accounts: AccountServices,
        tasks: TaskRunner,
        *,
        sample_loader: SampleLoader | None = None,
    ) -> Principal | None:
        return cls.run_modal(cls(parent, accounts, tasks, sample_loader=sample_loader))  # type: ignore[no-any-return]

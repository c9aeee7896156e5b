"""First run: what Oriel does with your data, then a model to download or import."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.plain_text import plain_label
from app.settings.model_manager import ModelManager
from app.settings.models import MODELS, format_bytes
from app.settings.speed import accelerated, cpu_cores, speed_text, suggested_model
from app.settings.values import Settings
from app.theme import grow_to_fit, make_title, mute


def _total_ram() -> int | None:
    try:
        import psutil
    except ImportError:
        return None
    return int(psutil.virtual_memory().total)


class FirstRunDialog(QDialog):
    def __init__(self, settings: Settings, manager: ModelManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.manager = manager
        self.pages = QStackedWidget()
        self._paused = False

        welcome = QWidget()
        w = QVBoxLayout(welcome)
        self.welcome_title = plain_label()
        make_title(self.welcome_title)
        self.privacy_text = plain_label()
        self.privacy_text.setWordWrap(True)
        # A floor for the wrapped text only: the dialog still grows to fit longer translations.
        self.privacy_text.setMinimumWidth(520)
        self.continue_button = QPushButton()
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        w.addWidget(self.welcome_title)
        w.addWidget(self.privacy_text)
        w.addStretch()
        w.addWidget(self.continue_button)

        choose = QWidget()
        c = QVBoxLayout(choose)
        self.choose_title = plain_label()
        make_title(self.choose_title)
        c.addWidget(self.choose_title)
        self.choices = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self._ram, self._cores = _total_ram(), cpu_cores()
        suggested = suggested_model(self._ram, self._cores, manager.engine.providers)
        self._suggested = suggested
        for m in MODELS:
            radio = QRadioButton()
            # Radio buttons cannot wrap: the dialog widens to the longest choice, never clips it.
            radio.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            radio.setProperty("model", m.key)
            radio.setChecked(m.key == suggested)
            self.choices.addButton(radio)
            self.radios[m.key] = radio
            c.addWidget(radio)
        self.choices.buttonToggled.connect(self._update)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = plain_label()
        self.status.setWordWrap(True)
        mute(self.status)
        c.addWidget(self.progress)
        c.addWidget(self.status)
        c.addStretch()
        row = QHBoxLayout()
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._import)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.manager.cancel_job)
        self.cancel_button.hide()
        self.download_button = QPushButton()
        self.download_button.setDefault(True)
        self.download_button.clicked.connect(self._download)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self._finish)
        row.addWidget(self.import_button)
        row.addStretch()
        for b in (self.cancel_button, self.download_button, self.start_button):
            row.addWidget(b)
        c.addLayout(row)

        self.pages.addWidget(welcome)
        self.pages.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        manager.jobProgress.connect(self._on_progress)
        manager.jobFinished.connect(self._on_finished)
        manager.packagesChanged.connect(self._update)
        manager.engine.ready.connect(self._on_providers)  # the accelerators are known from here on
        self.retranslate()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Oriel"))
        self.welcome_title.setText(self.tr("Welcome to Oriel"))
        self.privacy_text.setText(
            self.tr(
                "Oriel is an assistant that runs entirely on this computer. Your conversations and "
                "images stay here: there is no account, no telemetry, and Oriel uses the network "
                "only when you download a model.\n\nNext, choose a model. Larger models answer "
                "better but need more memory and are slower."
            )
        )
        self.continue_button.setText(self.tr("Continue"))
        self.choose_title.setText(self.tr("Choose a model"))
        for m in MODELS:
            text = self.tr("{size}: {download} download, needs about {ram} of memory").format(
                size=m.label, download=format_bytes(m.download_bytes), ram=format_bytes(m.ram_bytes)
            )
            if not accelerated(self.manager.engine.providers):  # measured on CPUs only (bench/)
                text += "\n" + speed_text(m.key, self._cores)
            if m.key == self._suggested:
                text += "  " + self.tr("(suggested for this computer)")
            if self.manager.installed(m):
                text += "  " + self.tr("(installed)")
            self.radios[m.key].setText(text)
        self.import_button.setText(self.tr("Import a folder…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.download_button.setText(self.tr("Resume") if self._paused else self.tr("Download"))
        self.start_button.setText(self.tr("Start chatting"))
        for b in (
            self.continue_button,
            self.import_button,
            self.cancel_button,
            self.download_button,
            self.start_button,
        ):
            b.setAccessibleName(b.text().replace("…", ""))
        self.progress.setAccessibleName(self.tr("Download progress"))
        for radio in self.radios.values():
            radio.setAccessibleName(radio.text())

    def _on_providers(self) -> None:
        suggested = suggested_model(self._ram, self._cores, self.manager.engine.providers)
        if self.chosen() == self._suggested and self.manager.job is None:  # not changed by the user
            self.radios[suggested].setChecked(True)
        self._suggested = suggested
        self.retranslate()

    def chosen(self) -> str:
        button = self.choices.checkedButton()
        return str(button.property("model")) if button else self._suggested

    def _update(self) -> None:
        busy = self.manager.job is not None
        ready = self.manager.installed(next(m for m in MODELS if m.key == self.chosen())) is not None
        self.download_button.setVisible(not ready and not busy)
        self.start_button.setVisible(ready and not busy)
        self.cancel_button.setVisible(busy)
        self.import_button.setEnabled(not busy)
        for radio in self.radios.values():
            radio.setEnabled(not busy)
        self.retranslate()

    def _download(self) -> None:
        self.settings.model = self.chosen()
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Downloading…"))
        self.manager.download(self.chosen())
        self._update()

    def _import(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a model folder"))
        if folder:
            self.status.setText(self.tr("Importing…"))
            self.progress.setValue(0)
            self.progress.show()
            self.manager.import_folder(folder)
            self._update()

    def _on_progress(self, fraction: float, detail: str) -> None:
        self.progress.setValue(round(fraction * 100))
        if detail:
            self.status.setText(detail)
            grow_to_fit(self)

    def _on_finished(self, ok: bool, message: str) -> None:
        self._paused = not ok
        self.progress.setVisible(not ok)
        self.status.setText(self.tr("The model is ready.") if ok else message)
        self._update()
        grow_to_fit(self)

    def _finish(self) -> None:
        self.settings.model = self.chosen()
        self.settings.first_run_done = True
        self.accept()

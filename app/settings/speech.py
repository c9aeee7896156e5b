"""Settings, Model tab: "Speech model (voice input)", the Whisper model voice input needs.

Like the chat models: pick one, see whether it is installed, download it (progress, cancel,
resume) or import a folder (the store recognises a Whisper ONNX folder). The one chosen when
Settings is accepted, or the one just downloaded, is the one voice input uses.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.plain_text import plain_label
from app.settings.model_manager import ModelManager
from app.settings.models import SPEECH_MODELS, SpeechSpec, format_bytes, installed_speech
from app.theme import mute
from runtime.protocol import ModelInfo


class SpeechModelBox(QGroupBox):
    def __init__(self, manager: ModelManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self.combo = QComboBox()
        self.combo.currentIndexChanged.connect(self._on_choice)
        self.info = plain_label()
        self.info.setWordWrap(True)
        mute(self.info)
        self.download_button, self.cancel_button = QPushButton(), QPushButton()
        self.import_button = QPushButton()
        self.download_button.clicked.connect(self._download)
        self.cancel_button.clicked.connect(manager.cancel_job)
        self.import_button.clicked.connect(self._import)
        self.progress = QProgressBar()
        self.progress.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()  # the buttons keep their width while no progress is shown
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.combo)
        layout.addWidget(self.info)
        layout.addLayout(buttons)
        manager.packagesChanged.connect(self._fill)
        manager.jobProgress.connect(self._on_progress)
        manager.jobFinished.connect(self._on_finished)
        self._message = ""  # the last job's outcome, until the choice changes
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        #: settings group: the Whisper model that turns speech into text
        self.setTitle(self.tr("Speech model (voice input)"))
        self.combo.setAccessibleName(self.title())
        self.download_button.setText(self.tr("Download"))
        self.download_button.setAccessibleName(self.tr("Download the selected speech model"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the download"))
        self.import_button.setText(self.tr("Import a folder…"))
        self.import_button.setAccessibleName(self.tr("Import a speech model folder"))
        self.progress.setAccessibleName(self.tr("Download progress"))
        self._fill()

    def _choices(self) -> list[tuple[str, SpeechSpec | None, ModelInfo | None]]:
        """(text, the model to download, the installed package) for each line of the list."""
        packages = self.manager.speech_packages()
        choices: list[tuple[str, SpeechSpec | None, ModelInfo | None]] = []
        for model in SPEECH_MODELS:
            package = installed_speech(model, packages)
            if model is SPEECH_MODELS[0]:
                text = self.tr("{name}: fast (recommended)").format(name=model.label)
            else:
                text = self.tr("{name}: more accurate, slower").format(name=model.label)
            #: in the model list, instead of the download size: "2B · installed"
            state = self.tr("installed") if package else format_bytes(model.download_bytes)
            choices.append((f"{text}  ·  {state}", model, package))
        known = {c[2].name for c in choices if c[2] is not None}
        for package in packages:  # imported ones, or other formats
            if package.name not in known:
                choices.append((f"{package.name}  ·  {self.tr('installed')}", None, package))
        return choices

    def _fill(self) -> None:
        in_use = self.manager.speech_model()
        current = self.combo.currentIndex()
        self.combo.blockSignals(True)
        self.combo.clear()
        choices = self._choices()
        for text, _, _ in choices:
            self.combo.addItem(text)
        if current < 0 or current >= len(choices):
            current = next((i for i, c in enumerate(choices) if in_use and c[2] == in_use), 0)
        self.combo.setCurrentIndex(current)
        self.combo.blockSignals(False)
        self._show_state()

    def selected(self) -> tuple[SpeechSpec | None, ModelInfo | None]:
        choices = self._choices()
        index = self.combo.currentIndex()
        if not 0 <= index < len(choices):
            return None, None
        return choices[index][1], choices[index][2]

    def _on_choice(self) -> None:
        self._message = ""
        self._show_state()

    def _show_state(self) -> None:
        model, package = self.selected()
        busy = self.manager.job is not None
        mine = busy and self.manager.job_kind == "speech"
        if self._message:
            text = self._message
        elif package is not None:
            text = self.tr("Installed ({size}). Voice input uses it once you press OK.").format(
                size=format_bytes(package.size_bytes)
            )
            if package == self.manager.speech_model():
                text = self.tr("Installed ({size}). Voice input uses this model.").format(
                    size=format_bytes(package.size_bytes)
                )
        elif not self.manager.speech_packages():
            text = self.tr("No speech model is installed yet: voice input needs one.")
        else:
            text = self.tr("Not installed.")
        self.info.setText(text)
        self.download_button.setVisible(package is None and model is not None and not mine)
        self.download_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.cancel_button.setVisible(mine)
        self.progress.setVisible(mine)

    def apply(self) -> None:
        """Make the chosen model the one voice input uses, when it is installed."""
        _, package = self.selected()
        if package is not None:
            self.manager.settings.speech_model = package.name

    # -- jobs ------------------------------------------------------------------------------------

    def _download(self) -> None:
        model, _ = self.selected()
        if model is None:
            return
        self._message = ""
        self.manager.download_speech(model)
        self.progress.setValue(0)
        self._show_state()

    def _import(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a speech model folder"))
        if folder:
            self._message = ""
            self.manager.import_folder(folder, kind="speech")
            self.progress.setValue(0)
            self._show_state()

    def _on_progress(self, fraction: float, detail: str) -> None:
        if self.manager.job_kind == "speech":
            self.progress.setValue(round(fraction * 100))
            self.progress.setFormat(detail or "%p%")

    def _on_finished(self, ok: bool, message: str) -> None:
        if self.manager.job_kind == "speech":
            self._message = message  # "" on success: the list, refreshed next, says "installed"
            self._show_state()

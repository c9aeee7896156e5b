"""Settings: model, accelerator, speech model, chat defaults, sampling, appearance, connections
(app.settings.connections). Applied on OK."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.engine.client import EngineClient
from app.engine.local_api import LocalApi
from app.engine.remote import RemoteEngine
from app.i18n import language_name
from app.plain_text import plain_label
from app.settings.connections import ConnectionsPage
from app.settings.model_manager import ModelManager
from app.settings.models import MODELS, format_bytes, recommended_sampling, spec
from app.settings.speech import SpeechModelBox
from app.settings.speed import accelerated, cpu_cores, speed_text
from app.settings.values import SAMPLING_FIELDS, Settings
from app.theme import grow_to_fit, mute
from runtime.protocol import Sampling


def _double(minimum: float, maximum: float, step: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(minimum, maximum)
    box.setSingleStep(step)
    box.setDecimals(2)
    return box


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        manager: ModelManager,
        engine: EngineClient,
        languages: list[str],
        remote: RemoteEngine,
        api: LocalApi,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.manager = manager
        self.engine = engine
        self._languages = languages
        self.tabs = QTabWidget()

        # Model tab
        model_page = QWidget()
        model_form = QFormLayout(model_page)
        self.model_combo = QComboBox()
        self.model_combo.currentIndexChanged.connect(self._show_model_info)
        self.model_info = plain_label()
        self.model_info.setWordWrap(True)
        mute(self.model_info)
        self.download_button = QPushButton()
        self.download_button.clicked.connect(self._download)
        self.download_progress = QProgressBar()
        self.download_progress.hide()
        download_row = QHBoxLayout()
        download_row.addWidget(self.download_button)
        download_row.addWidget(self.download_progress, 1)
        self.provider_combo = QComboBox()
        self.provider_info = plain_label()
        self.provider_info.setWordWrap(True)
        mute(self.provider_info)
        self.context_spin = QSpinBox()
        self.context_spin.setRange(2048, 262144)
        self.context_spin.setSingleStep(2048)
        self.folder_edit = QLineEdit()
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        self.model_label, self.provider_label = plain_label(), plain_label()
        self.context_label, self.folder_label = plain_label(), plain_label()
        model_form.addRow(self.model_label, self.model_combo)
        model_form.addRow("", self.model_info)
        model_form.addRow("", download_row)
        model_form.addRow(self.provider_label, self.provider_combo)
        model_form.addRow("", self.provider_info)
        model_form.addRow(self.context_label, self.context_spin)
        model_form.addRow(self.folder_label, folder_row)
        self.speech_box = SpeechModelBox(manager)
        model_form.addRow(self.speech_box)

        # Chat tab
        chat_page = QWidget()
        chat_form = QFormLayout(chat_page)
        self.thinking_check = QCheckBox()
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setMaximumHeight(90)
        self.image_budget = QSpinBox()
        self.image_budget.setRange(64, 16384)
        self.image_budget.setSingleStep(64)
        self.sampling_boxes: dict[str, QDoubleSpinBox | QSpinBox] = {
            "temperature": _double(0.0, 2.0, 0.05),
            "top_p": _double(0.0, 1.0, 0.05),
            "top_k": QSpinBox(),
            "min_p": _double(0.0, 1.0, 0.01),
            "repetition_penalty": _double(0.5, 2.0, 0.05),
            "presence_penalty": _double(0.0, 2.0, 0.1),
        }
        self.sampling_boxes["top_k"].setRange(0, 200)
        self.reset_sampling = QPushButton()
        self.reset_sampling.clicked.connect(self._reset_sampling)
        self.sampling_labels = {name: plain_label() for name in SAMPLING_FIELDS}
        self.system_label, self.budget_label = plain_label(), plain_label()
        chat_form.addRow("", self.thinking_check)
        chat_form.addRow(self.system_label, self.system_prompt)
        chat_form.addRow(self.budget_label, self.image_budget)
        for name in SAMPLING_FIELDS:
            chat_form.addRow(self.sampling_labels[name], self.sampling_boxes[name])
        chat_form.addRow("", self.reset_sampling)

        # Appearance tab
        look_page = QWidget()
        look_form = QFormLayout(look_page)
        self.language_combo = QComboBox()
        self.theme_combo = QComboBox()
        self.language_label, self.theme_label = plain_label(), plain_label()
        look_form.addRow(self.language_label, self.language_combo)
        look_form.addRow(self.theme_label, self.theme_combo)

        self.tabs.addTab(model_page, "")
        self.tabs.addTab(chat_page, "")
        self.tabs.addTab(look_page, "")
        self.connections = ConnectionsPage(remote, api)
        self.tabs.addTab(self.connections, "")
        self.tabs.currentChanged.connect(self._fit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

        for label, field in (
            (self.model_label, self.model_combo),
            (self.provider_label, self.provider_combo),
            (self.context_label, self.context_spin),
            (self.folder_label, self.folder_edit),
            (self.system_label, self.system_prompt),
            (self.budget_label, self.image_budget),
            (self.language_label, self.language_combo),
            (self.theme_label, self.theme_combo),
            *((self.sampling_labels[n], self.sampling_boxes[n]) for n in SAMPLING_FIELDS),
        ):
            label.setBuddy(field)
        manager.packagesChanged.connect(self._fill_models)
        manager.jobProgress.connect(self._on_progress)
        manager.jobFinished.connect(self._on_job_finished)
        self.retranslate()
        self._load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        titles = (
            #: tab title: the settings of the language model
            self.tr("Model"),
            #: tab title: the settings of conversations
            self.tr("Chat"),
            self.tr("Appearance"),
            #: tab title: a remote engine and the local API server
            self.tr("Connections"),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        texts = {
            self.model_label: self.tr("Model size"),
            self.provider_label: self.tr("Accelerator"),
            self.context_label: self.tr("Context length (tokens)"),
            self.folder_label: self.tr("Model folder"),
            self.system_label: self.tr("System prompt"),
            self.budget_label: self.tr("Image token budget"),
            self.language_label: self.tr("Language"),
            self.theme_label: self.tr("Theme"),
            #: sampling randomness, a setting of language models, not heat
            self.sampling_labels["temperature"]: self.tr("Temperature"),
            #: nucleus sampling; usually kept as the technical term
            self.sampling_labels["top_p"]: self.tr("Top p"),
            #: top-k sampling; usually kept as the technical term
            self.sampling_labels["top_k"]: self.tr("Top k"),
            #: min-p sampling; usually kept as the technical term
            self.sampling_labels["min_p"]: self.tr("Min p"),
            self.sampling_labels["repetition_penalty"]: self.tr("Repetition penalty"),
            self.sampling_labels["presence_penalty"]: self.tr("Presence penalty"),
        }
        for label, text in texts.items():
            label.setText(text)
            if label.buddy() is not None:
                label.buddy().setAccessibleName(text.replace("&", ""))
        self.download_button.setText(self.tr("Download"))
        self.download_button.setAccessibleName(self.tr("Download the selected model"))
        self.download_progress.setAccessibleName(self.tr("Download progress"))
        self.folder_button.setText(self.tr("Browse…"))
        self.folder_button.setAccessibleName(self.tr("Choose the model folder"))
        self.folder_edit.setPlaceholderText(self.manager.store_dir or self.tr("Default folder"))
        self.thinking_check.setText(self.tr("Think before answering (slower, often better)"))
        self.thinking_check.setAccessibleName(self.thinking_check.text())
        self.reset_sampling.setText(self.tr("Reset to recommended"))
        self.reset_sampling.setAccessibleName(
            self.tr("Reset sampling to the recommended values for this model")
        )
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self._fill_models()

    def _fit(self) -> None:
        """Grow to show the whole tab: notes that appeared since the dialog opened made it taller."""
        screen = self.screen().availableGeometry().size() * 0.9
        wanted = self.size().expandedTo(self.sizeHint()).boundedTo(screen)
        if wanted != self.size():
            self.resize(wanted)

    # -- filling ---------------------------------------------------------------------------------

    def _load(self) -> None:
        s = self.settings
        self.context_spin.setValue(s.context_length)
        self.folder_edit.setText(s.model_folder)
        self.thinking_check.setChecked(s.thinking)
        self.system_prompt.setPlainText(s.system_prompt)
        self.image_budget.setValue(s.image_token_budget)
        self._set_sampling(s.sampling())
        self.provider_combo.clear()
        self.provider_combo.addItem(self.tr("Auto (best available)"), "auto")
        for alias in self.engine.providers:
            self.provider_combo.addItem(alias.upper() if alias != "cpu" else self.tr("CPU"), alias)
        index = self.provider_combo.findData(s.provider)
        self.provider_combo.setCurrentIndex(max(index, 0))
        loaded = self.engine.loaded
        if self.engine.remote:
            self.provider_info.setText(self.tr("Not in use: a remote engine answers (see Connections)."))
        elif loaded is not None:
            text = self.tr("In use: {provider} ({reason})").format(
                provider=loaded.provider.upper(), reason=loaded.provider_reason
            )
            if len(loaded.placement) == 2 and loaded.placement[1]:
                placed, total = loaded.placement
                #: how many of the model's operations (graph nodes) ONNX Runtime ran on that device
                #: in its test run; the rest ran on the CPU
                text += "\n" + self.tr("{placed} of {total} nodes run on {provider}").format(
                    placed=QLocale().toString(placed),
                    total=QLocale().toString(total),
                    provider=loaded.provider.upper(),
                )
            self.provider_info.setText(text)
        else:
            self.provider_info.setText(self.tr("No model is loaded yet."))
        self.language_combo.clear()
        self.language_combo.addItem(self.tr("System language"), "")
        for code in self._languages:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(s.language), 0))
        self.theme_combo.clear()
        for text, value in (
            #: colour theme: follow the operating system's light or dark setting
            (self.tr("System"), "system"),
            #: colour theme
            (self.tr("Light"), "light"),
            #: colour theme
            (self.tr("Dark"), "dark"),
        ):
            self.theme_combo.addItem(text, value)
        self.theme_combo.setCurrentIndex(max(self.theme_combo.findData(s.theme), 0))

    def _fill_models(self) -> None:
        current = self.model_combo.currentData() or self.settings.model
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        for m in MODELS:
            #: in the model list, instead of the download size: "2B · installed"
            state = self.tr("installed") if self.manager.installed(m) else format_bytes(m.download_bytes)
            self.model_combo.addItem(f"{m.label}  ·  {state}", m.key)
        self.model_combo.setCurrentIndex(max(self.model_combo.findData(current), 0))
        self.model_combo.blockSignals(False)
        self._show_model_info()

    def _show_model_info(self) -> None:
        m = spec(self.model_combo.currentData() or self.settings.model)
        ram = format_bytes(m.ram_bytes)
        if self.manager.installed(m):
            self.model_info.setText(self.tr("Installed. Needs about {ram} of memory.").format(ram=ram))
        else:
            self.model_info.setText(
                self.tr("Not installed: a {size} download. Needs about {ram} of memory.").format(
                    size=format_bytes(m.download_bytes), ram=ram
                )
            )
        if not accelerated(self.engine.providers):  # measured on CPUs only (app/settings/speed.py)
            self.model_info.setText(f"{self.model_info.text()}\n{speed_text(m.key, cpu_cores())}")
        grow_to_fit(self)
        self.download_button.setVisible(not self.manager.installed(m))
        self.download_button.setEnabled(self.manager.job is None)

    # -- sampling --------------------------------------------------------------------------------

    def _set_sampling(self, sampling: Sampling) -> None:
        for name, box in self.sampling_boxes.items():
            box.setValue(getattr(sampling, name))

    def _reset_sampling(self) -> None:
        model = self.model_combo.currentData() or self.settings.model
        self._set_sampling(recommended_sampling(model, self.thinking_check.isChecked()))

    def sampling(self) -> Sampling:
        values = {name: box.value() for name, box in self.sampling_boxes.items()}
        values["top_k"] = int(values["top_k"])
        return Sampling(**values)  # type: ignore[arg-type]

    # -- model actions ---------------------------------------------------------------------------

    def _download(self) -> None:
        self.download_progress.setValue(0)
        self.download_progress.show()
        self.download_button.setEnabled(False)
        self.manager.download(self.model_combo.currentData())

    def _on_progress(self, fraction: float, detail: str) -> None:
        if self.manager.job_kind != "chat":
            return  # the speech model's row shows its own
        self.download_progress.show()
        self.download_progress.setValue(round(fraction * 100))
        self.download_progress.setFormat(detail or "%p%")

    def _on_job_finished(self, ok: bool, message: str) -> None:
        if self.manager.job_kind != "chat":
            self.download_button.setEnabled(True)
            return
        self.download_progress.setVisible(not ok)
        if message:
            self.model_info.setText(message)
        self.download_button.setEnabled(True)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Model folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def accept(self) -> None:
        if not self.connections.apply():
            self.tabs.setCurrentWidget(self.connections)
            return
        self.speech_box.apply()
        s = self.settings
        s.thinking = self.thinking_check.isChecked()
        s.system_prompt = self.system_prompt.toPlainText()
        s.image_token_budget = self.image_budget.value()
        s.context_length = self.context_spin.value()
        s.model_folder = self.folder_edit.text().strip()
        s.provider = self.provider_combo.currentData()
        s.set_sampling(self.model_combo.currentData(), self.sampling())
        s.theme = self.theme_combo.currentData()
        s.language = self.language_combo.currentData()
        s.model = self.model_combo.currentData()
        super().accept()

"""The composer's voice widgets: the microphone button and the level meter."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QProgressBar, QToolButton, QWidget

from app.icons import svg_icon
from app.voice.input import VoiceInput, VoiceState
from app.voice.recorder import SHORTCUT


class MicButton(QToolButton):
    """The composer's microphone: press to record, press again to finish (or to stop transcribing)."""

    def __init__(self, voice: VoiceInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voice = voice
        self._draw_icon()
        self.clicked.connect(voice.toggle)
        voice.stateChanged.connect(self.retranslate)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):  # theme
            self._draw_icon()
        super().changeEvent(event)

    def _draw_icon(self) -> None:
        self.setIcon(svg_icon("microphone", self.palette().color(QPalette.ColorRole.ButtonText)))

    def retranslate(self) -> None:
        state = self.voice.state
        self.setProperty("recording", state is VoiceState.RECORDING)
        self.setCheckable(True)
        self.setChecked(state is not VoiceState.IDLE)
        names = {
            VoiceState.IDLE: self.tr("Speak instead of typing ({shortcut})"),
            VoiceState.RECORDING: self.tr("Stop recording and transcribe ({shortcut})"),
            VoiceState.TRANSCRIBING: self.tr("Transcribing… click to stop"),
        }
        name = names[state].format(shortcut=SHORTCUT)
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.style().unpolish(self)
        self.style().polish(self)


class LevelMeter(QProgressBar):
    """How loud the microphone is while recording; hidden otherwise."""

    def __init__(self, voice: VoiceInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voice = voice
        self.setRange(0, 100)
        self.setTextVisible(False)
        self.setMaximumWidth(80)
        self.setMaximumHeight(8)
        voice.levelChanged.connect(lambda level: self.setValue(round(100 * level)))
        voice.stateChanged.connect(self._on_state)
        self._on_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._on_state()
        super().changeEvent(event)

    def _on_state(self) -> None:
        self.setAccessibleName(self.tr("Microphone level"))
        self.setVisible(self.voice.state is VoiceState.RECORDING)
        self.setValue(0)

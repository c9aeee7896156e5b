"""The main window: conversations on the side, the chat and the composer, a status bar.

While a remote engine answers, a banner above the chat says where messages go (app.engine.remote).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
)
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from app.chat.composer import Composer
from app.chat.image_viewer import ImageViewer
from app.chat.images import PendingImage, Thumbnails
from app.chat.markdown import MathImages
from app.chat.session import ChatSession
from app.chat.sidebar import Sidebar
from app.chat.store import ChatMessage, ChatStore
from app.chat.view import ChatView
from app.engine.client import EngineClient, EngineState
from app.engine.local_api import LocalApi
from app.engine.remote import RemoteBanner, RemoteEngine, Secrets, ltr
from app.i18n import Translations
from app.plain_text import plain_label, shown_as_text
from app.settings.dialog import SettingsDialog
from app.settings.first_run import FirstRunDialog
from app.settings.model_manager import ModelManager
from app.settings.models import spec
from app.settings.values import Settings
from app.theme import Theme
from app.voice.input import VoiceInput
from app.voice.recorder import RECORDINGS_DIR, Recorder
from runtime.protocol import Finished
from runtime.remote import SecretStore
from runtime.transport import BlockingClient

FIRST_SIZE = QSize(1280, 860)  # the first start's window, at most 4/5 of the screen's free area


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: ChatStore,
        engine: EngineClient,
        settings: Settings,
        theme: Theme,
        translations: Translations,
        *,
        api: BlockingClient | None = None,
        secrets: SecretStore | None = None,
    ) -> None:
        super().__init__()
        self.store, self.engine, self.settings = store, engine, settings
        self.theme, self.translations = theme, translations
        self.thumbnails = Thumbnails(self)
        self.math = MathImages(self)
        self.session = ChatSession(store, engine, settings, self)
        self.models = ModelManager(engine, settings, self)
        self.secrets = Secrets(secrets)
        self.remote = RemoteEngine(engine, settings, self.models, self.secrets, parent=self)
        self.api = LocalApi(api, settings, self.secrets, self)
        self._last_finished: Finished | None = None

        self.sidebar = Sidebar(store)
        self.chat_view = ChatView(self.session, theme, self.thumbnails, self.math)
        self.composer = Composer(self.thumbnails)
        self.voice = VoiceInput(  # speech to text in the worker; the UI language picks the model's
            engine,
            language=lambda: settings.language or QLocale().name(),
            store_dir=lambda: settings.store_dir,
            model=lambda: found.name if (found := self.models.speech_model()) else None,
            recorder=Recorder(folder=store.folder / RECORDINGS_DIR),  # owner-only, not the temp folder
            parent=self,
        )
        self.composer.attach_voice(self.voice)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.remote_banner = RemoteBanner(self.remote, theme)
        column.addWidget(self.remote_banner)
        column.addWidget(self.chat_view, 1)
        column.addWidget(self.composer)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 840])
        self.setCentralWidget(self.splitter)
        self.setAcceptDrops(True)

        self.model_label, self.provider_label = plain_label(), plain_label()
        self.speed_label, self.context_label = plain_label(), plain_label()
        for label in (self.model_label, self.provider_label, self.speed_label, self.context_label):
            self.statusBar().addPermanentWidget(label)

        self.actions_by_name: dict[str, QAction] = {}
        for name, shortcut, slot in (
            ("new", QKeySequence(QKeySequence.StandardKey.New), self.new_chat),
            ("search", QKeySequence(QKeySequence.StandardKey.Find), self.sidebar.focus_search),
            ("stop", QKeySequence(Qt.Key.Key_Escape), self.stop),
            ("focus", QKeySequence("Ctrl+L"), self.composer.input.setFocus),
            ("regenerate", QKeySequence("Ctrl+R"), self.session.regenerate),
            ("settings", QKeySequence("Ctrl+,"), self.open_settings),
            ("quit", QKeySequence(QKeySequence.StandardKey.Quit), self.close),
        ):
            action = QAction(self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action
        self.chat_menu = self.menuBar().addMenu("")
        for name in ("new", "search", "focus", "stop", "regenerate"):
            self.chat_menu.addAction(self.actions_by_name[name])
        self.chat_menu.addSeparator()
        self.chat_menu.addAction(self.actions_by_name["quit"])
        self.tools_menu = self.menuBar().addMenu("")
        self.tools_menu.addAction(self.actions_by_name["settings"])

        self.sidebar.conversationChosen.connect(self.session.open)
        self.sidebar.newRequested.connect(self.new_chat)
        self.sidebar.deleted.connect(self._on_deleted)
        self.sidebar.notice.connect(self.notify)
        self.session.conversationsChanged.connect(self._refresh_sidebar)
        self.session.busyChanged.connect(self.composer.set_busy)
        self.session.finished.connect(self._on_finished)
        self.session.errorOccurred.connect(self.notify)
        self.composer.sendRequested.connect(self.session.send)
        self.composer.editSubmitted.connect(self.session.edit)
        self.composer.stopRequested.connect(self.session.stop)
        self.composer.notice.connect(self.notify)
        self.chat_view.editRequested.connect(self.edit_message)
        self.chat_view.imageOpened.connect(self.open_image)
        engine.stateChanged.connect(self._update_status)
        self.remote.changed.connect(self._update_status)
        settings.changed.connect(self._on_setting)
        if settings.remote_enabled:  # once the window shows: finding the key may ask the keyring
            self.remote.schedule()
        if settings.api_enabled:
            self.api.schedule()

        if not self.restoreGeometry(settings.window_state("geometry")):
            self._place_first_time()
        self.splitter.restoreState(settings.window_state("splitter"))
        self.retranslate()
        self._update_status()

    def _place_first_time(self) -> None:
        """First start: a comfortable size, centred on the screen (Qt would open the window at its
        size hint, 833 x 314); afterwards the geometry it was closed with comes back."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        wanted = QSize(
            min(FIRST_SIZE.width(), area.width() * 4 // 5), min(FIRST_SIZE.height(), area.height() * 17 // 20)
        )
        frame = QRect(QPoint(0, 0), wanted.expandedTo(self.minimumSizeHint()).boundedTo(area.size()))
        frame.moveCenter(area.center())
        self.setGeometry(frame)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Oriel"))
        texts = {
            "new": self.tr("New chat"),
            "search": self.tr("Search chats"),
            "stop": self.tr("Stop the answer"),
            "focus": self.tr("Go to the message box"),
            "regenerate": self.tr("Regenerate the last answer"),
            "settings": self.tr("Settings…"),
            "quit": self.tr("Quit"),
        }
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)
        #: menu title; & marks the Alt+key letter
        self.chat_menu.setTitle(self.tr("&Chat"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.sidebar.setAccessibleName(self.tr("Chats"))
        self.splitter.setAccessibleName(self.tr("Chats and conversation"))
        #: status bar: the language model in use
        self.model_label.setAccessibleName(self.tr("Model"))
        self.provider_label.setAccessibleName(self.tr("Accelerator"))
        #: status bar: how fast the model writes, in tokens per second
        self.speed_label.setAccessibleName(self.tr("Speed"))
        self.context_label.setAccessibleName(self.tr("Context used"))
        self._update_status()

    # -- actions ---------------------------------------------------------------------------------

    def new_chat(self) -> None:
        self.session.new_conversation()
        self.composer.clear()
        self.sidebar.select(None)
        self.composer.input.setFocus()

    def stop(self) -> None:
        if self.session.busy:
            self.session.stop()
        elif self.composer.editing is not None:
            self.composer.cancel_edit()

    def notify(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def edit_message(self, message: ChatMessage) -> None:
        images = []
        for name in message.images:
            path = self.store.image_path(name)
            try:
                images.append(PendingImage(path.read_bytes(), path.suffix.lstrip("."), name))
            except OSError:
                continue
        self.composer.start_edit(message, images)

    def open_image(self, path: str) -> None:
        viewer = ImageViewer(path, self.thumbnails, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(
            self.settings,
            self.models,
            self.engine,
            self.translations.available(),
            self.remote,
            self.api,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def bring_to_front(self) -> None:
        """Another start of Oriel on the same data folder handed over to this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_first_run(self) -> FirstRunDialog:
        dialog = FirstRunDialog(self.settings, self.models, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- drag and drop ---------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if paths:
            self.composer.add_files(paths)
        elif mime.hasImage():
            self.composer.add_pasted_image(QImage(mime.imageData()))
        elif mime.hasUrls():
            self.notify(self.tr("Only files on this computer can be attached."))
        event.acceptProposedAction()

    # -- status ----------------------------------------------------------------------------------

    def _on_finished(self, finished: Finished) -> None:
        self._last_finished = finished
        self._update_status()

    def _update_status(self) -> None:
        locale = QLocale()
        state = self.engine.state
        loaded = self.engine.loaded
        label = spec(self.settings.model).label
        name = self.tr("Qwen3.5 {size}").format(size=label)
        loading = self.tr("Loading Qwen3.5 {size}…").format(size=label)
        remote = self.remote.config if self.engine.remote else None
        if remote is not None:
            name = remote.model or remote.destination
            loading = self.tr("Connecting to {destination}…").format(destination=ltr(remote.destination))
        model_texts = {
            EngineState.UNAVAILABLE: self.tr("Engine not available"),
            EngineState.STOPPED: self.tr("Engine stopped"),
            EngineState.STARTING: self.tr("Starting the engine…"),
            EngineState.LOADING: loading,
            EngineState.NO_MODEL: self.tr("No model loaded"),
        }
        self.model_label.setText(model_texts.get(state, name))
        if remote is not None:
            #: status bar, in place of the accelerator: a server elsewhere answers
            self.provider_label.setText(self.tr("Remote"))
            self.provider_label.setToolTip(shown_as_text(self.remote.privacy_note()))
        else:
            self.provider_label.setText(loaded.provider.upper() if loaded else "")
            self.provider_label.setToolTip(shown_as_text(loaded.provider_reason if loaded else ""))
        finished = self._last_finished
        self.context_label.setVisible(remote is None)  # the server's context length is not known here
        if finished is not None and finished.decode_tokens_per_second > 0:
            speed = locale.toString(finished.decode_tokens_per_second, "f", 1)
            self.speed_label.setText(self.tr("{speed} tokens/s").format(speed=speed))
            used = finished.prompt_tokens + finished.generated_tokens
            self.context_label.setText(
                self.tr("Context {used} / {limit}").format(
                    used=locale.toString(used), limit=locale.toString(self.settings.context_length)
                )
            )
        else:
            self.speed_label.setText("")
            self.context_label.setText("")

    # -- bookkeeping -----------------------------------------------------------------------------

    def _refresh_sidebar(self) -> None:
        self.sidebar.select(self.session.conversation_id)
        self.sidebar.refresh()

    def _on_deleted(self, conversation_id: str) -> None:
        if conversation_id == self.session.conversation_id:
            self.new_chat()

    def _on_setting(self, key: str) -> None:
        if key == "ui/theme":
            self.theme.apply(self.settings.theme)
        elif key == "ui/language":
            self.translations.apply(self.settings.language)
        elif key == "model/size":
            self._update_status()
            if not self.models.selected_installed() and self.models.listed:
                name = spec(self.settings.model).label
                self.notify(
                    self.tr("Qwen3.5 {size} is not installed. Download it in Settings.").format(size=name)
                )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.set_window_state("splitter", self.splitter.saveState())
        self.settings.sync()
        self.api.close()
        self.thumbnails.shutdown()
        self.math.shutdown()
        super().closeEvent(event)

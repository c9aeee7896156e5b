"""Typed access to the user's settings (QSettings, INI format).

Every read passes an explicit type: an INI file read by a fresh process gives strings back
otherwise ('true', '0.7'). Each setter emits `changed(key)` so the window can react at once
(switching the model size reloads the worker without a restart).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from app.settings.models import DEFAULT_MODEL, recommended_sampling, spec
from runtime.protocol import Sampling
from runtime.server.http import DEFAULT_PORT

SAMPLING_FIELDS = ("temperature", "top_p", "top_k", "min_p", "repetition_penalty", "presence_penalty")


class Settings(QObject):
    changed = Signal(str)

    def __init__(self, qsettings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._q = qsettings

    def sync(self) -> None:
        self._q.sync()

    def _get(self, key: str, default: object, kind: type) -> object:
        return self._q.value(key, default, type=kind)

    def _set(self, key: str, value: object, current: object) -> None:
        if current != value:
            self._q.setValue(key, value)
            self.changed.emit(key)

    # -- model -----------------------------------------------------------------------------------

    @property
    def model(self) -> str:
        key = str(self._get("model/size", DEFAULT_MODEL, str))
        try:
            return spec(key).key
        except KeyError:
            return DEFAULT_MODEL

    @model.setter
    def model(self, key: str) -> None:
        self._set("model/size", spec(key).key, self.model)

    @property
    def provider(self) -> str:
        return str(self._get("model/provider", "auto", str))

    @provider.setter
    def provider(self, value: str) -> None:
        self._set("model/provider", value, self.provider)

    @property
    def model_folder(self) -> str:
        """'' means the worker's default folder (in the user data dir)."""
        return str(self._get("model/folder", "", str))

    @model_folder.setter
    def model_folder(self, folder: str) -> None:
        self._set("model/folder", folder, self.model_folder)

    @property
    def store_dir(self) -> str | None:
        return self.model_folder or None

    @property
    def context_length(self) -> int:
        return int(self._get("model/context_length", 32768, int))  # type: ignore[call-overload]

    @context_length.setter
    def context_length(self, value: int) -> None:
        self._set("model/context_length", int(value), self.context_length)

    # -- chat ------------------------------------------------------------------------------------

    @property
    def thinking(self) -> bool:
        return bool(self._get("chat/thinking", spec(self.model).thinking_default, bool))

    @thinking.setter
    def thinking(self, value: bool) -> None:
        self._set("chat/thinking", bool(value), self.thinking)

    @property
    def system_prompt(self) -> str:
        return str(self._get("chat/system_prompt", "", str))

    @system_prompt.setter
    def system_prompt(self, value: str) -> None:
        self._set("chat/system_prompt", value, self.system_prompt)

    @property
    def image_token_budget(self) -> int:
        return int(self._get("chat/image_token_budget", 1024, int))  # type: ignore[call-overload]

    @image_token_budget.setter
    def image_token_budget(self, value: int) -> None:
        self._set("chat/image_token_budget", int(value), self.image_token_budget)

    def sampling(self, model: str | None = None) -> Sampling:
        """The user's sampling for a model: the recommended preset, with any saved changes."""
        key = model or self.model
        base = recommended_sampling(key, self.thinking)
        values = {}
        for name in SAMPLING_FIELDS:
            default = getattr(base, name)
            values[name] = self._get(f"sampling/{key}/{name}", default, type(default))
        return dataclasses.replace(base, **values)  # type: ignore[arg-type]

    def set_sampling(self, model: str, sampling: Sampling) -> None:
        recommended = recommended_sampling(model, self.thinking)
        for name in SAMPLING_FIELDS:
            value = getattr(sampling, name)
            if value == getattr(recommended, name):
                self._q.remove(f"sampling/{model}/{name}")
            else:
                self._q.setValue(f"sampling/{model}/{name}", value)
        self.changed.emit("sampling")

    @property
    def speech_model(self) -> str:
        """The speech model voice input uses, by package name; '' means the first one installed."""
        return str(self._get("voice/model", "", str))

    @speech_model.setter
    def speech_model(self, name: str) -> None:
        self._set("voice/model", name, self.speech_model)

    # -- beyond this machine (off by default): a remote engine, the local API server ---------------

    @property
    def remote_enabled(self) -> bool:
        return bool(self._get("remote/enabled", False, bool))

    @remote_enabled.setter
    def remote_enabled(self, value: bool) -> None:
        self._set("remote/enabled", bool(value), self.remote_enabled)

    @property
    def remote_url(self) -> str:
        """The remote server's base URL as the user typed it (the API key is in the keyring)."""
        return str(self._get("remote/base_url", "", str))

    @remote_url.setter
    def remote_url(self, value: str) -> None:
        self._set("remote/base_url", value.strip(), self.remote_url)

    @property
    def remote_model(self) -> str:
        """'' means the server's only model."""
        return str(self._get("remote/model", "", str))

    @remote_model.setter
    def remote_model(self, value: str) -> None:
        self._set("remote/model", value.strip(), self.remote_model)

    @property
    def api_enabled(self) -> bool:
        return bool(self._get("api/enabled", False, bool))

    @api_enabled.setter
    def api_enabled(self, value: bool) -> None:
        self._set("api/enabled", bool(value), self.api_enabled)

    @property
    def api_port(self) -> int:
        return int(self._get("api/port", DEFAULT_PORT, int))  # type: ignore[call-overload]

    @api_port.setter
    def api_port(self, value: int) -> None:
        self._set("api/port", int(value), self.api_port)

    # -- interface -------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """'' follows the system; otherwise a locale name such as 'ar' or 'pt_BR'."""
        return str(self._get("ui/language", "", str))

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value, self.language)

    @property
    def theme(self) -> str:
        value = str(self._get("ui/theme", "system", str))
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("ui/theme", value, self.theme)

    @property
    def first_run_done(self) -> bool:
        return bool(self._get("app/first_run_done", False, bool))

    @first_run_done.setter
    def first_run_done(self, value: bool) -> None:
        self._set("app/first_run_done", bool(value), self.first_run_done)

    def window_state(self, name: str) -> QByteArray:
        value = self._get(f"window/{name}", QByteArray(), QByteArray)
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_window_state(self, name: str, value: QByteArray) -> None:
        self._q.setValue(f"window/{name}", value)

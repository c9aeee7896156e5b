"""Screenshots of the translated window (fake worker): Arabic, Japanese and German.

    make translations
    Xvfb :99 -screen 0 1280x860x24 &
    DISPLAY=:99 .venv/bin/python docs/screenshots/make_language_screenshots.py

Writes chat-<lang>.png and settings-<lang>.png here, the way make_screenshots.py shoots the
English ones. The conversation is in the language too: the assistant answers in the user's
language. Needs fonts for every script shown (Debian: fonts-noto-core, fonts-noto-cjk).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO), str(HERE)]

from make_screenshots import shoot, spin  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.wiring import build_window  # noqa: E402
from devtools.fake_worker import FakeWorker  # noqa: E402

# The status bar shows the CPU and the 2B int4 decode speed measured here (bench/RESULTS.md).
MEASURED_CPU: dict = {"providers": ("cpu",), "speed": 29.0}

CHATS = {
    "de": {
        "titles": ["Reise nach Lissabon: Packliste", "Diese PDF-Seite zusammenfassen", "Regex reparieren"],
        "question": "Wie berechnet man die Fläche eines Kreises? Und welche Farbe hat dieser Himmel?",
        "thinking": "Gefragt ist eine Herleitung. Am einfachsten mit Ringen: 2πr von 0 bis R integrieren.",
        "answer": (
            "So folgt die **Kreisfläche** aus einer Integration.\n\n"
            "- Zerlege die Scheibe in dünne Ringe mit Radius $r$ und Breite $dr$.\n"
            "- Jeder Ring hat die Fläche $2\\pi r\\,dr$; summiert ergibt das:\n\n"
            "$$A = \\int_0^R 2\\pi r\\,dr = \\pi R^2$$\n\n"
            "Der Himmel auf deinem Bild ist ein gleichmäßiges Mittelblau."
        ),
        "draft": "Und jetzt dasselbe für eine Kugel",
    },
    "ja": {
        "titles": ["リスボン旅行の持ち物", "この PDF ページを要約", "正規表現を直したい"],
        "question": "円の面積はどうやって求めますか？ それと、この空は何色ですか？",
        "thinking": "導出を求められている。リングで考えるのがいちばん簡単：2πr を 0 から R まで積分する。",
        "answer": (
            "**円の面積**は積分から次のように求められます。\n\n"
            "- 円板を半径 $r$、幅 $dr$ の細いリングに分けます。\n"
            "- 各リングの面積は $2\\pi r\\,dr$ です。これを足し合わせると：\n\n"
            "$$A = \\int_0^R 2\\pi r\\,dr = \\pi R^2$$\n\n"
            "画像の空は、むらのない中間的な青です。"
        ),
        "draft": "次は球で同じことをして",
    },
    "ar": {
        "titles": ["رحلة إلى لشبونة: ماذا أحزم", "لخّص صفحة PDF هذه", "أصلِح التعبير النمطي"],
        "question": "كيف نحسب مساحة الدائرة؟ وما لون هذه السماء؟",
        "thinking": "المطلوب اشتقاق. الحلقات أبسط طريقة: نكامل 2πr من 0 إلى R.",
        "answer": (
            "إليك كيف تأتي **مساحة الدائرة** من التكامل.\n\n"
            "- قسّم القرص إلى حلقات رفيعة نصف قطرها $r$ وعرضها $dr$.\n"
            "- مساحة كل حلقة $2\\pi r\\,dr$، وبجمعها نحصل على:\n\n"
            "$$A = \\int_0^R 2\\pi r\\,dr = \\pi R^2$$\n\n"
            "السماء في صورتك زرقاء متوسطة متجانسة."
        ),
        "draft": "والآن افعل الشيء نفسه مع الكرة",
    },
}


def main() -> None:
    if not list((REPO / "i18n").glob("oriel_*.qm")):
        sys.exit("No compiled catalogs in i18n/: run `make translations` first.")
    app = QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp())
    picture = QImage(320, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("#4a90d9"))
    picture.save(str(tmp / "sky.png"))
    for language, chat in CHATS.items():
        qsettings = QSettings(str(tmp / f"{language}.ini"), QSettings.Format.IniFormat)
        qsettings.setValue("app/first_run_done", True)
        qsettings.setValue("ui/theme", "light")
        qsettings.setValue("ui/language", language)
        qsettings.setValue("chat/thinking", True)
        worker = FakeWorker(
            answer=chat["answer"],
            thinking=chat["thinking"],
            delay=0.001,
            store_dir=tmp / "models",
            **MEASURED_CPU,
        )
        window = build_window(app, tmp / f"data-{language}", qsettings, worker)
        window.move(0, 0)
        window.resize(1280, 860)
        window.show()
        window.engine.start()
        spin(app, 0.5)
        for title in chat["titles"]:
            window.store.create_conversation(title)
        window.composer.add_files([tmp / "sky.png"])
        window.session.send(chat["question"], window.composer.images)
        window.composer.clear()
        while window.session.busy:
            spin(app, 0.05)
        spin(app, 3.0)  # formulas are drawn on a background thread
        window.chat_view.widgets[-1].thinking_toggle.click()
        window.sidebar.refresh()
        window.composer.input.setPlainText(chat["draft"])
        shoot(app, window, HERE / f"chat-{language}.png")
        dialog = window.open_settings()
        dialog.move(300, 120)
        shoot(app, dialog, HERE / f"settings-{language}.png")
        dialog.close()
        window.close()
        window.engine.shutdown()
        window.translations.deleteLater()  # its catalogs leave with it, before the next language's
        window.deleteLater()
        spin(app, 0.2)


if __name__ == "__main__":
    main()

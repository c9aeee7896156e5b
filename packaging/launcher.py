"""The frozen app's entry point (PyInstaller runs this file as `__main__`).

The worker is started with multiprocessing's spawn method, which in a frozen app runs this same
executable again. `freeze_support()` turns that second run into the worker before anything else
is imported, so a worker never loads Qt; then the GUI's own entry, `app.main.main`, runs.
`runtime` is imported before either: it switches library telemetry off for the process and the
workers it starts (runtime/no_telemetry.py).
"""

import multiprocessing
import sys

import runtime  # noqa: F401

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from app.main import main

    sys.exit(main())

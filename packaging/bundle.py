"""`python packaging/bundle.py`: build Oriel's double-click installers for this operating system.

    python packaging/bundle.py                 # the bundle and this OS's installers, in dist/
    python packaging/bundle.py --model-only    # only build/selftest-model (for `--self-test`)
    python packaging/bundle.py --no-installers # only the PyInstaller bundle, dist/oriel/
    python packaging/bundle.py --skip-model    # reuse build/selftest-model (no torch needed)

Steps:
1. build/selftest-model: a tiny random Qwen3.5 (tests/devtools.tiny_models.py, built with torch and
   transformers, which therefore must be installed here: the dev extras) converted to an int4
   Oriel package with its vision encoder, about 1 MB. The bundle ships it for `oriel --self-test`;
   torch itself never enters the bundle.
2. PyInstaller with packaging/oriel.spec: the one-folder app in dist/oriel/ (and dist/Oriel.app
   on macOS). On Linux its libraries are then stripped of symbols and debug sections.
3. This OS's installers: Linux a .deb and a portable .tar.gz (packaging/linux_packages.py),
   macOS a .dmg (packaging/macos_dmg.py), Windows a setup .exe (packaging/windows_setup.py).

Translations: `make package` builds i18n/*.qm first (`make translations`); the spec bundles
whatever .qm files exist.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
BUILD = REPO / "build"
DIST = REPO / "dist"
SELFTEST_MODEL = BUILD / "selftest-model"
# Two full-attention and six linear-attention layers, tied head, vision tower: every code path.
SELFTEST_SPEC = "gqa1-tied"
SELFTEST_WEIGHTS = "int4"


def build_selftest_model() -> Path:
    """Convert the tiny checkpoint into build/selftest-model (the checkpoint is cached in .cache/)."""
    sys.path.insert(0, str(REPO))
    try:
        from devtools.tiny_models import tiny_checkpoint
    except ImportError as e:
        raise SystemExit(
            f"building the self-test model needs the dev extras (torch, transformers): {e}"
        ) from e
    from runtime.convert.converter import convert

    BUILD.mkdir(exist_ok=True)
    convert(tiny_checkpoint(SELFTEST_SPEC), SELFTEST_MODEL, weights=SELFTEST_WEIGHTS, overwrite=True)
    return SELFTEST_MODEL


def run_pyinstaller() -> Path:
    """Build dist/oriel/ (and dist/Oriel.app on macOS); returns the one-folder bundle."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(PACKAGING / "oriel.spec"),
        ],
        check=True,
        cwd=REPO,
    )
    bundle = DIST / "oriel"
    if sys.platform.startswith("linux"):
        strip_libraries(bundle)
    return bundle


def strip_libraries(bundle: Path) -> None:
    """Drop the symbol tables and debug sections of the bundle's libraries (about 35 MB).

    Several wheels ship unstripped extension modules (tokenizers, kiwisolver, numpy, Pillow) and
    a source-built Python has an unstripped libpython. The libraries auditwheel copied into
    `<package>.libs/` folders are left alone: patchelf rewrote their layout and `strip` breaks it
    ("ELF load command address/offset not page-aligned"). The self-test then runs on the result.
    """
    strip = shutil.which("strip")
    if strip is None:
        print("note: no `strip` here; libraries keep their symbols")
        return
    libraries = [
        path
        for path in bundle.rglob("*.so*")
        if path.is_file() and not path.is_symlink() and not path.parent.name.endswith(".libs")
    ]
    subprocess.run([strip, "--strip-unneeded", *map(str, libraries)], check=True)


def bundle_size(bundle: Path, skip: tuple[str, ...] = ("selftest-model",)) -> int:
    """Bytes of the files in the bundle, without the folders named in `skip`; links count zero."""
    total = 0
    for root, dirs, files in os.walk(bundle):
        dirs[:] = [d for d in dirs if d not in skip]
        for name in files:
            path = Path(root) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def build_installers(bundle: Path) -> list[Path]:
    from bundle_contents import app_version

    version = app_version(REPO)
    if sys.platform.startswith("linux"):
        from linux_packages import build_deb, build_tarball

        return [build_deb(bundle, REPO, DIST, version), build_tarball(bundle, DIST, version)]
    if sys.platform == "darwin":
        from macos_dmg import build_dmg

        return [build_dmg(DIST / "Oriel.app", DIST, version)]
    if sys.platform == "win32":
        from windows_setup import build_setup

        return [build_setup(bundle, REPO, DIST, version)]
    raise SystemExit(f"no installer for {sys.platform}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-only", action="store_true", help="only build build/selftest-model")
    parser.add_argument("--no-installers", action="store_true", help="stop after the PyInstaller bundle")
    parser.add_argument(
        "--skip-model",
        action="store_true",
        help="use the build/selftest-model already there (CI builds it once, where torch is installed)",
    )
    args = parser.parse_args()
    sys.path[:0] = [str(REPO), str(PACKAGING)]  # runtime/ for the converter, packaging/ for its siblings
    started = time.perf_counter()
    model = SELFTEST_MODEL if args.skip_model else build_selftest_model()
    if not (model / "manifest.json").is_file():
        raise SystemExit(f"{model} is missing: run without --skip-model")
    print(f"self-test model: {model} ({bundle_size(model, ()) / 1e6:.1f} MB)")
    if args.model_only:
        return 0
    bundle = run_pyinstaller()
    print(f"bundle: {bundle} ({bundle_size(bundle) / 1e6:.1f} MB without the self-test model)")
    if not args.no_installers:
        for path in build_installers(bundle):
            print(f"installer: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    print(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

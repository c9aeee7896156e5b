"""Run a command with no network at all, and see every name it asked for and every file it left.

`run_offline(argv, home)` runs `argv` in fresh user, network and mount namespaces
(`unshare -rnm`): the only interface is loopback, brought up inside, so nothing can leave the
machine whatever the command does. Inside, a DNS stub on 127.0.0.1:53 (UDP and TCP) answers every
question with NXDOMAIN and records the name asked for; `/etc/resolv.conf` and
`/etc/nsswitch.conf` are replaced by bind mounts that only the namespace sees ("nameserver
127.0.0.1", "hosts: files dns"), and nscd's socket folder is hidden, so every lookup the C library
makes goes to the stub, whatever resolver the machine has. This sees lookups from native code too
(ONNX Runtime's telemetry uploader resolves its collector through curl, not through Python).

`HOME` and the XDG folders point into `home`; every file that appears there during the run is
listed afterwards, relative to `home`. The command's environment drops the variables with which a
CI runner silences ONNX Runtime's telemetry on its own (`CI`, `GITHUB_ACTIONS`, ...), so the run
sees what a user's machine would.

`unavailable()` says why namespaces cannot be used here (not Linux, no `unshare`, unprivileged
user namespaces turned off), or returns None. Run `python -m devtools.offline_sandbox -- CMD...`
to try a command by hand.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from devtools import REPO

# The variables with which ONNX Runtime switches its telemetry off by itself (telemetry_environment.h:
# IsRunningInCI, IsRunningUnitTests, IsTelemetryDisabledByEnvironment). The sandbox removes them so
# a test run on a CI machine sees what a user's machine does.
TELEMETRY_SILENCERS = (
    "CI",
    "TF_BUILD",
    "GITHUB_ACTIONS",
    "GITLAB_CI",
    "CIRCLECI",
    "TRAVIS",
    "JENKINS_URL",
    "CODEBUILD_BUILD_ID",
    "BUILDKITE",
    "TEAMCITY_VERSION",
    "APPVEYOR",
    "BITBUCKET_BUILD_NUMBER",
    "SYSTEM_TEAMFOUNDATIONCOLLECTIONURI",
    "ORT_RUNNING_UNIT_TESTS",
    "ORT_DISABLE_TELEMETRY",
    "HF_HUB_DISABLE_TELEMETRY",
)
# Where the XDG variables point, relative to HOME (the freedesktop defaults).
XDG_FOLDERS = {
    "XDG_CACHE_HOME": ".cache",
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_STATE_HOME": ".local/state",
}
# Oriel's own folders under HOME (platformdirs' and QSettings' names on Linux): files there are ours.
ORIEL_FOLDERS = tuple(f"{folder}/Oriel" for folder in XDG_FOLDERS.values())

_MS_BIND = 4096
_SIOCGIFFLAGS, _SIOCSIFFLAGS, _IFF_UP = 0x8913, 0x8914, 0x1
_IFREQ = "16sH22x"  # struct ifreq: the name, then the flags of the union (40 bytes on 64-bit)


@dataclass(frozen=True)
class OfflineRun:
    """What a command did inside the sandbox."""

    returncode: int
    stdout: str
    stderr: str
    names: tuple[str, ...]  # every DNS name asked for, in order, repeats kept
    new_files: tuple[str, ...]  # files that appeared under HOME, relative to it, sorted

    def stray_files(self) -> tuple[str, ...]:
        """The new files outside Oriel's own folders."""
        return tuple(f for f in self.new_files if not any(f.startswith(o + "/") for o in ORIEL_FOLDERS))


def unavailable() -> str | None:
    """Why the sandbox cannot run on this machine, or None when it can."""
    if not sys.platform.startswith("linux"):
        return f"network namespaces are Linux-only (this is {sys.platform})"
    if shutil.which("unshare") is None:
        return "the unshare command (util-linux) is not installed"
    probe = subprocess.run(["unshare", "-rnm", "true"], capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        return f"unshare -rnm fails here (user namespaces turned off?): {probe.stderr.strip()}"
    return None


def offline_env(home: Path, env: dict[str, str] | None = None) -> dict[str, str]:
    """`env` (default: this process's) with HOME and XDG in `home` and the CI silencers removed."""
    result = {k: v for k, v in (os.environ if env is None else env).items() if k not in TELEMETRY_SILENCERS}
    result["HOME"] = str(home)
    for name, folder in XDG_FOLDERS.items():
        result[name] = str(home / folder)
    # Windows: where onnxruntime keeps its telemetry cache (its device id is in the registry).
    result["LOCALAPPDATA"] = str(home / "AppData" / "Local")
    result["APPDATA"] = str(home / "AppData" / "Roaming")
    return result


def run_offline(
    argv: list[str],
    home: Path,
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 300,
) -> OfflineRun:
    """Run `argv` with no network, HOME in `home` (created), and report what it asked and wrote."""
    home.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="oriel-offline-") as work:
        spec = Path(work) / "spec.json"
        result = Path(work) / "result.json"
        spec.write_text(
            json.dumps(
                {
                    "argv": argv,
                    "env": offline_env(home, env),
                    "cwd": str(cwd or REPO),
                    "home": str(home),
                    "work": work,
                    "result": str(result),
                    "timeout": timeout,
                }
            )
        )
        inside = [sys.executable, "-m", "devtools.offline_sandbox", "--inside", str(spec)]
        outer = subprocess.run(
            ["unshare", "-rnm", *inside],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            timeout=timeout + 60,
        )
        if not result.exists():
            raise RuntimeError(f"the sandbox itself failed (exit {outer.returncode}):\n{outer.stderr}")
        data = json.loads(result.read_text())
    return OfflineRun(
        data["returncode"], data["stdout"], data["stderr"], tuple(data["names"]), tuple(data["new_files"])
    )


# ---- inside the namespaces ----------------------------------------------------------------------


def _bring_up_loopback() -> None:
    import fcntl  # Linux only, like the rest of the inside

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        request = struct.pack(_IFREQ, b"lo", 0)
        flags = struct.unpack(_IFREQ, fcntl.ioctl(s, _SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(s, _SIOCSIFFLAGS, struct.pack(_IFREQ, b"lo", flags | _IFF_UP))


def _bind_over(source: Path, target: Path) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.mount(str(source).encode(), str(target).encode(), None, _MS_BIND, None) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"cannot bind {source} over {target}: {os.strerror(errno)}")


def _question(message: bytes) -> tuple[str, int]:
    """The first question's name of a DNS query, and where the question section ends."""
    labels, at = [], 12
    while at < len(message) and message[at] != 0:
        length = message[at]
        labels.append(message[at + 1 : at + 1 + length].decode("ascii", "replace"))
        at += 1 + length
    return ".".join(labels), at + 5  # the zero byte, QTYPE, QCLASS


def _nxdomain(query: bytes) -> bytes:
    _name, end = _question(query)
    flags = 0x8000 | (struct.unpack("!H", query[2:4])[0] & 0x0100) | 0x0080 | 3  # QR, RD kept, RA, NXDOMAIN
    return query[:2] + struct.pack("!HHHHH", flags, 1, 0, 0, 0) + query[12:end]


class DnsStub:
    """Answers NXDOMAIN to every query on 127.0.0.1:53 and records the names asked for."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self._lock = threading.Lock()
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 53))
        self.tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.tcp.bind(("127.0.0.1", 53))
        self.tcp.listen(16)
        for loop in (self._serve_udp, self._serve_tcp):
            threading.Thread(target=loop, daemon=True).start()

    def _record(self, query: bytes) -> None:
        with self._lock:
            self.names.append(_question(query)[0])

    def _serve_udp(self) -> None:
        while True:
            query, peer = self.udp.recvfrom(4096)
            if len(query) >= 12:
                self._record(query)
                self.udp.sendto(_nxdomain(query), peer)

    def _serve_tcp(self) -> None:
        while True:
            conn, _ = self.tcp.accept()
            with conn:
                data = b""
                while len(data) < 2 or len(data) < 2 + struct.unpack("!H", data[:2])[0]:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                if len(data) >= 14:
                    query = data[2:]
                    self._record(query)
                    answer = _nxdomain(query)
                    conn.sendall(struct.pack("!H", len(answer)) + answer)

    def seen(self) -> list[str]:
        with self._lock:
            return list(self.names)


def _files_under(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if not p.is_dir() or p.is_symlink()}


def _inside(spec_path: Path) -> None:
    spec = json.loads(spec_path.read_text())
    work, home = Path(spec["work"]), Path(spec["home"])
    _bring_up_loopback()
    stub = DnsStub()
    (work / "resolv.conf").write_text("nameserver 127.0.0.1\noptions timeout:1 attempts:1\n")
    (work / "nsswitch.conf").write_text("hosts: files dns\n")
    # Without a resolv.conf the C library asks 127.0.0.1 anyway (resolv.conf(5)).
    for name in ("resolv.conf", "nsswitch.conf"):
        if (etc := Path("/etc") / name).exists():
            _bind_over(work / name, etc.resolve())
    for nscd in (Path("/run/nscd"), Path("/var/run/nscd")):
        if nscd.is_dir():
            (work / "no-nscd").mkdir(exist_ok=True)
            _bind_over(work / "no-nscd", nscd.resolve())
    before = _files_under(home)
    try:
        done = subprocess.run(
            spec["argv"],
            env=spec["env"],
            cwd=spec["cwd"],
            capture_output=True,
            text=True,
            timeout=spec["timeout"],
        )
        returncode, stdout, stderr = done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired as e:
        returncode, stdout, stderr = -9, str(e.stdout or ""), f"timed out after {spec['timeout']} s"
    Path(spec["result"]).write_text(
        json.dumps(
            {
                "returncode": returncode,
                "stdout": stdout,
                "stderr": stderr,
                "names": stub.seen(),
                "new_files": sorted(_files_under(home) - before),
            }
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inside", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--home", type=Path, help="HOME for the command (default: a fresh temp folder)")
    parser.add_argument("command", nargs="*", help="the command to run offline")
    args = parser.parse_args(argv)
    if args.inside is not None:
        _inside(args.inside)
        return 0
    reason = unavailable()
    if reason is not None:
        print(f"offline_sandbox: {reason}", file=sys.stderr)
        return 2
    home = args.home or Path(tempfile.mkdtemp(prefix="oriel-offline-home-"))
    run = run_offline(args.command, home)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    print(
        json.dumps(
            {"exit": run.returncode, "names": run.names, "new_files": run.new_files, "home": str(home)}
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

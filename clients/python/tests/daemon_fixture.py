"""A real tidingsd for the Python client's tests: a temporary data directory whose tidings.toml
puts every endpoint on a free loopback port (as tests/daemon_harness.cc does), started from the
build's bin/ (found beside $TIDINGS_BIN), killed and restarted on the same data directory.
"""

import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import zlib


def tidings_bin():
    path = os.environ.get("TIDINGS_BIN", "")
    if not path or not os.path.exists(path):
        raise RuntimeError("set TIDINGS_BIN to the built `tidings` program (CTest does)")
    return path


def shared_dir():
    return os.environ.get("TIDINGS_SHARED_DIR", "")


class Daemon:
    def __init__(self, extra_toml=""):
        self.data_dir = tempfile.mkdtemp(prefix="tidings-pytest-")
        self.extra_toml = extra_toml
        self.proc = None
        self._log = open(os.path.join(self.data_dir, "tidingsd.err"), "ab")

    def start(self, timeout=30):
        with open(os.path.join(self.data_dir, "tidings.toml"), "w") as f:
            f.write('log_level = "info"\n'
                    '[inbound]\npush = "tcp://127.0.0.1:*"\nack = "tcp://127.0.0.1:*"\n'
                    '[outbound]\npublish = "tcp://127.0.0.1:*"\n'
                    '[http]\nlisten = "127.0.0.1:0"\n' + self.extra_toml + "\n")
        tidingsd = os.path.join(os.path.dirname(tidings_bin()), "tidingsd")
        self.proc = subprocess.Popen([tidingsd, "--data-dir", self.data_dir], stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=self._log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("tidingsd exited with %d: %s" % (self.proc.returncode, self.log()))
            if self.healthy():
                return self
            time.sleep(0.05)
        raise RuntimeError("tidingsd did not become healthy: " + self.log())

    def runtime(self):
        try:
            with open(os.path.join(self.data_dir, "daemon.json")) as f:
                return json.load(f)
        except (OSError, ValueError):
            return {}

    def health(self):
        http = self.runtime().get("http")
        if not http:
            return None
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open("http://%s/healthz" % http, timeout=5) as r:
                return json.loads(r.read())
        except urllib.error.HTTPError as e:
            return json.loads(e.read())
        except (OSError, ValueError):
            return None

    def healthy(self):
        h = self.health()
        return bool(h) and h.get("status") == "ok"

    def wait_drained(self, stored, timeout=60):
        """Waits until `stored` articles are completed and nothing is open in the journal."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            h = self.health() or {}
            j = h.get("journal", {})
            if j.get("open") == 0 and j.get("completed", 0) + j.get("dead", 0) >= stored:
                return True
            time.sleep(0.1)
        return False

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def restart(self):
        """After kill(): a new tidingsd on the same data directory (new ports)."""
        try:
            os.remove(os.path.join(self.data_dir, "daemon.json"))
        except OSError:
            pass
        return self.start()

    def log(self):
        with open(os.path.join(self.data_dir, "tidingsd.err"), "rb") as f:
            return f.read().decode("utf-8", "replace")[-4000:]

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()
        self._log.close()
        shutil.rmtree(self.data_dir, ignore_errors=True)


def generated_articles(n, prefix):
    """Short news items the built-in dictionaries code into events, each distinct."""
    countries = [("Turkey", "Turkish"), ("Azerbaijan", "Azerbaijani"), ("France", "French"),
                 ("Germany", "German"), ("Japan", "Japanese"), ("Brazil", "Brazilian"),
                 ("India", "Indian"), ("Egypt", "Egyptian"), ("Kenya", "Kenyan")]
    # Numbers distinct per prefix too: articles with the same text would be stored as
    # near-duplicate copies of each other, with no events of their own.
    base = zlib.crc32(prefix.encode()) % 1000000 * 1000
    out = []
    for i in range(n):
        a, b = countries[i % len(countries)], countries[(i * 7 + 1) % len(countries)]
        if a == b:
            b = countries[(i + 1) % len(countries)]
        text = ("%s President pledged support to %s on Tuesday.\n\n"
                "The government of %s condemned %s on Wednesday.\n\n"
                "Dispatch %d from desk %d, file %d, edition E%d.\n"
                % (a[0], b[0], b[0], a[0], base + 1000 + i, base + 7 * i + 3, 7919 * i % 100000, base + i))
        out.append({"id": "%s-%05d" % (prefix, i), "title": "World news %d" % i, "text": text,
                    "source": "Generated Wire", "published": "2024-03-14"})
    return out

"""How a client finds tidingsd, as every `tidings` command does: the runtime file
<data dir>/daemon.json that the daemon writes at start-up, the data directory being the one
given, else $TIDINGS_DATA, else ./tidings-data.
"""

import errno
import json
import os
from collections import namedtuple

# endpoint: empty when no daemon is found; instance: names the daemon process (pid and start
# time), a change means a restart; problem: why there is no endpoint or it may be stale.
DaemonAddress = namedtuple("DaemonAddress", "endpoint instance problem")


def resolve_data_dir(data_dir=None):
    """The data directory, absolute: `data_dir`, else $TIDINGS_DATA, else ./tidings-data."""
    d = data_dir or os.environ.get("TIDINGS_DATA") or "tidings-data"
    return os.path.abspath(os.fspath(d))


def read_runtime(data_dir):
    """daemon.json of the daemon running on `data_dir` as a dict, or None when absent or unreadable."""
    try:
        with open(os.path.join(data_dir, "daemon.json"), encoding="utf-8") as f:
            runtime = json.load(f)
        return runtime if isinstance(runtime, dict) else None
    except (OSError, ValueError):
        return None


def _running(pid):
    try:
        os.kill(pid, 0)
    except OSError as e:
        return e.errno != errno.ESRCH
    return True


def locate(data_dir, socket):
    """Where the daemon's `socket` ("ack", "push", "publish" or "http") is now."""
    runtime = read_runtime(data_dir)
    if runtime is None or not runtime.get(socket):
        return DaemonAddress("", "", "no running tidingsd found: %s does not exist (start tidingsd "
                             "there, or pass data_dir / set TIDINGS_DATA to its data directory)"
                             % os.path.join(data_dir, "daemon.json"))
    pid = int(runtime.get("pid", 0) or 0)
    problem = ""
    if pid > 0 and not _running(pid):
        problem = ("%s/daemon.json names pid %d, which is not running (tidingsd was killed; "
                   "restart it on this data directory)" % (data_dir, pid))
    return DaemonAddress(runtime[socket], "%d@%s" % (pid, runtime.get("started_unix_ms", 0)), problem)

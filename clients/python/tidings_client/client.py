"""Client: push articles to tidingsd, subscribe to its events, query its store.

Native ZeroMQ for pushing and live subscribing (python3-zmq, python3-protobuf). Two things go
through the `tidings` command instead, so that they behave exactly like it whichever store
backend the daemon uses: query() runs `tidings query --format jsonl`, and subscribe(since=...)
runs `tidings subscribe --since`, whose replay-then-live seam has no gap and no duplicate.
"""

import datetime
import json
import os
import shutil
import subprocess
import time
import urllib.request

import zmq

from ._proto import pb
from .articles import article_from_dict
from .daemon import DaemonAddress, locate, read_runtime, resolve_data_dir
from .events import event_to_dict
from .pusher import AckedPush, TidingsError, ack_to_dict

_QUERY_FLAGS = {
    "since": "--since", "until": "--until", "code": "--code", "actor": "--actor",
    "country": "--country", "article": "--article", "since_seq": "--since-seq",
    "limit": "--limit", "store": "--store",
}


class Client:
    """A connection to one tidingsd.

    The daemon is found like the `tidings` commands find it: through <data_dir>/daemon.json,
    data_dir being the argument, else $TIDINGS_DATA, else ./tidings-data. Endpoints given
    explicitly (push, ack, publish: ZeroMQ endpoints such as "tcp://10.0.0.5:7411"; http:
    "host:port") override the runtime file. CURVE: when the daemon uses it, its public key is
    read from daemon.json unless curve_server_key is given; this client's key pair is
    curve_public_key/curve_secret_key (Z85, as `tidings keygen` prints), else an ephemeral pair
    (served only by a daemon with security.curve_allow_any_client).

    timeout: seconds push() and push_many() wait with no daemon answering at all before they
    raise PushTimeout (unacknowledged articles are sent again while a restarted daemon answers).
    tidings_bin: the `tidings` program for query() and subscribe(since=...); else $TIDINGS_BIN,
    else the one beside the running tidingsd, else PATH.

    Not thread-safe: one Client per thread (generators included).
    """

    def __init__(self, data_dir=None, push=None, ack=None, publish=None, http=None,
                 curve_server_key=None, curve_public_key=None, curve_secret_key=None,
                 timeout=60.0, tidings_bin=None, context=None):
        self.data_dir = resolve_data_dir(data_dir)
        self._explicit = {"push": push, "ack": ack, "publish": publish, "http": http}
        self._curve = (curve_server_key, curve_public_key, curve_secret_key)
        self._check_curve_keys()
        self.timeout = float(timeout)
        self._tidings_bin = tidings_bin
        self._ctx = context or zmq.Context.instance()
        self._push_socket = None
        self._push_endpoint = None

    # --- lifecycle -------------------------------------------------------------------------

    def close(self):
        """Closes the fire-and-forget socket, waiting up to `timeout` for queued articles to leave."""
        if self._push_socket is not None:
            self._push_socket.close(linger=int(self.timeout * 1000))
            self._push_socket = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- where the daemon is -----------------------------------------------------------------

    def _address(self, socket):
        explicit = self._explicit.get(socket)
        if explicit:
            return DaemonAddress(explicit, explicit, "")
        return locate(self.data_dir, socket)

    def _endpoint(self, socket):
        a = self._address(socket)
        if not a.endpoint:
            raise TidingsError(a.problem)
        return a.endpoint

    def _check_curve_keys(self):
        server, public, secret = self._curve
        for name, key in (("curve_server_key", server), ("curve_public_key", public),
                          ("curve_secret_key", secret)):
            if key and len(key) != 40:
                raise ValueError("%s must be a 40-character Z85 key (see `tidings keygen`)" % name)
        if bool(public) != bool(secret):
            raise ValueError("give both curve_public_key and curve_secret_key")
        if public and zmq.curve_public(secret.encode()).decode() != public:
            raise ValueError("curve_public_key does not belong to curve_secret_key")

    def _server_key(self):
        return self._curve[0] or (read_runtime(self.data_dir) or {}).get("curve_server_key", "")

    def _secure(self, socket):
        """Makes `socket` a CURVE client when the daemon uses CURVE (call before connect)."""
        server = self._server_key()
        _, public, secret = self._curve
        if not server:
            return
        if not public:
            public, secret = (k.decode() for k in zmq.curve_keypair())
        socket.curve_serverkey = server.encode()
        socket.curve_publickey = public.encode()
        socket.curve_secretkey = secret.encode()

    # --- pushing -------------------------------------------------------------------------------

    def push(self, article, ack=True, timeout=None):
        """Sends one article (a dict with the keys of `tidings push` JSON lines, or an Article).

        ack=True: waits for the acknowledgement and returns it as a dict: status ("ACCEPTED",
        "DUPLICATE" or "REJECTED"; "BUSY" is retried after retry_after_ms), article_id,
        reason, retry_after_ms (plus index 0 and resends: how often it was sent again after a
        reconnect). Raises PushTimeout when no daemon
        answers for `timeout` (default: the client's).
        ack=False: fire-and-forget on the daemon's PUSH socket; returns {"status": "SENT",
        "article_id": ...}. Raises TidingsError when the socket does not take it within timeout.
        """
        if ack:
            return next(iter(self.iter_push([article], window=1, timeout=timeout)))
        a = article_from_dict(article)
        endpoint = self._endpoint("push")
        if self._push_socket is None or self._push_endpoint != endpoint:
            self.close()
            s = self._ctx.socket(zmq.PUSH)
            s.setsockopt(zmq.SNDHWM, 1000)
            self._secure(s)
            s.connect(endpoint)
            self._push_socket, self._push_endpoint = s, endpoint
        wait = self.timeout if timeout is None else timeout
        if not self._push_socket.poll(int(wait * 1000), zmq.POLLOUT):
            raise TidingsError("the daemon is not taking articles at %s (waited %g s)" % (endpoint, wait))
        self._push_socket.send(a.SerializeToString())
        return {"status": "SENT", "article_id": a.id, "reason": "", "retry_after_ms": 0}

    def iter_push(self, articles, window=64, timeout=None):
        """Pushes an iterable of articles with acknowledgements, `window` outstanding at once,
        reading the input only a window ahead (it may be endless). Yields each final answer as
        a dict (see push(); "index" is the article's position in the input), in answer order.
        Survives daemon restarts: unacknowledged articles are sent again to the restarted
        daemon. Raises PushTimeout when no daemon answers for `timeout` seconds."""
        give_up = self.timeout if timeout is None else timeout
        return AckedPush(self._ctx, lambda: self._address("ack"), self._secure, articles, window, give_up)

    def push_many(self, articles, window=64, timeout=None):
        """Like iter_push(), but returns the list of answers in input order."""
        answers = list(self.iter_push(articles, window=window, timeout=timeout))
        answers.sort(key=lambda a: a["index"])
        return answers

    # --- events ----------------------------------------------------------------------------------

    def subscribe(self, *prefixes, since=None, timeout=None, count=None):
        """Yields published events as dicts with exactly the Event JSON fields of the README.

        prefixes: topic prefixes as for `tidings subscribe` ("actor/TUR", "actor/TUR/AZE",
        "cameo/05", "cameo/057"); none: every event once. since: first replay stored events,
        then continue live with no gap and no duplicate at the seam: an int store sequence
        number (events after it; 0: all), or a time (datetime, or "YYYY-MM-DD[THH:MM[:SS]][Z]")
        of articles stored at or after it. timeout: stop after this many seconds; count: after
        this many events. Live subscriptions follow a restarted daemon to its new endpoint
        (events published while it was down are missed: use since= to replay them).
        """
        if since is not None:
            return self._subscribe_since(prefixes, since, timeout, count)
        return self._subscribe_live(prefixes, timeout, count)

    def _subscribe_live(self, prefixes, timeout, count):
        deadline = None if timeout is None else time.monotonic() + timeout
        topics = list(prefixes) or ["cameo/"]
        sub, endpoint, next_locate, n = None, None, 0.0, 0
        try:
            while deadline is None or time.monotonic() < deadline:
                now = time.monotonic()
                if now >= next_locate:  # a restarted daemon publishes on a new port
                    next_locate = now + 1.0
                    found = self._address("publish").endpoint
                    if found and found != endpoint:
                        if sub is not None:
                            sub.close(linger=0)
                        sub = self._ctx.socket(zmq.SUB)
                        sub.setsockopt(zmq.RCVHWM, 100000)
                        for t in topics:
                            sub.setsockopt(zmq.SUBSCRIBE, t.encode())
                        self._secure(sub)
                        sub.connect(found)
                        endpoint = found
                    elif sub is None and not found:  # never found: say so instead of hanging
                        raise TidingsError(self._address("publish").problem)
                if sub is None:
                    time.sleep(0.1)
                    continue
                wait = 100 if deadline is None else max(0, min(100, int((deadline - now) * 1000)))
                if not sub.poll(wait, zmq.POLLIN):
                    continue
                frames = sub.recv_multipart()
                if len(frames) < 2:
                    continue
                event = pb.Event()
                try:
                    event.ParseFromString(frames[1])
                except Exception:
                    continue
                yield event_to_dict(event)
                n += 1
                if count and n >= count:
                    return
        finally:
            if sub is not None:
                sub.close(linger=0)

    def _subscribe_since(self, prefixes, since, timeout, count):
        if isinstance(since, datetime.datetime):
            if since.tzinfo is not None:
                since = since.astimezone(datetime.timezone.utc).replace(tzinfo=None)
            since = since.strftime("%Y-%m-%dT%H:%M:%SZ")
        elif isinstance(since, datetime.date):
            since = since.isoformat()
        args = ["subscribe", *prefixes, "--since", str(since)]
        if timeout is not None:
            args += ["--timeout", repr(float(timeout))]
        if count:
            args += ["--count", str(int(count))]
        if self._explicit["publish"]:
            args += ["--endpoint", self._explicit["publish"]]
        server, public, secret = self._curve
        if server:
            args += ["--curve-server-key", server]
        if public:
            args += ["--curve-public-key", public, "--curve-secret-key", secret]
        proc = subprocess.Popen(self._command(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, encoding="utf-8")
        finished = False
        try:
            for line in proc.stdout:
                if line.strip():
                    yield json.loads(line)
            finished = True
        finally:
            if not finished and proc.poll() is None:
                proc.terminate()
            _, err = proc.communicate()
            if finished and proc.returncode != 0:
                raise TidingsError("tidings subscribe --since failed (exit %d): %s"
                                   % (proc.returncode, err.strip()))

    # --- the store ---------------------------------------------------------------------------

    def query(self, format="jsonl", dead_letters=False, **filters):
        """Events from the store, as `tidings query` prints them (same filters, same output):
        since/until (YYYY-MM-DD), code, actor, country, article, since_seq, limit, store.
        format="jsonl" (default): a list of event dicts (Event JSON); format="csv": the CSV text.
        dead_letters=True: the dead letters (dicts) instead of events."""
        args = ["query", "--format", format]
        for key, value in filters.items():
            if key not in _QUERY_FLAGS:
                raise TypeError("query() got an unknown filter %r (known: %s)" % (key, ", ".join(sorted(_QUERY_FLAGS))))
            if value is not None:
                args += [_QUERY_FLAGS[key], str(value)]
        if dead_letters:
            args.append("--dead-letters")
        done = subprocess.run(self._command(args), capture_output=True, text=True, encoding="utf-8")
        if done.returncode != 0:
            raise TidingsError("tidings query failed (exit %d): %s" % (done.returncode, done.stderr.strip()))
        if format == "csv" and not dead_letters:
            return done.stdout
        return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]

    def status(self):
        """The daemon's /healthz as a dict (status, stages, in_flight, journal, recent_errors...)."""
        url = "http://%s/healthz" % self._endpoint("http")
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(url, timeout=5) as r:
                return json.loads(r.read().decode("utf-8"))
        except urllib.error.HTTPError as e:  # 503: degraded, still a health report
            return json.loads(e.read().decode("utf-8"))

    # --- the tidings program ------------------------------------------------------------------

    def tidings_bin(self):
        """The `tidings` program query() and subscribe(since=...) run."""
        candidates = [self._tidings_bin, os.environ.get("TIDINGS_BIN")]
        runtime = read_runtime(self.data_dir) or {}
        try:
            exe = os.readlink("/proc/%d/exe" % int(runtime.get("pid", 0)))
            candidates.append(os.path.join(os.path.dirname(exe), "tidings"))
        except (OSError, ValueError):
            pass
        candidates.append(shutil.which("tidings"))
        for c in candidates:
            if c and os.path.isfile(c) and os.access(c, os.X_OK):
                return c
        raise TidingsError("cannot find the `tidings` program: pass tidings_bin=, set TIDINGS_BIN, "
                           "or put it on PATH (it is built into build/bin)")

    def _command(self, args):
        return [self.tidings_bin(), *args, "--data-dir", self.data_dir]

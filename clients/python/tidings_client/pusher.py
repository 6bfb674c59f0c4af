"""The windowed, acknowledged push of the Python client: the same rules as `tidings push --ack`
(cli/acked_pusher.h). A window of articles outstanding on a DEALER socket; BUSY answers sent
again after the delay the daemon asks for; never blocking in send; and when the daemon's runtime
file names a new instance, or answers stop while articles are outstanding, a fresh socket to
wherever the daemon now is and every unacknowledged article sent again (acks are matched by
article id, and the daemon answers DUPLICATE for an id it has journaled). It gives up only when
no daemon has answered at all for `give_up` seconds.
"""

import collections
import heapq
import itertools
import time

import zmq

from ._proto import pb
from .articles import article_from_dict

STATUS_NAMES = {v: k for k, v in pb.Ack.Status.items()}  # 0 -> "ACCEPTED", ...


class TidingsError(Exception):
    """A tidings operation failed; the message says why and what to do."""


class PushTimeout(TidingsError):
    """No daemon answered for the timeout. `unacknowledged` lists the ids of the articles taken
    from the input without a final answer (the rest of the input was not read);
    `acknowledged` counts those that were answered ACCEPTED or DUPLICATE."""

    def __init__(self, message, unacknowledged, acknowledged):
        super().__init__(message)
        self.unacknowledged = unacknowledged
        self.acknowledged = acknowledged


def ack_to_dict(ack, index, resends):
    return {"status": STATUS_NAMES.get(ack.status, str(ack.status)), "article_id": ack.article_id,
            "reason": ack.reason, "retry_after_ms": ack.retry_after_ms, "index": index, "resends": resends}


class _Item:
    __slots__ = ("index", "article_id", "data", "resends")

    def __init__(self, index, article):
        self.index = index
        self.article_id = article.id
        self.data = article.SerializeToString()
        self.resends = 0


class AckedPush:
    """One run over `articles`; iterate it for the final answers (dicts, in answer order).

    locate() -> DaemonAddress; secure(socket) applies CURVE keys before connect.
    """

    SILENCE_S = 3.0      # no answer this long while articles are outstanding: reconnect, re-send
    RELOCATE_S = 0.25    # how often the runtime file is read again
    ID_WAIT_S = 0.05     # an article whose id is outstanding waits this long
    TICK_MS = 20

    def __init__(self, context, locate, secure, articles, window, give_up):
        self._ctx = context
        self._locate = locate
        self._secure = secure
        self._input = iter(enumerate(articles))
        self._window = max(1, int(window))
        self._give_up = float(give_up)
        self._input_done = False
        self._items = {}                       # index -> _Item without a final answer
        self._queued = collections.deque()     # indexes to send, in order
        self._retry = []                       # heap of (due, tiebreak, index)
        self._tiebreak = itertools.count()
        self._outstanding = {}                 # article id -> index
        self._socket = None
        self._at = ("", "", "")                # (endpoint, instance, problem) of the socket
        now = time.monotonic()
        self._last_answer = self._work_began = self._silent_since = now
        self._next_locate = 0.0
        self.acknowledged = 0
        self.resent = 0
        self.reconnects = 0
        self._connected_once = False

    def __iter__(self):
        try:
            while True:
                now = time.monotonic()
                if now >= self._next_locate:
                    self._relocate(now, force=False)
                self._pull(now)
                if self._input_done and not self._items:
                    return
                self._send(now)
                self._wait()
                for answer in self._drain():
                    yield answer
                now = time.monotonic()
                if self._outstanding and now - self._silent_since > self.SILENCE_S:
                    self._resend_outstanding(now)
                    self._relocate(now, force=True)
                elif self._items and now - max(self._last_answer, self._work_began) > self._give_up:
                    self._fail()
        finally:
            self._close()

    def _relocate(self, now, force):
        self._next_locate = now + self.RELOCATE_S
        found = self._locate()
        changed = (found.endpoint, found.instance) != self._at[:2]
        self._at = (self._at[0], self._at[1], found.problem)
        if not changed and not force and (self._socket is not None or not found.endpoint):
            return
        if changed:
            self._resend_outstanding(now)
        self._close()
        self._at = tuple(found)
        if not found.endpoint:
            return
        s = self._ctx.socket(zmq.DEALER)
        s.setsockopt(zmq.LINGER, 0)
        s.setsockopt(zmq.SNDHWM, max(1000, self._window))
        s.setsockopt(zmq.RCVHWM, max(1000, self._window))
        try:
            self._secure(s)
        except Exception:
            s.close(linger=0)
            raise
        s.connect(found.endpoint)
        self._socket = s
        if self._connected_once:
            self.reconnects += 1
        self._connected_once = True

    def _close(self):
        if self._socket is not None:
            self._socket.close(linger=0)
            self._socket = None

    def _pull(self, now):
        while not self._input_done and len(self._items) < self._window:
            try:
                index, article = next(self._input)
            except StopIteration:
                self._input_done = True
                return
            if not self._items:
                self._work_began = now
            item = _Item(index, article_from_dict(article))
            self._items[index] = item
            self._queued.append(index)

    def _send(self, now):
        while self._retry and self._retry[0][0] <= now:
            self._queued.append(heapq.heappop(self._retry)[2])
        while self._socket is not None and self._queued and len(self._outstanding) < self._window:
            index = self._queued.popleft()
            item = self._items[index]
            if item.article_id in self._outstanding:  # wait for the first one's answer
                heapq.heappush(self._retry, (now + self.ID_WAIT_S, next(self._tiebreak), index))
                continue
            try:
                # Never block in send: a client blocked here reads no replies.
                self._socket.send_multipart([b"", item.data], flags=zmq.NOBLOCK)
            except zmq.Again:
                self._queued.appendleft(index)
                return
            if not self._outstanding:
                self._silent_since = now  # the silence clock starts with the first send
            self._outstanding[item.article_id] = index

    def _wait(self):
        if self._socket is None:
            time.sleep(self.TICK_MS / 1000)
        else:
            self._socket.poll(self.TICK_MS, zmq.POLLIN)

    def _drain(self):
        answers = []
        while self._socket is not None:
            try:
                frames = self._socket.recv_multipart(flags=zmq.NOBLOCK)
            except zmq.Again:
                break
            if len(frames) < 2:
                continue
            ack = pb.Ack()
            try:
                ack.ParseFromString(frames[1])
            except Exception:
                continue
            now = time.monotonic()
            self._last_answer = self._silent_since = now
            index = self._outstanding.pop(ack.article_id, None)
            if index is None:
                continue  # a late answer to an article sent again
            if ack.status == pb.Ack.BUSY:
                due = now + max(5, ack.retry_after_ms) / 1000.0
                heapq.heappush(self._retry, (due, next(self._tiebreak), index))
                continue
            item = self._items.pop(index)
            if ack.status in (pb.Ack.ACCEPTED, pb.Ack.DUPLICATE):
                self.acknowledged += 1
            answers.append(ack_to_dict(ack, index, item.resends))
        return answers

    def _resend_outstanding(self, now):
        again = sorted(self._outstanding.values())
        self._outstanding.clear()
        for index in again:
            self._items[index].resends += 1
        self.resent += len(again)
        self._queued.extendleft(reversed(again))
        self._silent_since = now

    def _fail(self):
        endpoint, _, problem = self._at
        if endpoint:
            why = "no answer from tidingsd at %s for %g s%s" % (endpoint, self._give_up,
                                                                ": " + problem if problem else "")
        else:
            why = "no tidingsd found for %g s: %s" % (self._give_up, problem or "no endpoint")
        ids = [self._items[i].article_id for i in sorted(self._items)]
        raise PushTimeout("%d article(s) not acknowledged: %s; %d were acknowledged"
                          % (len(ids), why, self.acknowledged), ids, self.acknowledged)

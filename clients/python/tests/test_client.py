"""tidings_client against a real tidingsd (started by the tests on free loopback ports)."""

import json
import os
import sqlite3
import subprocess
import tempfile
import threading
import time
import unittest

import zmq

from tidings_client import (CSV_FIELDS, EVENT_FIELDS, Client, PushTimeout, TidingsError,
                            derive_article_id, event_topics)
from tidings_client._proto import pb

from .daemon_fixture import Daemon, generated_articles, shared_dir, tidings_bin


class Collector(threading.Thread):
    """Iterates a generator of events on a thread until `done(events)` or the generator ends."""

    def __init__(self, make_generator, done):
        super().__init__(daemon=True)
        self.make_generator, self.done, self.events, self.error = make_generator, done, [], None
        self.start()
        time.sleep(0.5)  # let the subscription reach the publisher (slow joiner)

    def run(self):
        try:
            gen = self.make_generator()
            for event in gen:
                self.events.append(event)
                if self.done(self.events):
                    gen.close()
                    return
        except Exception as e:  # reported by the test
            self.error = e


def stored_articles(daemon):
    db = sqlite3.connect("file:%s?mode=ro" % os.path.join(daemon.data_dir, "events.sqlite"), uri=True)
    try:
        return db.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM articles WHERE status = 'stored'").fetchone()
    finally:
        db.close()


class ClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.daemon = Daemon().start()

    @classmethod
    def tearDownClass(cls):
        cls.daemon.stop()

    def client(self, **kw):
        return Client(data_dir=self.daemon.data_dir, timeout=30, **kw)

    def wait_for_events(self, client, article_id, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            events = client.query(article=article_id)
            if events:
                return events
            time.sleep(0.1)
        return []

    def test_the_seed_article_gives_turkey_to_azerbaijan_events_on_actor_TUR(self):
        seed = os.path.join(shared_dir(), "seeds", "azernews-2021-11-11.txt")
        if not os.path.exists(seed):
            self.skipTest("needs ../shared (the seed article)")
        tur_aze = lambda events: any(e["source_country"] == "TUR" and e["target_country"] == "AZE" for e in events)
        sub = Collector(lambda: self.client().subscribe("actor/TUR", timeout=60), tur_aze)
        with open(seed, encoding="utf-8") as f:
            text = f.read()
        ack = self.client().push({"text": text, "source": "AzerNews"})
        self.assertIn(ack["status"], ("ACCEPTED", "DUPLICATE"))
        self.assertEqual(ack["article_id"], derive_article_id({"text": text}))
        sub.join(70)
        self.assertIsNone(sub.error)
        self.assertTrue(tur_aze(sub.events), sub.events)
        for e in sub.events:
            self.assertEqual(tuple(e.keys()), EVENT_FIELDS)
            self.assertTrue(event_topics(e)[1].startswith("actor/TUR/"), e)
            self.assertIsInstance(e["seq"], int)
            self.assertIsInstance(e["goldstein"], float)
            self.assertIsInstance(e["issues"], list)
            self.assertTrue(e["location"] is None or set(e["location"]) == {"name", "country", "lat", "lon", "kind"})

    def test_push_many_with_a_window_answers_every_article_in_input_order(self):
        articles = generated_articles(200, "many")
        client = self.client()
        answers = client.push_many(articles, window=16)
        self.assertEqual([a["index"] for a in answers], list(range(200)))
        self.assertEqual([a["article_id"] for a in answers], [a["id"] for a in articles])
        self.assertEqual({a["status"] for a in answers}, {"ACCEPTED"})
        again = client.push_many(articles[:20], window=4)
        self.assertEqual({a["status"] for a in again}, {"DUPLICATE"})

    def test_iter_push_reads_an_endless_input_only_a_window_ahead(self):
        taken = []

        def endless():
            for a in generated_articles(10 ** 6, "endless"):
                taken.append(a["id"])
                yield a

        answers = []
        for answer in self.client().iter_push(endless(), window=8):
            answers.append(answer)
            if len(answers) == 30:
                break
        self.assertEqual(len(answers), 30)
        self.assertLessEqual(len(taken), 30 + 8)

    def test_an_article_without_an_id_gets_the_id_the_daemon_derives(self):
        article = {"text": "Japan praised Brazil for its help after the floods on Sunday. %f" % time.time(),
                   "title": "Floods"}
        # Sent raw, without an id: the daemon derives it.
        a = pb.Article(text=article["text"], title=article["title"])
        ctx = zmq.Context.instance()
        s = ctx.socket(zmq.PUSH)
        s.connect(self.daemon.runtime()["push"])
        s.send(a.SerializeToString())
        s.close(linger=5000)
        self.assertTrue(self.wait_for_events(self.client(), derive_article_id(article)))

    def test_push_without_ack_is_fire_and_forget(self):
        client = self.client()
        article = generated_articles(1, "fire")[0]
        sent = client.push(article, ack=False)
        self.assertEqual(sent["status"], "SENT")
        self.assertEqual(sent["article_id"], article["id"])
        client.close()
        self.assertTrue(self.wait_for_events(client, article["id"]))

    def test_query_prints_what_tidings_query_prints(self):
        client = self.client()
        client.push_many(generated_articles(20, "query"), window=8)
        self.assertTrue(self.daemon.wait_drained(0))
        self.assertTrue(self.wait_for_events(client, "query-00019"))
        cli = subprocess.run([tidings_bin(), "query", "--actor", "tur", "--format", "jsonl", "--data-dir",
                              self.daemon.data_dir], capture_output=True, text=True, check=True)
        expected = [json.loads(line) for line in cli.stdout.splitlines()]
        self.assertTrue(expected)
        self.assertEqual(client.query(actor="tur"), expected)
        self.assertEqual(client.query(actor="TUR", limit=3), expected[:3])
        csv = client.query(format="csv", code="05")
        self.assertEqual(csv.splitlines()[0], ",".join(CSV_FIELDS))
        with self.assertRaises(TypeError):
            client.query(colour="blue")
        with self.assertRaises(TidingsError):
            client.query(format="xml")

    def test_subscribe_since_replays_the_store_then_continues_live_without_gap_or_duplicate(self):
        client = self.client()
        client.push_many(generated_articles(25, "before"), window=8)
        self.assertTrue(self.wait_for_events(client, "before-00024"))
        stored_before = client.query()
        self.assertTrue(stored_before)

        def everything(events):
            ids = {e["id"] for e in events}
            return any(e["article_id"] == "after-00024" for e in events) and \
                ids >= {e["id"] for e in client.query()}

        sub = Collector(lambda: self.client().subscribe(since=0, timeout=60), everything)
        client.push_many(generated_articles(25, "after"), window=8)
        sub.join(70)
        self.assertIsNone(sub.error)
        stored = client.query()
        got = [e["seq"] for e in sub.events]
        self.assertEqual(got, sorted(set(got)), "seq strictly increasing: no duplicate, replay then live")
        self.assertEqual({e["id"] for e in sub.events}, {e["id"] for e in stored})
        self.assertEqual(sub.events[0]["seq"], stored_before[0]["seq"])
        for e in sub.events:
            self.assertEqual(tuple(e.keys()), EVENT_FIELDS)

    def test_status_is_the_daemons_health(self):
        h = self.client().status()
        self.assertEqual(h["status"], "ok")
        self.assertIn("recent_errors", h)


class RestartTest(unittest.TestCase):
    def test_push_many_survives_a_daemon_killed_and_restarted_mid_push(self):
        daemon = Daemon("[limits]\nmax_in_flight = 50\nbusy_retry_ms = 20\n").start()
        try:
            n = 500
            result = {}

            def push():
                try:
                    result["answers"] = Client(data_dir=daemon.data_dir, timeout=60).push_many(
                        generated_articles(n, "restart"), window=32)
                except Exception as e:
                    result["error"] = e

            pusher = threading.Thread(target=push)
            pusher.start()
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                j = (daemon.health() or {}).get("journal", {})
                if j.get("open", 0) + j.get("completed", 0) >= 100:
                    break
                time.sleep(0.005)
            first_ack = daemon.runtime()["ack"]
            daemon.kill()
            time.sleep(1.0)
            daemon.restart()
            self.assertNotEqual(daemon.runtime()["ack"], first_ack)
            pusher.join(120)
            self.assertNotIn("error", result)
            answers = result["answers"]
            self.assertEqual(len(answers), n)
            self.assertEqual({a["status"] for a in answers} - {"ACCEPTED", "DUPLICATE"}, set())
            self.assertTrue(any(a["resends"] > 0 for a in answers), "some articles were sent again")
            self.assertTrue(daemon.wait_drained(n, 90), daemon.health())
            self.assertEqual(stored_articles(daemon), (n, n))
        finally:
            daemon.stop()


class CurveTest(unittest.TestCase):
    def test_explicit_curve_keys_push_and_subscribe_and_an_unknown_key_is_not_served(self):
        server_public, server_secret = (k.decode() for k in zmq.curve_keypair())
        client_public, client_secret = (k.decode() for k in zmq.curve_keypair())
        daemon = Daemon('[security]\ncurve_public_key = "%s"\ncurve_secret_key = "%s"\n'
                        'curve_allowed_clients = ["%s"]\n' % (server_public, server_secret, client_public)).start()
        try:
            runtime = daemon.runtime()
            # Explicit endpoints and keys: no data directory needed.
            client = Client(data_dir=tempfile.gettempdir() + "/nonexistent-tidings", ack=runtime["ack"],
                            publish=runtime["publish"], curve_server_key=server_public,
                            curve_public_key=client_public, curve_secret_key=client_secret, timeout=20)
            got = lambda events: len(events) > 0
            sub = Collector(lambda: client.subscribe("cameo/", timeout=30), got)
            ack = client.push({"id": "curve-1", "text": "Japan praised Brazil for its help on Sunday."})
            self.assertEqual(ack["status"], "ACCEPTED")
            sub.join(40)
            self.assertTrue(sub.events, daemon.log())
            self.assertEqual(sub.events[0]["article_id"], "curve-1")

            stranger_public, stranger_secret = (k.decode() for k in zmq.curve_keypair())
            stranger = Client(ack=runtime["ack"], curve_server_key=server_public, curve_public_key=stranger_public,
                              curve_secret_key=stranger_secret, timeout=1.5)
            with self.assertRaises(PushTimeout) as caught:
                stranger.push({"id": "curve-2", "text": "Japan praised Brazil."})
            self.assertEqual(caught.exception.unacknowledged, ["curve-2"])
            with self.assertRaises(ValueError):
                Client(curve_public_key=stranger_public, curve_secret_key=client_secret)
        finally:
            daemon.stop()


class NoDaemonTest(unittest.TestCase):
    def test_without_a_daemon_push_gives_up_after_the_timeout_and_says_why(self):
        empty = tempfile.mkdtemp(prefix="tidings-nodaemon-")
        client = Client(data_dir=empty, timeout=1)
        t0 = time.monotonic()
        with self.assertRaises(PushTimeout) as caught:
            client.push({"id": "x", "text": "Japan praised Brazil."})
        self.assertGreaterEqual(time.monotonic() - t0, 1)
        self.assertIn("1 article(s) not acknowledged: no tidingsd found for 1 s", str(caught.exception))
        self.assertIn(os.path.join(empty, "daemon.json"), str(caught.exception))
        with self.assertRaises(TidingsError):
            next(client.subscribe("actor/TUR"))
        os.rmdir(empty)


if __name__ == "__main__":
    unittest.main()

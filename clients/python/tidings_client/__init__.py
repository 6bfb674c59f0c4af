"""tidings_client: the Python client of tidings (news in, CAMEO political events out).

    from tidings_client import Client
    client = Client()                      # finds tidingsd through ./tidings-data/daemon.json
    client.push({"text": "...", "source": "AzerNews", "published": "2021-11-11"})
    for event in client.subscribe("actor/TUR", timeout=60):
        print(event["source"], event["code"], event["target"])
"""

from .articles import article_from_dict, derive_article_id
from .client import Client
from .events import CSV_FIELDS, EVENT_FIELDS, event_csv_row, event_to_dict, event_topics
from .pusher import PushTimeout, TidingsError

__all__ = [
    "Client", "TidingsError", "PushTimeout", "EVENT_FIELDS", "CSV_FIELDS", "event_csv_row",
    "event_to_dict", "event_topics", "article_from_dict", "derive_article_id",
]

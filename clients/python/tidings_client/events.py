"""Events as Python dicts: exactly the Event JSON of the README (stages/common/event_json.cc),
the same names, types and order as `tidings subscribe` and `tidings query` print, and the CSV
row of `tidings query --format csv`.
"""

# The Event JSON fields, in order.
EVENT_FIELDS = (
    "id", "article_id", "seq", "source", "source_text", "source_country", "target",
    "target_text", "target_country", "code", "root", "quad_class", "goldstein", "date",
    "sentence", "sentence_index", "pattern", "verb", "root_mention", "location", "issues", "url",
    "publisher", "num_articles", "num_sources",
)

# The columns of `tidings query --format csv`: location flattened, issues joined with ";".
CSV_FIELDS = (
    "id", "article_id", "seq", "source", "source_text", "source_country", "target",
    "target_text", "target_country", "code", "root", "quad_class", "goldstein", "date",
    "sentence", "sentence_index", "pattern", "verb", "root_mention", "location",
    "location_country", "lat", "lon", "issues", "url", "publisher", "num_articles", "num_sources",
    "location_kind",
)


# Location.kind as the JSON names it; unknown (0, events stored before kinds) is None.
_PLACE_KINDS = {1: "country", 2: "city", 3: "province"}


def event_to_dict(e):
    """A tidings.v1.Event as the Event JSON object (a dict with EVENT_FIELDS, in order)."""
    location = None
    if e.HasField("location") and e.location.name:
        has = e.location.has_coordinates
        location = {"name": e.location.name, "country": e.location.country,
                    "lat": e.location.latitude if has else None,
                    "lon": e.location.longitude if has else None,
                    "kind": _PLACE_KINDS.get(e.location.kind)}
    return {
        "id": e.id, "article_id": e.article_id, "seq": e.seq,
        "source": e.source.code, "source_text": e.source.text, "source_country": e.source.country,
        "target": e.target.code, "target_text": e.target.text, "target_country": e.target.country,
        "code": e.code, "root": e.root, "quad_class": e.quad_class, "goldstein": e.goldstein,
        "date": e.date, "sentence": e.sentence, "sentence_index": e.sentence_index,
        "pattern": e.pattern, "verb": e.verb, "root_mention": e.root_mention,
        "location": location, "issues": list(e.issues), "url": e.url, "publisher": e.publisher,
        "num_articles": e.num_articles, "num_sources": e.num_sources,
    }


def event_csv_row(event):
    """An event dict as a dict of CSV_FIELDS (for csv.DictWriter), as `tidings query --format csv`."""
    row = {k: event.get(k) for k in CSV_FIELDS if k in event}
    location = event.get("location") or {}
    row["location"] = location.get("name", "")
    row["location_country"] = location.get("country", "")
    row["lat"] = "" if location.get("lat") is None else location["lat"]
    row["lon"] = "" if location.get("lon") is None else location["lon"]
    row["location_kind"] = location.get("kind") or ""
    row["issues"] = ";".join(event.get("issues") or [])
    row["root_mention"] = 1 if event.get("root_mention") else 0
    return row


def _or_dash(s):
    return s if s else "-"


def _actor_country(code, country):
    return country if country else code[:3]


def event_topics(event):
    """The two topics an event dict is published on: (cameo/<code>/<src>/<tgt>,
    actor/<src country>/<tgt country>/<code>), as stages/common/topics.cc makes them."""
    cameo = "cameo/%s/%s/%s" % (_or_dash(event["code"]), _or_dash(event["source"]), _or_dash(event["target"]))
    actor = "actor/%s/%s/%s" % (_or_dash(_actor_country(event["source"], event["source_country"])),
                                _or_dash(_actor_country(event["target"], event["target_country"])),
                                _or_dash(event["code"]))
    return cameo, actor

"""Articles as Python dicts, turned into the wire's Article messages.

The dict keys are those of `tidings push` JSON lines: url, title, html, text, published (or
date), source (or publisher), id, language (or lang), content_type, labels (a dict); any other
string value becomes a label. An article without an id gets the id the daemon derives ("a" +
the hex xxh3-128 of its url, html, text and title), so acknowledgements can be matched to it and
sending it again is recognised as a duplicate.
"""

import json
import struct

from ._proto import pb

_FIELDS = {
    "id": "id", "url": "url", "text": "text", "title": "title",
    "source": "source", "publisher": "source",
    "published": "published", "date": "published",
    "language": "language_hint", "lang": "language_hint",
    "content_type": "content_type",
}


def _text(value):
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def article_from_dict(article):
    """Returns a tidings.v1.Article for a dict (or the Article itself), with its id set.

    Raises TypeError for something that is neither, ValueError for an article with no url,
    html or text (the daemon would reject it).
    """
    if isinstance(article, pb.Article):
        a = pb.Article()
        a.CopyFrom(article)
    elif isinstance(article, dict):
        a = pb.Article()
        for key, value in article.items():
            if value is None:
                continue
            if key == "html":
                a.html = value if isinstance(value, (bytes, bytearray)) else _text(value).encode("utf-8")
            elif key in _FIELDS:
                setattr(a, _FIELDS[key], _text(value))
            elif key == "labels" and isinstance(value, dict):
                for k, v in value.items():
                    a.labels[str(k)] = _text(v)
            elif isinstance(value, str):
                a.labels[key] = value
    else:
        raise TypeError("an article is a dict (url/title/html/text/... as in `tidings push` JSON "
                        "lines) or a tidings.v1.Article, not %s" % type(article).__name__)
    if not (a.url or a.html or a.text):
        raise ValueError("an article needs a url, html or text")
    if not a.id:
        a.id = derive_article_id(a)
    return a


def _xxh3_128_hex():
    """A hasher with update() and hexdigest() (high 64 bits first, as the daemon prints it)."""
    try:
        import xxhash  # Debian: python3-xxhash
        return xxhash.xxh3_128()
    except ImportError:
        return _LibXxhash()


class _LibXxhash:
    """xxh3-128 through libxxhash (the library the daemon uses), when python3-xxhash is absent."""

    def __init__(self):
        self._data = bytearray()

    def update(self, data):
        self._data += data

    def hexdigest(self):
        import ctypes

        class Hash128(ctypes.Structure):
            _fields_ = [("low64", ctypes.c_uint64), ("high64", ctypes.c_uint64)]

        lib = ctypes.CDLL("libxxhash.so.0")
        lib.XXH3_128bits.restype = Hash128
        lib.XXH3_128bits.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
        h = lib.XXH3_128bits(bytes(self._data), len(self._data))
        return "%016x%016x" % (h.high64, h.low64)


def derive_article_id(article):
    """The id tidingsd gives an Article (or article dict) that has none."""
    if not isinstance(article, pb.Article):
        a = pb.Article()
        a.CopyFrom(article_from_dict(dict(article, id="x")))
        a.id = ""
        article = a
    h = _xxh3_128_hex()
    for field in (article.url.encode("utf-8"), bytes(article.html), article.text.encode("utf-8"),
                  article.title.encode("utf-8")):
        h.update(struct.pack("<Q", len(field)))  # length prefix: no ambiguity between fields
        h.update(field)
    return "a" + h.hexdigest()

#!/usr/bin/env python3
"""Writes the envelope fuzzer's seeds (protobuf wire bytes of tidings.v1 messages, encoded by
hand so no protobuf package is needed). Run from this directory: python3 make_envelope_seeds.py"""
import os

def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)

def field(num, value):
    if isinstance(value, int):
        return varint(num << 3) + varint(value)
    if isinstance(value, str):
        value = value.encode()
    return varint(num << 3 | 2) + varint(len(value)) + value

def fixed64(num, value):
    return varint(num << 3 | 1) + value.to_bytes(8, "little")

def msg(*fields):
    return b"".join(fields)

article = msg(field(1, "seed-1"), field(4, "ANKARA - Turkey signed an agreement with Azerbaijan on Monday."),
              field(5, "Turkey backs Azerbaijan"), field(6, "Test Wire"), field(7, "2021-06-16"),
              field(9, msg(field(1, "feed"), field(2, "rss"))))
article_html = msg(field(2, "https://example.com/a"), field(3, b"<html><body><p>Hi \xe9</p></body></html>"),
                   field(10, "text/html; charset=windows-1252"))
article_url = msg(field(2, "https://example.com/news/1"))
actor = lambda code, country: msg(field(1, code), field(2, code.lower()), field(3, country))
event = msg(field(1, "seed-1:0:0"), field(2, "seed-1"), field(3, actor("TURGOV", "TUR")),
            field(4, actor("AZE", "AZE")), field(5, "057"), field(6, "05"), field(7, 1),
            field(9, "2021-06-14"), field(10, "Turkey signed an agreement."), field(15, 42),
            field(16, "TRADE"), field(12, msg(field(1, "Baku"), field(2, "AZE"), field(5, 1))))
clean = msg(field(1, "seed-1"), field(4, "Turkey signed an agreement."), field(10, "en"),
            field(12, msg(field(1, "Turkey signed an agreement."), field(2, 0))), fixed64(16, 0x1234))
seeds = {
    "article_text.bin": article,
    "article_html.bin": article_html,
    "article_url.bin": article_url,
    "article_empty_content.bin": msg(field(5, "title only")),
    "envelope_article.bin": msg(field(1, "seed-1"), field(2, 1), field(3, msg(field(1, "fetch"), field(2, 5))),
                                field(4, 1637000000000), field(10, article)),
    "envelope_clean.bin": msg(field(1, "seed-1"), field(2, 1), field(11, clean)),
    "envelope_coded.bin": msg(field(1, "seed-1"), field(2, 2), field(12, msg(field(1, clean), field(2, event)))),
    "envelope_dead_letter.bin": msg(field(1, "seed-1"), field(13, msg(field(1, "clean"), field(2, "no content"),
                                                                       field(3, b"\x00\xff"), field(4, 2)))),
    "not_protobuf.bin": b"\xff\xff\xff\xff not protobuf",
}
for name, data in seeds.items():
    with open(os.path.join("envelope", name), "wb") as f:
        f.write(data)

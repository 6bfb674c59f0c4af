#!/usr/bin/env python3
"""Writes the seeds of the html_cleaner, dictionaries and push_jsonl fuzzers. Each file is one
selector byte (what the fuzzer does with the rest, see fuzz/<name>_fuzzer.cc) and a small
input written for tidings. Run from this directory: python3 make_text_seeds.py"""
import os

def write(folder, name, selector, body):
    if isinstance(body, str):
        body = body.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(bytes([selector]) + body)

# html_cleaner: selector bits 0-2 content type, 3 text instead of html, 4 published, 5 hint.
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Turkey backs Azerbaijan | Test Wire</title>
<meta property="og:site_name" content="Test Wire"><meta name="author" content="A. Reporter">
<meta property="article:published_time" content="2021-11-11T08:00:00Z">
<link rel="canonical" href="https://example.com/news/1">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Turkey backs Azerbaijan &amp; more","datePublished":"2021-11-11"}</script>
<style>p{color:red}</style><script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Turkey backs Azerbaijan</h1><p class="byline">By A. Reporter</p>
<p>BAKU, Nov 11 (Test Wire) - Turkish President Recep Tayyip Erdogan pledged support to Azerbaijan on Tuesday, officials said.</p>
<p>Turkey signed a military cooperation agreement with Azerbaijan on Monday. Dr. Smith, a U.S. analyst, said the deal was &quot;significant&quot;&nbsp;&#8212; and new.</p>
<ul><li><a href="/a">Related story one</a></li><li><a href="/b">Related story two</a></li></ul>
</article><footer>&copy; 2021 Test Wire. All rights reserved.</footer></body></html>
"""
write("html_cleaner", "page_utf8.html", 2 | 16, PAGE)
write("html_cleaner", "page_cp1252.html", 3,
      PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("&#8212;", "\u2014").encode("cp1252", "replace"))
write("html_cleaner", "page_latin1_meta.html", 0,
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
      '<body><div><p>PARIS - La France a sign\u00e9 un accord avec l\'Allemagne, a d\u00e9clar\u00e9 le ministre.</p>'
      '<p>Le texte entre en vigueur lundi.</p></div></body></html>'.encode("latin-1"))
write("html_cleaner", "page_sjis.html", 5,
      "<html><body><p>\u6771\u4eac\u3067\u4f1a\u8ac7\u304c\u884c\u308f\u308c\u305f\u3002</p></body></html>".encode("shift_jis"))
write("html_cleaner", "page_utf16.html", 6, "\ufeff<html><body><p>Hello, world. Second sentence.</p></body></html>".encode("utf-16-le"))
write("html_cleaner", "unterminated.html", 1, "<html><body><p>Open <b>tags <i>everywhere <div><p>and <!-- a comment <script>")
write("html_cleaner", "plain.txt", 8 | 32,
      "MOSCOW, June 2 (Wire) - Russia accused Ukraine of shelling a border town, the ministry said.\n\n"
      "Ukraine denied the accusation on Wednesday.\n")
write("html_cleaner", "text_koi8.txt", 7 | 8, "\u041c\u043e\u0441\u043a\u0432\u0430 \u0437\u0430\u044f\u0432\u0438\u043b\u0430.".encode("koi8-r"))
write("html_cleaner", "binary.bin", 0, bytes(range(256)))

# dictionaries: selector % 8 = 0 verbs, 1 actors, 2 agents, 3 discards, 4 issues, 5 CAMEO
# table, 6 gazetteer, 7 line reader and dated codes.
write("dictionaries", "verbs.txt", 0, """&TREATY
+AGREEMENT
+ACCORD_
+MEMORANDUM_OF_UNDERSTANDING
--- SAY [010] ---
SAY {SAYS SAID SAYING}
+ASK_FOR {+ASKS_FOR +ASKED_FOR +ASKING_FOR} [020]
--- SIGN [057] ---
SIGN
- $ * &TREATY WITH + [057]  # signed an agreement with
- * ^ + TO_COOPERATE [030]
- % * &TREATY [057]
- NOT * [---]
--- ACCUSE [112:112] ---
ACCUSE {ACCUSES ACCUSED ACCUSING}
- * + OF (NP SHELLING) [190]
- * {THE TOWN} [112]
~ a (a b ACCUSE) SAY = a b 112
""")
write("dictionaries", "verbs_bad.txt", 8, "--- [ ---\n- * [05\n&\n+\nVERB {\n~ (\n<!-- open comment\n")
write("dictionaries", "actors.txt", 1, """; legacy comment
AFGHANISTAN_ [AFG]
+ISLAMIC_REPUBLIC_OF_AFGHANISTAN_
+KABUL_
RECEP_TAYYIP_ERDOGAN_ [TURGOV >20140828] [TURHOS]
\t[TURGOV 20030314-20140827]
\t[TURMIL <030313]
HAMID_KARZAI_ [AFGGOV 011222-141229] # comment
NAME_WITHOUT_CODE_
+ [BAD
""")
write("dictionaries", "agents.txt", 2, """!PERSON! = MAN, MEN, WOMAN, WOMEN
!MINIST! = MINISTER, MINISTERS
GOVERNMENT [~GOV]
POLICE {} [~COP]
CONGRESS!PERSON! [~LEG]
DEFENSE_!MINIST! [~GOVMIL]
PEACEKEEPER {PEACEKEEPERS} [IGO~]
ARMY {ARMIES} [~MIL]
BROKEN [~
""")
write("dictionaries", "discards.txt", 3, "FOOTBALL_MATCH\n+HOROSCOPE\nWORLD_CUP\n<!-- comment -->\nSOAP_OPERA\n")
write("dictionaries", "issues.txt", 4, """<ISSUE CATEGORY="HUMAN_RIGHTS">
HUMAN_RIGHTS [HUMAN_RIGHTS]
n:refugee [REFUGEES]
v:torture [TORTURE]
civil+war [CIVIL_WAR]
~human_rights_watch
</ISSUE>
<ISSUE CATEGORY="OPEN">
unclosed [X]
""")
write("dictionaries", "cameo.tsv", 5, "code\tname\tgoldstein\tquad_class\n01\tMAKE PUBLIC STATEMENT\t0.0\t1\n057\tSign formal agreement\t8.0\t2\n190\tUse conventional military force\t-10.0\t4\n999\tbad\tx\t9\n")
write("dictionaries", "gazetteer.tsv", 6, "name\tcountry\tlatitude\tlongitude\tpopulation\tkind\nAruba\tABW\t12.52000\t-69.97000\t0\tcountry\nBaku\tAZE\t40.37767\t49.89201\t2181800\tcapital\nNowhere\tXXX\tnan\t999\t-1\tcity\n")
write("dictionaries", "dated_code.txt", 7, "TURGOV 970101-061231")

# push_jsonl: selector & 3 = file name articles.jsonl, -, page.html, notes.txt.
write("push_jsonl", "articles.jsonl", 0,
      '{"id":"a1","url":"https://example.com/1","title":"T","text":"Turkey signed an agreement.","published":"2021-11-11"}\n'
      '{"html":"<p>hi</p>","source":"Wire","labels":{"feed":"rss","n":3},"extra":"kept","num":5,"lang":"en"}\n'
      '\n'
      'not json\n'
      '[1,2,3]\n'
      '{"text":null,"content_type":"text/plain","date":"2021-11-12","publisher":"P","id":7}\n')
write("push_jsonl", "stdin.jsonl", 1, '  {"text":"From stdin \\u00e9 \\ud83d\\ude00"}\n{"text":"second"}')
write("push_jsonl", "page.html", 2, "<html><body><p>A page.</p></body></html>")
write("push_jsonl", "notes.txt", 3, b"\xef\xbb\xbf  <div>markup after a BOM</div>")
write("push_jsonl", "latin1.txt", 3, "PARIS - La France a sign\u00e9 un accord.".encode("latin-1"))

#!/usr/bin/env python3
"""Generates ../builtin.actors.txt (TABARI / PETRARCH-1 actor dictionary format) from our own
fact tables in ..: countries.tsv, leaders.tsv and institutions.tsv.

Rerun after editing any of those tables:
    python3 stages/extract/data/tools/make_actors.py
(`--check` writes nothing and fails when the committed file differs: a ctest runs it.)
(from the repository root; it needs only the Python 3 standard library).

Format written (see the comments at the top of the generated file):
    PRIMARY_PHRASE_ [CODE]          one actor with a fixed code
    +SYNONYM_PHRASE_                synonyms of the preceding primary phrase
    <TAB>[CODE YYYYMMDD-YYYYMMDD]   date-restricted codes (also >YYYYMMDD and <YYYYMMDD)
    <TAB>[CODE]                     default code when no restriction applies
Words are joined by '_' and every phrase ends in '_' (whole-word match, no stemming).
A phrase is only ever given to one actor: later duplicates are reported and dropped.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)

# Capitals that are not used as metonyms for a government because the same name is a
# common word or a better-known place elsewhere (Male, Victoria, San Jose in California...).
AMBIGUOUS_CAPITALS = {
    "San Jose", "Victoria", "Georgetown", "George Town", "Hamilton", "Male", "Stanley",
    "Plymouth", "Douglas", "Jamestown", "St. John's", "Saint John's", "The Valley",
    "West Island", "Kingston (Norfolk Island)", "Saint-Denis", "Saint-Pierre", "Brades",
    "Melekeok", "Atlas Cove", "Bouvet Island", "King Edward Point", "Wake Island",
    "Flying Fish Cove", "Adamstown", "Port Stanley", "Road Town", "Marigot", "Saint Helier",
    "St. Helier", "Saint Peter Port", "St. Peter Port", "Basse-Terre", "Kingstown",
}
# Territory names that are ordinary English words or US places (Jersey in New Jersey,
# "reunion"): only their longer unambiguous forms are used.
AMBIGUOUS_NAMES = {"Jersey", "Guernsey", "Reunion", "Réunion", "Saba", "Saint Martin", "Svalbard"}
# Codes of remote territories whose adjective would shadow a real country adjective
# ("French Southern" would swallow "French").
NO_ADJECTIVE = {"ATF", "BVT", "HMD", "UMI", "SJM", "SGS", "CCK", "CXR", "IOT", "ALA", "BES",
                "WLF", "SPM", "TKL", "PCN", "NFK", "ATA"}


def read_tsv(name):
    """Rows of a tab-separated table, skipping '#' comment lines and the header."""
    rows = []
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        header = None
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            if len(cols) != len(header):
                sys.exit(f"{name}:{lineno}: expected {len(header)} columns, got {len(cols)}")
            rows.append(dict(zip(header, cols)))
    return rows


def split_list(value):
    return [v.strip() for v in value.split("|") if v.strip()]


def phrase(text):
    """'Recep Tayyip Erdogan' -> 'RECEP_TAYYIP_ERDOGAN_'."""
    words = re.sub(r"\s+", " ", text.strip()).upper().split(" ")
    return "_".join(words) + "_"


def plural_demonym(adj):
    """Plural noun of a demonym used as people ('Azerbaijani' -> 'Azerbaijanis'), or None
    for adjectives that have no -s plural (French, Swiss, Chinese, Icelandic...)."""
    last = adj.split(" ")[-1]
    if last.endswith("man"):  # 'Frenchman' -> 'Frenchmen'
        return adj[:-3] + "men"
    if re.search(r"(ese|sh|ch|ss|ic|s|x|z|ian\)|\))$", last) or "(" in adj:
        return None
    if re.search(r"(an|i|k|e|o|n|t|r|y|d|l|g|h|u|m)$", last):
        return adj + "s"
    return None


def with_dotted_un(names):
    """Wire copy writes 'U.N.' where the table says 'UN': 'U.N. Human Rights Council'."""
    out = list(names)
    for n in names:
        if n.startswith("UN ") and "U.N. " + n[3:] not in out:
            out.append("U.N. " + n[3:])
    return out


class Writer:
    def __init__(self):
        self.lines = []
        self.owner = {}  # phrase -> primary phrase of the entry that owns it
        self.dropped = []

    def take(self, text, primary):
        p = phrase(text)
        if p in self.owner:
            if self.owner[p] != primary:
                self.dropped.append(f"{p} (kept for {self.owner[p]}, dropped for {primary})")
            return None
        self.owner[p] = primary
        return p

    def entry(self, names, code=None, dated=(), default=None, comment=None):
        primary = phrase(names[0])
        taken = [p for p in (self.take(n, primary) for n in names) if p]
        if not taken:
            return
        head = taken[0]
        if code:
            head += f" [{code}]"
        if comment:
            head += f"  # {comment}"
        self.lines.append(head)
        for p in taken[1:]:
            self.lines.append("+" + p)
        for d in dated:
            self.lines.append(f"\t[{d}]")
        if default and not code:
            self.lines.append(f"\t[{default}]")

    def blank(self, text=None):
        self.lines.append("")
        if text:
            self.lines.append(text)


def parse_dated(value):
    out = []
    for part in [p.strip() for p in value.split(";") if p.strip()]:
        m = re.fullmatch(r"([A-Z~]{3,})(?:\s+(>\d{8}|<\d{8}|\d{8}-\d{8}))?", part)
        if not m:
            sys.exit(f"bad dated code: {part!r}")
        out.append(part)
    return out


def main():
    countries = read_tsv("countries.tsv")
    leaders = read_tsv("leaders.tsv")
    institutions = read_tsv("institutions.tsv")
    w = Writer()
    w.lines += [
        "# tidings built-in actor dictionary (TABARI / PETRARCH-1 actor format).",
        "# GENERATED by stages/extract/data/tools/make_actors.py from countries.tsv, leaders.tsv",
        "# and institutions.tsv: edit those tables and rerun the script, do not edit this file.",
        "#",
        "# Format: a primary phrase, optionally followed by [CODE]; '+' lines are synonyms of the",
        "# primary phrase; tab-indented [CODE range] lines are date-restricted codes, where range is",
        "# YYYYMMDD-YYYYMMDD (inclusive), >YYYYMMDD (on or after) or <YYYYMMDD (on or before); a",
        "# tab-indented [CODE] without a range is the default when no range applies. Words are",
        "# joined with '_' and a trailing '_' means the last word must match exactly.",
        "# Codes: ISO 3166 alpha-3 country codes (KSV for Kosovo, as CAMEO does) followed by CAMEO",
        "# agent codes (GOV, MIL, LEG, ...); IGO/NGO/IMG codes for organisations.",
        "# Capitals code as their country: the capital is used as a metonym for the government.",
    ]

    w.blank("# ======== COUNTRIES AND TERRITORIES ========")
    for c in countries:
        a3 = c["alpha3"]
        names = [c["name"]] + split_list(c["other_names"])
        names = [n for n in names if n not in AMBIGUOUS_NAMES and "(" not in n]
        if a3 == "REU":
            names.append("Reunion Island")
        adjectives = []
        if a3 not in NO_ADJECTIVE:
            for adj in [c["adjective"]] + split_list(c["other_adjectives"]):
                if "(" in adj or adj in names:
                    continue
                adjectives.append(adj)
                pl = plural_demonym(adj)
                if pl:
                    adjectives.append(pl)
        capitals = [x for x in [c["capital"]] + split_list(c["other_capital_names"])
                    if x not in AMBIGUOUS_CAPITALS and "(" not in x]
        if not names:
            continue
        w.blank(f"# {c['name']} ({a3})")
        w.entry(names + adjectives + capitals, code=a3)

    w.blank("# ======== HEADS OF STATE AND GOVERNMENT, MINISTERS, IGO LEADERS ========")
    w.lines.append("# Dated codes are the periods in office; the default applies outside them.")
    for r in leaders:
        names = [r["name"]] + split_list(r["other_names"])
        dated = parse_dated(r["dated_codes"])
        w.blank()
        w.entry(names, dated=dated, default=r["default_code"] or None)

    w.blank("# ======== INSTITUTIONS, ORGANISATIONS AND ARMED GROUPS ========")
    for r in institutions:
        names = with_dotted_un(split_list(r["names"]))
        dated = parse_dated(r["dated_codes"])
        w.blank()
        if dated:
            w.entry(names, dated=dated, default=r["default_code"] or None)
        else:
            w.entry(names, code=r["default_code"])

    out = os.path.join(DATA, "builtin.actors.txt")
    text = "\n".join(w.lines) + "\n"
    if "--check" in sys.argv[1:]:
        # CI: the committed file must be what the tables generate (a hand edit is lost at the
        # next run of this script).
        with open(out, encoding="utf-8") as f:
            if f.read() != text:
                print(f"{out} differs from what {os.path.basename(__file__)} generates from the tables: "
                      "edit countries.tsv, leaders.tsv or institutions.tsv and rerun the script", file=sys.stderr)
                sys.exit(1)
        print(f"{out} matches the tables", file=sys.stderr)
        return
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    for d in w.dropped:
        print("duplicate phrase:", d, file=sys.stderr)
    print(f"wrote {out}: {len(w.owner)} phrases", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Carry translations over to strings that moved to another class.

Qt keys a translation by its class (the context) and its text; when code moves
from one class to another (the window's features into controllers), lupdate
sees new, unfinished strings and drops the old ones. ``make translations``
keeps a copy of the .ts before lupdate and runs this after it: an unfinished
string whose text had a translation in any context of the copy gets it.

    python packaging/carry_translations.py OLD.ts NEW.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def carry(old_path: str, new_path: str) -> tuple[int, list[str]]:
    known: dict[str, str] = {}
    for msg in ET.parse(old_path).getroot().iter("message"):
        src, tr = msg.findtext("source"), msg.find("translation")
        if src is not None and tr is not None and tr.text and tr.get("type") is None:
            known.setdefault(src, tr.text)
    tree = ET.parse(new_path)
    filled, missing = 0, []
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            src, tr = msg.findtext("source"), msg.find("translation")
            if tr is None or tr.get("type") != "unfinished" or src is None:
                continue
            if src in known:
                tr.text = known[src]
                del tr.attrib["type"]
                filled += 1
            else:
                missing.append(f"{ctx.findtext('name')}: {src}")
    if filled:
        tree.write(new_path, encoding="utf-8", xml_declaration=True)
    return filled, missing


if __name__ == "__main__":
    n, untranslated = carry(sys.argv[1], sys.argv[2])
    print(f"carried {n} translations over; {len(untranslated)} strings still need one")
    for line in untranslated:
        print("  " + line)

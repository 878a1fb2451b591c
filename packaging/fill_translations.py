"""Fill unfinished messages of a Qt Linguist .ts file from a TSV (source<TAB>translation).

Workflow: ``pyside6-lupdate desktop/ui/*.py -ts desktop/ui/i18n/copydesk_zh_CN.ts`` collects
new strings; translate them in a TSV (or in Qt Linguist) and run
``python packaging/fill_translations.py desktop/ui/i18n/copydesk_zh_CN.ts strings.tsv``.
Prints the sources still untranslated so nothing visible is left in English by accident.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, tsv_path: Path | None) -> list[str]:
    table: dict[str, str] = {}
    if tsv_path is not None:
        for line in tsv_path.read_text("utf-8").splitlines():
            if "\t" in line and not line.startswith("#"):
                src, dst = line.split("\t", 1)
                table[src.replace("\\n", "\n")] = dst.replace("\\n", "\n")
    tree = ET.parse(ts_path)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")
        if source in table:
            if forms:  # plural messages: Chinese has one form
                for form in forms:
                    form.text = table[source]
            else:
                translation.text = table[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not (
                (translation.text or "").strip() or any((f.text or "").strip() for f in forms)):
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = fill(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    for source in left:
        print("untranslated:", source.replace("\n", "\\n"))
    sys.exit(0)

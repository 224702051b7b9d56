"""Build-time subsetter: Noto Sans -> resources/fonts/LifelineSans-{Regular,Bold}.ttf.

NOT shipped with the app. The English edition must be readable on a machine with no fonts
at all (a bare Linux image, a locked-down lab), so Lifeline bundles a small Latin subset of
Noto Sans (SIL Open Font License 1.1), renamed "Lifeline Sans" because a subset is a
Modified Version under the OFL (and "Noto" is a Google trademark), as tools/make_font.py
does for Korean.

How to re-run it (Debian/Ubuntu; deterministic for the same inputs)::

    apt-get install -y fonts-noto-core
    .venv/bin/python tools/make_latin_font.py

Kept: ASCII, Latin-1, Latin Extended-A, general punctuation, currency signs, arrows and the
other non-ASCII characters of the English content and the app's sources that Noto Sans has
(the rest, such as ✓ ⚠, fall back to a system font, as before).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE_DIR = Path("/usr/share/fonts/truetype/noto")
SOURCE_FACE = "Noto Sans"
SOURCE_FILES = {"Regular": "NotoSans-Regular.ttf", "Bold": "NotoSans-Bold.ttf"}
FAMILY, PS_FAMILY = "Lifeline Sans", "LifelineSans"
OUT_DIR = REPO / "resources" / "fonts"
_RANGES = ((0x20, 0x7E), (0xA0, 0x17F), (0x2010, 0x205E), (0x20A0, 0x20C0), (0x2190, 0x21FF))


def wanted_codepoints(repo: Path = REPO) -> set[int]:
    wanted = {cp for lo, hi in _RANGES for cp in range(lo, hi + 1)}
    sources = [*repo.glob("desktop_app/**/*.py"), *repo.glob("resources/**/en/**/*")]
    sources += [*repo.glob("resources/*.toml"), *repo.glob("resources/**/en.toml")]
    for path in sources:
        if path.is_file():
            wanted |= {ord(c) for c in path.read_text(encoding="utf-8") if ord(c) > 0x7E}
    return wanted


def build(style: str, source_dir: Path, unicodes: set[int]):  # -> TTFont
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(source_dir / SOURCE_FILES[style]), recalcTimestamp=False)
    version = re.sub(r"^Version ([0-9.]+).*", r"\1", font["name"].getDebugName(5) or "")
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = [0x409]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    names = font["name"]
    keep = {0, 7, 8, 9, 11, 12, 13, 14}  # copyright, trademark, designer, licence …
    names.names = [n for n in names.names if n.nameID in keep and n.platformID == 3]
    ps_name = f"{PS_FAMILY}-{style}"
    for name_id, text in {
        1: FAMILY,
        2: style,
        3: f"{version};LIFELINE;{ps_name}",
        4: f"{FAMILY} {style}" if style != "Regular" else FAMILY,
        5: f"Version {version}; subset of {SOURCE_FACE} for Lifeline",
        6: ps_name,
        10: f"A subset of {SOURCE_FACE} {version} made by tools/make_latin_font.py for the "
        "Lifeline app; renamed as a Modified Version under the SIL Open Font License 1.1.",
    }.items():
        names.setName(text, name_id, 3, 1, 0x409)
    return font


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source-dir", type=Path, default=SOURCE_DIR)
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    unicodes = wanted_codepoints()
    for style, name in SOURCE_FILES.items():
        if not (args.source_dir / name).is_file():
            print(f"make_latin_font: {args.source_dir / name} not found; install "
                  "Debian's fonts-noto-core or pass --source-dir", file=sys.stderr)  # fmt: skip
            return 1
        font = build(style, args.source_dir, unicodes)
        out = args.out_dir / f"{PS_FAMILY}-{style}.ttf"
        font.save(str(out))
        print(f"{out.name}: {out.stat().st_size / 1024:.0f} KB, {len(font.getBestCmap())} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())

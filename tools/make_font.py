"""Build-time subsetter: Noto Sans CJK KR -> resources/fonts/LifelineSansKR-{Regular,Bold}.otf.

NOT shipped with the app and never imported by it (the tests import it to check coverage).
The Korean edition must render on a school laptop with no Korean fonts installed, so Lifeline
bundles a small subset of Noto Sans CJK KR (SIL Open Font License 1.1), renamed
"Lifeline Sans KR" because a subset is a Modified Version under the OFL (Noto declares no
Reserved Font Name, but "Noto" is a Google trademark, so the subset does not carry it).

How to re-run it (Debian/Ubuntu; the output is deterministic for the same inputs)::

    apt-get install -y fonts-noto-cjk
    /work/venv/bin/python tools/make_font.py

What goes in (see ``wanted_codepoints``):

1. every character of the Korean content: files under ``resources/**/ko/``, files named
   ``*.ko.*`` or ``ko.*`` (``citations.ko.toml``, ``glossary/ko.toml``), the Korean
   translations in ``resources/translations/*.ts`` and ``ko_glossary.tsv``;
2. every non-ASCII character in the app's Python sources (symbols such as ✓ ▶ ⚠ → shown in
   the Korean interface too);
3. ASCII, Latin-1, general punctuation, a few arrows, maths and CJK punctuation marks, and the
   Hangul compatibility jamo;
4. the 2,350 Hangul syllables of KS X 1001, so a teacher who edits a chapter almost never
   needs a syllable the font lacks (a rarer one falls back to a system Korean font, and
   ``tests/ui/test_i18n.py`` names it and asks for this script to be re-run).

Vertical-writing tables and features are dropped; CFF hints are kept (legible small text on
low-resolution projectors).
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
SOURCE_FACE = "Noto Sans CJK KR"
SOURCE_FILES = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}
FAMILY = "Lifeline Sans KR"
PS_FAMILY = "LifelineSansKR"
OUT_DIR = REPO / "resources" / "fonts"

# Characters the app uses that Noto Sans CJK does not have. They are drawn from another
# font: Qt falls back to a system symbol font, matplotlib to its own DejaVu Sans.
FALLBACK_SYMBOLS = frozenset("☐✎✗")

_RANGES = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement: · × ÷ ° ³ « » é …
    (0x2010, 0x2027),  # dashes, quotes, bullets, ellipsis
    (0x2030, 0x203B),  # per mille, primes, guillemets, reference mark
    (0x2190, 0x2195),  # arrows
    (0x3131, 0x318E),  # Hangul compatibility jamo: ㄱ ㄴ ㅏ …
    (0x3000, 0x3011),  # CJK punctuation and brackets: 、 。 〈 〉 《 》 「 」 『 』 【 】
)
_SINGLES = "₩€£¥¢−≈≠≤≥±∼%‰℃㎡㎞㎏▶◀▲▼■□●○◆◇★☆✓⚠※～（），．：；？！"


def ks_x_1001_hangul() -> set[int]:
    """The 2,350 precomposed Hangul syllables of KS X 1001 (rows 16-40 of EUC-KR)."""
    found: set[int] = set()
    for high in range(0xB0, 0xC9):
        for low in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes((high, low)).decode("euc_kr")))
            except UnicodeDecodeError:
                continue
    return found


def base_codepoints() -> set[int]:
    cps = {cp for lo, hi in _RANGES for cp in range(lo, hi + 1)}
    return cps | {ord(c) for c in _SINGLES}


def korean_files(resources: Path) -> list[Path]:
    """Every Korean content file under ``resources`` (not the font or compiled files)."""
    files = []
    for path in sorted(resources.rglob("*")):
        if not path.is_file() or path.suffix in (".otf", ".ttf", ".qm"):
            continue
        rel = path.relative_to(resources)
        if "ko" in rel.parts[:-1] or path.name.startswith("ko.") or ".ko." in path.name:
            files.append(path)
    return files


def ts_translations(ts_path: Path) -> list[str]:
    """The translated texts of a Qt Linguist .ts file (empty list if unreadable)."""
    try:
        root = ET.parse(ts_path).getroot()
    except (OSError, ET.ParseError):
        return []
    texts = []
    for node in root.iter("translation"):
        forms = node.findall("numerusform")
        texts.extend(f.text or "" for f in forms) if forms else texts.append(node.text or "")
    return texts


def korean_text(repo: Path = REPO) -> dict[str, str]:
    """Name -> text of everything shown in the Korean edition that comes from files."""
    resources = repo / "resources"
    texts = {
        str(p.relative_to(repo)): p.read_text(encoding="utf-8") for p in korean_files(resources)
    }
    for ts in sorted((resources / "translations").glob("*_ko.ts")):
        texts[str(ts.relative_to(repo))] = "\n".join(ts_translations(ts))
    glossary = resources / "translations" / "ko_glossary.tsv"
    if glossary.is_file():
        lines = glossary.read_text(encoding="utf-8").splitlines()
        texts[str(glossary.relative_to(repo))] = "\n".join(
            line.split("\t")[-1] for line in lines if line and not line.startswith("#")
        )
    return texts


def code_symbols(repo: Path = REPO) -> dict[str, str]:
    """Name -> the non-ASCII characters of each Python source (✓, ▶, …)."""
    found = {}
    for path in sorted((repo / "desktop_app").rglob("*.py")):
        extra = "".join(sorted({c for c in path.read_text(encoding="utf-8") if ord(c) > 127}))
        if extra:
            found[str(path.relative_to(repo))] = extra
    return found


def needed_characters(repo: Path = REPO) -> dict[str, set[str]]:
    """Character -> the files that use it, for every printable character Korean users see."""
    uses: dict[str, set[str]] = {}
    for name, text in {**korean_text(repo), **code_symbols(repo)}.items():
        for char in set(text):
            if (char.isprintable() and not char.isspace()) or char == " ":
                uses.setdefault(char, set()).add(name)
    return uses


def wanted_codepoints(repo: Path = REPO) -> set[int]:
    used = {ord(c) for c in needed_characters(repo)}
    return used | base_codepoints() | ks_x_1001_hangul()


def find_face(path: Path) -> int:
    """Index of the Korean face inside a Noto CJK collection."""
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(path), lazy=True)
    for index, face in enumerate(collection.fonts):
        if face["name"].getDebugName(1) == SOURCE_FACE:
            return index
    raise SystemExit(f"{path}: no '{SOURCE_FACE}' face in this collection")


def rename(font, style: str, version: str) -> None:  # font: TTFont
    """Give the subset its own names (OFL Modified Version), keeping copyright and licence."""
    ps_name = f"{PS_FAMILY}-{style}"
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    names = font["name"]
    keep = {0, 7, 8, 9, 11, 12, 13, 14}
    names.names = [n for n in names.names if n.nameID in keep and n.platformID == 3]
    new = {
        1: FAMILY,
        2: style,
        3: f"{version};LIFELINE;{ps_name}",
        4: full,
        5: f"Version {version}; subset of {SOURCE_FACE} for Lifeline",
        6: ps_name,
        10: f"A subset of {SOURCE_FACE} {version} made by tools/make_font.py for the Lifeline "
        "app; renamed as a Modified Version under the SIL Open Font License 1.1.",
    }
    for name_id, text in new.items():
        names.setName(text, name_id, 3, 1, 0x409)
    cff = font["CFF "].cff
    cff.fontNames = [ps_name]
    top = cff.topDictIndex[0]
    top.FullName = full
    top.FamilyName = FAMILY
    if hasattr(top, "CIDFontName"):
        top.CIDFontName = ps_name


def build(style: str, source_dir: Path, unicodes: set[int]):  # -> TTFont
    from fontTools import subset
    from fontTools.ttLib import TTFont

    path = source_dir / SOURCE_FILES[style]
    font = TTFont(str(path), fontNumber=find_face(path), recalcTimestamp=False)
    version = re.sub(r"^Version ([0-9.]+).*", r"\1", font["name"].getDebugName(5) or "")
    options = subset.Options()
    options.drop_tables += ["vhea", "vmtx", "VORG"]
    vertical = {"vert", "vrt2", "vkrn", "vpal", "vhal", "valt", "vjmo"}
    options.layout_features = [f for f in options.layout_features if f not in vertical]
    options.name_IDs = ["*"]
    options.name_languages = [0x409]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    rename(font, style, version)
    return font


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source-dir", type=Path, default=SOURCE_DIR)
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    parser.add_argument("--styles", nargs="+", default=list(SOURCE_FILES))
    args = parser.parse_args(argv)
    for style in args.styles:
        if not (args.source_dir / SOURCE_FILES[style]).is_file():
            print(
                f"make_font: {args.source_dir / SOURCE_FILES[style]} not found; "
                "install Debian's fonts-noto-cjk or pass --source-dir",
                file=sys.stderr,
            )
            return 1
    uses = needed_characters()
    unicodes = wanted_codepoints()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    status = 0
    for style in args.styles:
        font = build(style, args.source_dir, unicodes)
        cmap = font.getBestCmap()
        lacking = sorted(c for c in uses if ord(c) not in cmap and c not in FALLBACK_SYMBOLS)
        for char in lacking:
            where = ", ".join(sorted(uses[char]))
            print(f"make_font: {SOURCE_FACE} has no '{char}' (U+{ord(char):04X}), used in {where}")
            status = 1
        out = args.out_dir / f"{PS_FAMILY}-{style}.otf"
        font.save(str(out))
        hangul = sum(1 for cp in cmap if 0xAC00 <= cp <= 0xD7A3)
        print(
            f"{out.relative_to(REPO) if out.is_relative_to(REPO) else out}: "
            f"{out.stat().st_size / 1024:.0f} KB, {len(cmap)} characters "
            f"({hangul} Hangul syllables), {len(font.getGlyphOrder())} glyphs"
        )
    if status:
        print(
            "make_font: add these to FALLBACK_SYMBOLS if another font may draw them, "
            "or change the text",
            file=sys.stderr,
        )
    return status


if __name__ == "__main__":
    sys.exit(main())

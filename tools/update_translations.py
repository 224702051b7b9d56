"""Build-time tool: refresh the interface translations from the code, fill and compile them.

NOT shipped with the app (the tests import it). Re-run it whenever interface strings change::

    /work/venv/bin/python tools/update_translations.py            # update, fill, compile
    /work/venv/bin/python tools/update_translations.py --missing  # + list what still needs words

For each language (Korean) it:

1. runs ``pyside6-lupdate`` over every ``desktop_app/**/*.py`` into
   ``resources/translations/lifeline_<lang>.ts`` (keeping existing translations, dropping
   vanished strings). lupdate sees ``self.tr(...)``, ``QCoreApplication.translate("Ctx", ...)``
   and ``QT_TRANSLATE_NOOP("Ctx", ...)``; it does not see calls through a module's own
   wrapper such as ``def _tr(text): return QCoreApplication.translate("Menus", text)``, so
   those calls are found here (``wrapper_messages``) and handed to lupdate as a stub file;
2. fills every untranslated message whose English appears in ``<lang>_glossary.tsv``
   (``context<TAB>English<TAB>translation``; context ``*`` means any; ``\\n`` is a line
   break), so translations survive re-runs and new copies of known strings fill themselves;
3. compiles the ``.ts`` with ``pyside6-lrelease -nounfinished`` into ``lifeline_<lang>.qm``
   (untranslated or unfinished messages are left out, so Qt shows the English);
4. copies Qt's own ``qtbase_<lang>.qm`` beside it, so a frozen bundle carries it.

``--force-glossary`` also overwrites translations that differ from the glossary (after the
glossary was edited). It warns about ``something.tr(...)`` on an object other than ``self``:
lupdate files those under the variable's name, but Qt looks them up under the class's name,
so they would never be translated.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "desktop_app"
TRANSLATIONS = REPO / "resources" / "translations"
LANGS = ("ko",)
QT_LANG = {"ko": "ko_KR"}
PLACEHOLDER = re.compile(r"%\d+")


@dataclass(frozen=True)
class Found:
    context: str
    source: str
    where: str


def qt_tool(name: str) -> str:
    """Path of ``lupdate`` / ``lrelease`` shipped inside PySide6 (or pyside6-<name> on PATH)."""
    import PySide6

    exe = Path(PySide6.__file__).parent / (name + (".exe" if os.name == "nt" else ""))
    if exe.is_file():
        return str(exe)
    wrapper = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    wrapper = wrapper or shutil.which(f"pyside6-{name}")
    if wrapper:
        return wrapper
    raise FileNotFoundError(f"{name} not found: it ships with PySide6-Essentials")


def python_sources(root: Path = SOURCES) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def _where(path: Path, node: ast.AST) -> str:
    try:
        name = path.relative_to(REPO)
    except ValueError:
        name = path
    return f"{name}:{getattr(node, 'lineno', 0)}"


def _wrapper_context(func: ast.FunctionDef) -> str | None:
    """The context of a one-line translate wrapper, or None.

    ``def _tr(text): return QCoreApplication.translate("Menus", text)`` gives "Menus".
    """
    if not func.args.args or len(func.body) != 1 or not isinstance(func.body[0], ast.Return):
        return None
    call = func.body[0].value
    if not (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and len(call.args) >= 2
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
        and isinstance(call.args[1], ast.Name)
        and call.args[1].id == func.args.args[0].arg
    ):
        return None
    return call.args[0].value


def wrapper_messages(paths: list[Path]) -> list[Found]:
    """Literal strings passed to a module's own translate wrapper (which lupdate misses)."""
    found: list[Found] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        wrappers = {
            node.name: ctx
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and (ctx := _wrapper_context(node))
        }
        if not wrappers:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in wrappers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append(Found(wrappers[node.func.id], node.args[0].value, _where(path, node)))
    return found


def foreign_tr_calls(paths: list[Path]) -> list[str]:
    """``file:line: window.tr(...)``: tr() on something other than self (never translated)."""
    bad = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
            ):
                bad.append(f"{_where(path, node)}: {ast.unparse(node.func)}(...)")
    return bad


def write_stub(found: list[Found], folder: Path) -> Path:
    """A file lupdate can read, with one QT_TRANSLATE_NOOP per wrapper call."""
    lines = ["# Generated by tools/update_translations.py for lupdate; not code.\n"]
    for item in found:
        ctx = json.dumps(item.context, ensure_ascii=False)
        src = json.dumps(item.source, ensure_ascii=False)
        lines.append(f"QT_TRANSLATE_NOOP({ctx}, {src})  # {item.where}\n")
    stub = folder / "wrapper_strings.py"
    stub.write_text("".join(lines), encoding="utf-8")
    return stub


def run_lupdate(ts: Path, lang: str, sources: list[Path] | None = None) -> None:
    """Bring ``ts`` up to date with the code (created if missing)."""
    sources = python_sources() if sources is None else sources
    with tempfile.TemporaryDirectory() as tmp:
        stub = write_stub(wrapper_messages(sources), Path(tmp))
        listing = Path(tmp) / "files.lst"
        listing.write_text("\n".join(str(p) for p in [*sources, stub]) + "\n", encoding="utf-8")
        command = [qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
        command += ["-source-language", "en", "-target-language", QT_LANG.get(lang, lang)]
        command += [f"@{listing}", "-ts", str(ts)]
        subprocess.run(command, check=True, capture_output=True, text=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    command = [qt_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), text)


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def read_glossary(path: Path) -> dict[tuple[str, str], str]:
    """(context or "*", English) -> translation, from a tab-separated glossary."""
    entries: dict[tuple[str, str], str] = {}
    if not path.is_file():
        return entries
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not parts[2].strip():
            raise ValueError(f"{path.name}:{number}: expected context, English, translation")
        entries[(parts[0], _unescape(parts[1]))] = _unescape(parts[2])
    return entries


def placeholder_problem(source: str, translation: str) -> str | None:
    """Why a translation does not fit its source's %1 %2 … placeholders (None if it does)."""
    want, got = sorted(PLACEHOLDER.findall(source)), sorted(PLACEHOLDER.findall(translation))
    if want != got:
        return f"placeholders {' '.join(want) or 'none'} in the English, {' '.join(got) or 'none'}"
    return None


def fill(ts: Path, glossary: dict[tuple[str, str], str], force: bool = False) -> list[str]:
    """Fill messages of ``ts`` from the glossary; return notes about entries not used."""
    tree = ET.parse(ts)
    notes = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or message.get("numerus") == "yes":
                continue
            text = glossary.get((name, source), glossary.get(("*", source)))
            if text is None:
                continue
            finished = node.get("type") is None and bool(node.text)
            if finished and (node.text == text or not force):
                continue
            if problem := placeholder_problem(source, text):
                notes.append(f"glossary entry for {name}: {source!r} not used: {problem}")
                continue
            node.text = text
            node.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return notes


def copy_qt_base(lang: str, dest: Path) -> Path | None:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    source = folder / f"qtbase_{lang}.qm"
    if not source.is_file():
        return None
    target = dest / source.name
    if not target.is_file() or target.read_bytes() != source.read_bytes():
        shutil.copyfile(source, target)
    return target


def update(lang: str, force: bool = False, folder: Path = TRANSLATIONS) -> list[str]:
    """Steps 1-4 for one language; return notes for the person running it."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / f"lifeline_{lang}.ts"
    sources = python_sources()
    run_lupdate(ts, lang, sources)
    notes = fill(ts, read_glossary(folder / f"{lang}_glossary.tsv"), force)
    run_lupdate(ts, lang, sources)  # back to lupdate's own layout, for small diffs
    run_lrelease(ts, ts.with_suffix(".qm"))
    if copy_qt_base(lang, folder) is None:
        notes.append(f"Qt's qtbase_{lang}.qm was not found; Qt's dialogs stay in English")
    notes += [f"not translatable: {bad}" for bad in foreign_tr_calls(sources)]
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--force-glossary", action="store_true")
    parser.add_argument("--missing", action="store_true", help="print untranslated strings")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from desktop_app.ui.shell.i18n import missing_translations

    for lang in LANGS:
        for note in update(lang, args.force_glossary):
            print(f"update_translations: {note}", file=sys.stderr)
        ts = TRANSLATIONS / f"lifeline_{lang}.ts"
        missing = missing_translations(ts)
        print(f"{ts.relative_to(REPO)}: {len(missing)} message(s) without a translation")
        if args.missing:
            for item in missing:
                context, _, source = item.partition(": ")
                print(f"{context}\t{escape(source)}\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Chapters: Markdown files with a small header, loaded and checked.

A chapter that cannot be read is kept as a *broken* chapter (``error`` set) so the
reader can show an error page in its place while the other chapters keep working.
The file format is described in ``docs/content-format.md``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core import ContentError

HEADER_KEYS = ("id", "title", "summary", "facts", "figures")
CHAPTER_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
CITATION = re.compile(r"\[@([A-Z]\d{2}(?:\s*;\s*@[A-Z]\d{2})*)\]")
FIGURE_LINE = re.compile(r"^\[\[figure:\s*([a-z0-9-]+)\s*\]\]\s*$", re.MULTILINE)
# Interactive parts (the calculator) are placed like figures: [[widget: calculator]].
EMBED_LINE = re.compile(r"^\[\[(figure|widget):\s*([a-z0-9-]+)\s*\]\]\s*$", re.MULTILINE)
WIDGETS = frozenset({"calculator"})


class ChapterError(ContentError):
    """A chapter file has a broken header; :func:`load_chapter` keeps the file beside it."""


@dataclass(frozen=True)
class Segment:
    """A run of chapter text (Markdown, citations turned into links) or one figure."""

    kind: str  # "text", "figure" or "widget"
    value: str


@dataclass(frozen=True)
class Chapter:
    number: int
    path: Path
    id: str
    title: str
    summary: str = ""
    facts: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    body: str = ""
    error: str | None = None
    segments: tuple[Segment, ...] = field(default=(), compare=False)

    @property
    def ok(self) -> bool:
        return self.error is None

    def cited(self) -> list[str]:
        """Fact IDs cited in the text, in order of first use."""
        seen: dict[str, None] = {}
        for group in CITATION.findall(self.body):
            for fid in re.findall(r"[A-Z]\d{2}", group):
                seen.setdefault(fid, None)
        return list(seen)

    def placed_figures(self) -> list[str]:
        return FIGURE_LINE.findall(self.body)

    def widgets(self) -> list[str]:
        return [name for kind, name in EMBED_LINE.findall(self.body) if kind == "widget"]


def _list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def parse_header(text: str) -> tuple[dict[str, str], str]:
    """Split ``---``-fenced ``key: value`` lines from the body; raise ChapterError if broken."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        raise ChapterError(None, "the header is missing: the file must start with a line '---'")
    try:
        end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == "---")
    except StopIteration:
        raise ChapterError(None, "the header is not closed with a line '---'") from None
    header: dict[str, str] = {}
    for lineno, line in enumerate(lines[1:end], 2):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        key = key.strip()
        if not sep or key not in HEADER_KEYS:
            raise ChapterError(None, f"header line {lineno} is not one of {', '.join(HEADER_KEYS)}")
        header[key] = value.strip()
    missing = [k for k in ("id", "title", "summary", "facts") if not header.get(k)]
    if missing:
        raise ChapterError(None, f"the header is missing: {', '.join(missing)}")
    if not CHAPTER_ID.match(header["id"]):
        raise ChapterError(None, f"id '{header['id']}' may hold only a-z, 0-9 and '-'")
    return header, "\n".join(lines[end + 1 :]).strip() + "\n"


def link_citations(markdown: str) -> str:
    """Turn ``[@A04; @X09]`` into ``[A04, X09]`` where each ID links to ``cite:ID``."""

    def repl(match: re.Match[str]) -> str:
        ids = re.findall(r"[A-Z]\d{2}", match.group(1))
        return "\\[" + ", ".join(f"[{fid}](cite:{fid})" for fid in ids) + "\\]"

    return CITATION.sub(repl, markdown)


def split_segments(body: str) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    pos = 0
    for match in EMBED_LINE.finditer(body):
        text = body[pos : match.start()].strip()
        if text:
            segments.append(Segment("text", link_citations(text)))
        segments.append(Segment(match.group(1), match.group(2)))
        pos = match.end()
    tail = body[pos:].strip()
    if tail:
        segments.append(Segment("text", link_citations(tail)))
    return tuple(segments)


def _title_from_name(path: Path) -> str:
    stem = path.stem.split("-", 1)[-1] if "-" in path.stem else path.stem
    return stem.replace("-", " ").capitalize() or path.name


def load_chapter(path: Path, number: int) -> Chapter:
    try:
        text = path.read_text(encoding="utf-8")
        header, body = parse_header(text)
    except FileNotFoundError:
        return Chapter(number, path, path.stem, _title_from_name(path), error="file is missing")
    except UnicodeDecodeError:
        err = "the file is not UTF-8 text"
        return Chapter(number, path, path.stem, _title_from_name(path), error=err)
    except OSError as exc:
        err = f"the file cannot be read ({exc.strerror or exc})"
        return Chapter(number, path, path.stem, _title_from_name(path), error=err)
    except ChapterError as exc:
        return Chapter(number, path, path.stem, _title_from_name(path), error=str(exc))
    return Chapter(
        number=number,
        path=path,
        id=header["id"],
        title=header["title"],
        summary=header["summary"],
        facts=_list(header["facts"]),
        figures=_list(header.get("figures", "")),
        body=body,
        segments=split_segments(body),
    )


def chapter_files(root: Path, lang: str) -> list[Path]:
    folder = root / "chapters" / lang
    return sorted(p for p in folder.glob("*.md") if p.name[:2].isdigit())


@dataclass(frozen=True)
class Story:
    lang: str
    chapters: tuple[Chapter, ...]

    def __len__(self) -> int:
        return len(self.chapters)

    def by_id(self, chapter_id: str) -> Chapter | None:
        return next((c for c in self.chapters if c.id == chapter_id), None)


def load_story(root: Path, lang: str = "en") -> Story:
    files = chapter_files(root, lang)
    return Story(lang, tuple(load_chapter(p, i) for i, p in enumerate(files, 1)))


def check_chapter(
    chapter: Chapter, known_facts: Collection[str], known_figures: Collection[str]
) -> list[str]:
    """Problems with one chapter, each a sentence naming the file; empty when all is well."""
    name = chapter.path.name
    if chapter.error:
        return [f"{name}: {chapter.error}"]
    problems: list[str] = []
    cited = chapter.cited()
    for fid in cited:
        if fid not in known_facts:
            problems.append(f"{name}: cites {fid}, which is not in citations.toml")
        elif fid not in chapter.facts:
            problems.append(f"{name}: cites {fid} but the header's facts do not list it")
    for fid in chapter.facts:
        if fid not in cited:
            problems.append(f"{name}: the header lists {fid} but the text never cites it")
    placed = chapter.placed_figures()
    for fig in chapter.figures:
        if fig not in known_figures:
            problems.append(f"{name}: figure '{fig}' is not in figures.toml")
        if placed.count(fig) != 1:
            problems.append(f"{name}: figure '{fig}' must be placed exactly once in the text")
    for fig in placed:
        if fig not in chapter.figures:
            problems.append(f"{name}: figure '{fig}' is placed but not listed in the header")
    for widget in chapter.widgets():
        if widget not in WIDGETS:
            problems.append(f"{name}: unknown widget '{widget}' (known: {', '.join(WIDGETS)})")
    return problems


def check_story(
    story: Story, known_facts: Collection[str], known_figures: Collection[str]
) -> list[str]:
    problems: list[str] = []
    ids: list[str] = []
    for chapter in story.chapters:
        problems.extend(check_chapter(chapter, known_facts, known_figures))
        if chapter.ok:
            if chapter.id in ids:
                problems.append(f"{chapter.path.name}: id '{chapter.id}' is used twice")
            ids.append(chapter.id)
    if not story.chapters:
        problems.append(f"no chapter files found for language '{story.lang}'")
    return problems


def all_cited(chapters: Iterable[Chapter]) -> set[str]:
    return {fid for c in chapters for fid in c.cited()}


# Markdown images ![alt](target "title") and HTML <img src="target">.
IMAGE_REF = re.compile(
    r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|<img\b[^>]*\bsrc=[\"']([^\"']+)"
)


def content_image(base: Path, target: str, root: Path) -> Path | None:
    """The file an image reference names, or None when it may not be read.

    Only a relative path, resolved against the chapter's own folder ``base``, naming a file
    inside the resources folder ``root`` is allowed: no URL scheme (``file:``, ``http:``),
    no absolute path, no ``..`` out of ``resources/``, nothing from the working directory.
    """
    target = target.strip()
    if not target or ":" in target.split("/", 1)[0] or target.startswith(("/", "\\")):
        return None
    try:
        path = (base / target.split("#", 1)[0].split("?", 1)[0]).resolve()
        inside = path.is_relative_to(root.resolve())
        return path if inside and path.is_file() else None
    except (OSError, ValueError):
        return None


def image_problems(chapter: Chapter, root: Path) -> list[str]:
    """Each image in the chapter that is missing or outside ``root``, named with the file."""
    problems = []
    for match in IMAGE_REF.finditer(chapter.body):
        target = match.group(1) or match.group(2)
        if content_image(chapter.path.parent, target, root) is None:
            problems.append(
                f"{chapter.path.name}: image '{target}' is not a file inside resources/ "
                "(only paths relative to the chapter are read)"
            )
    return problems

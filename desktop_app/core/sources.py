"""Citations: fact IDs -> claims and full references, from ``resources/citations.toml``."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

CITATIONS_FILE = "citations.toml"
FACT_ID = re.compile(r"^[AXD]\d{2}$")


class CitationError(Exception):
    """The citations file is missing or malformed; the message names the file and the entry."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path.name}: {message}")
        self.path = path


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    author: str = ""
    published: str = ""
    updated: str = ""
    url: str = ""
    note: str = ""

    def reference(self) -> str:
        """One-line full reference, e.g. for the Sources tab or a citation popup."""
        parts = []
        if self.author:
            parts.append(f"{self.author},")
        parts.append(f"“{self.title}”,")
        parts.append(self.publisher)
        when = self.published + (f" (updated {self.updated})" if self.updated else "")
        if when:
            parts[-1] += ","
            parts.append(when)
        text = " ".join(parts)
        return text.rstrip(",") + "."


@dataclass(frozen=True)
class Fact:
    id: str
    claim: str
    sources: tuple[str, ...] = ()
    attribution: str = ""
    derived_from: tuple[str, ...] = ()
    working: str = ""

    @property
    def kind(self) -> str:
        return {"A": "article", "X": "other source", "D": "derived"}[self.id[0]]


@dataclass(frozen=True)
class Citations:
    facts: Mapping[str, Fact]
    sources: Mapping[str, Source]

    def __contains__(self, fact_id: object) -> bool:
        return fact_id in self.facts

    def sources_of(self, fact_id: str) -> list[Source]:
        """The sources a fact rests on; a derived fact reaches them through its inputs."""
        fact = self.facts[fact_id]
        seen: dict[str, Source] = {}
        for sid in fact.sources:
            seen[sid] = self.sources[sid]
        for parent in fact.derived_from:
            for src in self.sources_of(parent):
                seen.setdefault(src.id, src)
        return list(seen.values())


def _text(path: Path, table: Mapping[str, object], key: str, where: str, required: bool) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise CitationError(path, f"{where}: '{key}' must be text")
    if required and not value.strip():
        raise CitationError(path, f"{where}: '{key}' is missing")
    return value.strip()


def _ids(path: Path, table: Mapping[str, object], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CitationError(path, f"{where}: '{key}' must be a name or a list of names")
    return tuple(v.strip() for v in value)


def parse_citations(path: Path, text: str) -> Citations:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CitationError(path, f"not valid TOML ({exc})") from exc
    raw_sources = data.get("sources", {})
    raw_facts = data.get("facts", {})
    if not isinstance(raw_sources, dict) or not isinstance(raw_facts, dict) or not raw_facts:
        raise CitationError(path, "needs [sources.*] and [facts.*] tables")
    sources: dict[str, Source] = {}
    for sid, table in raw_sources.items():
        where = f"[sources.{sid}]"
        if not isinstance(table, dict):
            raise CitationError(path, f"{where} must be a table")
        sources[sid] = Source(
            id=sid,
            title=_text(path, table, "title", where, True),
            publisher=_text(path, table, "publisher", where, False),
            author=_text(path, table, "author", where, False),
            published=_text(path, table, "published", where, False),
            updated=_text(path, table, "updated", where, False),
            url=_text(path, table, "url", where, False),
            note=_text(path, table, "note", where, False),
        )
    facts: dict[str, Fact] = {}
    for fid, table in raw_facts.items():
        where = f"[facts.{fid}]"
        if not FACT_ID.match(fid):
            raise CitationError(path, f"{where}: fact IDs look like A01, X12 or D05")
        if not isinstance(table, dict):
            raise CitationError(path, f"{where} must be a table")
        fact = Fact(
            id=fid,
            claim=_text(path, table, "claim", where, True),
            sources=_ids(path, table, "source", where) + _ids(path, table, "sources", where),
            attribution=_text(path, table, "attribution", where, False),
            derived_from=_ids(path, table, "derived_from", where),
            working=_text(path, table, "working", where, fid.startswith("D")),
        )
        if fid.startswith("D"):
            if not fact.derived_from:
                raise CitationError(path, f"{where}: a derived fact needs 'derived_from'")
        elif not fact.sources:
            raise CitationError(path, f"{where}: needs a 'source'")
        for sid in fact.sources:
            if sid not in sources:
                raise CitationError(path, f"{where}: unknown source '{sid}'")
        facts[fid] = fact
    for fact in facts.values():
        for parent in fact.derived_from:
            if parent not in facts:
                raise CitationError(path, f"[facts.{fact.id}]: derived from unknown '{parent}'")
    return Citations(facts=facts, sources=sources)


def load_citations(root: Path) -> Citations:
    path = root / CITATIONS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise CitationError(path, "file is missing") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CitationError(path, f"cannot be read ({exc})") from exc
    return parse_citations(path, text)

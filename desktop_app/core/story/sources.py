"""Citations: fact IDs -> claims and full references, from ``resources/citations.toml``.

Other languages overlay their wording from ``resources/citations.<lang>.toml``
(:func:`load_citations` with ``lang``): each fact's ``claim``, ``attribution`` and
``working``, and each source's ``title_<lang>`` (a gloss shown beside the original title),
``publisher`` and ``note``. Everything else (sources, dates, addresses, ``derived_from``)
always comes from the English file. Anything the overlay leaves out keeps its English
wording, with a note in the log, so no text is ever empty.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import ContentError, read_content

CITATIONS_FILE = "citations.toml"
FACT_ID = re.compile(r"^[AXDY]\d{2}$")
LANG_CODE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")
FACT_TEXT_KEYS = ("claim", "attribution", "working")
SOURCE_TEXT_KEYS = ("publisher", "note")

log = logging.getLogger(__name__)


class CitationError(ContentError):
    """The citations file is missing or malformed; the message names the file and the entry."""

    path: Path

    @property
    def shown(self) -> str:
        return self.path.name


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
    title_gloss: str = ""  # the title translated, shown after the original (not in English)
    updated_word: str = "updated"

    def reference(self) -> str:
        """One-line full reference, e.g. for the Sources tab or a citation popup."""
        parts = []
        if self.author:
            parts.append(f"{self.author},")
        gloss = f" ({self.title_gloss})" if self.title_gloss else ""
        parts.append(f"“{self.title}”{gloss},")
        parts.append(self.publisher)
        when = self.published + (f" ({self.updated_word} {self.updated})" if self.updated else "")
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
        return {"A": "article", "X": "other source", "Y": "source since 2018", "D": "derived"}[
            self.id[0]
        ]


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
            raise CitationError(path, f"{where}: fact IDs look like A01, X12, D05 or Y20")
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


def _read(path: Path) -> str:
    return read_content(path, CitationError)


def overlay_path(root: Path, lang: str) -> Path:
    """``citations.<lang>.toml`` beside ``citations.toml``."""
    return root / f"citations.{lang}.toml"


def load_citations(root: Path, lang: str = "en") -> Citations:
    """Read ``citations.toml``; for another ``lang``, overlay ``citations.<lang>.toml``.

    A missing overlay file, fact or key keeps the English text (logged at INFO). A
    malformed overlay (bad TOML, text that is not text, a fact or source that
    ``citations.toml`` does not have, an unknown key) raises :class:`CitationError`
    naming the overlay file and the entry.
    """
    citations = parse_citations(root / CITATIONS_FILE, _read(root / CITATIONS_FILE))
    if lang == "en":
        return citations
    if not LANG_CODE.match(lang):
        raise CitationError(root / CITATIONS_FILE, f"'{lang}' is not a language code like ko")
    path = overlay_path(root, lang)
    if not path.is_file():
        log.info("%s not found: citations stay in English", path.name)
        return citations
    return apply_overlay(citations, path, _read(path), lang)


def _overlay_tables(path: Path, data: Mapping[str, object], name: str) -> dict[str, object]:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise CitationError(path, f"'{name}' must hold [{name}.<id>] tables")
    return table


def _overlay_text(
    path: Path, table: Mapping[str, object], key: str, where: str, english: str
) -> str:
    """The translated ``key``; the English text (logged) when absent or empty."""
    value = table.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if english:
            log.info("%s: %s has no '%s'; English kept", path.name, where, key)
        return english
    if not isinstance(value, str):
        raise CitationError(path, f"{where}: '{key}' must be text")
    return value.strip()


def apply_overlay(citations: Citations, path: Path, text: str, lang: str) -> Citations:
    """``citations`` with the wording from the overlay file ``path`` (contents ``text``)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CitationError(path, f"not valid TOML ({exc})") from exc
    extra = sorted(set(data) - {"sources", "facts", "words"})
    if extra:
        raise CitationError(path, f"unknown entry '{extra[0]}' (expected [facts.*], [sources.*])")
    raw_facts = _overlay_tables(path, data, "facts")
    raw_sources = _overlay_tables(path, data, "sources")
    words = _overlay_tables(path, data, "words")
    for table_name, raw, known in (
        ("facts", raw_facts, citations.facts),
        ("sources", raw_sources, citations.sources),
    ):
        for key, table in raw.items():
            if key not in known:
                raise CitationError(path, f"[{table_name}.{key}] is not in {CITATIONS_FILE}")
            if not isinstance(table, dict):
                raise CitationError(path, f"[{table_name}.{key}] must be a table")
    updated_word = _overlay_text(path, words, "updated", "[words]", "updated")
    facts: dict[str, Fact] = {}
    for fid, fact in citations.facts.items():
        table = raw_facts.get(fid)
        where = f"[facts.{fid}]"
        if not isinstance(table, dict):
            log.info("%s: %s is missing; English kept", path.name, where)
            facts[fid] = fact
            continue
        unknown = sorted(set(table) - set(FACT_TEXT_KEYS))
        if unknown:
            allowed = ", ".join(FACT_TEXT_KEYS)
            raise CitationError(path, f"{where}: unknown key '{unknown[0]}' (only {allowed})")
        facts[fid] = dataclasses.replace(
            fact,
            claim=_overlay_text(path, table, "claim", where, fact.claim),
            attribution=_overlay_text(path, table, "attribution", where, fact.attribution),
            working=_overlay_text(path, table, "working", where, fact.working),
        )
    gloss_key = f"title_{lang}"
    sources: dict[str, Source] = {}
    for sid, source in citations.sources.items():
        table = raw_sources.get(sid, {})
        where = f"[sources.{sid}]"
        assert isinstance(table, dict)
        unknown = sorted(set(table) - {gloss_key, *SOURCE_TEXT_KEYS})
        if unknown:
            allowed = ", ".join((gloss_key, *SOURCE_TEXT_KEYS))
            raise CitationError(path, f"{where}: unknown key '{unknown[0]}' (only {allowed})")
        gloss = table.get(gloss_key, "")
        if not isinstance(gloss, str):
            raise CitationError(path, f"{where}: '{gloss_key}' must be text")
        sources[sid] = dataclasses.replace(
            source,
            title_gloss=gloss.strip(),
            updated_word=updated_word,
            publisher=_overlay_text(path, table, "publisher", where, source.publisher),
            note=_overlay_text(path, table, "note", where, source.note),
        )
    return Citations(facts=facts, sources=sources)

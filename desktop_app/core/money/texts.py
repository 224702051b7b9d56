"""The calculator's words, from ``resources/calculator/<lang>.toml``.

The file is checked when it is read: every section and key the calculator uses must be there,
and every ``{placeholder}`` must be one the calculator fills in, so a teacher's typo gives a
message naming the file and the key instead of a crash later.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import ContentError, parse_toml, read_content

CONTROL_FIELDS = (
    "amount_usd",
    "transfers_per_year",
    "years",
    "brokers",
    "cut_per_broker",
    "loss_chance",
    "formal_cost",
    "nk_won_per_usd",
    "rice_won_per_kg",
    "corn_won_per_kg",
    "monthly_wage_won",
)
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sending", ("amount_usd", "transfers_per_year", "years")),
    ("chain", ("brokers", "cut_per_broker", "loss_chance")),
    ("comparison", ("formal_cost",)),
    ("prices", ("nk_won_per_usd", "rice_won_per_kg", "corn_won_per_kg", "monthly_wage_won")),
)
RESULT_KEYS = ("sent", "arrives", "brokers", "effective", "formal", "rice", "corn", "months")

REQUIRED: dict[str, tuple[str, ...]] = {
    "panel": (
        "heading",
        "intro",
        "presets_heading",
        "presets_help",
        "start_label",
        "start_note",
        "inputs_heading",
        "results_heading",
        "totals",
        "charts_heading",
        "charts_loading",
        "charts_name",
        "prose_heading",
        "actions_heading",
        "source_prefix",
        "fact_tip",
        "range_note",
        "no_data",
        "no_data_for",
        "year_named",
        "year_unknown",
    ),
    "groups": tuple(name for name, _ in GROUPS),
    "results": RESULT_KEYS,
    "actions": (
        "saved",
        "loaded",
        "exported",
        "copied",
        "reset",
        "preset",
        "load_failed",
        "save_failed",
        "export_failed",
        "read_failed",
        "restore_failed",
        "restore_kept",
        "refused",
    ),
    "prose": (
        "send_once",
        "send_many",
        "chain_one",
        "chain_equal",
        "chain_other",
        "loss",
        "arrives",
        "formal_more",
        "formal_less",
        "buys",
        "wage_range",
        "buys_no_wage",
        "years",
    ),
    "units": ("usd", "percent", "won", "count"),
    "describe": (
        "once",
        "twice",
        "times",
        "one_broker",
        "brokers_each",
        "brokers_list",
        "list_and",
        "list_sep",
        "send",
        "arrives",
        "loss",
        "years",
        "formal",
    ),
}
# Every placeholder the calculator fills in, in any template.
PLACEHOLDERS = frozenset(
    [
        "amount",
        "times",
        "count",
        "often",
        "chain",
        "head",
        "last",
        "total",
        "sent",
        "n",
        "cut",
        "brokers",
        "combined",
        "simple",
        "cuts",
        "loss",
        "transit",
        "arrives",
        "kept",
        "cost",
        "formal",
        "gain",
        "sdg",
        "sdg_arrives",
        "won",
        "rice",
        "corn",
        "months",
        "wage",
        "fewest",
        "most",
        "wage_low",
        "wage_high",
        "years",
        "lost",
        "path",
        "problem",
        "value",
        "label",
        "note",
        "ids",
        "minimum",
        "maximum",
        "percent",
        "before",
        "after",
        "channel",
        "food",
        "price",
        "year",
    ]
)


class TextsError(ContentError):
    """The calculator's text file is missing or wrong; the message names file and key."""


@dataclass(frozen=True)
class CalculatorTexts:
    path: Path
    sections: Mapping[str, Mapping[str, str]]
    controls: Mapping[str, tuple[str, str]]  # field -> (name, help)

    def get(self, section: str, key: str) -> str:
        return self.sections[section][key]

    def say(self, section: str, key: str, **values: object) -> str:
        """Template ``[section] key`` with its placeholders filled in."""
        return self.sections[section][key].format(**values)

    @property
    def figures(self) -> Mapping[str, str]:
        return self.sections["figures"]


def _check_template(path: Path, where: str, text: str) -> None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        raise TextsError(path.name, f"{where} has a stray {{ or }} ({exc})") from None
    unknown = sorted(name for name in names if name not in PLACEHOLDERS)
    if unknown:
        raise TextsError(
            path.name, f"{where} uses {{{unknown[0]}}}, which the calculator does not fill in"
        )


def _table(path: Path, data: Mapping[str, object], name: str) -> dict[str, str]:
    table = data.get(name)
    if not isinstance(table, dict):
        raise TextsError(path.name, f"the [{name}] table is missing")
    result: dict[str, str] = {}
    for key, value in table.items():
        if isinstance(value, str):
            _check_template(path, f"[{name}] {key}", value)
            result[key] = value
    for key in REQUIRED.get(name, ()):
        if key not in result:
            raise TextsError(path.name, f"[{name}] has no text '{key}'")
    return result


def load_texts(root: Path, language: str = "en") -> CalculatorTexts:
    """Read and check ``root/calculator/<language>.toml``; TextsError names what is wrong."""
    path = root / "calculator" / f"{language}.toml"
    data = parse_toml(read_content(path, TextsError), TextsError, path.name)
    sections = {name: _table(path, data, name) for name in (*REQUIRED, "figures")}
    raw_controls = data.get("controls")
    if not isinstance(raw_controls, dict):
        raise TextsError(path.name, "the [controls] tables are missing")
    controls: dict[str, tuple[str, str]] = {}
    for field in CONTROL_FIELDS:
        table = raw_controls.get(field)
        if not isinstance(table, dict) or not isinstance(table.get("name"), str):
            raise TextsError(path.name, f"[controls.{field}] needs a name")
        help_text = table.get("help", "")
        controls[field] = (table["name"], help_text if isinstance(help_text, str) else "")
    return CalculatorTexts(path=path, sections=sections, controls=controls)

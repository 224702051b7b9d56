"""Calculator scenarios as files, and the calculator's results as CSV and plain text.

Pure Python (no Qt, no matplotlib). A scenario file is small, versioned JSON::

    {"format": "lifeline-scenario", "version": 1, "inputs": {...}}

where ``inputs`` is :meth:`RemittanceInputs.to_mapping` (counts as numbers, everything else
as exact decimal strings). Reading checks everything and raises :class:`ScenarioError`, whose
message names the file and says what is wrong: not text, not JSON, not a Lifeline scenario,
saved by a newer version, or a field out of range (the model's own message).

Version 2 added an unknown wage (``"no data"``) and ``prices_year``. A file is written as the
lowest version that holds its inputs, so a scenario without them still opens in a Lifeline
that reads only version 1; version 1 files (every older Lifeline's) read as before.

User-visible English lives in :data:`MESSAGES` (translated by :mod:`.messages`), like the model's
``LABELS``; the error keeps the template key and its parameters.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from decimal import Decimal

from desktop_app.core.money.remittance import (
    FIELDS,
    LABELS,
    Flow,
    RemittanceInputError,
    RemittanceInputs,
    RemittanceResult,
    canonical,
    dollars,
)

FORMAT = "lifeline-scenario"
VERSION = 2
MAX_BYTES = 1_000_000  # a scenario is a few hundred bytes; anything huge is not one

MESSAGES: dict[str, str] = {
    # Plain words for people; the parser's line and column go to the log (``detail``).
    "err_not_text": (
        "{source} is not a Lifeline scenario: it is not a text file. "
        "Choose a file saved with Save scenario."
    ),
    "err_too_big": "{source} is not a scenario file: it is {size:,} bytes, far too large.",
    "err_not_file": "{source} is not a scenario file: it is not a regular file.",
    "err_not_json": (
        "{source} is not a Lifeline scenario: it may be damaged, or be another kind of file. "
        "Choose a file saved with Save scenario."
    ),
    "err_foreign": (
        "{source} is not a Lifeline scenario: it holds something else, not calculator settings."
    ),
    "err_version_newer": (
        "{source} was saved by a newer Lifeline (scenario version {version}); "
        "this Lifeline reads version {supported}. Update Lifeline to open it."
    ),
    "err_version_bad": (
        "{source} has an unreadable scenario version ({version}); "
        "this Lifeline reads version {supported}."
    ),
    "err_no_inputs": '{source} has no "inputs" table of calculator settings.',
    "err_field": "{source}: {problem}.",
    # Results as CSV and text.
    "csv_section_input": "input",
    "csv_section_result": "result",
    "csv_no_level": "",
    "unit_usd": "US$",
    "unit_pct": "%",
    "unit_nk_won": "North Korean won",
    "unit_kr_won": "South Korean won",
    "unit_kg": "kg",
    "unit_months": "months",
    "value_no_data": "no data",
    "value_no_data_for": "no data for {year}",
    "text_title": "Lifeline: sending money home (remittance calculator)",
    "text_inputs": "Settings",
    "text_chain": "Broker chain: {cuts} (combined cut {combined}%)",
    "text_effective": "Effective total cut, counting expected losses: {effective}%",
    "text_results": "Results",
    "text_item": "Item",
}

CSV_HEADER = ("section", "key", "label", "level", "value", "unit")
_LEVEL_KEYS = ("level_transfer", "level_year", "level_total")


class ScenarioError(ValueError):
    """A scenario could not be read; the message names the file and the problem.

    ``reason`` is the MESSAGES key of the message template and ``params`` its values.
    """

    def __init__(self, reason: str, **params: object) -> None:
        self.reason = reason
        self.params = params
        super().__init__(MESSAGES[reason].format(**params))

    @property
    def detail(self) -> str:
        """Everything known, for the log: the reason and every value (line, column, ...)."""
        values = ", ".join(f"{key}={value!r}" for key, value in self.params.items())
        return f"{self.reason}: {values}"


def scenario_to_json(inputs: RemittanceInputs) -> str:
    """The scenario file's text for ``inputs`` (pretty-printed, ends with a newline)."""
    old_enough = inputs.monthly_wage_won is not None and inputs.prices_year is None
    version = 1 if old_enough else VERSION
    document = {"format": FORMAT, "version": version, "inputs": inputs.to_mapping()}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def scenario_from_bytes(data: bytes, source_name: str) -> RemittanceInputs:
    """Read a scenario file's bytes (UTF-8, with or without a byte-order mark)."""
    if len(data) > MAX_BYTES:
        raise ScenarioError("err_too_big", source=source_name, size=len(data))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ScenarioError("err_not_text", source=source_name) from None
    return scenario_from_json(text, source_name)


def _refuse_constant(name: str) -> object:
    # json accepts NaN and Infinity by default; a scenario never holds them.
    raise ValueError(f"{name} is not allowed")


def scenario_from_json(text: str, source_name: str) -> RemittanceInputs:
    """Read a scenario file's text; ScenarioError names ``source_name`` and the problem."""
    if len(text) > MAX_BYTES:
        raise ScenarioError("err_too_big", source=source_name, size=len(text))
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ScenarioError(
            "err_not_json", source=source_name, line=exc.lineno, column=exc.colno, problem=exc.msg
        ) from None
    except (ValueError, RecursionError) as exc:
        raise ScenarioError(
            "err_not_json", source=source_name, line="?", column="?", problem=str(exc)
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ScenarioError("err_foreign", source=source_name)
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        shown = json.dumps(version)[:40]
        raise ScenarioError("err_version_bad", source=source_name, version=shown, supported=VERSION)
    if version > VERSION:
        raise ScenarioError(
            "err_version_newer", source=source_name, version=version, supported=VERSION
        )
    raw = document.get("inputs")
    if not isinstance(raw, dict):
        raise ScenarioError("err_no_inputs", source=source_name)
    try:
        return RemittanceInputs.from_mapping(raw)
    except RemittanceInputError as exc:
        raise ScenarioError("err_field", source=source_name, problem=str(exc)) from None


# --- results -------------------------------------------------------------------------
def _plain(value: Decimal | int | None) -> str:
    if value is None:
        return MESSAGES["value_no_data"]
    return format(canonical(Decimal(value)), "f")


def no_data_text(inputs: RemittanceInputs) -> str:
    """ "no data for 2025" when the prices' year is known, else "no data"."""
    if inputs.prices_year is None:
        return MESSAGES["value_no_data"]
    return MESSAGES["value_no_data_for"].format(year=inputs.prices_year)


def _money(cents: int) -> str:
    return format(dollars(cents), "f")


_UNITS = {
    "amount_usd": "unit_usd",
    "cut_per_broker": "unit_pct",
    "loss_chance": "unit_pct",
    "formal_cost": "unit_pct",
    "sdg_target": "unit_pct",
    "nk_won_per_usd": "unit_nk_won",
    "rice_won_per_kg": "unit_nk_won",
    "corn_won_per_kg": "unit_nk_won",
    "monthly_wage_won": "unit_nk_won",
    "kr_won_per_usd": "unit_kr_won",
}


def _unit(key: str) -> str:
    return MESSAGES[key] if key else ""


def _flow_rows(flow: Flow) -> list[tuple[str, str, str, str]]:
    """(key, label, value, unit key) for one level of results, in reading order."""
    rows = [("sent", LABELS["sent"], _money(flow.sent_cents), "unit_usd")]
    for n, hop in enumerate(flow.hop_cents, start=1):
        rows.append(
            (f"lost_to_hop_{n}", LABELS["lost_to_hop"].format(n=n), _money(hop), "unit_usd")
        )
    money: tuple[tuple[str, int], ...] = (
        ("lost_to_brokers", flow.brokers_cents),
        ("lost_in_transit", flow.transit_cents),
        ("arrives", flow.arrives_cents),
        ("formal_arrives", flow.formal_cents),
        ("sdg_arrives", flow.sdg_cents),
        ("formal_gain", flow.formal_gain_cents),
        ("sdg_gain", flow.sdg_gain_cents),
    )
    rows += [(key, LABELS[key], _money(cents), "unit_usd") for key, cents in money]
    rows += [
        ("arrives_nk_won", LABELS["arrives_nk_won"], str(flow.arrives_nk_won), "unit_nk_won"),
        ("arrives_kr_won", LABELS["arrives_kr_won"], str(flow.arrives_kr_won), "unit_kr_won"),
        ("rice_kg", LABELS["rice_kg"], _plain(flow.rice_kg), "unit_kg"),
        ("corn_kg", LABELS["corn_kg"], _plain(flow.corn_kg), "unit_kg"),
        ("wage_months", LABELS["wage_months"], _plain(flow.wage_months), "unit_months"),
    ]
    return rows


def _input_rows(inputs: RemittanceInputs) -> list[tuple[str, str, str, str]]:
    rows = []
    for spec in FIELDS:
        if spec.name == "cut_per_broker":
            for n, cut in enumerate(inputs.cuts, start=1):
                label = LABELS["cut_of_hop"].format(n=n)
                rows.append((f"cut_of_hop_{n}", label, _plain(cut), "unit_pct"))
            continue
        value = inputs.value(spec.name)
        rows.append((spec.name, spec.label, _plain(value), _UNITS.get(spec.name, "")))
    if inputs.prices_year is not None:
        rows.append(("prices_year", LABELS["prices_year"], str(inputs.prices_year), ""))
    return rows


def results_csv(result: RemittanceResult, inputs: RemittanceInputs) -> str:
    """Inputs and results as one tidy CSV table: one value per row, exact, no separators.

    Columns: section (input/result), key (stable name), label, level (per transfer, per
    year, over all years; empty for inputs), value, unit.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    section = MESSAGES["csv_section_input"]
    for key, label, value, unit in _input_rows(inputs):
        writer.writerow((section, key, label, MESSAGES["csv_no_level"], value, _unit(unit)))
    section = MESSAGES["csv_section_result"]
    for key in ("broker_cut_pct", "effective_cut_pct"):
        value = _plain(getattr(result, key))
        writer.writerow((section, key, LABELS[key], "", value, MESSAGES["unit_pct"]))
    for level_key, flow in result.levels():
        for key, label, value, unit in _flow_rows(flow):
            shown_unit = "" if value == MESSAGES["value_no_data"] else _unit(unit)
            writer.writerow((section, key, label, LABELS[level_key], value, shown_unit))
    return out.getvalue()


def _grouped(value: Decimal | int | str, unit_key: str) -> str:
    if isinstance(value, str):  # "no data"
        return value
    if unit_key == "unit_usd":
        return f"{Decimal(value):,.2f}"
    return f"{canonical(Decimal(value)):,f}"


def _with_unit(number: str, unit_key: str) -> str:
    if number == MESSAGES["value_no_data"]:
        return number
    if unit_key == "unit_pct":
        return number + _unit(unit_key)
    return f"{number} {_unit(unit_key)}".rstrip()


def _number(text: str) -> Decimal | str:
    return text if text == MESSAGES["value_no_data"] else Decimal(text)


def _table(rows: list[list[str]], align_right: Callable[[int], bool]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if align_right(i) else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def results_text(result: RemittanceResult) -> str:
    """A plain-text summary for the clipboard: settings, then results at three levels."""
    inputs = result.inputs
    lines = [MESSAGES["text_title"], "", MESSAGES["text_inputs"]]
    settings = [
        [label, value if key == "prices_year" else _with_unit(_grouped(_number(value), unit), unit)]
        for key, label, value, unit in _input_rows(inputs)
        if not key.startswith("cut_of_hop_")
    ]
    lines += ["  " + line for line in _table(settings, lambda i: i == 1)]
    cuts = " → ".join(f"{_plain(cut)}%" for cut in inputs.cuts)
    lines.append(
        "  " + MESSAGES["text_chain"].format(cuts=cuts, combined=_plain(result.broker_cut_pct))
    )
    lines.append(
        "  " + MESSAGES["text_effective"].format(effective=_plain(result.effective_cut_pct))
    )
    lines += ["", MESSAGES["text_results"]]
    levels = result.levels()
    table = [[MESSAGES["text_item"], *(LABELS[key] for key, _ in levels), ""]]
    per_level = [_flow_rows(flow) for _, flow in levels]
    for index, (_, label, _, unit) in enumerate(per_level[0]):
        values = [_grouped(_number(rows[index][2]), unit) for rows in per_level]
        if MESSAGES["value_no_data"] in values:  # say for which year, and no unit
            values = [no_data_text(inputs)] * len(values)
            unit = ""
        table.append([label, *values, _unit(unit)])
    lines += ["  " + line for line in _table(table, lambda i: 0 < i < len(table[0]) - 1)]
    return "\n".join(lines) + "\n"

"""Scenario files (versioned JSON, validated on load) and the results as CSV and text."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.money.remittance import (
    PRESETS,
    RemittanceInputs,
    compute,
    preset,
)
from desktop_app.core.money.scenario import (
    CSV_HEADER,
    FORMAT,
    MAX_BYTES,
    VERSION,
    ScenarioError,
    results_csv,
    results_text,
    scenario_from_bytes,
    scenario_from_json,
    scenario_to_json,
)

SETTINGS = settings(database=None, max_examples=100, deadline=None)


def test_file_has_format_version_and_inputs() -> None:
    """A saved scenario names its format and version, and holds the model's mapping; one
    without an unknown wage stays version 1, so a Lifeline that reads only 1 still opens it."""
    inputs = RemittanceInputs.defaults()
    document = json.loads(scenario_to_json(inputs))
    assert document == {"format": FORMAT, "version": 1, "inputs": inputs.to_mapping()}
    unknown = inputs.with_field("monthly_wage_won", None)
    assert json.loads(scenario_to_json(unknown))["version"] == VERSION == 2
    assert scenario_to_json(inputs).endswith("\n")


@pytest.mark.parametrize("item", PRESETS, ids=lambda p: p.id)
def test_presets_round_trip(item) -> None:
    """Every preset survives save and load exactly."""
    inputs = item.inputs()
    assert scenario_from_json(scenario_to_json(inputs), "x.json") == inputs


def test_uneven_chain_and_long_percentages_round_trip() -> None:
    """An explicit chain and a cut with many decimal places are kept exactly."""
    inputs = RemittanceInputs.defaults().with_cuts(("12.3456789", "10", "0"))
    inputs = inputs.with_field("loss_chance", "0.00000000000000000001")
    assert scenario_from_json(scenario_to_json(inputs), "x.json") == inputs


@SETTINGS
@given(
    amount=st.integers(100, 10**7).map(lambda n: Decimal(n).scaleb(-2)),
    cuts=st.lists(
        st.integers(0, 6000).map(lambda n: Decimal(n).scaleb(-2)), min_size=1, max_size=5
    ),
    years=st.integers(1, 10),
    wage=st.integers(100, 20_000),
)
def test_any_valid_scenario_round_trips(amount, cuts, years, wage) -> None:
    """Random valid inputs come back equal after save and load."""
    inputs = (
        RemittanceInputs.defaults()
        .with_field("amount_usd", amount)
        .with_field("years", years)
        .with_field("monthly_wage_won", wage)
        .with_cuts(tuple(cuts))
    )
    assert scenario_from_json(scenario_to_json(inputs), "x.json") == inputs


def test_bom_and_bytes_are_read() -> None:
    """A file saved by an editor with a UTF-8 byte-order mark still loads."""
    inputs = preset("mother_2017").inputs()
    data = b"\xef\xbb\xbf" + scenario_to_json(inputs).encode()
    assert scenario_from_bytes(data, "mother.json") == inputs


def test_missing_fields_take_defaults() -> None:
    """Older or hand-written files may leave fields out: the defaults fill them in."""
    text = json.dumps({"format": FORMAT, "version": 1, "inputs": {"amount_usd": "250"}})
    inputs = scenario_from_json(text, "short.json")
    assert inputs == RemittanceInputs.defaults().with_field("amount_usd", "250")


@pytest.mark.parametrize(
    ("text", "reason", "fragment"),
    [
        ("{not json", "err_not_json", "not a Lifeline scenario: it may be damaged"),
        ("", "err_not_json", "not a Lifeline scenario"),
        ("[1, 2, 3]", "err_foreign", "not a Lifeline scenario"),
        ('{"name": "a", "amount": 3}', "err_foreign", "not a Lifeline scenario"),
        ('{"format": "other", "version": 1, "inputs": {}}', "err_foreign", "not a Lifeline"),
        (
            '{"format": "lifeline-scenario", "version": 3, "inputs": {}}',
            "err_version_newer",
            "newer Lifeline (scenario version 3)",
        ),
        (
            '{"format": "lifeline-scenario", "version": "1", "inputs": {}}',
            "err_version_bad",
            'version ("1")',
        ),
        (
            '{"format": "lifeline-scenario", "version": true, "inputs": {}}',
            "err_version_bad",
            "version (true)",
        ),
        (
            '{"format": "lifeline-scenario", "version": 0, "inputs": {}}',
            "err_version_bad",
            "version (0)",
        ),
        ('{"format": "lifeline-scenario", "inputs": {}}', "err_version_bad", "version (null)"),
        ('{"format": "lifeline-scenario", "version": 1}', "err_no_inputs", '"inputs"'),
        (
            '{"format": "lifeline-scenario", "version": 1, "inputs": [1]}',
            "err_no_inputs",
            '"inputs"',
        ),
        (
            '{"format": "lifeline-scenario", "version": 1, "inputs": {"years": 99}}',
            "err_field",
            "Years must be between 1 and 10, got 99",
        ),
        (
            '{"format": "lifeline-scenario", "version": 1, "inputs": {"colour": 1}}',
            "err_field",
            "Unknown setting 'colour'",
        ),
        (
            '{"format": "lifeline-scenario", "version": 1, "inputs": {"loss_chance": NaN}}',
            "err_not_json",
            "not a Lifeline scenario",
        ),
        (
            '{"format": "lifeline-scenario", "version": 1, "inputs": {"amount_usd": true}}',
            "err_field",
            "must be a number",
        ),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(text: str, reason: str, fragment: str) -> None:
    """Each kind of bad file gets its own message, naming the file."""
    with pytest.raises(ScenarioError) as caught:
        scenario_from_json(text, "class-plan.json")
    assert caught.value.reason == reason
    message = str(caught.value)
    assert message.startswith("class-plan.json")
    assert fragment in message
    assert "JSON" not in message and "column" not in message  # plain words for people


def test_the_parser_detail_is_kept_for_the_log() -> None:
    """The message is plain; the line, column and parser's words stay in ``detail``."""
    with pytest.raises(ScenarioError) as caught:
        scenario_from_json("{not json", "plan.json")
    assert str(caught.value) == (
        "plan.json is not a Lifeline scenario: it may be damaged, or be another kind of file. "
        "Choose a file saved with Save scenario."
    )
    assert "line=1" in caught.value.detail and "column=2" in caught.value.detail


def test_binary_and_huge_files_are_refused() -> None:
    """Non-text and absurdly large files are refused before parsing."""
    plain = r"photo\.png is not a Lifeline scenario: it is not a text file"
    with pytest.raises(ScenarioError, match=plain):
        scenario_from_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe", "photo.png")
    with pytest.raises(ScenarioError, match="far too large"):
        scenario_from_bytes(b" " * (MAX_BYTES + 1), "big.json")


def test_deep_nesting_is_a_message_not_a_crash() -> None:
    """Pathological JSON (very deep nesting) is reported, not a RecursionError."""
    with pytest.raises(ScenarioError):
        scenario_from_json("[" * 100_000 + "]" * 100_000, "deep.json")


@SETTINGS
@given(st.text(max_size=200))
def test_random_text_never_crashes(text: str) -> None:
    """Any text either loads as valid inputs or raises ScenarioError."""
    try:
        inputs = scenario_from_json(text, "random.json")
    except ScenarioError as exc:
        assert str(exc).startswith("random.json")
    else:
        assert isinstance(inputs, RemittanceInputs)


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_holds_inputs_and_results_exactly() -> None:
    """The CSV has one header, every input, and results at three levels, to the cent."""
    inputs = preset("three_brokers").inputs().with_field("years", 3)
    result = compute(inputs)
    text = results_csv(result, inputs)
    assert text.splitlines()[0] == ",".join(CSV_HEADER)
    rows = _csv_rows(text)
    by_key = {(r["section"], r["key"], r["level"]): r for r in rows}
    assert by_key[("input", "amount_usd", "")]["value"] == "1000"
    assert by_key[("input", "cut_of_hop_3", "")]["value"] == "10"
    assert by_key[("result", "broker_cut_pct", "")]["value"] == "27.1"
    assert by_key[("result", "arrives", "Per transfer")]["value"] == "729.00"
    assert by_key[("result", "lost_to_hop_2", "Per transfer")]["value"] == "90.00"
    assert by_key[("result", "arrives", "Over all years")]["value"] == "2187.00"
    assert by_key[("result", "rice_kg", "Per year")]["unit"] == "kg"
    levels = {r["level"] for r in rows if r["section"] == "result" and r["level"]}
    assert levels == {"Per transfer", "Per year", "Over all years"}


def test_csv_money_is_conserved() -> None:
    """In the CSV, sent = arrives + brokers + transit at every level."""
    inputs = preset("mother_2017").inputs().with_field("loss_chance", "12.5")
    rows = _csv_rows(results_csv(compute(inputs), inputs))
    for level in ("Per transfer", "Per year", "Over all years"):
        value = {r["key"]: Decimal(r["value"]) for r in rows if r["level"] == level}
        assert (
            value["sent"] == value["arrives"] + value["lost_to_brokers"] + value["lost_in_transit"]
        )


def test_text_summary_reads_well() -> None:
    """Copy-as-text names the settings and shows the results with separators."""
    inputs = preset("mother_2017").inputs()
    text = results_text(compute(inputs))
    assert text.startswith("Lifeline")
    assert "Amount per transfer (US$)" in text
    assert "3,000.00 US$" in text
    assert "2,100.00" in text  # arrives
    assert "Broker chain: 30% (combined cut 30%)" in text
    assert "Per transfer" in text and "Over all years" in text
    assert text.endswith("\n")

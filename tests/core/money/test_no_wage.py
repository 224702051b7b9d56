"""The wage as "no data" (issue 14: where the sources have no wage for the year of the prices,
the app says so rather than work out months of pay from another year's wage)."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.money.remittance import (
    NO_DATA,
    RemittanceInputError,
    RemittanceInputs,
    compute,
    preset,
)
from desktop_app.core.money.scenario import (
    VERSION,
    results_csv,
    results_text,
    scenario_from_json,
    scenario_to_json,
)
from tests.core.money.test_remittance_props import inputs_strategy

SETTINGS = settings(database=None, max_examples=100, deadline=None)
NO_WAGE = st.sampled_from([None, NO_DATA, "No Data", "  no data  "])
YEAR = st.one_of(st.none(), st.integers(2000, 2100))


@SETTINGS
@given(inputs_strategy(), NO_WAGE, YEAR)
def test_no_wage_gives_no_months_and_changes_nothing_else(inputs, marker, year) -> None:
    """Without a wage, months of wages are None at every level and every other result is the
    same as with any wage: the wage feeds nothing but the months."""
    unknown = RemittanceInputs.from_mapping(
        {**inputs.to_mapping(), "monthly_wage_won": marker, "prices_year": year}
    )
    assert unknown.monthly_wage_won is None
    assert unknown.prices_year == year
    known, missing = compute(inputs), compute(unknown)
    for (_, with_wage), (_, without) in zip(known.levels(), missing.levels(), strict=True):
        assert without.wage_months is None
        assert with_wage.wage_months is not None
        assert replace(without, wage_months=with_wage.wage_months) == with_wage
    assert missing.effective_cut_pct == known.effective_cut_pct


@SETTINGS
@given(inputs_strategy(), YEAR)
def test_no_wage_round_trips_through_mapping_and_file(inputs, year) -> None:
    """ "no data" and the prices' year survive to_mapping/from_mapping and a scenario file;
    typing a wage back gives exactly the inputs with that wage."""
    wage = inputs.monthly_wage_won
    unknown = replace(inputs, monthly_wage_won=None, prices_year=year)
    mapping = unknown.to_mapping()
    assert mapping["monthly_wage_won"] == NO_DATA
    assert ("prices_year" in mapping) == (year is not None)
    json.dumps(mapping)  # JSON-safe
    assert RemittanceInputs.from_mapping(mapping) == unknown
    text = scenario_to_json(unknown)
    assert json.loads(text)["version"] == VERSION
    assert scenario_from_json(text, "x.json") == unknown
    assert unknown.with_field("monthly_wage_won", wage) == replace(inputs, prices_year=year)


@SETTINGS
@given(inputs_strategy(), YEAR)
def test_csv_and_text_say_no_data_and_never_crash(inputs, year) -> None:
    """The CSV and the clipboard text show "no data" (with the year when known) for the wage
    and the months, and a number for everything else."""
    unknown = replace(inputs, monthly_wage_won=None, prices_year=year)
    result = compute(unknown)
    rows = results_csv(result, unknown).splitlines()
    months = [row for row in rows if ",wage_months," in row]
    assert len(months) == 3 and all(row.endswith(",no data,") for row in months)
    assert any(row.startswith("input,monthly_wage_won,") and "no data" in row for row in rows)
    text = results_text(result)
    wanted = "no data" if year is None else f"no data for {year}"
    line = next(line for line in text.splitlines() if "Months of state wages" in line)
    assert line.count(wanted) == 3


def test_pyongyang_2025_preset_has_no_wage() -> None:
    """Issue 14: the May 2025 preset says "no data" for the wage, not the 2017 figure."""
    inputs = preset("pyongyang_2025").inputs()
    assert inputs.monthly_wage_won is None
    assert inputs.prices_year == 2025
    assert (inputs.nk_won_per_usd, inputs.rice_won_per_kg, inputs.corn_won_per_kg) == (
        Decimal(24700),
        Decimal(9600),
        Decimal(4000),
    )  # Y16
    assert compute(inputs).per_year.wage_months is None
    # Every other preset keeps the story's 2017 wage (X06) and no year.
    assert preset("mother_2017").inputs().monthly_wage_won == 1800


def test_an_old_version_1_file_still_loads() -> None:
    """A scenario saved by Lifeline before "no data" existed (version 1, every field, the wage
    a number) loads with that wage and no year."""
    old = """{
  "format": "lifeline-scenario",
  "version": 1,
  "inputs": {
    "amount_usd": "1000", "transfers_per_year": 2, "years": 3, "loss_chance": "5",
    "formal_cost": "7.1", "sdg_target": "3", "nk_won_per_usd": "8061",
    "rice_won_per_kg": "5041", "corn_won_per_kg": "2000", "monthly_wage_won": "1800",
    "kr_won_per_usd": "1110", "brokers": 3, "cut_per_broker": "10"
  }
}
"""
    inputs = scenario_from_json(old, "old.json")
    assert inputs.monthly_wage_won == 1800 and inputs.prices_year is None
    assert inputs.cuts == (Decimal(10),) * 3
    assert compute(inputs).per_year.wage_months is not None
    # Leaving the wage out still means the default, as it always did.
    assert RemittanceInputs.from_mapping({}).monthly_wage_won == 1800


@pytest.mark.parametrize(
    ("mapping", "field", "fragment"),
    [
        ({"monthly_wage_won": "nodata"}, "monthly_wage_won", 'a number or "no data"'),
        ({"monthly_wage_won": "50"}, "monthly_wage_won", "between 100 and 20,000"),
        ({"amount_usd": "no data"}, "amount_usd", 'only the monthly wage may be "no data"'),
        ({"rice_won_per_kg": NO_DATA}, "rice_won_per_kg", "only the monthly wage"),
        ({"prices_year": 1850}, "prices_year", "Year of the prices must be between 2000 and 2100"),
        ({"prices_year": "2025.5"}, "prices_year", "whole number"),
        ({"prices_year": "no data"}, "prices_year", "Year of the prices must be a number"),
    ],
)
def test_bad_no_data_values_are_refused_clearly(mapping, field, fragment) -> None:
    """A misspelt "no data", "no data" where a number is needed, or a bad year is refused
    with a message naming the field."""
    with pytest.raises(RemittanceInputError) as caught:
        RemittanceInputs.from_mapping(mapping)
    assert caught.value.field == field
    assert fragment in str(caught.value)

"""Worked examples, presets, labels and error messages of the remittance model."""

from __future__ import annotations

import ast
import json
import math
import re
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.core.money import inputs as remittance_inputs
from desktop_app.core.money.remittance import (
    FIELD_BY_NAME,
    FIELDS,
    LABELS,
    PRESETS,
    RemittanceInputError,
    RemittanceInputs,
    compounded_cut_pct,
    compute,
    dollars,
    equal_hops,
    preset,
)
from desktop_app.paths import resource


def test_d01_defaults_send_1000_through_one_broker_at_30_percent() -> None:
    """D01: US$1,000 at 30% -> 700.00; formal 7.1% -> 929.00; SDG 3% -> 970.00."""
    flow = compute(RemittanceInputs.defaults()).per_transfer
    assert dollars(flow.sent_cents) == Decimal("1000.00")
    assert dollars(flow.arrives_cents) == Decimal("700.00")
    assert flow.hop_cents == (30000,)
    assert dollars(flow.formal_cents) == Decimal("929.00")
    assert dollars(flow.sdg_cents) == Decimal("970.00")
    assert dollars(flow.formal_gain_cents) == Decimal("229.00")
    assert dollars(flow.sdg_gain_cents) == Decimal("270.00")


def test_d02_three_brokers_at_10_percent_compound_to_27_1() -> None:
    """D02: three hops at 10% keep 27.1% in all (not 30%) and US$729.00 of 1,000 arrives."""
    result = compute(preset("three_brokers").inputs())
    assert result.broker_cut_pct == Decimal("27.1")
    assert result.effective_cut_pct == Decimal("27.1")
    assert result.per_transfer.hop_cents == (10000, 9000, 8100)
    assert dollars(result.per_transfer.arrives_cents) == Decimal("729.00")
    assert compounded_cut_pct(equal_hops(3, 10)) == Decimal("27.1")


def test_d04_what_700_dollars_buys() -> None:
    """D04: US$700 is 5,642,700 NK won, about 1,119 kg of rice, about 3,135 months of wages."""
    flow = compute(RemittanceInputs.defaults()).per_transfer
    assert flow.arrives_nk_won == 5_642_700
    assert flow.rice_kg == Decimal("1119.36")
    assert flow.wage_months == Decimal("3134.83")
    assert flow.corn_kg == Decimal("2821.35")
    assert flow.arrives_kr_won == 777_000


def test_mothers_3000_in_2017_becomes_2100() -> None:
    """A05/A09: the mother's US$3,000 through brokers keeping 30% leaves US$2,100."""
    flow = compute(preset("mother_2017").inputs()).total
    assert dollars(flow.arrives_cents) == Decimal("2100.00")
    assert dollars(flow.brokers_cents) == Decimal("900.00")


def test_per_year_and_total_multiply_the_transfer() -> None:
    """Per year is per transfer times transfers; total is per year times years."""
    inputs = RemittanceInputs.defaults().with_field("transfers_per_year", 4).with_field("years", 3)
    result = compute(inputs)
    assert result.transfers == 12
    assert result.per_year.sent_cents == 4 * result.per_transfer.sent_cents
    assert result.total.hop_cents == (12 * 30000,)
    assert dollars(result.total.arrives_cents) == Decimal("8400.00")
    assert result.total.arrives_nk_won == 12 * 5_642_700
    assert [key for key, _ in result.levels()] == ["level_transfer", "level_year", "level_total"]


def test_loss_chance_gives_expected_arrival_after_brokers() -> None:
    """A 10% chance of loss takes 10% of what the brokers pass on, in expectation."""
    result = compute(RemittanceInputs.defaults().with_field("loss_chance", 10))
    flow = result.per_transfer
    assert flow.hop_cents == (30000,)
    assert flow.transit_cents == 7000
    assert flow.arrives_cents == 63000
    assert flow.lost_cents == 37000
    assert result.broker_cut_pct == Decimal("30")
    assert result.effective_cut_pct == Decimal("37")


def test_single_rounding_rule_on_odd_amounts() -> None:
    """Each running balance is rounded half-even once; the losses telescope exactly."""
    inputs = RemittanceInputs.defaults().with_cuts((50, 50)).with_field("amount_usd", "1.01")
    flow = compute(inputs).per_transfer
    # 101 * 0.5 = 50.5 -> 50 (even); 101 * 0.25 = 25.25 -> 25.
    assert flow.hop_cents == (51, 25)
    assert flow.arrives_cents == 25
    assert flow.sent_cents == flow.arrives_cents + flow.lost_cents


def test_presets_carry_story_numbers_and_fact_ids() -> None:
    """Every preset from the story exists, builds valid inputs and cites known facts."""
    ids = {item.id for item in PRESETS}
    assert ids == {
        "mother_2017",
        "survey_900",
        "survey_1800",
        "survey_9000",
        "three_brokers",
        "fee_2023",
        "pyongyang_2025",
    }
    amounts = {item.id: item.inputs().amount_usd for item in PRESETS}
    assert amounts["survey_900"] == 900
    assert amounts["survey_1800"] == 1800
    assert amounts["survey_9000"] == 9000
    assert "A05" in preset("mother_2017").fact_ids
    assert "X11" in preset("three_brokers").fact_ids
    fee = preset("fee_2023").inputs()
    assert (fee.brokers, fee.cut_per_broker) == (1, Decimal("48.1"))
    assert compute(fee).per_transfer.arrives_cents == 51_900  # US$519 (D06)
    prices = preset("pyongyang_2025").inputs()
    assert (prices.nk_won_per_usd, prices.rice_won_per_kg, prices.corn_won_per_kg) == (
        24_700,
        9_600,
        4_000,
    )
    # No 2025 wage in the sources: the note must say so rather than keep 1,800 silently.
    assert "No 2025 wage" in LABELS[preset("pyongyang_2025").note_key]
    assert "Y16" in preset("pyongyang_2025").fact_ids and "2025" in LABELS["preset_pyongyang_2025"]
    for item in PRESETS:
        assert item.label_key in LABELS
        assert item.note_key in LABELS
    with pytest.raises(KeyError):
        preset("nope")


def test_every_fact_id_is_in_the_citations_file() -> None:
    """Fields and presets only cite fact IDs that resources/citations.toml defines."""
    facts = tomllib.loads(resource("citations.toml").read_text(encoding="utf-8"))["facts"]
    cited = {fact for spec in FIELDS for fact in spec.fact_ids}
    cited |= {fact for item in PRESETS for fact in item.fact_ids}
    assert cited
    assert cited <= set(facts)


def test_field_defaults_match_the_fact_base() -> None:
    """The defaults are the story's numbers (D01, A09, X01, X03, X04, X05, X06, D03)."""
    defaults = {spec.name: spec.default for spec in FIELDS}
    assert defaults == {
        "amount_usd": 1000,
        "transfers_per_year": 1,
        "years": 1,
        "brokers": 1,
        "cut_per_broker": 30,
        "loss_chance": 0,
        "formal_cost": Decimal("7.1"),
        "sdg_target": 3,
        "nk_won_per_usd": 8061,
        "rice_won_per_kg": 5041,
        "corn_won_per_kg": 2000,
        "monthly_wage_won": 1800,
        "kr_won_per_usd": 1110,
    }
    inputs = RemittanceInputs.defaults()
    for spec in FIELDS:
        assert inputs.value(spec.name) == spec.default
        assert spec.minimum <= spec.default <= spec.maximum
        assert spec.label_key in LABELS
        assert all(re.fullmatch(r"[ADX]\d\d", fact) for fact in spec.fact_ids)


def test_labels_are_plain_strings_with_valid_templates() -> None:
    """Every label is non-empty English and its {placeholders} are known names."""
    allowed = {"n", "label", "value", "minimum", "maximum", "places", "known"}
    for key, text in LABELS.items():
        assert text.strip(), key
        assert set(re.findall(r"{(\w+)}", text)) <= allowed, key


def test_cut_out_of_range_message_names_label_and_range() -> None:
    """The issue's example: a 75% cut is refused with the label and the range."""
    with pytest.raises(RemittanceInputError) as caught:
        RemittanceInputs.from_mapping({"cut_per_broker": 75})
    assert caught.value.field == "cut_per_broker"
    assert str(caught.value) == "Cut per broker (%) must be between 0 and 60, got 75"
    assert isinstance(caught.value, ValueError)
    assert caught.value.reason == "err_range"
    assert caught.value.params["maximum"] == "60"


@pytest.mark.parametrize(
    ("mapping", "field", "fragment"),
    [
        ({"amount_usd": "abc"}, "amount_usd", "must be a number, got 'abc'"),
        ({"amount_usd": ""}, "amount_usd", "must be a number"),
        ({"amount_usd": None}, "amount_usd", "must be a number, got None"),
        ({"amount_usd": [1]}, "amount_usd", "must be a number"),
        ({"brokers": True}, "brokers", "must be a number, got True"),
        ({"amount_usd": math.nan}, "amount_usd", "finite number, got NaN"),
        ({"loss_chance": "inf"}, "loss_chance", "finite number, got Infinity"),
        ({"formal_cost": Decimal("-Infinity")}, "formal_cost", "finite number"),
        ({"rice_won_per_kg": "sNaN"}, "rice_won_per_kg", "finite number"),
        ({"amount_usd": 0}, "amount_usd", "between 1 and 100,000, got 0"),
        ({"amount_usd": "10.005"}, "amount_usd", "at most 2 decimal places, got 10.005"),
        ({"years": 2.5}, "years", "Years must be a whole number, got 2.5"),
        ({"nk_won_per_usd": "8061.5"}, "nk_won_per_usd", "whole number"),
        ({"transfers_per_year": 13}, "transfers_per_year", "between 1 and 12, got 13"),
        ({"brokers": 6}, "brokers", "Number of brokers must be between 1 and 5, got 6"),
        ({"monthly_wage_won": 50}, "monthly_wage_won", "between 100 and 20,000, got 50"),
        ({"cuts": [10, 70]}, "cuts", "Cut of broker 2 (%) must be between 0 and 60, got 70"),
        ({"cuts": [10] * 6}, "cuts", "Number of brokers must be between 1 and 5, got 6"),
        ({"cuts": []}, "cuts", "between 1 and 5, got 0"),
        ({"cuts": "10"}, "cuts", "must be a list of numbers"),
        ({"cuts": [10], "brokers": 1}, "cuts", "not both"),
        ({"colour": 1}, "colour", "Unknown setting 'colour'"),
        ({3: 1}, "3", "Unknown setting 3"),
    ],
)
def test_bad_mappings_raise_clear_errors(mapping: object, field: str, fragment: str) -> None:
    """Each kind of bad input raises RemittanceInputError naming the field and the problem."""
    with pytest.raises(RemittanceInputError) as caught:
        RemittanceInputs.from_mapping(mapping)
    assert caught.value.field == field
    assert fragment in str(caught.value)


def test_non_mapping_is_refused() -> None:
    """A scenario that is not a table at all gets a clear message, not a crash."""
    with pytest.raises(RemittanceInputError, match="must be a table"):
        RemittanceInputs.from_mapping([1, 2])


def test_huge_values_keep_messages_short() -> None:
    """An absurd number is refused without a million-character message."""
    with pytest.raises(RemittanceInputError) as caught:
        RemittanceInputs.from_mapping({"amount_usd": "1e999999999"})
    assert len(str(caught.value)) < 120
    with pytest.raises(RemittanceInputError) as caught:
        RemittanceInputs.from_mapping({"cut_per_broker": "1." + "0" * 500 + "1"})
    assert len(str(caught.value)) < 140


def test_accepts_str_int_float_and_decimal() -> None:
    """Text fields and scenario files may give numbers in any of the four forms."""
    inputs = RemittanceInputs.from_mapping(
        {"amount_usd": " 1234.5 ", "years": 3.0, "formal_cost": 7.1, "sdg_target": Decimal("3.00")}
    )
    assert inputs.amount_usd == Decimal("1234.5")
    assert inputs.years == 3
    assert isinstance(inputs.years, int)
    assert inputs.formal_cost == Decimal("7.1")
    assert inputs.sdg_target == 3


def test_direct_construction_is_validated_too() -> None:
    """RemittanceInputs cannot hold an invalid value even when built directly."""
    good = RemittanceInputs.defaults()
    with pytest.raises(RemittanceInputError) as caught:
        RemittanceInputs(**{**good.__dict__, "loss_chance": Decimal(51)})
    assert caught.value.field == "loss_chance"


def test_mapping_round_trip_through_json() -> None:
    """to_mapping is JSON-safe and from_mapping reads it back to equal inputs."""
    uneven = RemittanceInputs.defaults().with_cuts((Decimal("12.5"), 20, "33.333"))
    for inputs in (RemittanceInputs.defaults(), uneven):
        text = json.dumps(inputs.to_mapping())
        assert RemittanceInputs.from_mapping(json.loads(text)) == inputs
    assert uneven.to_mapping()["cuts"] == ["12.5", "20", "33.333"]
    assert not uneven.uniform_chain


def test_with_field_edits_one_input_and_keeps_the_rest() -> None:
    """with_field changes one field; brokers/cut make the chain n equal hops."""
    base = RemittanceInputs.defaults().with_cuts((10, 20))
    more = base.with_field("brokers", 3)
    assert more.cuts == equal_hops(3, 10)
    assert base.with_field("cut_per_broker", "15").cuts == equal_hops(2, 15)
    assert base.with_field("amount_usd", 50).cuts == base.cuts
    with pytest.raises(RemittanceInputError) as caught:
        base.with_field("amount", 5)
    assert caught.value.field == "amount"
    with pytest.raises(KeyError):
        base.value("cuts")
    assert base.value("brokers") == 2


def test_field_specs_are_consistent() -> None:
    """Every field is in FIELD_BY_NAME, integers show no decimals, steps fit the range."""
    assert list(FIELD_BY_NAME) == [spec.name for spec in FIELDS]
    for spec in FIELDS:
        assert spec.minimum < spec.maximum
        assert 0 < spec.step <= spec.maximum - spec.minimum
        assert spec.decimals <= spec.max_places
        if spec.integer:
            assert spec.decimals == spec.max_places == 0
        assert spec.label == LABELS[spec.label_key]


def test_core_module_imports_no_gui_libraries() -> None:
    """The model stays pure: no Qt or matplotlib imports in its source."""
    from desktop_app.core.money import remittance

    for module in (remittance, remittance_inputs):
        tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
        imported = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        }
        imported |= {
            node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
        }
        roots = {name.split(".")[0] for name in imported}
        assert not roots & {"PySide6", "matplotlib", "numpy"}, roots


def test_wage_range_gives_months_at_both_reported_wages() -> None:
    """Issue 14 item 16: months of pay are shown for the whole reported wage range (X06)."""
    from desktop_app.core.money.remittance import REPORTED_WAGES, wage_months_range

    assert (Decimal(1800), Decimal(10000)) == REPORTED_WAGES
    fewest, most = wage_months_range(5_642_700)  # US$700 at 8,061 won (D04)
    assert fewest == Decimal("564.27") and most == Decimal("3134.83")

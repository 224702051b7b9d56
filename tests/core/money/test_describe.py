"""The calculator's state in words: what a screen-reader user hears for "Describe the result"."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.money.describe import describe_state
from desktop_app.core.money.format import money_text
from desktop_app.core.money.remittance import PRESETS, RemittanceInputs, compute
from desktop_app.core.money.texts import load_texts

ROOT = Path(__file__).resolve().parents[3] / "resources"


EN = load_texts(ROOT, "en")
KO = load_texts(ROOT, "ko")


def _three_brokers() -> RemittanceInputs:
    return RemittanceInputs.defaults().with_field("brokers", 3).with_field("cut_per_broker", 10)


def test_the_story_default_in_one_breath() -> None:
    """US$1,000 through one broker at 30%: US$700 arrives, about 1,119 kg of rice."""
    text = describe_state(compute(RemittanceInputs.defaults()), EN)
    assert text.startswith("You send US$1,000 once a year through one broker who keeps 30%.")
    assert "US$700 arrives in a year, which buys about 1,119 kg of rice." in text
    assert "A formal money-transfer service would deliver about US$929 a year." in text


def test_three_brokers_at_ten_percent_each() -> None:
    """The issue's own example: 3 brokers at 10% each leave US$729, about 1,166 kg of rice."""
    text = describe_state(compute(_three_brokers()), EN)
    assert "through 3 brokers who keep 10% each." in text
    assert "US$729 arrives in a year, which buys about 1,166 kg of rice." in text


def test_an_uneven_chain_names_every_cut() -> None:
    inputs = RemittanceInputs.defaults().with_cuts(("10", "5", "8"))
    assert "through 3 brokers who keep 10%, 5% and 8%." in describe_state(compute(inputs), EN)


def test_loss_and_years_are_said_only_when_they_matter() -> None:
    """A chance of loss and a multi-year total get their own sentence; otherwise none."""
    plain = describe_state(compute(RemittanceInputs.defaults()), EN)
    assert "lost" not in plain and "Over" not in plain
    inputs = RemittanceInputs.defaults().with_field("loss_chance", 5).with_field("years", 3)
    inputs = inputs.with_field("transfers_per_year", 2)
    text = describe_state(compute(inputs), EN)
    assert "twice a year" in text
    assert "a 5% chance that a transfer is lost" in text
    assert "Over 3 years, US$" in text


def test_korean() -> None:
    """The same state, in Korean sentences with the same numbers."""
    text = describe_state(compute(_three_brokers()), KO)
    assert text.startswith("1년에 한 번 1,000달러를 각각 10%를 떼는 브로커 3명을 거쳐 보냅니다.")
    assert "729달러가 도착하고" in text and "쌀 약 1,166kg" in text
    assert "US$" not in text


@settings(max_examples=60, deadline=None)
@given(
    amount=st.integers(min_value=1, max_value=100_000),
    per_year=st.integers(min_value=1, max_value=12),
    cuts=st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=5),
)
def test_every_state_can_be_described(amount: int, per_year: int, cuts: list[int]) -> None:
    """Any valid state gives sentences that name what arrives, to the whole dollar."""
    inputs = RemittanceInputs.defaults().with_field("amount_usd", amount)
    inputs = inputs.with_field("transfers_per_year", per_year).with_cuts(tuple(cuts))
    result = compute(inputs)
    text = describe_state(result, EN)
    assert f"US${money_text(result.per_year.arrives_cents, whole=True)} arrives" in text
    assert "{" not in text


def test_presets_read_naturally() -> None:
    """Every story preset can be described: no placeholder left, no doubled unit."""
    for item in PRESETS:
        text = describe_state(compute(item.inputs()), EN)
        assert "{" not in text and "US$US$" not in text and "%%" not in text

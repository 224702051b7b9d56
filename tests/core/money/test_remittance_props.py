"""Property tests of the remittance model: conservation, bounds, monotonicity, order, rounding."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop_app.core.money.remittance import (
    FIELDS,
    Flow,
    RemittanceInputError,
    RemittanceInputs,
    chain_balances,
    compounded_cut_pct,
    compute,
    equal_hops,
    retained_fraction,
)

# No example database on disk: the tests leave nothing behind in the working tree.
SETTINGS = settings(database=None, max_examples=150, deadline=None)


def hundredths(low: int, high: int) -> st.SearchStrategy[Decimal]:
    """Decimals from low/100 to high/100 in steps of 0.01 (what the UI can enter)."""
    return st.integers(low, high).map(lambda n: Decimal(n).scaleb(-2))


def whole(low: int, high: int) -> st.SearchStrategy[Decimal]:
    return st.integers(low, high).map(Decimal)


CUT = hundredths(0, 6000)
CUTS = st.lists(CUT, min_size=1, max_size=5).map(tuple)


@st.composite
def inputs_strategy(draw: st.DrawFn) -> RemittanceInputs:
    """Any valid inputs, percentages and cents in the UI's steps, extremes included."""
    return RemittanceInputs(
        amount_usd=draw(hundredths(100, 10**7)),
        transfers_per_year=draw(st.integers(1, 12)),
        years=draw(st.integers(1, 10)),
        cuts=draw(CUTS),
        loss_chance=draw(hundredths(0, 5000)),
        formal_cost=draw(hundredths(0, 3000)),
        sdg_target=draw(hundredths(0, 3000)),
        nk_won_per_usd=draw(whole(100, 50_000)),
        rice_won_per_kg=draw(whole(100, 50_000)),
        corn_won_per_kg=draw(whole(100, 50_000)),
        monthly_wage_won=draw(whole(100, 20_000)),
        kr_won_per_usd=draw(whole(100, 5_000)),
    )


def assert_conserved(flow: Flow) -> None:
    assert all(hop >= 0 for hop in flow.hop_cents)
    assert flow.transit_cents >= 0
    assert flow.sent_cents == flow.arrives_cents + sum(flow.hop_cents) + flow.transit_cents


@SETTINGS
@given(inputs_strategy())
def test_money_is_conserved_to_the_cent_at_every_level(inputs: RemittanceInputs) -> None:
    """sent = arrives + brokers + transit exactly, per transfer, per year and in total."""
    result = compute(inputs)
    for _key, flow in result.levels():
        assert_conserved(flow)
    assert result.per_year.arrives_cents == result.per_transfer.arrives_cents * (
        inputs.transfers_per_year
    )
    assert result.total.sent_cents == result.per_year.sent_cents * inputs.years


@SETTINGS
@given(inputs_strategy())
def test_arrival_is_between_nothing_and_everything(inputs: RemittanceInputs) -> None:
    """0 <= arrives <= sent, and the formal/SDG comparisons are bounded the same way."""
    for _key, flow in compute(inputs).levels():
        assert 0 <= flow.arrives_cents <= flow.sent_cents
        assert 0 <= flow.formal_cents <= flow.sent_cents
        assert 0 <= flow.sdg_cents <= flow.sent_cents


@SETTINGS
@given(inputs_strategy(), st.integers(0, 4), hundredths(1, 6000))
def test_raising_any_cut_never_raises_arrival(
    inputs: RemittanceInputs, index: int, rise: Decimal
) -> None:
    """Raising one hop's cut (or the loss chance) never makes more money arrive."""
    hop = index % inputs.brokers
    cuts = list(inputs.cuts)
    cuts[hop] = min(cuts[hop] + rise, Decimal(60))
    higher = replace(inputs, cuts=tuple(cuts))
    before = compute(inputs).per_transfer.arrives_cents
    assert compute(higher).per_transfer.arrives_cents <= before
    riskier = replace(inputs, loss_chance=min(inputs.loss_chance + rise, Decimal(50)))
    assert compute(riskier).per_transfer.arrives_cents <= before


@SETTINGS
@given(inputs_strategy(), st.data())
def test_order_of_hops_does_not_change_what_arrives(
    inputs: RemittanceInputs, data: st.DataObject
) -> None:
    """Any reordering of the hops gives exactly the same arrival, broker total and transit."""
    cuts = data.draw(st.permutations(inputs.cuts))
    original = compute(inputs)
    shuffled = compute(replace(inputs, cuts=tuple(cuts)))
    for level in ("per_transfer", "per_year", "total"):
        a, b = getattr(original, level), getattr(shuffled, level)
        assert a.arrives_cents == b.arrives_cents
        assert a.brokers_cents == b.brokers_cents
        assert a.transit_cents == b.transit_cents
    assert original.broker_cut_pct == shuffled.broker_cut_pct
    assert original.effective_cut_pct == shuffled.effective_cut_pct


@SETTINGS
@given(st.integers(0, 10**9), CUT, st.integers(1, 5))
def test_n_equal_hops_equal_one_compounded_cut_exactly(sent: int, cut: Decimal, n: int) -> None:
    """n hops at c keep exactly what one hop at 1 - (1 - c)^n keeps, to the cent."""
    single = compounded_cut_pct(equal_hops(n, cut))
    assert single == (1 - (1 - cut / 100) ** n) * 100
    assert chain_balances(sent, equal_hops(n, cut))[-1] == chain_balances(sent, (single,))[-1]


@SETTINGS
@given(inputs_strategy(), CUT, st.integers(1, 5))
def test_n_equal_hops_equal_one_compounded_cut_in_the_model(
    inputs: RemittanceInputs, cut: Decimal, n: int
) -> None:
    """Through the whole model, n hops at c and one hop at the compounded cut agree."""
    single = compounded_cut_pct(equal_hops(n, cut))
    assume(single <= 60)
    chain = compute(replace(inputs, cuts=equal_hops(n, cut)))
    one = compute(replace(inputs, cuts=(single,)))
    assert chain.total.arrives_cents == one.total.arrives_cents
    assert chain.total.brokers_cents == one.total.brokers_cents
    assert chain.broker_cut_pct == one.broker_cut_pct == single


@SETTINGS
@given(inputs_strategy())
def test_no_output_is_nan_or_infinite(inputs: RemittanceInputs) -> None:
    """Every Decimal output is finite and non-negative for every allowed input."""
    result = compute(inputs)
    for value in (result.broker_cut_pct, result.effective_cut_pct):
        assert value.is_finite()
        assert 0 <= value <= 100
    for _key, flow in result.levels():
        for value in (flow.rice_kg, flow.corn_kg, flow.wage_months):
            assert value.is_finite()
            assert value >= 0
        assert flow.arrives_nk_won >= 0
        assert flow.arrives_kr_won >= 0


@SETTINGS
@given(inputs_strategy())
def test_mapping_round_trip(inputs: RemittanceInputs) -> None:
    """from_mapping(to_mapping(x)) == x, also after a trip through JSON text."""
    mapping = inputs.to_mapping()
    assert RemittanceInputs.from_mapping(mapping) == inputs
    assert RemittanceInputs.from_mapping(json.loads(json.dumps(mapping))) == inputs


@SETTINGS
@given(inputs_strategy())
def test_retained_fraction_matches_arrival_without_loss(inputs: RemittanceInputs) -> None:
    """With no loss chance the arrival is the exact retained fraction rounded once."""
    plain = replace(inputs, loss_chance=Decimal(0))
    flow = compute(plain).per_transfer
    exact = flow.sent_cents * retained_fraction(plain.cuts)
    assert abs(flow.arrives_cents - exact) <= Decimal("0.5")
    assert flow.transit_cents == 0


def _outside(spec_index: int) -> st.SearchStrategy[object]:
    spec = FIELDS[spec_index]
    below = st.decimals(max_value=spec.minimum - Decimal("0.01"), places=2, allow_nan=False)
    above = st.decimals(min_value=spec.maximum + Decimal("0.01"), places=2, allow_nan=False)
    # None (JSON null) is "no data", which only an optional field (the wage) may be.
    nothing = [] if spec.optional else [None, "no data"]
    junk = st.sampled_from(["", "abc", "nan", "inf", "-Infinity", "1,000", True, [1], *nothing])
    return st.one_of(
        below.filter(lambda d: d.is_finite()),
        above.filter(lambda d: d.is_finite()),
        st.floats(allow_nan=True, allow_infinity=True).filter(
            lambda f: (
                not spec.minimum <= Decimal(repr(f)) <= spec.maximum
                if f == f and abs(f) != float("inf")
                else True
            )
        ),
        junk,
    )


@st.composite
def bad_field(draw: st.DrawFn) -> tuple[str, object]:
    index = draw(st.integers(0, len(FIELDS) - 1))
    return FIELDS[index].name, draw(_outside(index))


@SETTINGS
@given(bad_field())
def test_invalid_values_raise_error_naming_the_field(case: tuple[str, object]) -> None:
    """Any out-of-range, non-finite or non-numeric value is refused, naming its field."""
    name, value = case
    try:
        RemittanceInputs.from_mapping({name: value})
    except RemittanceInputError as error:
        assert error.field == name
        label = next(spec.label for spec in FIELDS if spec.name == name)
        assert str(error).startswith(label)
    else:
        raise AssertionError(f"{name}={value!r} was accepted")


@SETTINGS
@given(st.lists(st.one_of(hundredths(6001, 20000), hundredths(-5000, -1)), min_size=1))
def test_invalid_explicit_chains_name_cuts(cuts: list[Decimal]) -> None:
    """An explicit chain with a bad hop, or too many hops, is refused naming 'cuts'."""
    try:
        RemittanceInputs.from_mapping({"cuts": cuts})
    except RemittanceInputError as error:
        assert error.field == "cuts"
    else:
        raise AssertionError(f"cuts={cuts!r} was accepted")

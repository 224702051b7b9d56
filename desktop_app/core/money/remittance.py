"""The remittance model: where money sent through a broker chain goes, to the cent.

Pure Python (no Qt, no matplotlib). Inputs, their ranges, labels and the JSON round trip live
in :mod:`desktop_app.core.money.inputs` and are re-exported here.

Money and the one rounding rule
-------------------------------
Money is held as integer US cents. The model works with exact fractions (Decimal products
under a context that traps any rounding) and applies ONE rule: **a money amount is the exact
value rounded once, half to even, to the cent.** Concretely, for one transfer of ``sent``
cents through hops keeping ``c1 .. cn`` percent, with a chance ``p`` of the transfer being
lost or stolen:

* the running balance after hop k is ``round(sent * (1 - c1) * ... * (1 - ck))``;
* what broker k keeps is the balance before hop k minus the balance after it;
* what arrives (expected) is ``round(sent * (1 - c1) * ... * (1 - cn) * (1 - p))``;
* the expected loss in transit is the balance after the last broker minus what arrives
  (the money goes missing after the brokers are paid, so their cuts do not depend on p);
* through the formal channel or at the SDG target, ``round(sent * (1 - cost))`` arrives
  (no loss chance is applied to those comparison channels).

Consequences, all exact (the property tests check them):

* ``sent = arrives + lost to brokers + lost in transit`` to the cent (the losses telescope);
* what arrives depends only on the product of ``(1 - ci)``, so the order of hops does not
  matter, and n hops at c equal one hop at ``1 - (1 - c)^n`` (D02: three at 10% = 27.1%);
  only the split between individual brokers depends on their order;
* rounding is monotonic, so raising any cut (or the loss chance) never raises arrivals.

Per year = per transfer times transfers per year, and total = per year times years, both by
integer multiplication of every money amount, so conservation holds at every level too.

Non-money outputs, per level, from that level's arrival: North and South Korean won are
rounded half to even to whole won; kg of rice and corn and months of state wages are the
exact won amount divided by the price, rounded half to even to 0.01; the percentages are
exact. None of them can be NaN or infinite: every price and rate is at least 100. Where the
wage is "no data" (None), so are the months of wages: ``wage_months`` is None, never a number
worked out from another year's wage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    Inexact,
    InvalidOperation,
    Overflow,
    Rounded,
    localcontext,
)
from itertools import pairwise

from desktop_app.core.money.inputs import (
    FIELD_BY_NAME,
    FIELDS,
    LABELS,
    MAPPING_KEYS,
    NO_DATA,
    FieldSpec,
    MappingValue,
    RemittanceInputError,
    RemittanceInputs,
    canonical,
    equal_hops,
)

__all__ = [
    "FIELDS",
    "FIELD_BY_NAME",
    "LABELS",
    "MAPPING_KEYS",
    "NO_DATA",
    "PRESETS",
    "REPORTED_WAGES",
    "FieldSpec",
    "Flow",
    "MappingValue",
    "Preset",
    "RemittanceInputError",
    "RemittanceInputs",
    "RemittanceResult",
    "canonical",
    "chain_balances",
    "compounded_cut_pct",
    "compute",
    "dollars",
    "equal_hops",
    "preset",
    "retained_fraction",
    "round_half_even",
    "wage_months_range",
]

_ERRORS = [Inexact, Rounded, InvalidOperation, Overflow, DivisionByZero]
# Products of the inputs' exact decimals: any rounding here would be a bug, so it traps.
_EXACT = Context(prec=600, rounding=ROUND_HALF_EVEN, traps=_ERRORS)
# Quantizing and dividing (non-money outputs) may round; nothing else may go wrong.
_ROUND = Context(prec=60, rounding=ROUND_HALF_EVEN, traps=_ERRORS[2:])
_HUNDRED = Decimal(100)
_HUNDREDTH = Decimal("0.01")


def round_half_even(exact: Decimal, step: Decimal = Decimal(1)) -> Decimal:
    """``exact`` rounded half to even to a multiple of ``step`` (1 or a power of ten)."""
    return exact.quantize(step, rounding=ROUND_HALF_EVEN, context=_ROUND)


def dollars(cents: int) -> Decimal:
    """Cents as a Decimal number of dollars with two places: 70000 -> Decimal('700.00')."""
    return Decimal(cents).scaleb(-2, context=_EXACT)


def retained_fraction(cuts_pct: Sequence[Decimal]) -> Decimal:
    """The exact share a chain passes on: the product of (1 - cut/100) over its hops."""
    with localcontext(_EXACT):
        kept = Decimal(1)
        for cut in cuts_pct:
            kept *= 1 - cut / _HUNDRED
        return kept


def compounded_cut_pct(cuts_pct: Sequence[Decimal]) -> Decimal:
    """The chain's combined cut in percent, exactly: three hops at 10 -> 27.1 (D02)."""
    with localcontext(_EXACT):
        return canonical((1 - retained_fraction(cuts_pct)) * _HUNDRED)


def chain_balances(sent_cents: int, cuts_pct: Sequence[Decimal]) -> tuple[int, ...]:
    """Cents left after 0, 1, .. n hops: each the exact running product rounded once."""
    balances = [sent_cents]
    for hop in range(1, len(cuts_pct) + 1):
        with localcontext(_EXACT):
            exact = sent_cents * retained_fraction(cuts_pct[:hop])
        balances.append(int(round_half_even(exact)))
    return tuple(balances)


def _after_cost(sent_cents: int, cost_pct: Decimal) -> int:
    with localcontext(_EXACT):
        exact = sent_cents * (1 - cost_pct / _HUNDRED)
    return int(round_half_even(exact))


@dataclass(frozen=True)
class Flow:
    """Where the money goes at one level (per transfer, per year or over all years).

    Money fields are integer US cents; use :func:`dollars` to show them.
    """

    sent_cents: int
    hop_cents: tuple[int, ...]  # kept by each broker, in chain order
    transit_cents: int  # expected loss from the chance a transfer is lost or stolen
    arrives_cents: int  # expected arrival
    formal_cents: int  # what would arrive through a formal channel
    sdg_cents: int  # what would arrive at the SDG target cost
    arrives_nk_won: int
    arrives_kr_won: int
    rice_kg: Decimal
    corn_kg: Decimal
    wage_months: Decimal | None  # None where the wage is "no data"

    @property
    def brokers_cents(self) -> int:
        return sum(self.hop_cents)

    @property
    def lost_cents(self) -> int:
        """Everything that does not arrive: brokers plus expected transit loss."""
        return self.brokers_cents + self.transit_cents

    @property
    def formal_gain_cents(self) -> int:
        """How much more would arrive through the formal channel (negative if less)."""
        return self.formal_cents - self.arrives_cents

    @property
    def sdg_gain_cents(self) -> int:
        """How much more would arrive at the SDG target cost (negative if less)."""
        return self.sdg_cents - self.arrives_cents


# The state wages the sources report (X06): 1,800 won a month (2017) to 10,000 (2022). The
# calculator's one wage setting gives one number, so the prose also gives the whole range.
REPORTED_WAGES: tuple[Decimal, Decimal] = (Decimal(1800), Decimal(10000))


def wage_months_range(nk_won: int) -> tuple[Decimal, Decimal]:
    """Months of pay ``nk_won`` is worth at the highest and the lowest reported wage."""
    low_wage, high_wage = REPORTED_WAGES
    with localcontext(_ROUND):
        fewest = round_half_even(Decimal(nk_won) / high_wage, _HUNDREDTH)
        most = round_half_even(Decimal(nk_won) / low_wage, _HUNDREDTH)
    return fewest, most


def _flow(
    inputs: RemittanceInputs,
    money: tuple[int, tuple[int, ...], int, int, int, int],
) -> Flow:
    sent, hops, transit, arrives, formal, sdg = money
    with localcontext(_EXACT):
        nk_exact = arrives * inputs.nk_won_per_usd / _HUNDRED
        kr_exact = arrives * inputs.kr_won_per_usd / _HUNDRED
    with localcontext(_ROUND):
        rice = round_half_even(nk_exact / inputs.rice_won_per_kg, _HUNDREDTH)
        corn = round_half_even(nk_exact / inputs.corn_won_per_kg, _HUNDREDTH)
        wage = inputs.monthly_wage_won
        months = None if wage is None else round_half_even(nk_exact / wage, _HUNDREDTH)
    return Flow(
        sent_cents=sent,
        hop_cents=hops,
        transit_cents=transit,
        arrives_cents=arrives,
        formal_cents=formal,
        sdg_cents=sdg,
        arrives_nk_won=int(round_half_even(nk_exact)),
        arrives_kr_won=int(round_half_even(kr_exact)),
        rice_kg=rice,
        corn_kg=corn,
        wage_months=months,
    )


def _scaled(inputs: RemittanceInputs, flow: Flow, times: int) -> Flow:
    money = (
        flow.sent_cents * times,
        tuple(hop * times for hop in flow.hop_cents),
        flow.transit_cents * times,
        flow.arrives_cents * times,
        flow.formal_cents * times,
        flow.sdg_cents * times,
    )
    return _flow(inputs, money)


@dataclass(frozen=True)
class RemittanceResult:
    """The model's outputs for one set of inputs."""

    inputs: RemittanceInputs
    per_transfer: Flow
    per_year: Flow
    total: Flow
    broker_cut_pct: Decimal  # the chain's combined cut, exact (D02)
    effective_cut_pct: Decimal  # brokers plus expected transit loss, exact

    @property
    def transfers(self) -> int:
        """How many transfers over all years."""
        return self.inputs.transfers_per_year * self.inputs.years

    def levels(self) -> tuple[tuple[str, Flow], ...]:
        """(LABELS key, flow) for per transfer, per year and over all years."""
        return (
            ("level_transfer", self.per_transfer),
            ("level_year", self.per_year),
            ("level_total", self.total),
        )


def compute(inputs: RemittanceInputs) -> RemittanceResult:
    """Run the model (see the module docstring for the rounding rule)."""
    with localcontext(_EXACT):
        sent = int(inputs.amount_usd * _HUNDRED)
    balances = chain_balances(sent, inputs.cuts)
    hops = tuple(before - after for before, after in pairwise(balances))
    kept = retained_fraction(inputs.cuts)
    with localcontext(_EXACT):
        arrives_fraction = kept * (1 - inputs.loss_chance / _HUNDRED)
        arrives = int(round_half_even(sent * arrives_fraction))
        effective = canonical((1 - arrives_fraction) * _HUNDRED)
    money = (
        sent,
        hops,
        balances[-1] - arrives,
        arrives,
        _after_cost(sent, inputs.formal_cost),
        _after_cost(sent, inputs.sdg_target),
    )
    per_transfer = _flow(inputs, money)
    per_year = _scaled(inputs, per_transfer, inputs.transfers_per_year)
    total = _scaled(inputs, per_transfer, inputs.transfers_per_year * inputs.years)
    return RemittanceResult(
        inputs=inputs,
        per_transfer=per_transfer,
        per_year=per_year,
        total=total,
        broker_cut_pct=compounded_cut_pct(inputs.cuts),
        effective_cut_pct=effective,
    )


@dataclass(frozen=True)
class Preset:
    """A scenario from the story: field overrides on top of the defaults."""

    id: str
    label_key: str
    note_key: str
    fact_ids: tuple[str, ...]
    overrides: tuple[tuple[str, str | int], ...]

    def inputs(self) -> RemittanceInputs:
        """The defaults with this preset's overrides applied."""
        return RemittanceInputs.from_mapping(dict(self.overrides))


_ONCE: tuple[tuple[str, str | int], ...] = (("transfers_per_year", 1), ("years", 1))
_ONE_BROKER_30: tuple[tuple[str, str | int], ...] = (("brokers", 1), ("cut_per_broker", "30"))

PRESETS: tuple[Preset, ...] = (
    Preset(
        "mother_2017",
        "preset_mother_2017",
        "preset_mother_2017_note",
        ("A05", "A09"),
        (("amount_usd", "3000"), *_ONCE, *_ONE_BROKER_30),
    ),
    Preset(
        "survey_900",
        "preset_survey_900",
        "preset_survey_note",
        ("A04", "A09"),
        (("amount_usd", "900"), *_ONCE, *_ONE_BROKER_30),
    ),
    Preset(
        "survey_1800",
        "preset_survey_1800",
        "preset_survey_note",
        ("A04", "A09"),
        (("amount_usd", "1800"), *_ONCE, *_ONE_BROKER_30),
    ),
    Preset(
        "survey_9000",
        "preset_survey_9000",
        "preset_survey_9000_note",
        ("A04", "A09"),
        (("amount_usd", "9000"), *_ONCE, *_ONE_BROKER_30),
    ),
    Preset(
        "three_brokers",
        "preset_three_brokers",
        "preset_three_brokers_note",
        ("X11", "D02"),
        (("amount_usd", "1000"), *_ONCE, ("brokers", 3), ("cut_per_broker", "10")),
    ),
    Preset(
        "fee_2023",
        "preset_fee_2023",
        "preset_fee_2023_note",
        ("Y06", "D06"),
        (("amount_usd", "1000"), *_ONCE, ("brokers", 1), ("cut_per_broker", "48.1")),
    ),
    # No wage for 2025 is in the sources: "no data", so no months of wages are worked out
    # from the 2017 wage (issue 14: say "no data" rather than mix years).
    Preset(
        "pyongyang_2025",
        "preset_pyongyang_2025",
        "preset_pyongyang_2025_note",
        ("Y16",),
        (
            ("amount_usd", "1000"),
            *_ONCE,
            *_ONE_BROKER_30,
            ("nk_won_per_usd", "24700"),
            ("rice_won_per_kg", "9600"),
            ("corn_won_per_kg", "4000"),
            ("monthly_wage_won", NO_DATA),
            ("prices_year", 2025),
        ),
    ),
)


def preset(preset_id: str) -> Preset:
    """The preset with this id (KeyError if there is none)."""
    for item in PRESETS:
        if item.id == preset_id:
            return item
    raise KeyError(preset_id)

"""The remittance calculator's inputs: fields, labels, validation and a JSON-safe round trip.

Every input has a :class:`FieldSpec` in :data:`FIELDS` (range, default, UI step and the fact
IDs its default comes from). :class:`RemittanceInputs` is always valid: its constructor
checks and normalises every value and raises :class:`RemittanceInputError` (a ``ValueError``
that names the field) otherwise.

Number rules:

* the amount is US dollars and cents (at most 2 decimal places), from 1 to 100,000;
* counts (transfers per year, years, brokers) are whole numbers, stored as ``int``;
* percentages accept up to 20 decimal places (the UI shows 2), so any cut the user or a
  scenario file writes is kept exactly;
* won prices and exchange rates are whole won;
* str, int, float and Decimal are accepted; floats are read by their shortest repr
  (``7.1`` means 7.1); bools, NaN, infinities, empty text and non-numbers are refused.

The broker chain is stored as ``cuts``, one percentage per hop in chain order. A mapping
may give it either as ``brokers`` + ``cut_per_broker`` (n equal hops, what the UI edits) or
as an explicit ``cuts`` list, never both. ``to_mapping()`` writes the first form when all
hops are equal and the list otherwise. Keys missing from a mapping take their defaults.

Unknown values: an *optional* field (only the monthly wage: no wage is reported for some years
the prices come from) may be ``"no data"`` (:data:`NO_DATA`; JSON ``null`` reads the same),
stored as ``None``; the results then say "no data" instead of a number. A missing key still
means the default, as it always has (old scenario files), so "no data" is always explicit.
``prices_year`` (optional, a whole year) says which year the market prices describe, so
"no data" can say for which year; ``to_mapping()`` writes it only when it is set.

User-visible English lives in :data:`LABELS` (translated in place by :mod:`.messages`); errors
are built from its ``err_*`` templates and the error keeps the template key and parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from decimal import Decimal

from desktop_app.core.money.checks import PERCENT_PLACES as PERCENT_PLACES
from desktop_app.core.money.checks import FieldSpec as FieldSpec
from desktop_app.core.money.checks import RemittanceInputError as RemittanceInputError
from desktop_app.core.money.checks import canonical as canonical
from desktop_app.core.money.checks import check_value as check_value
from desktop_app.core.money.checks import parse_number as parse_number
from desktop_app.core.money.checks import raw_text
from desktop_app.core.money.checks import show_number as show_number

# Re-exported: callers and the translation overlay read LABELS from here.
from desktop_app.core.money.labels import LABELS as LABELS


def _spec(
    name: str,
    bounds: tuple[str, str, str, str],
    decimals: int,
    max_places: int,
    fact_ids: tuple[str, ...],
    integer: bool = False,
    optional: bool = False,
) -> FieldSpec:
    low, high, default, step = (Decimal(b) for b in bounds)
    return FieldSpec(
        name, name, low, high, default, step, decimals, max_places, fact_ids, integer, optional
    )


# (minimum, maximum, default, step). Price and rate bounds are generous on purpose: they
# only keep the arithmetic meaningful (no division by zero), the defaults are the facts.
FIELDS: tuple[FieldSpec, ...] = (
    _spec("amount_usd", ("1", "100000", "1000", "100"), 2, 2, ("D01",)),
    _spec("transfers_per_year", ("1", "12", "1", "1"), 0, 0, ("A04", "A06"), integer=True),
    _spec("years", ("1", "10", "1", "1"), 0, 0, ("A04",), integer=True),
    _spec("brokers", ("1", "5", "1", "1"), 0, 0, ("A07", "X11"), integer=True),
    _spec("cut_per_broker", ("0", "60", "30", "1"), 2, PERCENT_PLACES, ("A09", "X11")),
    _spec("loss_chance", ("0", "50", "0", "1"), 2, PERCENT_PLACES, ("X11", "X12")),
    _spec("formal_cost", ("0", "30", "7.1", "0.1"), 2, PERCENT_PLACES, ("X01",)),
    _spec("sdg_target", ("0", "30", "3", "0.1"), 2, PERCENT_PLACES, ("X03",)),
    _spec("nk_won_per_usd", ("100", "50000", "8061", "1"), 0, 0, ("X04",)),
    _spec("rice_won_per_kg", ("100", "50000", "5041", "1"), 0, 0, ("X04",)),
    _spec("corn_won_per_kg", ("100", "50000", "2000", "1"), 0, 0, ("X05",)),
    _spec("monthly_wage_won", ("100", "20000", "1800", "100"), 0, 0, ("X06",), optional=True),
    _spec("kr_won_per_usd", ("100", "5000", "1110", "1"), 0, 0, ("D03",)),
)
FIELD_BY_NAME: dict[str, FieldSpec] = {spec.name: spec for spec in FIELDS}
CHAIN_FIELDS = ("brokers", "cut_per_broker")
MAPPING_KEYS: tuple[str, ...] = (*(spec.name for spec in FIELDS), "cuts", "prices_year")
NO_DATA = "no data"  # the file keyword for an unknown value (never translated)
# The market reports the calculator uses run from 2017 to 2025; the range only refuses typos.
PRICES_YEAR = FieldSpec(
    "prices_year", "prices_year", Decimal(2000), Decimal(2100), Decimal(2018), Decimal(1), 0, 0, ()
)


def is_no_data(raw: object) -> bool:
    """True for the unknown marker: ``"no data"`` (any case, spaces around) or None (null)."""
    return raw is None or (isinstance(raw, str) and raw.strip().lower() == NO_DATA)


def check_optional(spec: FieldSpec, raw: object) -> Decimal | None:
    """Like :func:`check_value`, but ``"no data"`` gives None where ``spec`` is optional."""
    if is_no_data(raw):
        if spec.optional:
            return None
        if raw is not None:  # None gets the plain "must be a number, got None"
            raise RemittanceInputError(spec.name, "err_no_data_here", label=spec.label)
    try:
        return check_value(spec, raw)
    except RemittanceInputError as exc:
        if spec.optional and exc.reason == "err_not_number":
            # Say that "no data" is allowed here too, not only numbers.
            raise RemittanceInputError(spec.name, "err_not_number_or_none", **exc.params) from None
        raise


def check_year(raw: object) -> int | None:
    """The optional ``prices_year``: None, or a whole year from 2000 to 2100."""
    if raw is None:
        return None
    label = LABELS["prices_year"]
    try:
        return int(check_value(PRICES_YEAR, raw, label=label))
    except RemittanceInputError as exc:
        if exc.reason != "err_range":
            raise
        # Years without thousands separators ("2000", not "2,000").
        ends = {"minimum": "2000", "maximum": "2100"}
        raise RemittanceInputError("prices_year", "err_range", **{**exc.params, **ends}) from None


def check_cuts(raw: object) -> tuple[Decimal, ...]:
    """Check an explicit chain: a list of 1 to 5 cuts, each a valid cut per broker."""
    if isinstance(raw, str) or not isinstance(raw, list | tuple):
        raise RemittanceInputError(
            "cuts", "err_not_list", label=LABELS["cuts"], value=raw_text(raw)
        )
    check_value(FIELD_BY_NAME["brokers"], len(raw), "cuts")
    spec = FIELD_BY_NAME["cut_per_broker"]
    return tuple(
        check_value(spec, cut, "cuts", LABELS["cut_of_hop"].format(n=index))
        for index, cut in enumerate(raw, start=1)
    )


def equal_hops(brokers: int, cut: Decimal | int | str) -> tuple[Decimal, ...]:
    """A chain of ``brokers`` hops that each keep ``cut`` percent."""
    return (Decimal(cut),) * brokers


def _default(name: str) -> Decimal:
    return FIELD_BY_NAME[name].default


MappingValue = str | int | list[str]
# The fields that are not plain numbers: the chain, and the optional ones.
_SPECIAL = frozenset({"cuts", "prices_year", *(s.name for s in FIELDS if s.optional)})


@dataclass(frozen=True)
class RemittanceInputs:
    """One valid set of calculator inputs (percentages are percent, e.g. 30 for 30%)."""

    amount_usd: Decimal
    transfers_per_year: int
    years: int
    cuts: tuple[Decimal, ...]
    loss_chance: Decimal
    formal_cost: Decimal
    sdg_target: Decimal
    nk_won_per_usd: Decimal
    rice_won_per_kg: Decimal
    corn_won_per_kg: Decimal
    monthly_wage_won: Decimal | None  # None: no data for the year of the prices
    kr_won_per_usd: Decimal
    prices_year: int | None = None  # the year the market prices describe, when known

    def __post_init__(self) -> None:
        object.__setattr__(self, "cuts", check_cuts(self.cuts))
        object.__setattr__(self, "prices_year", check_year(self.prices_year))
        wage = FIELD_BY_NAME["monthly_wage_won"]
        object.__setattr__(self, wage.name, check_optional(wage, self.monthly_wage_won))
        for item in fields(self):
            if item.name in _SPECIAL:
                continue
            spec = FIELD_BY_NAME[item.name]
            value = check_value(spec, getattr(self, item.name))
            object.__setattr__(self, item.name, int(value) if spec.integer else value)

    @classmethod
    def defaults(cls) -> RemittanceInputs:
        """The story's numbers: US$1,000 once, one broker keeping 30%, May 2018 rate and rice."""
        return cls.from_mapping({})

    @classmethod
    def from_mapping(cls, mapping: object) -> RemittanceInputs:
        """Build from a dict of names to str/int/float/Decimal (scenario files, text fields).

        Missing keys take their defaults; unknown keys, non-numbers, NaN, infinities and
        out-of-range values raise RemittanceInputError naming the field.
        """
        if not isinstance(mapping, Mapping):
            raise RemittanceInputError("", "err_not_mapping", value=raw_text(mapping))
        for key in mapping:
            if key not in MAPPING_KEYS:
                known = ", ".join(MAPPING_KEYS)
                raise RemittanceInputError(
                    str(key), "err_unknown", value=raw_text(key), known=known
                )
        if "cuts" in mapping:
            if any(key in mapping for key in CHAIN_FIELDS):
                raise RemittanceInputError("cuts", "err_both")
            cuts = check_cuts(mapping["cuts"])
        else:
            brokers = check_value(
                FIELD_BY_NAME["brokers"], mapping.get("brokers", _default("brokers"))
            )
            cut_spec = FIELD_BY_NAME["cut_per_broker"]
            cut = check_value(cut_spec, mapping.get("cut_per_broker", cut_spec.default))
            cuts = equal_hops(int(brokers), cut)

        def number(name: str) -> Decimal:
            spec = FIELD_BY_NAME[name]
            value = check_optional(spec, mapping.get(name, spec.default))
            assert value is not None  # only optional fields may be None
            return value

        wage = FIELD_BY_NAME["monthly_wage_won"]

        return cls(
            amount_usd=number("amount_usd"),
            transfers_per_year=int(number("transfers_per_year")),
            years=int(number("years")),
            cuts=cuts,
            loss_chance=number("loss_chance"),
            formal_cost=number("formal_cost"),
            sdg_target=number("sdg_target"),
            nk_won_per_usd=number("nk_won_per_usd"),
            rice_won_per_kg=number("rice_won_per_kg"),
            corn_won_per_kg=number("corn_won_per_kg"),
            monthly_wage_won=check_optional(wage, mapping.get(wage.name, wage.default)),
            kr_won_per_usd=number("kr_won_per_usd"),
            prices_year=check_year(mapping.get("prices_year")),
        )

    def to_mapping(self) -> dict[str, MappingValue]:
        """JSON-safe settings: counts as ints, other numbers as exact strings."""
        result: dict[str, MappingValue] = {}
        for spec in FIELDS:
            if spec.name in CHAIN_FIELDS:
                continue
            value = getattr(self, spec.name)
            if value is None:
                result[spec.name] = NO_DATA
            else:
                result[spec.name] = value if spec.integer else format(value, "f")
        if self.uniform_chain:
            result["brokers"] = self.brokers
            result["cut_per_broker"] = format(self.cut_per_broker, "f")
        else:
            result["cuts"] = [format(cut, "f") for cut in self.cuts]
        if self.prices_year is not None:
            result["prices_year"] = self.prices_year
        return result

    @property
    def brokers(self) -> int:
        return len(self.cuts)

    @property
    def cut_per_broker(self) -> Decimal:
        """The first hop's cut (every hop's, when the chain is uniform)."""
        return self.cuts[0]

    @property
    def uniform_chain(self) -> bool:
        return len(set(self.cuts)) == 1

    def value(self, name: str) -> Decimal | int | None:
        """The current value of one FIELDS entry (for a UI widget); None is "no data"."""
        if name not in FIELD_BY_NAME:
            raise KeyError(name)
        result: Decimal | int | None = getattr(self, name)
        return result

    def with_field(self, name: str, raw: object) -> RemittanceInputs:
        """A copy with one FIELDS entry changed, validated like from_mapping.

        Setting ``brokers`` or ``cut_per_broker`` makes the chain uniform: n hops at the
        (first hop's) cut per broker.
        """
        if name not in FIELD_BY_NAME:
            raise RemittanceInputError(
                name, "err_unknown", value=raw_text(name), known=", ".join(FIELD_BY_NAME)
            )
        mapping: dict[str, object] = dict(self.to_mapping())
        if name in CHAIN_FIELDS and "cuts" in mapping:
            del mapping["cuts"]
            mapping["brokers"] = self.brokers
            mapping["cut_per_broker"] = format(self.cut_per_broker, "f")
        mapping[name] = raw
        return RemittanceInputs.from_mapping(mapping)

    def with_cuts(self, cuts: tuple[Decimal | int | str, ...]) -> RemittanceInputs:
        """A copy with an explicit chain (validated; errors name ``cuts``)."""
        mapping: dict[str, object] = dict(self.to_mapping())
        for key in (*CHAIN_FIELDS, "cuts"):
            mapping.pop(key, None)
        mapping["cuts"] = list(cuts)
        return RemittanceInputs.from_mapping(mapping)

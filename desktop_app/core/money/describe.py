"""The calculator's whole state in plain sentences, for a screen reader (and anyone).

PhET's "interactive description": one control reads what the sender does and what it comes
to, so a student who cannot see the charts hears the same simulation. Pure Python; English
lives in :data:`MESSAGES` (translated in place by :mod:`desktop_app.core.story.messages`).
"""

from __future__ import annotations

from decimal import Decimal

from desktop_app.core.money.format import money_text, number_text
from desktop_app.core.money.remittance import RemittanceResult

MESSAGES: dict[str, str] = {
    "once": "once a year",
    "twice": "twice a year",
    "times": "{count} times a year",
    "one_broker": "through one broker who keeps {cut}",
    "brokers_each": "through {count} brokers who keep {cut} each",
    "brokers_list": "through {count} brokers who keep {cuts}",
    "list_and": "{head} and {last}",
    "list_sep": ", ",
    "send": "You send US${amount} {often} {chain}.",
    "arrives": "US${arrives} arrives in a year, which buys about {rice} kg of rice.",
    "loss": "That allows for a {loss} chance that a transfer is lost on the way.",
    "years": "Over {years} years, US${total} arrives in all.",
    "formal": "A formal money-transfer service would deliver about US${formal} a year.",
}


def _percent(value: Decimal) -> str:
    return number_text(value, 2) + "%"


def _often(per_year: int) -> str:
    if per_year == 1:
        return MESSAGES["once"]
    if per_year == 2:
        return MESSAGES["twice"]
    return MESSAGES["times"].format(count=per_year)


def _chain(cuts: tuple[Decimal, ...]) -> str:
    shown = [_percent(cut) for cut in cuts]
    if len(cuts) == 1:
        return MESSAGES["one_broker"].format(cut=shown[0])
    if len(set(cuts)) == 1:
        return MESSAGES["brokers_each"].format(count=len(cuts), cut=shown[0])
    listed = MESSAGES["list_and"].format(head=MESSAGES["list_sep"].join(shown[:-1]), last=shown[-1])
    return MESSAGES["brokers_list"].format(count=len(cuts), cuts=listed)


def describe_state(result: RemittanceResult) -> str:
    """Everything the calculator shows, as a few sentences (money in whole dollars)."""
    inputs = result.inputs
    sentences = [
        MESSAGES["send"].format(
            amount=number_text(inputs.amount_usd, 2),
            often=_often(inputs.transfers_per_year),
            chain=_chain(inputs.cuts),
        ),
        MESSAGES["arrives"].format(
            arrives=money_text(result.per_year.arrives_cents, whole=True),
            rice=number_text(result.per_year.rice_kg, 0),
        ),
    ]
    if inputs.loss_chance > 0:
        sentences.append(MESSAGES["loss"].format(loss=_percent(inputs.loss_chance)))
    if inputs.years > 1:
        sentences.append(
            MESSAGES["years"].format(
                years=inputs.years, total=money_text(result.total.arrives_cents, whole=True)
            )
        )
    sentences.append(
        MESSAGES["formal"].format(formal=money_text(result.per_year.formal_cents, whole=True))
    )
    return " ".join(sentences)

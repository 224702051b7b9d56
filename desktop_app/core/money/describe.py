"""The calculator's whole state in plain sentences, for a screen reader (and anyone).

PhET's "interactive description": one control reads what the sender does and what it comes
to, so a student who cannot see the charts hears the same simulation. Pure Python; the
words are the ``[describe]`` section of ``resources/calculator/<lang>.toml``.
"""

from __future__ import annotations

from decimal import Decimal

from desktop_app.core.money.format import money_text, number_text
from desktop_app.core.money.remittance import RemittanceResult
from desktop_app.core.money.texts import CalculatorTexts


def _percent(value: Decimal) -> str:
    return number_text(value, 2) + "%"


def _often(texts: CalculatorTexts, per_year: int) -> str:
    if per_year == 1:
        return texts.say("describe", "once")
    if per_year == 2:
        return texts.say("describe", "twice")
    return texts.say("describe", "times", count=per_year)


def _chain(texts: CalculatorTexts, cuts: tuple[Decimal, ...]) -> str:
    shown = [_percent(cut) for cut in cuts]
    if len(cuts) == 1:
        return texts.say("describe", "one_broker", cut=shown[0])
    if len(set(cuts)) == 1:
        return texts.say("describe", "brokers_each", count=len(cuts), cut=shown[0])
    head = texts.get("describe", "list_sep").join(shown[:-1])
    listed = texts.say("describe", "list_and", head=head, last=shown[-1])
    return texts.say("describe", "brokers_list", count=len(cuts), cuts=listed)


def describe_state(result: RemittanceResult, texts: CalculatorTexts) -> str:
    """Everything the calculator shows, as a few sentences (money in whole dollars)."""
    inputs = result.inputs
    per_year = result.per_year

    def say(key: str, **values: object) -> str:
        return texts.say("describe", key, **values)

    sentences = [
        say(
            "send",
            amount=number_text(inputs.amount_usd, 2),
            often=_often(texts, inputs.transfers_per_year),
            chain=_chain(texts, inputs.cuts),
        ),
        say(
            "arrives",
            arrives=money_text(per_year.arrives_cents, whole=True),
            rice=number_text(per_year.rice_kg, 0),
        ),
    ]
    if inputs.loss_chance > 0:
        sentences.append(say("loss", loss=_percent(inputs.loss_chance)))
    if inputs.years > 1:
        total = money_text(result.total.arrives_cents, whole=True)
        sentences.append(say("years", years=inputs.years, total=total))
    sentences.append(say("formal", formal=money_text(per_year.formal_cents, whole=True)))
    return " ".join(sentences)

"""The remittance model's user-visible English: inputs, outputs, presets and errors.

One dict, translated in place by :mod:`desktop_app.core.story.messages` (``remittance``);
:mod:`.inputs` re-exports it, so every module sees the same (translated) texts.
"""

from __future__ import annotations

LABELS: dict[str, str] = {
    # Inputs.
    "amount_usd": "Amount per transfer (US$)",
    "transfers_per_year": "Transfers per year",
    "years": "Years",
    "brokers": "Number of brokers",
    "cut_per_broker": "Cut per broker (%)",
    "cuts": "Cuts per broker (%)",
    "cut_of_hop": "Cut of broker {n} (%)",
    "loss_chance": "Chance a transfer is lost or stolen (%)",
    "formal_cost": "Formal-channel cost (%)",
    "sdg_target": "SDG target cost (%)",
    "nk_won_per_usd": "North Korean won per US$ (market rate)",
    "rice_won_per_kg": "Rice price (North Korean won per kg)",
    "corn_won_per_kg": "Corn price (North Korean won per kg)",
    "monthly_wage_won": "Monthly state wage (North Korean won)",
    "kr_won_per_usd": "South Korean won per US$",
    # Outputs.
    "level_transfer": "Per transfer",
    "level_year": "Per year",
    "level_total": "Over all years",
    "sent": "Sent",
    "lost_to_hop": "Lost to broker {n}",
    "lost_to_brokers": "Lost to brokers",
    "lost_in_transit": "Lost in transit (expected)",
    "arrives": "Arrives",
    "arrives_nk_won": "Arrives, in North Korean won",
    "arrives_kr_won": "Arrives, in South Korean won",
    "broker_cut_pct": "Brokers' combined cut (%)",
    "effective_cut_pct": "Effective total cut (%)",
    "rice_kg": "Rice it buys (kg)",
    "corn_kg": "Corn it buys (kg)",
    "wage_months": "Months of state wages",
    "formal_arrives": "Would arrive through a formal channel",
    "sdg_arrives": "Would arrive at the SDG target cost",
    "formal_gain": "Extra through a formal channel",
    "sdg_gain": "Extra at the SDG target cost",
    # Presets.
    "preset_mother_2017": "A mother's US$3,000 in 2017",
    "preset_mother_2017_note": (
        "US$3,000 sent to her son in 2017, through brokers who keep 30%. "
        "How many transfers it took is not stated, so it is entered as one."
    ),
    "preset_survey_900": "Survey: US$900 a year",
    "preset_survey_1800": "Survey: US$1,800 a year",
    "preset_survey_note": (
        "About 60% of the defectors surveyed in 2016 sent US$900 to 1,800 a year. "
        "How many transfers that took is not known, so this is one transfer a year."
    ),
    "preset_survey_9000": "Survey: one person, US$9,000 a year",
    "preset_survey_9000_note": (
        "In the 2016 survey one person said they sent US$9,000 a year; "
        "a few sent more than 10 million South Korean won."
    ),
    "preset_three_brokers": "Three brokers at 10% each",
    "preset_three_brokers_note": (
        "Each broker takes at least 10% and there are often three; "
        "their cuts compound to 27.1%, not 30%."
    ),
    "preset_fee_2023": "2023: NKDB's average fee (48.1%)",
    "preset_fee_2023_note": "NKDB's 2023 survey: brokers actually took 48.1% on average (Y06).",
    "preset_pyongyang_2025": "Pyongyang prices, May 2025",
    "preset_pyongyang_2025_note": (
        "Daily NK, Pyongyang, 25 May 2025: US$1 = 24,700 won, rice 9,600 and corn 4,000 won a kg. "
        'No 2025 wage is in the sources, so the wage is set to "no data" and the months of '
        "wages are not worked out; type a wage to see what it would come to."
    ),
    # Errors.
    "err_not_mapping": "Remittance settings must be a table of names and numbers, got {value}",
    "err_unknown": "Unknown setting {value}; known settings are: {known}",
    "err_both": "Give either 'cuts' or 'brokers' and 'cut_per_broker', not both",
    "err_not_list": "{label} must be a list of numbers, got {value}",
    "err_not_number": "{label} must be a number, got {value}",
    "err_not_finite": "{label} must be a finite number, got {value}",
    "err_plain_digits": "{label} must be written in plain digits, such as 1000, got {value}",
    "err_range": "{label} must be between {minimum} and {maximum}, got {value}",
    "err_whole": "{label} must be a whole number, got {value}",
    "err_places": "{label} allows at most {places} decimal places, got {value}",
    "err_not_number_or_none": '{label} must be a number or "no data", got {value}',
    "err_no_data_here": '{label} must be a number: only the monthly wage may be "no data"',
    "prices_year": "Year of the prices",
}

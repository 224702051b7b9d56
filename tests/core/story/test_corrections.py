"""Issue 14, section 3: sentences that went beyond their sources stay corrected.

Each test reads the shipped content (English and Korean) and fails if a wording the review
found untrue to its source comes back.
"""

from __future__ import annotations

import tomllib

import pytest

from desktop_app.core.classroom.quiz import load_quiz
from desktop_app.paths import resources_dir

ROOT = resources_dir()
LANGS = ("en", "ko")


def _all_text(lang: str) -> str:
    """Every chapter, quiz, teacher note, glossary and figure text in one language."""
    folders = [ROOT / "chapters" / lang, ROOT / "quizzes" / lang, ROOT / "teacher" / lang]
    files = [p for folder in folders for p in sorted(folder.iterdir()) if p.is_file()]
    files.append(ROOT / "glossary" / f"{lang}.toml")
    files.append(ROOT / "data" / ("figures.toml" if lang == "en" else "ko/figures.toml"))
    files.append(ROOT / ("citations.toml" if lang == "en" else "citations.ko.toml"))
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


def _chapter(lang: str, stem: str) -> str:
    return next((ROOT / "chapters" / lang).glob(f"{stem}*.md")).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_sixty_or_sixty_three_is_not_explained_by_currency(lang: str) -> None:
    """Item 2: the quiz's right answer names rounding or loose reporting, not conversion."""
    quiz = load_quiz(ROOT, lang, "how-much")
    question = next(q for q in quiz.questions if q.id == "sixty-or-sixty-three")
    right = question.options[question.answer_index]
    assert ("loose reporting" in right) if lang == "en" else ("느슨한 보도" in right)
    assert "currency" not in right and "환산" not in right


def test_korean_never_says_north_and_south_korea_for_both_countries() -> None:
    """Item 1: the article says 'both countries' after naming Chinese and North Korean brokers."""
    assert "남북한 양쪽" not in _all_text("ko")
    assert "두 나라 모두" in _chapter("ko", "03") and "두 나라 모두" in _chapter("ko", "04")


@pytest.mark.parametrize(
    ("stem", "amount"),
    [("03", "2.35 million"), ("04", "20 million"), ("08", "20 million")],
)
def test_south_korean_won_is_named(stem: str, amount: str) -> None:
    """Item 13: South Korean amounts say 'South Korean won', as the glossary asks."""
    text = _chapter("en", stem)
    assert f"{amount} South Korean won" in text
    assert f"{amount} won" not in text


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [
        ("en", "nobody in government planned"),
        ("en", "the largest amount reported"),
        ("en", "live from market trade"),
        ("en", "aid organisations told"),
        ("en", "at the end of the year"),
        ("en", "The other parts looked at"),
        ("en", "The other parts of the series"),
        ("en", "Many of them left parents"),
        ("en", "turning one currency into another"),
        ("ko", "김씨 정권"),
        ("ko", "연락처 사람들"),
        ("ko", "손을 바꿀"),
        ("ko", "8,061원을 살"),
        ("ko", "몫이 겹쳐서"),
        ("ko", "가정들은"),
        ("ko", "63% 가까이가"),
        ("ko", "위험을 무릅쓰고"),
        ("ko", "구호 단체에서 일하는"),
        ("ko", "보도된 가장 큰 금액"),
    ],
)
def test_corrected_wording_does_not_return(lang: str, phrase: str) -> None:
    """Items 3–18 and the Korean wording list: none of the flagged phrases is shown."""
    assert phrase not in _all_text(lang)


def test_one_survey_is_not_several() -> None:
    """Item 3: the amounts come from one survey (A04 and X09 are the same poll)."""
    text = _chapter("en", "03")
    assert "Several separate surveys point the same way" not in text
    assert "one survey" in text


def test_d04_no_longer_claims_how_households_live() -> None:
    """Item 4: D04 shows only that wages are tiny; how households live is sourced (Y20)."""
    facts = tomllib.loads((ROOT / "citations.toml").read_text(encoding="utf-8"))["facts"]
    assert "market trade" not in facts["D04"]["claim"]
    assert "69%" in facts["Y20"]["claim"]
    for lang in LANGS:
        assert "[@Y20]" in _chapter(lang, "05") and "[@Y20]" in _chapter(lang, "06")


def test_rice_fell_between_the_corn_and_the_call() -> None:
    """Item 5: chapter 5 says the app's own data show rice getting cheaper (X05 -> X04)."""
    text = _chapter("en", "05")
    assert "5,640–5,700" in text and "5,041" in text and "cheaper" in text


def test_corn_rows_name_the_year_of_corn_and_wage() -> None:
    """Item 7: each corn-claim row says it sets 2017 corn against a wage of a named year."""
    rows = (ROOT / "data" / "corn-claim.csv").read_text(encoding="utf-8").splitlines()
    reported = [r for r in rows if ",reported," in r]
    assert len(reported) == 3
    for row, year in zip(reported, ("2017", "2019", "2022"), strict=True):
        assert "2017 corn" in row and f"{year} wage" in row
    facts = tomllib.loads((ROOT / "citations.toml").read_text(encoding="utf-8"))["facts"]
    assert "2,000 ÷ 10,000 = 0.2" in facts["D05"]["working"]


def test_seven_point_one_percent_is_said_to_be_for_200_dollars() -> None:
    """Item 15: chapter 4 says in the text that 7.1% is the cost of sending US$200."""
    text = _chapter("en", "04")
    assert "That average is for sending US$200" in text


def test_brokers_bank_accounts_are_not_denied_in_chapter_one() -> None:
    """Item 9: chapter 1 no longer says the money never goes by bank (A08 says some does)."""
    text = _chapter("en", "01")
    assert "does not travel by bank transfer" not in text
    assert "[@A08]" in text


def test_calculator_start_note_names_the_years() -> None:
    """Item 16: the starting values say which year each price comes from."""
    for lang in LANGS:
        text = (ROOT / "calculator" / f"{lang}.toml").read_text(encoding="utf-8")
        assert "2017" in text.split("start_note", 1)[1].splitlines()[0]


def test_amounts_chart_text_separates_regularity_from_amount() -> None:
    """Item 17: the 'sent regularly' blank is about regularity, not amount."""
    text = (ROOT / "data" / "figures.toml").read_text(encoding="utf-8")
    entry = text.split("[amounts-sent]", 1)[1].split("\n[", 1)[0]
    assert "now and then or not at all" in entry

"""resources/messages/<lang>.toml: the core's English message tables in another language,
English kept (and said) wherever a translation is missing or unsafe, and back to English."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.core.classroom import progress, quiz
from desktop_app.core.classroom.progress import Progress
from desktop_app.core.classroom.quiz import check_answer, load_quiz
from desktop_app.core.classroom.teacher import answer_key
from desktop_app.core.money import inputs as remittance_inputs
from desktop_app.core.money import scenario
from desktop_app.core.money.remittance import RemittanceInputError, RemittanceInputs, compute
from desktop_app.core.money.scenario import ScenarioError, results_text, scenario_from_json
from desktop_app.core.story import messages
from desktop_app.core.story.messages import (
    TABLES,
    apply_language,
    english,
    load_message_overlay,
    missing_keys,
    placeholders,
)

ROOT = Path(__file__).resolve().parents[3] / "resources"
SHOWN = "resources/messages/ko.toml"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """Every test leaves the core in English, whatever it switched to."""
    yield
    apply_language(ROOT, "en")


def _overlay(tmp_path: Path, text: str, lang: str = "ko") -> Path:
    folder = tmp_path / "messages"
    folder.mkdir(exist_ok=True)
    (folder / f"{lang}.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_tables_are_the_modules_own_dicts() -> None:
    """The catalogue rewrites the very dicts the modules (and their importers) use."""
    assert TABLES["quiz"] is quiz.MESSAGES
    assert TABLES["progress"] is progress.MESSAGES
    assert TABLES["scenario"] is scenario.MESSAGES
    assert TABLES["remittance"] is remittance_inputs.LABELS


def test_korean_keys_exist_in_english_with_the_same_placeholders() -> None:
    """Every Korean entry translates an English key and keeps its {placeholders} exactly."""
    problems: list[str] = []
    overlay = load_message_overlay(ROOT, "ko", problems)
    assert problems == []
    assert set(overlay) == set(TABLES)
    for table, entries in overlay.items():
        source = english(table)
        for key, text in entries.items():
            assert key in source, f"[{table}] {key} is not an English key"
            assert placeholders(text) == placeholders(source[key]), f"[{table}] {key}"


def test_every_english_message_has_korean() -> None:
    """Coverage: no English message is left without a Korean translation."""
    assert missing_keys(ROOT, "ko") == []


def test_korean_applies_without_problems() -> None:
    """The shipped Korean catalogue applies cleanly and really changes the text."""
    assert apply_language(ROOT, "ko") == []
    assert quiz.MESSAGES["correct"] == "정답입니다."
    assert remittance_inputs.LABELS["years"] == "햇수"
    assert all(
        text.strip() or not english(t)[k].strip() for t in TABLES for k, text in TABLES[t].items()
    )


def test_korean_csv_header_keeps_its_columns() -> None:
    """The progress export's header still splits into the same seven columns."""
    apply_language(ROOT, "ko")
    columns = progress.MESSAGES["csv_header"].split(",")
    assert len(columns) == len(english("progress")["csv_header"].split(","))
    assert all(column.strip() for column in columns)


def test_korean_then_english_round_trips_exactly() -> None:
    """Switching to Korean and back gives exactly the original English, every table."""
    before = {name: dict(table) for name, table in TABLES.items()}
    assert before == {name: english(name) for name in TABLES}
    assert quiz.MESSAGES["correct"] == "Correct."  # the pristine copy is the source's English
    apply_language(ROOT, "ko")
    assert before["quiz"] != quiz.MESSAGES
    assert apply_language(ROOT, "en") == []
    assert {name: dict(table) for name, table in TABLES.items()} == before
    apply_language(ROOT, "ko")
    apply_language(ROOT, "ko")  # twice in a row is the same as once
    assert quiz.MESSAGES["correct"] == "정답입니다."


def test_quiz_feedback_in_korean() -> None:
    """A real Korean question marks a Korean answer and explains in Korean."""
    apply_language(ROOT, "ko")
    question = load_quiz(ROOT, "ko", "broker-chain").by_id("what-arrives")
    assert question is not None
    right = check_answer(question, "700달러")
    assert right.correct is True and right.message.startswith("정답입니다.")
    wrong = check_answer(question, "약 600")
    assert wrong.correct is False
    assert wrong.message.startswith("아쉽지만 정답이 아닙니다. 정답은 700달러입니다.")
    refused = check_answer(question, "많이")
    assert not refused.accepted and refused.message.startswith("“많이”: 읽을 수 있는 숫자가")


def test_answer_key_in_korean() -> None:
    """The teacher's answer key labels its lines in Korean."""
    apply_language(ROOT, "ko")
    key = answer_key(load_quiz(ROOT, "ko", "broker-chain"))
    assert "(숫자로 답하기)" in key and "- 정답: 700달러" in key
    assert "27.1% (27%~27.2%까지 정답으로 인정)" in key
    assert "Answer" not in key and "Why" not in key


def test_remittance_error_names_the_korean_label() -> None:
    """An out-of-range value is refused in Korean, naming the field by its Korean label."""
    apply_language(ROOT, "ko")
    with pytest.raises(RemittanceInputError) as caught:
        RemittanceInputs.defaults().with_field("years", 20)
    assert str(caught.value) == "햇수: 1에서 10 사이여야 합니다(입력한 값 20)"
    assert caught.value.reason == "err_range"
    with pytest.raises(ScenarioError) as scenario_error:
        scenario_from_json(
            '{"format": "lifeline-scenario", "version": 1, "inputs": {"years": 20}}', "a.json"
        )
    assert str(scenario_error.value) == "a.json: 햇수: 1에서 10 사이여야 합니다(입력한 값 20)."


def test_results_and_progress_in_korean(tmp_path: Path) -> None:
    """The calculator's text summary and a progress notice come out in Korean."""
    apply_language(ROOT, "ko")
    text = results_text(compute(RemittanceInputs.defaults()))
    assert text.startswith("Lifeline: 고향에 돈 보내기(송금 계산기)\n\n설정\n")
    assert "도착하는 돈" in text and "North Korean" not in text
    (tmp_path / "progress.json").write_text("{ broken", encoding="utf-8")
    _, notice = Progress.load(tmp_path)
    assert notice is not None and notice.startswith(
        "저장된 학습 기록을 읽을 수 없어(파일이 손상됨: 1번째 줄"
    )


def test_english_is_untouched_by_default() -> None:
    """ "en" needs no file and leaves the English exactly as written in the modules."""
    assert apply_language(Path("/nowhere"), "en") == []
    assert remittance_inputs.LABELS["amount_usd"] == "Amount per transfer (US$)"
    assert remittance_inputs.LABELS["wage_months"] == "Months of state wages"


def test_bad_toml_keeps_english_and_names_the_file(tmp_path: Path) -> None:
    """A catalogue that is not TOML is named; every message stays English."""
    root = _overlay(tmp_path, '[quiz]\ncorrect = "정답입니다.\n')
    problems = apply_language(root, "ko")
    assert len(problems) == 1
    assert problems[0].startswith(f"{SHOWN}: not valid TOML")
    assert english("quiz") == quiz.MESSAGES


def test_missing_catalogue_is_named(tmp_path: Path) -> None:
    """No file for the language: one problem naming it, English everywhere."""
    problems = apply_language(tmp_path, "ko")
    assert problems == [f"{SHOWN}: file is missing; the app's messages are shown in English"]
    assert {name: dict(t) for name, t in TABLES.items()} == {n: english(n) for n in TABLES}


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ('choice_answer = "정답: {answr}"', "[quiz] choice_answer uses the placeholders {answr}"),
        ('choice_answer = "정답"', "[quiz] choice_answer uses the placeholders none"),
        ('too_long = "너무 깁니다({length}자)."', "[quiz] too_long uses the placeholders"),
        ('choice_answer = "정답: {answer"', "[quiz] choice_answer has a stray {"),
        ('choice_answer = ""', "[quiz] choice_answer is empty"),
        ("choice_answer = 3", "[quiz] choice_answer must be text in quotation marks"),
        ('no_such_key = "없음"', "[quiz] no_such_key: there is no such message in English"),
    ],
)
def test_unsafe_entry_keeps_english_for_that_key(tmp_path: Path, entry: str, expected: str) -> None:
    """A wrong entry is named (file, table, key) and keeps its English; the rest applies."""
    root = _overlay(tmp_path, f'[quiz]\ncorrect = "정답입니다."\n{entry}\n')
    problems = apply_language(root, "ko")
    assert len(problems) == 1 and problems[0].startswith(f"{SHOWN}: {expected}")
    assert quiz.MESSAGES["choice_answer"] == "The answer is: {answer}"
    assert quiz.MESSAGES["correct"] == "정답입니다."


def test_unknown_table_and_stray_entry_are_named(tmp_path: Path) -> None:
    """A table no module has, and text outside any table, are named and ignored."""
    root = _overlay(tmp_path, 'stray = "x"\n[quizz]\ncorrect = "정답입니다."\n')
    problems = apply_language(root, "ko")
    assert problems == [
        f"{SHOWN}: 'stray' is outside any [table]; ignored",
        f"{SHOWN}: [quizz] is not a message table (quiz, progress, scenario, remittance); ignored",
    ]
    assert quiz.MESSAGES["correct"] == "Correct."


def test_partial_catalogue_falls_back_and_notes_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Untranslated keys keep their English, are noted at INFO once, and are not problems."""
    root = _overlay(tmp_path, '[quiz]\ncorrect = "맞아요."\n', lang="xx")
    with caplog.at_level(logging.INFO, logger=messages.__name__):
        assert apply_language(root, "xx") == []
        apply_language(root, "xx")
    notes = [r.getMessage() for r in caplog.records if "[quiz] incorrect" in r.getMessage()]
    assert len(notes) == 1 and "showing the English" in notes[0]
    assert all(r.levelno == logging.INFO for r in caplog.records)
    assert quiz.MESSAGES["correct"] == "맞아요."
    assert quiz.MESSAGES["incorrect"] == "Not quite."
    assert "[quiz] incorrect" in missing_keys(root, "xx")


def test_placeholders_keep_their_format() -> None:
    """{length:,} and {length} are different placeholders; order and repeats do not matter."""
    assert placeholders("{length:,} of {limit:,}") == {"{length:,}", "{limit:,}"}
    assert placeholders("{b} {a} {a}") == placeholders("{a} {b}")
    assert placeholders("{{literal}}") == frozenset()
    with pytest.raises(ValueError):
        placeholders("{open")


def test_korean_remittance_label_reaches_field_specs() -> None:
    """FieldSpec.label and the preset labels look the table up when asked, not at import."""
    from desktop_app.core.money.remittance import FIELD_BY_NAME, PRESETS

    apply_language(ROOT, "ko")
    assert FIELD_BY_NAME["years"].label == "햇수"
    for item in PRESETS:
        label = remittance_inputs.LABELS[item.label_key]
        assert label != english("remittance")[item.label_key]
        assert any("\uac00" <= ch <= "\ud7a3" for ch in label)
    assert Decimal(FIELD_BY_NAME["years"].maximum) == 10

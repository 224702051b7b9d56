"""Quiz files: loading, validation with clear messages, and marking students' answers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.classroom.quiz import (
    MESSAGES,
    Feedback,
    Question,
    Quiz,
    QuizError,
    check_answer,
    check_quiz,
    check_quizzes,
    choice_index,
    load_quiz,
)
from desktop_app.core.money.format import format_number
from desktop_app.core.money.number_input import parse_number
from desktop_app.paths import resources_dir

SETTINGS = settings(database=None, max_examples=300, deadline=None)

GOOD = """
[[question]]
id = "pick"
kind = "choice"
prompt = "Which?"
options = ["red", "green", "blue"]
answer = "green"
explanation = "Because."
facts = ["A01"]

[[question]]
id = "count"
kind = "numeric"
prompt = "How many?"
answer = 27.1
tolerance = 0.1
unit = "%"
explanation = "Worked out."
facts = ["D02"]

[[question]]
id = "think"
kind = "reflection"
prompt = "Why?"
guidance = "Consider this."
"""

CHOICE = Question("c", "choice", "Which?", "Because.", ("A09",), ("US$700", "US$929", "US$970"), 0)
NUMERIC = Question("n", "numeric", "How much?", "1,000 × 0.7 = 700.", ("D01",), answer=Decimal(700))
PERCENT = Question(
    "p", "numeric", "Chain?", "Compounds.", ("D02",), answer=Decimal("27.1"),
    tolerance=Decimal("0.1"), unit="%",
)  # fmt: skip
REFLECTION = Question("r", "reflection", "Why?", guidance="Think about risk.", facts=("A07",))


def _write(tmp_path: Path, text: str, chapter: str = "demo") -> Path:
    folder = tmp_path / "quizzes" / "en"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{chapter}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_file_loads_every_kind(tmp_path: Path) -> None:
    """A well-formed file gives one Question per table, with answers and facts parsed."""
    _write(tmp_path, GOOD)
    quiz = load_quiz(tmp_path, "en", "demo")
    assert [q.id for q in quiz] == ["pick", "count", "think"]
    pick, count, think = quiz.questions
    assert pick.options == ("red", "green", "blue") and pick.answer_index == 1
    assert count.answer == Decimal("27.1") and count.tolerance == Decimal("0.1")
    assert count.answer_text() == "27.1%"
    assert think.guidance == "Consider this." and not think.gradable
    assert quiz.by_id("count") is count and quiz.by_id("nope") is None


def test_choice_answer_may_be_a_position(tmp_path: Path) -> None:
    """``answer = 3`` means the third option (counting from 1, as teachers do)."""
    text = GOOD.replace('answer = "green"', "answer = 3")
    _write(tmp_path, text)
    assert load_quiz(tmp_path, "en", "demo").questions[0].answer_index == 2


def test_missing_file_is_an_empty_quiz(tmp_path: Path) -> None:
    """A chapter without a quiz file (like the source list) has no questions."""
    quiz = load_quiz(tmp_path, "en", "sources")
    assert len(quiz) == 0 and quiz.chapter_id == "sources"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('answer = "green"', 'answer = "purple"', "question 1 ('pick'): 'answer' \"purple\""),
        ('answer = "green"', "answer = 4", "there are only 3 options"),
        ('answer = "green"', "answer = true", "'answer' must be the text"),
        ('options = ["red", "green", "blue"]', 'options = ["green"]', "needs 2 to 6 options"),
        ('options = ["red", "green", "blue"]', 'options = ["green", "Green "]', "same text"),
        ('kind = "choice"', 'kind = "essay"', "'kind' must be one of"),
        ('id = "count"', 'id = "pick"', "question 2 ('pick'): id 'pick' is used twice"),
        ('id = "count"', 'id = "Count Me"', "question 2 ('Count Me'): 'id' must be"),
        ("tolerance = 0.1", "tolerance = -1", "'tolerance' must be 0 or more"),
        ("tolerance = 0.1", 'tolerance = "0.1"', "'tolerance' must be a number"),
        ("answer = 27.1", 'answer = "27.1"', "'answer' must be a number"),
        ("answer = 27.1", "answer = inf", "'answer' must be a finite number"),
        ("answer = 27.1\n", "", "question 2 ('count'): 'answer' is missing"),
        ('facts = ["D02"]', "facts = []", "at least one fact"),
        ('facts = ["D02"]', 'facts = ["D2"]', "'D2' in 'facts' is not a fact ID"),
        ('facts = ["D02"]', 'facts = "D02"\noptions = ["a", "b"]', "'options' does not belong"),
        ('explanation = "Because."', 'explanation = ""', "'explanation' is missing"),
        ('guidance = "Consider this."', "", "question 3 ('think'): 'guidance' is missing"),
        ('prompt = "Why?"', "prompt = 5", "'prompt' must be text"),
        ('unit = "%"', 'units = "%"', "'units' does not belong in a numeric question"),
    ],
)
def test_bad_entries_name_file_and_question(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    """Each malformed entry is refused with a message naming the file and the question."""
    assert old in GOOD
    _write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(QuizError) as caught:
        load_quiz(tmp_path, "en", "demo")
    message = str(caught.value)
    assert message.startswith("quizzes/en/demo.toml")
    assert expected in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[[question]\nid = 1", "not valid TOML"),
        ('title = "x"\n', "unknown entry 'title'"),
        ('question = "x"\n', "[[question]] tables"),
    ],
)
def test_broken_files_are_refused(tmp_path: Path, text: str, expected: str) -> None:
    """Broken TOML and wrong top-level shapes name the file."""
    _write(tmp_path, text)
    with pytest.raises(QuizError, match=r"quizzes/en/demo\.toml") as caught:
        load_quiz(tmp_path, "en", "demo")
    assert expected in str(caught.value)


def test_non_utf8_file_is_refused(tmp_path: Path) -> None:
    """A file saved in another encoding gets a clear message, not a crash."""
    path = _write(tmp_path, "")
    path.write_bytes(b'[[question]]\nprompt = "\xff"\n')
    with pytest.raises(QuizError, match="not UTF-8"):
        load_quiz(tmp_path, "en", "demo")


def test_check_quiz_rules(tmp_path: Path) -> None:
    """Content rules: 2-4 questions, a choice and a reflection, and known facts only."""
    _write(tmp_path, GOOD)
    quiz = load_quiz(tmp_path, "en", "demo")
    assert check_quiz(quiz, {"A01", "D02"}) == []
    assert check_quiz(quiz, {"A01"}) == [
        "quizzes/en/demo.toml: question 'count' cites D02, not in citations"
    ]
    only_numeric = Quiz("demo", quiz.path, (quiz.questions[1],))
    problems = check_quiz(only_numeric, {"D02"})
    assert any("has 1 questions" in p for p in problems)
    assert any("one choice question" in p for p in problems)
    assert any("one reflection question" in p for p in problems)
    too_many = Quiz("demo", quiz.path, quiz.questions + quiz.questions)
    assert any("has 6 questions" in p for p in check_quiz(too_many, {"A01", "D02"}))


def test_check_quizzes_reports_missing_broken_and_stray_files(tmp_path: Path) -> None:
    """The self-test check lists a missing quiz, a broken one and a file for no chapter."""
    _write(tmp_path, GOOD, "one")
    _write(tmp_path, "not toml [", "two")
    _write(tmp_path, GOOD, "typo-chapter")
    problems = check_quizzes(tmp_path, "en", ["one", "two", "three"], {"A01", "D02"})
    assert problems == [
        problems[0],
        "quizzes/en/three.toml: file is missing (the chapter needs questions)",
        "quizzes/en/typo-chapter.toml: no chapter has the id 'typo-chapter'",
    ]
    assert problems[0].startswith("quizzes/en/two.toml: not valid TOML")


# --- parsing numbers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("700", "700"),
        ("700.0", "700"),
        ("US$700", "700"),
        ("US$ 700", "700"),
        ("$700", "700"),
        ("USD 700", "700"),
        ("1,000", "1000"),
        ("1,000.50", "1000.5"),
        (" 700 ", "700"),
        ("\t700\n", "700"),
        ("27.1%", "27.1"),
        ("27.1 %", "27.1"),
        (".5", "0.5"),
        ("-3", "-3"),
        ("−3", "-3"),
        ("+3", "3"),
        ("about 700", "700"),
        ("~700", "700"),
        ("700 dollars", "700"),
        ("700 US dollars", "700"),
        ("1,119 kg of rice", "1119"),
        ("5.64 million", "5640000"),
        ("5.64 million won", "5640000"),
        ("2 thousand", "2000"),
        ("1 000", "1000"),
        ("5\u00a0642\u00a0700", "5642700"),
        ("30,490", "30490"),
        ("0", "0"),
        ("1119kg", "1119"),
        ("5.64million", "5640000"),
        ("2 millions", "2000000"),
    ],
)
def test_parse_number_accepts_what_students_type(raw: str, value: str) -> None:
    """Common ways of writing a number (currency, commas, units, spaces) are understood."""
    assert parse_number(raw) == Decimal(value)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "seven hundred",
        "700 or 800",
        "700-800",
        "1e3",
        "nan",
        "inf",
        "27,1",
        "1,00",
        "1,0000",
        "$",
        "US$",
        "%",
        ".",
        "--5",
        "7OO",
        "١٢٣",
        "700" * 30,
        "12 34",
        "5.64m",
        "700x",
        "700 billion",
        "7 hundred",
        "5k",
    ],
)
def test_parse_number_refuses_garbage(raw: str) -> None:
    """Anything that is not one readable number gives None, never an exception."""
    assert parse_number(raw) is None


# --- marking -------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["700", "700.0", "US$700", " 700 ", "700 dollars", "$700.00"])
def test_numeric_right_answers(raw: str) -> None:
    """Every accepted spelling of the right number is marked correct, with its facts."""
    feedback = check_answer(NUMERIC, raw)
    assert feedback == Feedback(True, feedback.message, ("D01",))
    assert feedback.message.startswith(MESSAGES["correct"])
    assert "1,000 × 0.7 = 700." in feedback.message


def test_numeric_wrong_answer_explains() -> None:
    """A wrong number is marked wrong, shows the answer and the explanation."""
    feedback = check_answer(NUMERIC, "1,000")
    assert feedback.correct is False and feedback.accepted
    assert "The answer is 700." in feedback.message
    assert "1,000 × 0.7 = 700." in feedback.message


@pytest.mark.parametrize(
    ("raw", "correct"),
    [("27.1", True), ("27", True), ("27.2", True), ("27.0%", True), ("26.99", False),
     ("27.21", False), ("30", False), ("0.271", False)],
)  # fmt: skip
def test_tolerance_is_inclusive(raw: str, correct: bool) -> None:
    """Answers exactly at either edge of the tolerance count; just outside does not."""
    assert check_answer(PERCENT, raw).correct is correct


def test_tolerance_range_is_shown_when_wrong() -> None:
    """The message says which answers would have counted."""
    message = check_answer(PERCENT, "30").message
    assert "The answer is 27.1% (anything from 27% to 27.2% counts)." in message


@pytest.mark.parametrize(
    ("raw", "key"),
    [("", "empty_numeric"), ("  ", "empty_numeric"), ("lots", "not_a_number"),
     ("27,1", "decimal_comma"), ("700 or 800", "not_a_number")],
)  # fmt: skip
def test_numeric_unreadable_input_is_not_marked(raw: str, key: str) -> None:
    """Input that is not a number is not marked; the message says what to type."""
    feedback = check_answer(PERCENT, raw)
    assert feedback.accepted is False and feedback.correct is None
    expected = MESSAGES[key].split("{")[0] if key.startswith("empty") else ""
    assert expected in feedback.message
    if key == "decimal_comma":
        assert "27.1, not 27,1" in feedback.message
    if key == "not_a_number":
        assert "is not a number" in feedback.message


@pytest.mark.parametrize(
    ("raw", "index"),
    [("US$700", 0), ("us$700", 0), (" US$929 ", 1), ("a", 0), ("B", 1), ("c)", 2),
     ("1", 0), ("3", 2), ("US$970.", 2)],
)  # fmt: skip
def test_choice_index_by_text_letter_or_position(raw: str, index: int) -> None:
    """An option is named by its text (any case), its letter or its position."""
    assert choice_index(CHOICE, raw) == index


@pytest.mark.parametrize("raw", ["d", "4", "0", "US$1", "", "ab", "999"])
def test_choice_index_refuses_other_text(raw: str) -> None:
    """Letters or numbers past the last option, and unknown text, name no option."""
    assert choice_index(CHOICE, raw) is None


def test_choice_marking() -> None:
    """The right option is correct; another is wrong and the message names the answer."""
    assert check_answer(CHOICE, "US$700").correct is True
    wrong = check_answer(CHOICE, "US$929")
    assert wrong.correct is False and "The answer is: US$700" in wrong.message
    assert wrong.facts == ("A09",)
    unknown = check_answer(CHOICE, "purple")
    assert unknown.accepted is False and "is not one of the options" in unknown.message
    assert check_answer(CHOICE, "").message == MESSAGES["empty_choice"]


def test_reflection_is_never_marked() -> None:
    """A reflection has no right answer: correct is None and the guidance is shown."""
    feedback = check_answer(REFLECTION, "Because it is risky.")
    assert feedback.correct is None and feedback.accepted
    assert "Think about risk." in feedback.message and feedback.facts == ("A07",)
    empty = check_answer(REFLECTION, "  \n ")
    assert empty.accepted is False and empty.message == MESSAGES["empty_reflection"]


def test_huge_input_is_refused_politely() -> None:
    """A pasted book is refused with a message, not stored or crashed on."""
    feedback = check_answer(REFLECTION, "x" * 50_000)
    assert feedback.accepted is False and "too long" in feedback.message


@SETTINGS
@given(raw=st.text(max_size=200))
def test_check_answer_never_raises(raw: str) -> None:
    """Whatever a student types, every kind of question gives feedback without raising."""
    for question in (CHOICE, NUMERIC, PERCENT, REFLECTION):
        feedback = check_answer(question, raw)
        assert isinstance(feedback.message, str) and feedback.message
        if not feedback.accepted:
            assert feedback.correct is None


@SETTINGS
@given(raw=st.from_regex(r"\s*(US\$|\$)?[0-9,. %-]{0,20}(kg|dollars|won)?\s*", fullmatch=True))
def test_number_like_text_never_raises(raw: str) -> None:
    """Number-shaped noise (stray commas, points, signs) is read or refused, never raises."""
    parse_number(raw)
    check_answer(PERCENT, raw)


@SETTINGS
@given(value=st.decimals(min_value=-(10**9), max_value=10**9, places=3))
def test_formatted_numbers_read_back(value: Decimal) -> None:
    """Whatever the app prints as an answer, a student can type back and be understood."""
    assert parse_number(format_number(value)) == value


# --- feedback that names the misconception (issue 14, section 4) -------------------------


def _one(text: str) -> Question:
    from desktop_app.core.classroom.quiz import parse_quiz

    return parse_quiz(Path("quizzes/en/demo.toml"), "demo", text).questions[0]


CHOICE_WITH_FEEDBACK = """
[[question]]
id = "q"
kind = "choice"
prompt = "P?"
options = ["right", "wrong"]
answer = "right"
explanation = "Because."
feedback = ["", "You mixed up X and Y."]
facts = ["A09"]
"""


def test_a_wrong_choice_names_its_misconception() -> None:
    """The wrong option's own feedback comes before the right answer; the right one has none."""
    question = _one(CHOICE_WITH_FEEDBACK)
    wrong = check_answer(question, "wrong")
    assert wrong.correct is False
    assert "You mixed up X and Y." in wrong.message
    assert wrong.message.index("You mixed up") < wrong.message.index("right")
    assert "mixed up" not in check_answer(question, "right").message


def test_a_numeric_slip_names_its_misconception() -> None:
    """Answering 30 to the three-broker question says the cuts were added, not multiplied."""
    quiz = load_quiz(resources_dir(), "en", "broker-chain")
    question = quiz.by_id("three-hops")
    assert question is not None
    assert "added the cuts" in check_answer(question, "30%").message
    assert "added the cuts" not in check_answer(question, "45").message
    assert check_answer(question, "27.1").correct is True


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ('feedback = ["", "You mixed up X and Y."]', "has 1 texts for 2 options"),
        ('feedback = ["Not empty", "x"]', "for the right option must be"),
        ('feedback = "text"', "must be a list of texts"),
    ],
)
def test_bad_option_feedback_is_named(change: str, message: str) -> None:
    """A feedback list of the wrong length or shape is refused with the question named."""
    text = CHOICE_WITH_FEEDBACK.replace('feedback = ["", "You mixed up X and Y."]', change)
    if "has 1 texts" in message:
        text = text.replace(change, 'feedback = ["only one"]')
    with pytest.raises(QuizError, match=message):
        _one(text)


def test_bad_wrong_answers_are_named() -> None:
    """A wrong answer written as text, or without feedback, is refused."""
    base = """
[[question]]
id = "n"
kind = "numeric"
prompt = "P?"
answer = 700
explanation = "E."
facts = ["A09"]
"""
    with pytest.raises(QuizError, match="without quotation marks"):
        _one(base + 'wrong_answers = [{ answer = "30", feedback = "f" }]\n')
    with pytest.raises(QuizError, match="must be a list of"):
        _one(base + "wrong_answers = [{ answer = 30 }]\n")


def test_every_translated_quiz_has_the_same_feedback_shape() -> None:
    """Where an English question names misconceptions, the Korean one does for the same
    options and numbers."""
    root = resources_dir()
    for path in sorted((root / "quizzes" / "en").glob("*.toml")):
        en, ko = load_quiz(root, "en", path.stem), load_quiz(root, "ko", path.stem)
        for a, b in zip(en, ko, strict=True):
            assert [bool(t) for t in a.option_feedback] == [bool(t) for t in b.option_feedback]
            assert [n for n, _ in a.wrong_answers] == [n for n, _ in b.wrong_answers]

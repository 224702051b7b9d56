"""Glossary links in Korean text: words that carry a particle still link, the particle stays
outside the link, and a wording is never found inside a longer word."""

from __future__ import annotations

import pytest

from desktop_app.core.story.glossary import Glossary, Term, link_terms


def _glossary(*terms: Term) -> Glossary:
    return Glossary({t.id: t for t in terms})


G = _glossary(
    Term("defector", "탈북민", "북한을 떠난 사람.", ("북한이탈주민",)),
    Term("broker", "브로커", "중간에서 돈을 옮기는 사람.", ()),
    Term("jangmadang", "장마당", "시장.", ("암시장",)),
    Term("won", "원 (화폐 단위)", "돈의 단위.", ("북한 원", "남한 원")),
    Term("sim-card", "유심 카드", "칩.", ("유심", "SIM")),
    Term("sdg", "지속가능발전목표(SDG)", "유엔 목표.", ("지속가능발전목표", "SDG")),
)


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("탈북민이 돈을 보낸다.", "[탈북민](glossary:defector)이 돈을 보낸다."),
        ("탈북민은 말했다.", "[탈북민](glossary:defector)은 말했다."),
        ("브로커를 믿는다.", "[브로커](glossary:broker)를 믿는다."),
        ("브로커들에게 준다.", "[브로커](glossary:broker)들에게 준다."),
        ("브로커가 30%를 뗀다.", "[브로커](glossary:broker)가 30%를 뗀다."),
        ("장마당에서 산다.", "[장마당](glossary:jangmadang)에서 산다."),
        ("암시장으로 간다.", "[암시장](glossary:jangmadang)으로 간다."),
        ("북한 원으로 바꾸면", "[북한 원](glossary:won)으로 바꾸면"),
        ("SDG의 목표는", "[SDG](glossary:sdg)의 목표는"),
        ("중국 유심을 쓴다.", "중국 [유심](glossary:sim-card)을 쓴다."),
        ("탈북민, 브로커.", "[탈북민](glossary:defector), [브로커](glossary:broker)."),
    ],
)
def test_word_with_particle_links_without_the_particle(text: str, linked: str) -> None:
    """A Korean wording followed by a particle links; the particle stays plain text."""
    assert link_terms(text, G) == linked


@pytest.mark.parametrize(
    "text",
    [
        "탈북민촌 이야기.",  # 촌 is not a particle: a longer word
        "재탈북민 이야기.",  # a Hangul letter before the wording
        "브로커리지 수수료.",
        "장마당세 이야기.",
        "북한 원인 분석.",  # 인 is left out of the particles on purpose
        "유심히 본다.",  # 히 makes another word
        "SDGs 목록.",
    ],
)
def test_wording_inside_a_longer_word_is_left(text: str) -> None:
    """Particles are allowed after a wording, other letters are not."""
    assert link_terms(text, G) == text


def test_first_use_only_and_protected_regions() -> None:
    """Only the first use links; headings, citations and figure lines stay untouched."""
    text = "# 탈북민의 삶\n\n탈북민이 말했다 [@A05]. 탈북민은 또 말했다.\n\n[[figure: route-map]]\n"
    assert link_terms(text, G) == (
        "# 탈북민의 삶\n\n[탈북민](glossary:defector)이 말했다 [@A05]. 탈북민은 또 말했다."
        "\n\n[[figure: route-map]]\n"
    )


def test_english_matching_is_unchanged_by_particles() -> None:
    """English words are still matched whole: no Hangul, no change."""
    english = _glossary(Term("won", "won", "Money.", ()), Term("sim", "SIM", "Chip.", ()))
    text = "I wonder. It won't. Similar. won."
    assert link_terms(text, english) == "I wonder. It won't. Similar. [won](glossary:won)."

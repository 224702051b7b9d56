"""Figures and the calculator for paper: PNGs drawn with matplotlib, no widgets needed.

Always the light chart theme at print resolution, whatever the app shows on screen.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app.core.money.format import format_number
from desktop_app.core.story.datasets import FigureInfo
from desktop_app.core.story.sources import Citations

log = logging.getLogger(__name__)

PNG_DPI = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("Handout", text)


def render_figure_png(
    root: Path, figure_id: str, citations: Citations | None = None, lang: str = "en"
) -> bytes:
    """One catalogue figure as PNG bytes at print resolution, in the light theme.

    Raises DatasetError (bad catalogue or data) or UnknownFigure (no builder).
    """
    from desktop_app.charts.registry import builder_for
    from desktop_app.charts.style import theme_named
    from desktop_app.core.story.datasets import DatasetError, load_catalogue, load_dataset

    info = load_catalogue(root, lang).get(figure_id)
    if info is None:
        raise DatasetError(root / "data" / "figures.toml", f"has no figure '{figure_id}'")
    known = citations.facts if citations is not None else None
    data = load_dataset(root, info, known, lang)
    if lang == "ko":
        from desktop_app.ui.shell.fonts import ensure_matplotlib_fonts

        ensure_matplotlib_fonts()
    figure = builder_for(figure_id)(data, info, theme_named("light", lang=lang))
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=PNG_DPI, facecolor="white")
    return buffer.getvalue()


def render_figure_pngs(
    root: Path, figure_ids: Iterable[str], citations: Citations | None = None, lang: str = "en"
) -> tuple[dict[str, bytes], dict[str, str]]:
    """PNG bytes per figure, and for each figure that failed, what went wrong."""
    pngs: dict[str, bytes] = {}
    errors: dict[str, str] = {}
    for figure_id in figure_ids:
        try:
            pngs[figure_id] = render_figure_png(root, figure_id, citations, lang)
        except Exception as exc:  # one broken figure must not spoil the handout
            errors[figure_id] = f"{type(exc).__name__}: {exc}"
            log.error("handout figure %s: %s", figure_id, exc)
    return pngs, errors


def figure_catalogue(root: Path, lang: str = "en") -> Mapping[str, FigureInfo]:
    """The figure catalogue for captions ({} if it cannot be read)."""
    from desktop_app.core.story.datasets import DatasetError, load_catalogue

    try:
        return load_catalogue(root, lang)
    except DatasetError as exc:
        log.error("%s", exc)
        return {}


def calculator_note(root: Path, lang: str = "en") -> str:
    """Markdown standing in for the calculator on paper: its heading and starting values."""
    from desktop_app.core.money.inputs import FIELD_BY_NAME
    from desktop_app.core.money.texts import CONTROL_FIELDS, TextsError, load_texts

    intro = _tr(
        "In the Lifeline app an interactive calculator appears here. It starts from the "
        "numbers in the story; open chapter 8 in the app to change them and see what "
        "reaches the family."
    )
    try:
        texts = load_texts(root, lang)
    except TextsError:
        return intro
    lines = [f"**{texts.get('panel', 'heading')}.** {intro}", ""]
    lines.append(f"{texts.get('panel', 'start_label')}:")
    lines.append("")
    for name in CONTROL_FIELDS:
        spec = FIELD_BY_NAME[name]
        facts = f" \\[{', '.join(spec.fact_ids)}\\]" if spec.fact_ids else ""
        lines.append(f"- {texts.controls[name][0]}: {format_number(spec.default)}{facts}")
    return "\n".join(lines)

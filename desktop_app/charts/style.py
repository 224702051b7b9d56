"""Chart themes: colours and type sizes handed to every figure builder.

Builders never touch matplotlib's global ``rcParams``; they read a ``ChartTheme``.
The palette is Okabe-Ito (safe for the common colour-vision deficiencies); every
series also gets a hatch pattern and a direct label, so colour is never the only cue.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
)
HATCHES = ("", "//", "..", "xx", "\\\\", "++", "oo")


@dataclass(frozen=True)
class ChartTheme:
    name: str
    background: str
    foreground: str
    muted: str
    grid: str
    palette: tuple[str, ...]
    hatches: tuple[str, ...]
    base_font_pt: float = 11.0
    font_scale: float = 1.0
    font_family: tuple[str, ...] = ("DejaVu Sans",)
    # The width in inches (at 96 dpi) the figure has on screen; 0 = not known (exports).
    room_in: float = 0.0

    @property
    def font_pt(self) -> float:
        """Body label size, scaled with the app's text zoom."""
        return self.base_font_pt * self.font_scale

    @property
    def title_pt(self) -> float:
        return self.font_pt * 1.25

    @property
    def small_pt(self) -> float:
        return self.font_pt * 0.85

    def color(self, i: int) -> str:
        return self.palette[i % len(self.palette)]

    def hatch(self, i: int) -> str:
        return self.hatches[i % len(self.hatches)]

    def scaled(self, font_scale: float) -> ChartTheme:
        return replace(self, font_scale=font_scale)


LIGHT = ChartTheme(
    name="light",
    background="#FFFFFF",
    foreground="#1A1A1A",
    muted="#5A5A5A",
    grid="#D9D9D9",
    palette=OKABE_ITO,
    hatches=HATCHES,
)

DARK = ChartTheme(
    name="dark",
    background="#1E1F22",
    foreground="#ECECEC",
    muted="#B0B0B0",
    grid="#3C3F44",
    palette=("#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#F0E442", "#D55E00", "#0072B2"),
    hatches=HATCHES,
)

HIGH_CONTRAST = ChartTheme(
    name="high-contrast",
    background="#000000",
    foreground="#FFFFFF",
    muted="#FFFFFF",
    grid="#808080",
    palette=("#FFD700", "#00FFFF", "#FF80FF", "#7CFC00", "#FFFFFF", "#FF8C00", "#87CEFA"),
    hatches=HATCHES,
    base_font_pt=13.0,
)

THEMES = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}


# The bundled Korean subset (resources/fonts); DejaVu Sans covers what it lacks.
KOREAN_FAMILY = ("Lifeline Sans KR", "DejaVu Sans")


def theme_named(name: str, font_scale: float = 1.0, lang: str = "en") -> ChartTheme:
    theme = THEMES.get(name, LIGHT).scaled(font_scale)
    return replace(theme, font_family=KOREAN_FAMILY) if lang == "ko" else theme

"""Loads the figure catalogue and datasets once, for every figure panel to share."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the dataset readers are imported with the first figure, not at start-up
    from desktop_app.core.story.datasets import Dataset, FigureInfo
    from desktop_app.core.story.sources import Citations


class FigureStore:
    """Catalogue and datasets, loaded on first use and kept (pure data: no matplotlib)."""

    def __init__(self, root: Path, citations: Citations, lang: str = "en") -> None:
        self.root = root
        self.lang = lang
        self.citations = citations
        self._catalogue: dict[str, FigureInfo] | None = None
        self.catalogue_error: str | None = None
        self._datasets: dict[str, Dataset] = {}

    def catalogue(self) -> dict[str, FigureInfo]:
        if self._catalogue is None:
            from desktop_app.core.story.datasets import DatasetError, load_catalogue

            try:
                self._catalogue = load_catalogue(self.root, self.lang)
            except DatasetError as exc:
                self.catalogue_error = str(exc)
                self._catalogue = {}
        return self._catalogue

    def figure_ids(self) -> list[str]:
        return list(self.catalogue())

    def info(self, figure_id: str) -> FigureInfo:
        """The catalogue entry; DatasetError naming figures.toml when it is missing."""
        from desktop_app.core.story.datasets import DatasetError

        found = self.catalogue().get(figure_id)
        if found is None:
            problem = self.catalogue_error or f"has no figure '{figure_id}'"
            raise DatasetError(self.root / "data" / "figures.toml", problem)
        return found

    def dataset(self, figure_id: str) -> Dataset:
        data = self._datasets.get(figure_id)
        if data is None:
            from desktop_app.core.story.datasets import load_dataset

            data = load_dataset(self.root, self.info(figure_id), self.citations.facts, self.lang)
            self._datasets[figure_id] = data
        return data

"""Shared fixtures: the seeds and the bundled corpus are the shared test data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def seed(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


# The property tests run derandomized: the same examples every run, so a red build always
# means a change, never a lucky draw. MT_RESTORE_EXPLORE=1 draws new examples each run:
# what it finds in contrived text (runs of names in several conventions, test_pipeline's
# known cases) is worth reading, not a red build.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
_hypothesis_settings.register_profile("explore", print_blob=True)
_hypothesis_settings.load_profile(
    "explore" if __import__("os").environ.get("MT_RESTORE_EXPLORE") else "ci"
)

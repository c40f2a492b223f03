"""How often the names stage changes a Korean's own name, written in English romanization,
in a text about Korea: names.korean must read only transcriptions of its figures' names.

names-dataset lists Korea's given names in Hangul only, so the given names here are made
of common syllables as the English press romanizes them (Young-soo, Sungho, Jae Min), in
the three ways English copy joins them, after Korea's common surnames. Every change is a
real person renamed; the lines printed show which.

    python bench/korean_names_probe.py
"""

from __future__ import annotations

import sys
from itertools import product
from pathlib import Path

from restore.pipeline import Pipeline, RestoreConfig

sys.path.insert(0, str(Path(__file__).resolve().parent))

from name_pairs import probe

_SYLLABLES = (
    "young sung jung jae min ji hyun soo ho jin seo eun hee kyung sang chul hoon woo joon "
    "dong hye mi yeon seung tae won il kwang su na yong chan gyu hwan sook ok ja"
)
_SURNAMES = (
    "Kim Park Choi Cho Kang Jung Shin Jang Jeong Kwon Seo Hwang Yoon Jeon Yun Yoo Ahn Ryu "
    "Baek Kwak Im Heo Shim Byun Chae Lee Oh Han Moon Song Pak Ri Choe Jo"
)
SYLLABLES, SURNAMES = _SYLLABLES.split(), _SURNAMES.split()
SENTENCE = "South Korean officials said {} spoke in Seoul on Friday."
PAIRS = 6000


def main() -> int:
    given = []
    for a, b in product(SYLLABLES, repeat=2):
        given += [f"{a.title()}-{b}", f"{a.title()}{b}", f"{a.title()} {b.title()}"]
    pipeline = Pipeline(RestoreConfig(only=("names",)))
    probe(
        "Korean names in English romanization",
        given,
        SURNAMES,
        pipeline,
        PAIRS,
        sentence=SENTENCE,
        family_first=True,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

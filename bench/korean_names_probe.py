"""How often the names stage changes a Korean's own name, written in English romanization,
in a text about Korea: names.korean must read only transcriptions of its figures' names.

names-dataset lists Korea's given names in Hangul only, so the given names here are made
of common syllables as the English press romanizes them (Young-soo, Sungho, Jae Min), in
the three ways English copy joins them, after Korea's common surnames. Every change is a
real person renamed; the lines printed show which.

    python bench/korean_names_probe.py
"""

from __future__ import annotations

import random

from restore.pipeline import Pipeline, RestoreConfig

SYLLABLES = [
    "young",
    "sung",
    "jung",
    "jae",
    "min",
    "ji",
    "hyun",
    "soo",
    "ho",
    "jin",
    "seo",
    "eun",
    "hee",
    "kyung",
    "sang",
    "chul",
    "hoon",
    "woo",
    "joon",
    "dong",
    "hye",
    "mi",
    "yeon",
    "seung",
    "tae",
    "won",
    "il",
    "kwang",
    "su",
    "na",
    "yong",
    "chan",
    "gyu",
    "hwan",
    "sook",
    "ok",
    "ja",
]
SURNAMES = [
    "Kim",
    "Park",
    "Choi",
    "Cho",
    "Kang",
    "Jung",
    "Shin",
    "Jang",
    "Jeong",
    "Kwon",
    "Seo",
    "Hwang",
    "Yoon",
    "Jeon",
    "Yun",
    "Yoo",
    "Ahn",
    "Ryu",
    "Baek",
    "Kwak",
    "Im",
    "Heo",
    "Shim",
    "Byun",
    "Chae",
    "Lee",
    "Oh",
    "Han",
    "Moon",
    "Song",
    "Pak",
    "Ri",
    "Choe",
    "Jo",
]
SENTENCE = "South Korean officials said {} spoke in Seoul on Friday."
TRIES = 6000


def main() -> int:
    rng = random.Random(3)
    pipeline = Pipeline(RestoreConfig(only=("names",)))
    names = set()
    for _ in range(TRIES):
        a, b = rng.choice(SYLLABLES), rng.choice(SYLLABLES)
        given = rng.choice([f"{a.title()}-{b}", f"{a.title()}{b}", f"{a.title()} {b.title()}"])
        names.add(f"{rng.choice(SURNAMES)} {given}")
    changed = 0
    for name in sorted(names):
        text = SENTENCE.format(name)
        result = pipeline.run(text)
        if result.text != text:
            changed += 1
            print(f"  {name} -> {result.text}")
    print(f"{len(names)} Korean names in English romanization, {changed} changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

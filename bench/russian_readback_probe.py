"""How well a Russian surname is read back from Hungarian transcription when the name is
not in the table (names.russian's fallback for names names-dataset does not rank).

names-dataset's Russian surnames are split in two at random: the letter model is built
from the English forms of one half only, and each surname of the other half that Hungarian
writes with one of its own letters (sz, zs, cs, gy) is transcribed to Hungarian and read
back. Printed: how often the best reading is the English-press form, how often the
reading counts as clear (the rule applies only those; others are suggestions), and how
often a clear reading is right.

    pip install names-dataset
    python bench/russian_readback_probe.py
"""

from __future__ import annotations

import random

from restore.cyrillic import LetterModel, best_reading, hungarian_marked, transcribe
from restore.data.build_russian import russian_names

SAMPLE = 4000


def main() -> int:
    from names_dataset import NameDataset

    surnames = [name for name, kind in russian_names(NameDataset()) if kind == "family"]
    random.Random(1).shuffle(surnames)
    half = len(surnames) // 2
    model = LetterModel(transcribe(name, "en") for name in surnames[:half])
    tried = right = clear = clear_right = unread = 0
    for name in surnames[half : half + SAMPLE]:
        hungarian, english = transcribe(name, "hu"), transcribe(name, "en")
        if not hungarian_marked(hungarian) or hungarian.lower() == english.lower():
            continue
        reading = best_reading(hungarian, model)
        tried += 1
        if reading is None:
            unread += 1
            continue
        right += reading.english == english
        if reading.clear:
            clear += 1
            clear_right += reading.english == english
    print(
        f"{tried} held-out surnames with Hungarian letters; {unread} not read (no surname ending)"
    )
    read = tried - unread
    print(f"of the {read} read, the best reading is right for {right / read:.1%}")
    share, accuracy = clear / read, clear_right / clear
    print(f"clear readings (applied): {share:.1%} of those read, right {accuracy:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How well a Russian surname is read back from Hungarian transcription when the name is
not in the table (names.russian's fallback for names names-dataset does not rank).

names-dataset's Russian surnames are split in two at random: the letter model is built
from the English forms of one half only, and each surname of the other half is written as
the Hungarian, German and Czech press writes it and, where that carries the press's own
letters and a Russian surname's ending, read back. Printed per language: how often the
best reading is the English-press form, how often the reading counts as clear, and how
often a clear reading is right. names.russian applies clear Hungarian readings; the others
it only suggests.

    pip install names-dataset
    python bench/russian_readback_probe.py
"""

from __future__ import annotations

import random

from restore.cyrillic import LetterModel, best_reading, presses_of, transcribe
from restore.data.build_russian import russian_names

SAMPLE = 4000


def probe(lang: str, held_out: list[str], model: LetterModel) -> None:
    """Read back each held-out surname as ``lang``'s press writes it, and print the tally."""
    tried = right = clear = clear_right = unread = 0
    for name in held_out:
        written, english = transcribe(name, lang), transcribe(name, "en")
        if written.lower() == english.lower() or not presses_of(written.lower()):
            continue
        reading = best_reading(written.lower(), model, (lang,))
        tried += 1
        if reading is None:
            unread += 1
            continue
        right += reading.english == english
        if reading.clear:
            clear += 1
            clear_right += reading.english == english
    read = tried - unread
    print(f"{lang}: {tried} held-out surnames with that press's letters and endings")
    print(f"  of the {read} read, the best reading is right for {right / read:.1%}")
    share, accuracy = clear / read, clear_right / clear
    print(f"  clear readings: {share:.1%} of those read, right {accuracy:.1%}")


def main() -> int:
    from names_dataset import NameDataset

    surnames = [name for name, kind in russian_names(NameDataset()) if kind == "family"]
    random.Random(1).shuffle(surnames)
    half = len(surnames) // 2
    model = LetterModel(transcribe(name, "en") for name in surnames[:half])
    for lang in ("hu", "de", "cs"):
        probe(lang, surnames[half : half + SAMPLE], model)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

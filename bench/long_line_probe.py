"""Whether any rule's time grows faster than the text on one long line.

A batch meets single lines of many megabytes (a JSONL record without line breaks, a
scraped page). A rule that looks back to the start of the line, or around a whole
"sentence", for each match turns such a line into hours. Each kind of damage below is
repeated into one line of ``--kb`` and of twice that; the time of the whole pipeline on
the two is compared, and a ratio well above 2 (the default flag is 3) points at a rule
that is quadratic on long lines.

    python bench/long_line_probe.py [--kb 150] [--flag 3]
"""

from __future__ import annotations

import argparse
import time

from restore.pipeline import Pipeline

#: One phrase per kind of damage (and per rule that looks around its matches).
PHRASES = {
    "future tense": "The minister will say nothing ",
    "direct speech": '"We agree", – said the minister ',
    "abbreviations": "costs 5 mln. euros and 3,5 proc. and ",
    "inflected names": "Donaldas Trumpas met Joe Bidenas ",
    "inflected pairs": "Johnas Smithas and Rūdolfs Mazurs ",
    "possessives": "Trumpas' aides and ",
    "apostrophe endings": "Pete'as Hegsethas' ",
    "figures": "Vlagyimir Putyin and Szergej Lavrov ",
    "family first": "Orbán Viktor and ",
    "russian names": "Dmitrij Medvegyev and Nyikolaj Patrusev ",
    "japanese names": "Japan's Kisida Fumio and Hajasi ",
    "places": "Kijev and Moszkva and ",
    "hashtags": "#tag #other ",
    "shortcodes": '[aa x="1"] word ',
    "captions": "[caption]A photo.[/caption] word ",
    "doubled words": "the the ",
    "articles": "a apple an pear ",
    "broken paragraphs": "it was\n\nbroken and ",
    "line breaks": "it was\nbroken and ",
    "ellipses": "to (…) peace ",
    "thousands": "1 000 000 and ",
    "quotation marks": "„quoted“ and »this« ",
    "currencies": "56 billion USD and EUR 5 ",
    "e.g.": "tanks, etc e.g. ",
    "mojibake": "Ã© and â€œ ",
    "entities": "&amp; and &#8217; ",
    "initials": "Benjamin Netanyahu spoke. Later, B. Netanyahu left. ",
    "local currencies": "1 2 3 4 5 000 zł and ",
    "foreign dates": "2025. március 15. and 15 marca 2025 r. ",
    "site lines": "text\nADVERTISEMENT\nPhoto: AFP\n",
    "titles after names": "Viktor Orbán Prime Minister said so. ",
    "later figure words": "Kim Jong Unas and ",
    "yearless dates": "Vilnius, vasario 10 d. and 3 marca and ",
    "hungarian order": "Varga Mihály and Magyar Péter ",
    # Names whose repair is checked against every name taken before it.
    "japanese family first": "Kisida Fumio met Kuroda Haruhiko. ",
    "korean names": "Jun Szogjol met Kim Dzsongun in Seoul, and Jun spoke. ",
    "country titles after names": "Xi Jinping Chinese President met Robert Fico Slovak Premier. ",
    "informed": "it fell, informed the Statistical Office. ",
    "name split by a break": "to the United\n\nStates, he said. ",
    # Each looks back from its match: to the line's start, or over the words before it.
    "dash quotes": "text.\n- We stand behind Ukraine, says Kristersson.\n",
    "site sentences": "text.\nComments (3)\n",
    "office calques": "The president of the Government, Pedro Sánchez, said so. ",
    "finnic endings": "Donald Trumpin and Mark Rute met. ",
    "told that": "He told that it was over, and 5 millions of people and 3 procent r/r. ",
    "windows-1250 letters": "Ĺ\u00a0imonytÄ— ",
    "dash quotes inside": "It rose. - We will help - said Tusk. ",
    "outlets and years": '"No," said Fico for TASR after talks in 2026 year until 2027. ',
    "ministry roles": "The spokesman of the Chinese Ministry of Foreign Affairs Lin Jian said. ",
    "genitive possessives": "Kazuo Uedos statement and Fumio Kishidos words ",
    "lost closing quotes": "â€œNo.â€ He said â€œyes.â€\ufffd and ",
    "sound respellings": "Donald Tramp and Elon Mask met Džo Bajden and Olaf Šolc. ",
    "serbian pinyin": "China's Si Đinping met Li Ćijang in China. ",
    "perfect with a time": "He has announced Thursday the plan and has spoken yesterday. ",
    "serbian calques": "They introduced sanctions to Russia in the statement for the "
    "journalists, Rubio, who is on the visit to Belgrade, 5 billion of euros, in the 2027. ",
    "initialisms": "by the U.S.\n\nmilitary and ",
    "baltic places": "Charkivo and Mariupolyje and Harkivā and Kurskas ",
    "polish case figures": "Fumio Kishidy and Shigeru Ishibę ",
    "lost no-break space": "Ingrida Å imonytÄ— and ",
    "tags above a headline": "#tag #other\nA headline of a few words\n",
    "preposition before a break": "a sentence of prose that runs long enough to be no title or "
    "notice at all, as from\n\nRaytheon, was ",
    "broadcasters and journalists": "told the CNN on Monday and stated for the journalists that "
    "in the same period of the last year ",
    # Edits and suggestions far apart, as in a real report: each one's bookkeeping must
    # not cost the whole text (edits near each other share one window and hide it).
    "scattered edits": "A clean sentence of the report that no rule repairs, as most are. " * 6
    + "the the ",
    "scattered suggestions": "A clean sentence of the report that no rule repairs. " * 6
    + "The Washington Post newspaper said so. ",
    "french spacing": "Is the minister right about the talks in Geneva today ? Nobody knows ! ",
    "html tags": "<p>Kyiv said so, <strong>officials</strong> said.</p><p>Talks go on.<br>",
    "past time opening": "Yesterday, the minister has announced it. ",
    "present since": "He is in office since 2019 and they are fighting since May. ",
    "eighth stop calques": "In the result of the attack, during the last days, grew for 5 percent ",
    "code pages": "Rados³aw Sikorski in £ódŸ and Vaòková ",
    "hungarian endings": "Donald Trumppal and Marco Rubióval ",
    "ninth stop calques": "50 millions euros increased with 12 percent over the night, the project "
    "of law has on Tuesday in Berlin declared ",
    "tenth stop calques": "the war from Ukraine, took part on the meeting, 100 of people, "
    "slowed down in October on 2.9 percent. Also the United States will send. ",
    "capitalised runs": "the summit from Kyiv Lviv Odesa Kharkiv Dnipro Sumy Poltava Rivne ",
    "lower-case titles": "met with president Volodymyr Zelensky and premier Donald Tusk ",
    "case forms": "Putin met Putinem and Bidenovi and Rokeya Khanom ",
    "lithuanian pairs": "Michaelas Kofmanas and Paulas Krugmanas ",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kb", type=int, default=150, help="size of the shorter line")
    parser.add_argument("--flag", type=float, default=3.0, help="ratio that counts as growth")
    parser.add_argument("only", nargs="*", help="the kinds of damage to try (default: all)")
    args = parser.parse_args()
    pipeline = Pipeline()
    pipeline.warm()
    flagged = 0
    print(f"{'damage':20} {args.kb:>6} KB {2 * args.kb:>6} KB  ratio")
    for name, phrase in PHRASES.items():
        if args.only and name not in args.only:
            continue
        times = []
        for size in (args.kb * 1000, 2 * args.kb * 1000):
            text = phrase * (size // len(phrase))
            started = time.perf_counter()
            pipeline.run(text)
            times.append(time.perf_counter() - started)
        ratio = times[1] / max(times[0], 1e-9)
        mark = "  <- grows faster than the text" if ratio > args.flag else ""
        flagged += bool(mark)
        print(f"{name:20} {times[0]:8.2f}s {times[1]:8.2f}s {ratio:6.1f}{mark}")
    print(f"{flagged} of {len(PHRASES)} kinds of damage flagged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How often the rules fire on clean, edited English that nobody wrote for this project.

Every Python installation carries one such corpus: the docstrings of its standard library.
Each docstring of at least MIN_CHARS characters is reflowed into paragraphs (one line each,
a blank line between, as news copy comes) and restored without a reference. Clean text
should pass through unchanged, so every automatic edit counted here is either a real slip
in the docstring (a doubled "the") or a rule overreaching; the examples printed tell which.

    python bench/clean_probe.py [--examples N]
"""

from __future__ import annotations

import argparse
import ast
import sysconfig
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from restore.pipeline import Pipeline

MIN_CHARS = 200


def docstrings(root: Path) -> Iterator[tuple[str, str]]:
    """(module path, reflowed docstring) for modules, classes and functions under ``root``."""
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).parts
        if "site-packages" in parts or any(p.startswith("test") for p in parts):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)):
                doc = ast.get_docstring(node)
                if doc and len(doc) >= MIN_CHARS:
                    paragraphs = (" ".join(p.split()) for p in doc.split("\n\n"))
                    yield str(path.relative_to(root)), "\n\n".join(p for p in paragraphs if p)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=3, help="examples shown per rule")
    args = parser.parse_args()
    root = Path(sysconfig.get_paths()["stdlib"])
    pipeline = Pipeline()
    applied: Counter[str] = Counter()
    suggested: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    docs = changed = 0
    for where, text in docstrings(root):
        docs += 1
        result = pipeline.run(text)
        changed += result.text != text
        for edit in result.edits:
            (applied if edit.applied else suggested)[edit.rule] += 1
            if edit.applied and shown[edit.rule] < args.examples:
                shown[edit.rule] += 1
                context = text[max(0, edit.start - 40) : edit.end + 30].replace("\n", "⏎")
                print(f"  {edit.rule}: {where}: …{context}… {edit.before!r} -> {edit.after!r}")
    print(f"{docs} docstrings from {root}; {changed} changed ({100 * changed / docs:.1f}%)")
    print(f"{'rule':36s} {'applied':>8s} {'suggested':>10s}")
    for rule in sorted(set(applied) | set(suggested)):
        print(f"{rule:36s} {applied[rule]:8d} {suggested[rule]:10d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

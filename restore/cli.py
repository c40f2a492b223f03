"""The ``mt-restore`` command: parse arguments, call the library, map errors to exit codes.

Exit 0 on success, 1 when some documents failed (the rest are still written), 2 for a
usage error. Bad input never shows a traceback: the library raises RestoreError subclasses
and reports per-document problems; only this module turns them into messages.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path

from restore.errors import RestoreError, UnknownRuleError
from restore.pipeline import RestoreConfig

PROG = "mt-restore"


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1
    USAGE = 2


def _say(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _rule_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--enable", action="append", default=[], metavar="ID", help="also run this rule or stage"
    )
    p.add_argument(
        "--disable", action="append", default=[], metavar="ID", help="skip this rule or stage"
    )
    p.add_argument(
        "--only", action="append", default=[], metavar="ID", help="run only these rules or stages"
    )
    p.add_argument("--style", metavar="FILE", help="house-style profile (TSV); default: AP-like")
    p.add_argument("--names", metavar="FILE", help="your own gazetteer of names (TSV)")


def _config(args: argparse.Namespace) -> RestoreConfig:
    for path in (args.style, args.names):
        if path and not Path(path).is_file():
            raise RestoreError(f"{path}: no such file")
    return RestoreConfig(
        tuple(args.enable), tuple(args.disable), tuple(args.only), args.style, args.names
    )


def _references(paths: Sequence[str]) -> list[str]:
    """Reference texts, their scraper headers and shortcodes removed."""
    from restore.inputs import read_reference
    from restore.pipeline import clean_reference

    return [clean_reference(read_reference(p)) for p in paths]


def cmd_rules(args: argparse.Namespace) -> ExitCode:
    from restore.registry import all_rules

    rules = all_rules()
    if args.json:
        print(json.dumps([r.to_json() for r in rules], ensure_ascii=False, indent=1))
        return ExitCode.OK
    for r in rules:
        flag = "" if r.default else " (off by default)"
        print(f"{r.id:32} {r.description}{flag}")
    return ExitCode.OK


def cmd_learn(args: argparse.Namespace) -> ExitCode:
    from restore.learn import learn

    for line in learn(args.decisions, args.examples_dir):
        print(line)
    return ExitCode.OK


def cmd_clean(args: argparse.Namespace) -> ExitCode:
    from restore.batch import CleanOptions, clean
    from restore.decisions import load_decisions

    workers = args.workers if args.workers is not None else (os.cpu_count() or 1)
    if args.format == "text" and not args.quiet:
        for path in args.paths or ():
            if path.endswith(".jsonl") and Path(path).is_file():
                _say(f"{path}: read as one text document; --format jsonl reads it by lines")
    opts = CleanOptions(
        paths=args.paths or ["-"],
        out=args.out,
        fmt=args.format,
        edits=args.edits,
        errors=args.errors,
        workers=workers,
        dask=args.dask,
        resume=args.resume,
        progress=args.progress or (sys.stderr.isatty() and not args.quiet),
        decisions=load_decisions(args.decisions) if args.decisions else None,
        max_bytes=int(args.max_mb * 1024 * 1024),
        annotate=args.annotate,
    )
    summary = clean(opts, _config(args), _references(args.reference), _say)
    if not args.quiet and (opts.progress or args.summary):
        _say(summary.line())
    return ExitCode.FAILED if summary.failed or summary.warned else ExitCode.OK


def cmd_score(args: argparse.Namespace) -> ExitCode:
    from restore.scoring import score_files

    result = score_files(
        args.hyp, args.ref, "lines" if args.lines else "doc" if args.doc else "aligned"
    )
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        for name in ("bleu", "chrf", "ter"):
            key = {"bleu": "BLEU", "chrf": "chrF", "ter": "TER"}[name]
            print(f"{key:5} {result[name]:6.2f}  {result['signatures'][key]}")
        print(f"segments scored: {result['segments']}")
    return ExitCode.OK


def cmd_align(args: argparse.Namespace) -> ExitCode:
    from restore.alignment import align
    from restore.inputs import read_reference

    alignment = align(read_reference(args.hyp), read_reference(args.ref))
    if args.json:
        print(json.dumps(alignment.to_json(), ensure_ascii=False, indent=1))
        return ExitCode.OK
    for link in alignment.links:
        hyp = " ".join(alignment.hyp_segments[i] for i in link.hyp)
        ref = " ".join(alignment.ref_segments[j] for j in link.ref) or "-"
        print(f"{link.hyp}->{link.ref} {link.score:.2f}\n  H: {hyp}\n  R: {ref}")
    return ExitCode.OK


def cmd_eval(args: argparse.Namespace) -> ExitCode:
    from restore.corpus import load_corpus
    from restore.evaluate import evaluate
    from restore.report import eval_table

    report = evaluate(load_corpus(args.corpus), _config(args), ablate=not args.no_ablation)
    if args.html:
        from restore.atomic import write_atomic
        from restore.viewer import eval_html

        write_atomic(args.html, eval_html(report))
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else eval_table(report))
    return ExitCode.OK


def cmd_view(args: argparse.Namespace) -> ExitCode:
    from restore.atomic import write_atomic
    from restore.inputs import read_reference
    from restore.pipeline import Pipeline
    from restore.viewer import render_page

    refs = _references(args.reference)
    restoration = Pipeline(_config(args)).run(
        read_reference(args.path), refs or None, doc_id=Path(args.path).name
    )
    write_atomic(args.out, render_page(restoration, refs))
    return ExitCode.OK


def cmd_diff(args: argparse.Namespace) -> ExitCode:
    from restore.inputs import read_reference
    from restore.pipeline import Pipeline
    from restore.termdiff import print_diff

    refs = _references(args.reference)
    restoration = Pipeline(_config(args)).run(read_reference(args.path), refs or None)
    print_diff(restoration, color=args.color)
    return ExitCode.OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Repair garbled machine-translated English news."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("rules", help="list the rules; `rules learn` turns decisions into examples")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_rules)
    rsub = p.add_subparsers(dest="rules_command")
    pl = rsub.add_parser("learn", help="add an editor's decisions to the rules' examples")
    pl.add_argument("decisions", help="decisions JSON exported from the viewer")
    pl.add_argument("--examples-dir", help="where the example files are (default: the package's)")
    pl.set_defaults(handler=cmd_learn)

    p = sub.add_parser("clean", help="restore documents")
    p.add_argument("paths", nargs="*", help="files, folders or - (stdin, the default)")
    p.add_argument(
        "-o", "--out", help="output file (one input, or JSONL) or folder (several inputs)"
    )
    p.add_argument("--format", choices=("text", "jsonl"), default="text")
    p.add_argument("--reference", action="append", default=[], metavar="REF")
    p.add_argument("--edits", metavar="LOG.jsonl", help="write every edit as a JSON line")
    p.add_argument("--errors", metavar="FILE", help="write each failed document as a JSON line")
    p.add_argument("--decisions", metavar="FILE", help="apply an editor's accept/reject decisions")
    p.add_argument("--workers", type=int, metavar="N", help="processes (default: all cores)")
    p.add_argument(
        "--dask", metavar="ADDRESS", help="run on a Dask cluster ('local' starts one here)"
    )
    p.add_argument("--resume", action="store_true", help="skip ids already in the JSONL output")
    p.add_argument(
        "--progress", action="store_true", help="show a progress bar even when not a terminal"
    )
    p.add_argument("--summary", action="store_true", help="print a summary line at the end")
    p.add_argument(
        "--annotate", action="store_true", help="JSONL: add an mt_restore field (signature, damage)"
    )
    p.add_argument(
        "--max-mb",
        type=float,
        default=32.0,
        metavar="MB",
        help="larger documents are reported, not cleaned",
    )
    p.add_argument("-q", "--quiet", action="store_true")
    _rule_options(p)
    p.set_defaults(handler=cmd_clean)

    p = sub.add_parser("score", help="BLEU, chrF and TER against a reference")
    p.add_argument("hyp")
    p.add_argument("--ref", required=True)
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--lines", action="store_true", help="line-aligned files, exactly as sacrebleu"
    )
    mode.add_argument("--doc", action="store_true", help="whole documents")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_score)

    p = sub.add_parser("align", help="sentence-align a garbled text with its reference")
    p.add_argument("hyp")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_align)

    p = sub.add_parser("eval", help="scores before and after restoration on a corpus")
    p.add_argument("corpus", nargs="?", help="corpus folder (default: the bundled patriot-2023)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--html", metavar="FILE")
    p.add_argument("--no-ablation", action="store_true", help="skip the per-rule deltas (faster)")
    _rule_options(p)
    p.set_defaults(handler=cmd_eval)

    p = sub.add_parser("view", help="the editor's viewer: one self-contained HTML file")
    p.add_argument("path")
    p.add_argument("--reference", action="append", default=[], metavar="REF")
    p.add_argument("-o", "--out", required=True, metavar="FILE.html")
    _rule_options(p)
    p.set_defaults(handler=cmd_view)

    p = sub.add_parser("diff", help="a word-level diff in the terminal, rule ids in the margin")
    p.add_argument("path")
    p.add_argument("--reference", action="append", default=[], metavar="REF")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    _rule_options(p)
    p.set_defaults(handler=cmd_diff)
    return parser


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    import signal

    if argv is None:  # the real command: SIGTERM cleans up like Ctrl-C
        signal.signal(signal.SIGTERM, _terminate)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return int(args.handler(args))
    except (UnknownRuleError, ValueError) as exc:
        _say(str(exc))
        return ExitCode.USAGE
    except RestoreError as exc:
        _say(str(exc))
        return ExitCode.FAILED
    except KeyboardInterrupt:
        _say("interrupted; outputs hold only complete documents (--resume goes on from there)")
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return ExitCode.OK

"""Plain-text rendering of an eval report (no I/O)."""

from __future__ import annotations

from typing import Any


def _fmt(fig: dict[str, float]) -> str:
    text = f"BLEU {fig['bleu']:6.2f}  chrF {fig['chrf']:6.2f}"
    return text + (f"  TER {fig['ter']:6.2f}" if "ter" in fig else "")


def eval_table(report: dict[str, Any]) -> str:
    """The human-readable report of ``mt-restore eval``."""
    lines = [
        f"corpus {report['corpus']}   {report['signature']}",
        f"main metric: {report['main_metric']}",
    ]
    for name, sig in report["metric_signatures"].items():
        lines.append(f"  {name}: {sig}")
    for pair in report["pairs"]:
        lines.append("")
        lines.append(
            f"{pair['hyp']} -> {pair['ref']}  ({pair['segments']} aligned segments; unlinked "
            f"hyp {pair['unlinked']['hyp']}, ref {pair['unlinked']['ref']})"
        )
        lines.append(f"  before  {_fmt(pair['before'])}")
        lines.append(f"  after   {_fmt(pair['after'])}")
        delta = {k: pair["after"][k] - pair["before"][k] for k in ("bleu", "chrf", "ter")}
        change = "  ".join(f"{k} {delta[k.lower()]:+6.2f}" for k in ("BLEU", "chrF", "TER"))
        lines.append(f"  change  {change}")
        lines.append(f"  document  before {_fmt(pair['doc_before'])}")
        lines.append(f"            after  {_fmt(pair['doc_after'])}")
        if "postedit_ter" in pair:
            pe = pair["postedit_ter"]
            before, after = pe["before"], pe["after"]
            lines.append(
                f"  TER against the gold post-edit: before {before:.2f}  after {after:.2f}"
            )
        for metric, sig in pair.get("significance", {}).items():
            lines.append(f"  paired bootstrap ({metric}): p = {sig['p_value']:.4f}")
        damage = pair.get("damage")
        if damage:
            lines.append(
                f"  damage: {damage['per_100_words']} repairs and suggestions per 100 words"
            )
        for rule_id, count in sorted(pair["edits"].items()):
            line = f"    {rule_id:32} {count:3} edits"
            if "rules" in pair and rule_id in pair["rules"]:
                d = pair["rules"][rule_id]
                line += f"   worth chrF {d['chrf_delta']:+.2f}  TER {d['ter_delta']:+.2f}"
            lines.append(line)
        for rule_id, count in sorted(pair.get("suggestions", {}).items()):
            lines.append(f"    {rule_id:32} {count:3} suggestions")
        for rule_id, count in sorted(pair.get("demoted", {}).items()):
            lines.append(f"    {rule_id:32} {count:3} demoted (lowered their sentence's chrF)")
    names = report.get("names")
    if names:
        lines.append("")
        lines.append(
            f"names ({names['forms']} forms, {names['genuine']} genuine): accuracy "
            f"{names['accuracy_without_reference']:.1%} without a reference, "
            f"{names['accuracy_with_reference']:.1%} with; genuine names changed "
            f"{names['false_positive_rate']:.1%}"
        )
    return "\n".join(lines)

"""Rules as declarations: id, stage, description, examples; and the registry that lists them.

A rule is a function ``(text, ctx) -> Iterable[Proposal]`` declared with :func:`rule`. The
stage is the id's prefix, so the two cannot drift. Examples live in data files,
``restore/data/examples/<stage>.jsonl``, one object per line: ``{"rule", "input",
"output"}`` plus optional ``"reference"`` and ``"suggested": true`` (the output is what an
editor gets by accepting the suggestion). An example whose output equals its input must
not fire. Keeping them in data lets ``mt-restore rules learn`` append an editor's decisions.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from restore.errors import TableFormatError, UnknownRuleError

if TYPE_CHECKING:
    from restore.context import Context

#: The stages, in the order the pipeline runs them.
STAGES: tuple[str, ...] = (
    "encoding",
    "layout",
    "typography",
    "names",
    "phrases",
    "style",
    "review",
)

#: Stages whose rules only ever suggest (they judge the text against a reference).
SUGGEST_ONLY_STAGES = frozenset({"review"})


class Proposal(NamedTuple):
    """What a rule proposes: replace ``[start, end)`` of the text it was given."""

    start: int
    end: int
    after: str
    note: str = ""
    suggest: bool = False


RuleFn = Callable[[str, "Context"], Iterable[Proposal]]


@dataclass(frozen=True, slots=True)
class Example:
    """A worked case of one rule; ``output == input`` means the rule must not fire."""

    rule: str
    input: str
    output: str
    reference: str | None = None
    suggested: bool = False

    @property
    def fires(self) -> bool:
        return self.input != self.output

    def to_json(self) -> dict[str, Any]:
        record: dict[str, Any] = {"input": self.input, "output": self.output}
        if self.reference is not None:
            record["reference"] = self.reference
        if self.suggested:
            record["suggested"] = True
        return record


@dataclass(frozen=True)
class Rule:
    """A declared rule. ``default`` rules run unless disabled; others need --enable."""

    id: str
    description: str
    fn: RuleFn = field(repr=False)
    default: bool = True
    needs_reference: bool = False
    #: Within a stage, lower runs first and wins overlaps; ties keep declaration order.
    priority: int = 100
    #: Literal strings one of which must occur for the rule to have anything to do; the
    #: pipeline finds every rule's triggers in one Aho-Corasick scan of the document (and of
    #: the windows each stage's edits changed) and skips a rule none of whose triggers occur.
    #: Empty: always run.
    triggers: tuple[str, ...] = ()
    #: Whether Pipeline.warm runs the rule's examples: False for a rule that loads no table
    #: or only one few texts need (a phrase row compiles its pattern on first use, in the
    #: worker that needs it; encoding.lost_characters builds its word lists so).
    warm: bool = True
    #: The same as a set: a rule with thousands of triggers (phrases.article_before_country)
    #: is checked against the text's found literals by the smaller of the two sets.
    trigger_set: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "trigger_set", frozenset(self.triggers))

    @property
    def stage(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def examples(self) -> tuple[Example, ...]:
        return examples_for(self.id)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "stage": self.stage,
            "description": self.description,
            "default": self.default,
            "needs_reference": self.needs_reference,
            "examples": [e.to_json() for e in self.examples],
        }


_REGISTRY: dict[str, Rule] = {}
_RULE_MODULES = tuple(f"restore.rules.{stage}" for stage in STAGES)


def rule(
    rule_id: str,
    description: str,
    *,
    default: bool = True,
    needs_reference: bool = False,
    priority: int = 100,
    triggers: tuple[str, ...] = (),
    warm: bool = True,
) -> Callable[[RuleFn], RuleFn]:
    """Declare a rule. The id is ``<stage>.<name>`` and must be unique."""
    stage = rule_id.split(".", 1)[0]
    if stage not in STAGES or "." not in rule_id:
        raise ValueError(f"rule id {rule_id!r} must be <stage>.<name> with a known stage")

    def register(fn: RuleFn) -> RuleFn:
        if rule_id in _REGISTRY:
            raise ValueError(f"duplicate rule id {rule_id!r}")
        _REGISTRY[rule_id] = Rule(
            rule_id, description, fn, default, needs_reference, priority, tuple(triggers), warm
        )
        return fn

    return register


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every rule, in pipeline order (stage order, then declaration order)."""
    for module in _RULE_MODULES:
        import_module(module)
    order = {stage: n for n, stage in enumerate(STAGES)}
    return tuple(sorted(_REGISTRY.values(), key=lambda r: (order[r.stage], r.priority)))


def get_rule(rule_id: str) -> Rule:
    for r in all_rules():
        if r.id == rule_id:
            return r
    raise UnknownRuleError(f"unknown rule {rule_id!r} (see `mt-restore rules`)")


def _matches(r: Rule, selector: str) -> bool:
    return r.id == selector or r.stage == selector


def select(
    enable: Sequence[str] = (), disable: Sequence[str] = (), only: Sequence[str] = ()
) -> tuple[Rule, ...]:
    """The rules to run: defaults, plus ``enable``, minus ``disable``; or exactly ``only``.

    Each selector is a rule id or a stage name; an unknown one raises UnknownRuleError.
    """
    rules = all_rules()
    for selector in (*enable, *disable, *only):
        if not any(_matches(r, selector) for r in rules):
            raise UnknownRuleError(f"--enable/--disable: no rule or stage named {selector!r}")
    if only:
        chosen = [r for r in rules if any(_matches(r, s) for s in only)]
    else:
        chosen = [r for r in rules if r.default or any(_matches(r, s) for s in enable)]
    return tuple(r for r in chosen if not any(_matches(r, s) for s in disable))


def examples_dir() -> Path:
    """Where the bundled example files live."""
    return Path(str(resources.files("restore.data"))) / "examples"


@cache
def _load_examples(directory: str) -> dict[str, tuple[Example, ...]]:
    found: dict[str, list[Example]] = {}
    for path in sorted(Path(directory).glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                example = Example(
                    rule=record["rule"],
                    input=record["input"],
                    output=record["output"],
                    reference=record.get("reference"),
                    suggested=bool(record.get("suggested", False)),
                )
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise TableFormatError(f"{path.name}:{number}: bad example ({exc})") from exc
            found.setdefault(example.rule, []).append(example)
    return {k: tuple(v) for k, v in found.items()}


def examples_for(rule_id: str) -> tuple[Example, ...]:
    return _load_examples(str(examples_dir())).get(rule_id, ())


def all_examples() -> Iterator[Example]:
    for examples in _load_examples(str(examples_dir())).values():
        yield from examples

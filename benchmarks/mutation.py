"""Mutation testing of the rules and money code: does the suite notice a broken rule?

    uv run python benchmarks/mutation.py                 # a fresh stratified sample (seed printed)
    uv run python benchmarks/mutation.py --seed 123      # repeat the sample a run printed
    uv run python benchmarks/mutation.py --all           # every mutant (Ctrl-C: report so far)
    uv run python benchmarks/mutation.py --list          # how many mutants, per stratum
    uv run python benchmarks/mutation.py --show rules/premium.py:17   # one mutant's change
    uv run python benchmarks/mutation.py --run rules/premium.py:17    # run just that one

Each mutant is one small change to one module (an operator, a comparison, a constant, an
index, continue/break, a return value, a figure of a step or a keyword set to None, a
dropped call, min/max). It runs in a clean `python -m pytest -x` process of its own, so
no cache (`load_parameters`, the `lru_cache`d rate formatter, `Snapshot.memo`) can carry
a value computed by other code: the mutated module is compiled from the changed syntax
tree by an import hook (this file, loaded into pytest with `-p mutation`) before anything
imports it. A mutant is *killed* when
a test fails (or the run times out), *survives* when every test passes.

Mutants are classed as "explanation" (inside a `trace.step(...)` call, a statement whose
names only feed one, an `if` that only adds steps, or trace.py/messages.py) or
"calculation" (the rest). The sample is stratified by file and class; its seed is drawn
afresh for every run unless --seed gives it (it is printed, to repeat a run), so no fixed
sample can be tuned to. The report gives the kill score per file and per class, and lists
every survivor; --all scores the whole population.
Configuration, targets and the sample size: `[tool.jxdesk.mutation]` in pyproject.toml.
How to read the report: docs/testing.md.
"""

from __future__ import annotations

import argparse
import ast
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import time
import tomllib
from collections import defaultdict
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PACKAGE = ROOT / "jxdesk" / "core"

# ----------------------------------------------------------------------------- mutants

BINOPS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div,
    ast.Mod: ast.FloorDiv,
    ast.Pow: ast.Mult,
}
CMPOPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}
SYMBOL = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
    ast.Mod: "%", ast.Pow: "**", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
    ast.Eq: "==", ast.NotEq: "!=", ast.Is: "is", ast.IsNot: "is not", ast.In: "in",
    ast.NotIn: "not in", ast.And: "and", ast.Or: "or",
}  # fmt: skip


@dataclass(frozen=True)
class Mutant:
    file: str  # relative to jxdesk/core, e.g. "rules/premium.py"
    index: int  # its number among the file's mutants (stable while the file is unchanged)
    line: int
    what: str  # "o[1] -> o[2]"-like description
    kind: str  # calculation | explanation
    source: str  # the source line, stripped (to recognise an accepted equivalent)

    @property
    def id(self) -> str:
        return f"{self.file}:{self.index}"


def _is_trace_step(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "step"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "trace"
    )


def _is_step_statement(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and _is_trace_step(stmt.value)


class _Sites:
    """Walks a module in a fixed order and yields (node, variant, description, class)."""

    def __init__(self, tree: ast.Module, whole_module: bool) -> None:
        self.tree = tree
        self.whole_module = whole_module
        self.skip: set[int] = set()
        self.explanation: set[int] = set()
        self.parent: dict[int, ast.AST] = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                self.parent[id(child)] = node
        self._mark()

    def _mark_all(self, node: ast.AST, into: set[int]) -> None:
        for n in ast.walk(node):
            into.add(id(n))

    def _mark(self) -> None:
        for node in ast.walk(self.tree):
            body = getattr(node, "body", None)
            first = body[0] if isinstance(body, list) and body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                self._mark_all(first, self.skip)  # docstrings
            if isinstance(node, (ast.Import, ast.ImportFrom, ast.Assert)):
                self._mark_all(node, self.skip)
            if isinstance(node, ast.arg) and node.annotation is not None:
                self._mark_all(node.annotation, self.skip)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if node.returns is not None:
                    self._mark_all(node.returns, self.skip)
                for d in node.decorator_list:
                    self._mark_all(d, self.skip)
                self._mark_explanation(node)
            if isinstance(node, ast.AnnAssign):
                self._mark_all(node.annotation, self.skip)
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__slots__" for t in node.targets
            ):
                self._mark_all(node, self.skip)
            if isinstance(node, ast.JoinedStr):
                for v in node.values:
                    if isinstance(v, ast.FormattedValue) and v.format_spec is not None:
                        self._mark_all(v.format_spec, self.skip)
            if (
                isinstance(node, ast.Subscript)
                and isinstance(node.value, ast.Name)
                and node.value.id == "Literal"
            ):
                self._mark_all(node, self.skip)  # a type, not a value
            if isinstance(node, ast.ClassDef):
                # dataclass(slots=True, frozen=True) and field lists are declarations
                for d in node.decorator_list:
                    self._mark_all(d, self.skip)
                for stmt in node.body:
                    if isinstance(stmt, ast.AnnAssign) and stmt.value is None:
                        self._mark_all(stmt, self.skip)
        if not self.whole_module:  # messages.py: its functions, not its tables of words
            for stmt in self.tree.body:
                if not isinstance(stmt, (ast.FunctionDef, ast.ClassDef)):
                    self._mark_all(stmt, self.skip)

    def _mark_explanation(self, func: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        """Steps, and what only feeds steps, are explanation code."""
        inside: set[int] = set()
        for node in ast.walk(func):
            if _is_trace_step(node):
                self._mark_all(node, inside)
        self.explanation |= inside
        # names loaded only inside trace.step(...) calls: their assignments are explanation
        used_outside: set[str] = set()
        used_inside: set[str] = set()
        for node in ast.walk(func):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                (used_inside if id(node) in inside else used_outside).add(node.id)
        only_steps = used_inside - used_outside
        for node in ast.walk(func):
            if isinstance(node, ast.Assign) and all(
                isinstance(t, ast.Name) and t.id in only_steps for t in node.targets
            ):
                self._mark_all(node, self.explanation)
            if isinstance(node, ast.If) and all(
                _is_step_statement(s) for s in [*node.body, *node.orelse]
            ):
                self._mark_all(node.test, self.explanation)

    def kind(self, node: ast.AST) -> str:
        return "explanation" if id(node) in self.explanation else "calculation"

    def sites(self) -> list[tuple[ast.AST, int, str]]:
        out: list[tuple[ast.AST, int, str]] = []
        for node in ast.walk(self.tree):
            if id(node) in self.skip:
                continue
            for variant, what in self._variants(node):
                out.append((node, variant, what))
        return out

    def _variants(self, node: ast.AST) -> list[tuple[int, str]]:
        if isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in BINOPS:
            new = BINOPS[type(node.op)]
            return [(0, f"{SYMBOL[type(node.op)]} -> {SYMBOL[new]}")]
        if isinstance(node, ast.Compare):
            return [
                (i, f"{SYMBOL[type(op)]} -> {SYMBOL[CMPOPS[type(op)]]}")
                for i, op in enumerate(node.ops)
                if type(op) in CMPOPS
            ]
        if isinstance(node, ast.BoolOp):
            new = ast.Or if isinstance(node.op, ast.And) else ast.And
            return [(0, f"{SYMBOL[type(node.op)]} -> {SYMBOL[new]}")]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
            return [(0, "drop 'not'" if isinstance(node.op, ast.Not) else "drop unary '-'")]
        if isinstance(node, ast.Constant):
            v = node.value
            if isinstance(v, bool):
                return [(0, f"{v} -> {not v}")]
            if isinstance(v, int):
                return [(0, f"{v} -> {v + 1}")]
            if isinstance(v, str):
                return [(0, f"{v!r} -> {'XX' + v + 'XX'!r}")]
            return []
        if isinstance(node, ast.Continue):
            return [(0, "continue -> break")]
        if isinstance(node, ast.Break):
            return [(0, "break -> continue")]
        if isinstance(node, ast.Return) and node.value is not None:
            if not (isinstance(node.value, ast.Constant) and node.value.value is None):
                return [(0, "return ... -> return None")]
            return []
        if isinstance(node, ast.Call):
            out = []
            if isinstance(node.func, ast.Name) and node.func.id in ("min", "max"):
                other = "max" if node.func.id == "min" else "min"
                out.append((0, f"{node.func.id}(...) -> {other}(...)"))
            for i, kw in enumerate(node.keywords):
                if kw.arg is not None and not (
                    isinstance(kw.value, ast.Constant) and kw.value.value is None
                ):
                    out.append((1 + i, f"{kw.arg}=... -> {kw.arg}=None"))
            return out
        if isinstance(node, ast.Dict) and self._is_figures(node):
            return [
                (i, f"{k.value}=... -> {k.value}=None")
                for i, (k, v) in enumerate(zip(node.keys, node.values, strict=True))
                if isinstance(k, ast.Constant)
                and not (isinstance(v, ast.Constant) and v.value is None)
            ]
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            return [(0, "drop the call")]
        return []

    def _is_figures(self, node: ast.Dict) -> bool:
        """The figures of a trace.step(code, article, {...}) call."""
        call = self.parent.get(id(node))
        return call is not None and _is_trace_step(call) and call.args[2:3] == [node]


def _apply(node: ast.AST, variant: int, parent: ast.AST | None) -> None:
    """Change `node` in place (or in its parent) to the given variant."""
    if isinstance(node, (ast.BinOp, ast.AugAssign)):
        node.op = BINOPS[type(node.op)]()
    elif isinstance(node, ast.Compare):
        node.ops[variant] = CMPOPS[type(node.ops[variant])]()
    elif isinstance(node, ast.BoolOp):
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif isinstance(node, ast.UnaryOp):
        _replace(parent, node, node.operand)
    elif isinstance(node, ast.Constant):
        v = node.value
        node.value = (not v) if isinstance(v, bool) else v + 1 if isinstance(v, int) else f"XX{v}XX"
    elif isinstance(node, ast.Continue):
        _replace(parent, node, ast.Break())
    elif isinstance(node, ast.Break):
        _replace(parent, node, ast.Continue())
    elif isinstance(node, ast.Return):
        node.value = ast.Constant(None)
    elif isinstance(node, ast.Call):
        if variant == 0:
            assert isinstance(node.func, ast.Name)
            node.func.id = "max" if node.func.id == "min" else "min"
        else:
            node.keywords[variant - 1].value = ast.Constant(None)
    elif isinstance(node, ast.Dict):
        node.values[variant] = ast.Constant(None)
    elif isinstance(node, ast.Expr):
        _replace(parent, node, ast.Pass())


def _replace(parent: ast.AST | None, old: ast.AST, new: ast.AST) -> None:
    assert parent is not None
    for field, value in ast.iter_fields(parent):
        if value is old:
            setattr(parent, field, new)
            return
        if isinstance(value, list):
            for i, item in enumerate(value):
                if item is old:
                    value[i] = new
                    return
    raise AssertionError("node not found in its parent")


def _tree(file: str) -> ast.Module:
    path = PACKAGE / file
    return ast.parse(path.read_text("utf-8"), filename=str(path))


def mutants_of(file: str, whole_module: bool = True) -> list[Mutant]:
    tree = _tree(file)
    lines = (PACKAGE / file).read_text("utf-8").splitlines()
    walker = _Sites(tree, whole_module)
    out = []
    for i, (node, _, what) in enumerate(walker.sites()):
        line = getattr(node, "lineno", 0)
        out.append(Mutant(file, i, line, what, walker.kind(node), lines[line - 1].strip()))
    return out


def mutated_code(file: str, index: int, whole_module: bool = True) -> Any:
    tree = _tree(file)
    walker = _Sites(tree, whole_module)
    node, variant, _ = walker.sites()[index]
    _apply(node, variant, walker.parent.get(id(node)))
    ast.fix_missing_locations(tree)
    return compile(tree, str(PACKAGE / file), "exec")


def mutated_source(file: str, index: int, whole_module: bool = True) -> str:
    tree = _tree(file)
    walker = _Sites(tree, whole_module)
    node, variant, _ = walker.sites()[index]
    _apply(node, variant, walker.parent.get(id(node)))
    return ast.unparse(ast.fix_missing_locations(tree))


# ----------------------------------------------------------------- inside pytest (-p)


class _MutantLoader(importlib.machinery.SourceFileLoader):
    def __init__(self, fullname: str, path: str, code: Any) -> None:
        super().__init__(fullname, path)
        self.code = code

    def get_code(self, fullname: str) -> Any:
        _LOADED.append(fullname)
        return self.code


class _MutantFinder(importlib.abc.MetaPathFinder):
    def __init__(self, module: str, path: str, code: Any) -> None:
        self.module, self.path, self.code = module, path, code

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname != self.module:
            return None
        loader = _MutantLoader(fullname, self.path, self.code)
        return importlib.util.spec_from_file_location(fullname, self.path, loader=loader)


_LOADED: list[str] = []
CPU: list[float] = []  # each finished child's CPU seconds
NOT_LOADED_EXIT = 17  # the mutated module was never imported: the tests cannot see it


def pytest_configure(config: Any) -> None:
    """Loaded into the child pytest with `-p mutation`: put the mutant in place."""
    from hypothesis import settings

    settings.register_profile("mutation", database=None, derandomize=True, print_blob=False)
    settings.load_profile("mutation")
    wanted = os.environ.get("JXDESK_MUTANT")
    if not wanted:
        return
    file, index = wanted.rsplit(":", 1)
    whole = file not in _functions_only()
    module = "jxdesk.core." + file.removesuffix(".py").replace("/", ".")
    assert module not in sys.modules, f"{module} was imported before the mutant was set"
    code = mutated_code(file, int(index), whole)
    sys.meta_path.insert(0, _MutantFinder(module, str(PACKAGE / file), code))


def pytest_sessionfinish(session: Any, exitstatus: int) -> None:
    if os.environ.get("JXDESK_MUTANT") and not _LOADED and exitstatus == 0:
        session.exitstatus = NOT_LOADED_EXIT


# ------------------------------------------------------------------------ the runner


def config() -> dict[str, Any]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    cfg: dict[str, Any] = data["tool"]["jxdesk"]["mutation"]
    return cfg


def _functions_only() -> set[str]:
    return set(config().get("functions_only", []))


def all_mutants(cfg: dict[str, Any]) -> list[Mutant]:
    files: list[str] = []
    for pattern in cfg["files"]:
        files += sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.glob(pattern))
    functions_only = set(cfg.get("functions_only", []))
    out: list[Mutant] = []
    steps_only = set(cfg.get("explanation_files", []))
    for f in dict.fromkeys(files):
        for m in mutants_of(f, f not in functions_only):
            out.append(replace(m, kind="explanation") if f in steps_only else m)
    return out


def stratified_sample(mutants: list[Mutant], size: int, seed: int, floor: int) -> list[Mutant]:
    """Each (file, class) stratum gets its share of `size`, at least `floor` (or all it has)."""
    strata: dict[tuple[str, str], list[Mutant]] = defaultdict(list)
    for m in mutants:
        strata[(m.file, m.kind)].append(m)
    rng = random.Random(seed)
    chosen: list[Mutant] = []
    for key in sorted(strata):
        group = strata[key]
        share = max(floor, round(size * len(group) / len(mutants)))
        chosen += rng.sample(group, min(len(group), share))
    return sorted(chosen, key=lambda m: (m.file, m.index))


@dataclass
class Outcome:
    mutant: Mutant
    status: str  # killed | survived | timeout | not-imported | error
    seconds: float
    detail: str = ""


def _pytest_args(cfg: dict[str, Any]) -> list[str]:
    return ["-x", "-q", "--no-header", "-p", "no:cacheprovider", "-p", "mutation", *cfg["tests"]]


def preload() -> None:
    """Import what every run needs but which holds no state of ours (pytest, hypothesis,
    pydantic, yaml), once, in the parent. `jxdesk` must never be imported here: each forked
    child imports it fresh, mutated, so no cache of it can outlive a mutant."""
    import hypothesis  # noqa: F401
    import pydantic  # noqa: F401
    import pytest  # noqa: F401
    import yaml  # noqa: F401

    assert not any(m == "jxdesk" or m.startswith("jxdesk.") for m in sys.modules)


def _child(mutant: Mutant | None, cfg: dict[str, Any], log: str) -> None:
    """In the forked process: output to `log`, the mutant named in the environment, pytest."""
    code = 99
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.chdir(ROOT)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ.pop("JXDESK_MUTANT", None)
        if mutant is not None:
            os.environ["JXDESK_MUTANT"] = mutant.id
        sys.path[:0] = [str(HERE), str(ROOT / "tests"), str(ROOT)]
        sys.dont_write_bytecode = True
        import pytest

        code = int(pytest.main(_pytest_args(cfg)))
    except BaseException:  # whatever happens, the parent gets a status
        import traceback

        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def run_all(
    mutants: list[Mutant | None], cfg: dict[str, Any], jobs: int, timeout: float, on_done: Any
) -> list[Outcome]:
    """Run each mutant in a forked child, `jobs` at a time; kill one that runs too long."""
    pending = list(enumerate(mutants))
    running: dict[int, tuple[int, Mutant | None, float, str]] = {}
    results: dict[int, Outcome] = {}
    timed_out: set[int] = set()
    tmp = Path(tempfile.mkdtemp(prefix="jxdesk-mutation-"))
    try:
        while (pending or running) and not STOP:
            while pending and len(running) < jobs and not STOP:
                n, m = pending.pop(0)
                log = str(tmp / f"{n}.log")
                pid = os.fork()
                if pid == 0:
                    _child(m, cfg, log)
                running[pid] = (n, m, time.perf_counter(), log)
            pid, status, usage = os.wait4(-1, os.WNOHANG)
            if pid == 0:
                time.sleep(0.02)
                for p, (_, _, t0, _) in list(running.items()):
                    if time.perf_counter() - t0 > timeout:
                        os.kill(p, signal.SIGKILL)
                        timed_out.add(p)
                continue
            n, m, t0, log = running.pop(pid)
            took = time.perf_counter() - t0
            CPU.append(usage.ru_utime + usage.ru_stime)
            if os.WIFSIGNALED(status):  # killed for its time, or by someone else
                state = "timeout" if pid in timed_out else "error"
            else:
                code = os.waitstatus_to_exitcode(status)
                state = {0: "survived", 1: "killed", 2: "killed", NOT_LOADED_EXIT: "not-imported"}
                state = state.get(code, "error")  # type: ignore[assignment]
            lines = Path(log).read_text("utf-8", "replace").strip().splitlines()[-3:]
            results[n] = Outcome(m, state, took, " | ".join(lines))  # type: ignore[arg-type]
            on_done(len(results), results[n])
    finally:
        for p in running:  # stopped early: no child outlives the run
            os.kill(p, signal.SIGKILL)
            os.waitpid(p, 0)
        shutil.rmtree(tmp, ignore_errors=True)
    return [results[n] for n in sorted(results)]


STOP: list[int] = []  # a signal number once the run was asked to stop


def _stop(signum: int, frame: Any) -> None:
    """SIGINT/SIGTERM in the parent: finish with a report of what has run (the children
    reset the handlers, so they die as they always would)."""
    STOP.append(signum)


def _equivalent(m: Mutant, cfg: dict[str, Any]) -> str | None:
    for e in cfg.get("equivalent", []):
        if e["file"] == m.file and e["source"] == m.source and e["what"] == m.what:
            return str(e["why"])
    return None


def score(outcomes: list[Outcome], by: Any) -> dict[str, tuple[int, int]]:
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o in outcomes:
        key = by(o.mutant)
        table[key][1] += 1
        table[key][0] += o.status in ("killed", "timeout")
    return {k: (v[0], v[1]) for k, v in sorted(table.items())}


def _line(name: str, killed: int, total: int) -> str:
    pct = 100 * killed / total if total else 100.0
    return f"  {name:<34} {killed:>4}/{total:<4} {pct:5.1f}%"


def report(outcomes: list[Outcome], equivalents: list[tuple[Mutant, str]], took: float) -> str:
    cpu = sum(CPU)
    lines = [
        f"{len(outcomes)} mutants run in {took:.0f} s wall, {cpu:.0f} CPU s "
        f"(about {cpu / 120:.1f} min on 2 idle cores)"
    ]
    timeouts = sum(o.status == "timeout" for o in outcomes)
    if timeouts:
        lines.append(
            f"{timeouts} timed out (counted as killed; rerun them with --run if the "
            "machine was busy)"
        )
    lines.append("by class:")
    for k, (a, b) in score(outcomes, lambda m: m.kind).items():
        lines.append(_line(k, a, b))
    lines.append("by file:")
    for k, (a, b) in score(outcomes, lambda m: m.file).items():
        lines.append(_line(k, a, b))
    lines.append("by file and class:")
    for k, (a, b) in score(outcomes, lambda m: f"{m.file} [{m.kind[:4]}]").items():
        lines.append(_line(k, a, b))
    a, b = score(outcomes, lambda m: "all")["all"] if outcomes else (0, 0)
    lines.append(_line("all", a, b))
    survivors = [o for o in outcomes if o.status not in ("killed", "timeout")]
    if survivors:
        lines.append("not killed (see them with --show ID):")
        for o in survivors:
            m = o.mutant
            lines.append(f"  {o.status:<12} {m.id:<28} line {m.line:<4} {m.what}  [{m.kind}]")
            lines.append(f"               {m.source}")
    if equivalents:
        lines.append("left out as equivalent (pyproject.toml says why):")
        for m, why in equivalents:
            lines.append(f"  {m.id:<28} line {m.line:<4} {m.what}: {why}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    cfg = config()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sample", type=int, default=cfg["sample"], help="mutants to run")
    ap.add_argument(
        "--seed", type=int, help="the sample's seed (default: a new one, printed, every run)"
    )
    ap.add_argument("--jobs", type=int, default=cfg.get("jobs", os.cpu_count() or 1))
    ap.add_argument("--all", action="store_true", help="every mutant, not a sample")
    ap.add_argument("--file", action="append", help="only mutants of this file (repeatable)")
    ap.add_argument("--list", action="store_true", help="count mutants per stratum")
    ap.add_argument("--show", metavar="ID", help="print a mutant's changed source line(s)")
    ap.add_argument("--run", metavar="ID", action="append", help="run only these mutants")
    args = ap.parse_args(argv)

    mutants = all_mutants(cfg)
    if args.file:
        mutants = [m for m in mutants if m.file in args.file]
    by_id = {m.id: m for m in mutants}
    if args.show:
        return _show(by_id[args.show], cfg)
    if args.list:
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for m in mutants:
            counts[(m.file, m.kind)] += 1
        for (f, k), n in sorted(counts.items()):
            print(f"{f:<34} {k:<12} {n:>5}")
        print(f"{'all':<47} {len(mutants):>5}")
        return 0

    equivalents = [(m, w) for m in mutants if (w := _equivalent(m, cfg)) is not None]
    skip = {m.id for m, _ in equivalents}
    if args.seed is None:  # a new sample every run: the suite cannot be tuned to one
        args.seed = random.SystemRandom().randrange(10**9)
    if args.run:
        chosen = [by_id[i] for i in args.run]
    elif args.all:
        chosen = [m for m in mutants if m.id not in skip]
        # shuffled, so a run stopped early (Ctrl-C) is still a fair sample of every file;
        # the seed only orders the run, every mutant runs
        random.Random(args.seed).shuffle(chosen)
        print(f"order seed {args.seed}")
    else:
        pool = [m for m in mutants if m.id not in skip]
        chosen = stratified_sample(pool, args.sample, args.seed, cfg.get("floor", 4))
        random.Random(args.seed).shuffle(chosen)  # a sample stopped early is still fair
        print(f"seed {args.seed} (run the same sample again with --seed {args.seed})")
    print(f"{len(mutants)} mutants in {len({m.file for m in mutants})} files; running "
          f"{len(chosen)} on {args.jobs} processes", flush=True)  # fmt: skip

    start = time.perf_counter()
    os.nice(5)
    preload()
    [base] = run_all([None], cfg, 1, 900, lambda n, o: None)
    if base.status != "survived":
        print(f"the unmutated tests do not pass, so no mutant can be judged: {base.detail}")
        return 2
    CPU.clear()  # the report counts the mutants' CPU time only
    timeout = max(60.0, 5 * base.seconds)  # generous: a loaded machine is not a mutant
    print(f"unmutated run: {base.seconds:.1f} s (a mutant's limit: {timeout:.0f} s)", flush=True)

    def progress(n: int, o: Outcome) -> None:
        if o.status not in ("killed", "timeout"):
            print(f"  [{n}/{len(chosen)}] {o.status}: {o.mutant.id} {o.mutant.what}", flush=True)

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    outcomes = run_all(list(chosen), cfg, args.jobs, timeout, progress)
    took = time.perf_counter() - start
    text = report(outcomes, [(m, w) for m, w in equivalents if m in chosen or not args.run], took)
    what = "every mutant" if args.all else "" if args.run else f"seed {args.seed}"
    if STOP:
        what = f"STOPPED EARLY, {len(outcomes)} of {len(chosen)} run ({what or 'chosen'})"
    print(f"{what}: {text}" if what else text)
    OUT.mkdir(exist_ok=True)
    (OUT / "mutation.json").write_text(
        json.dumps(
            {
                "seed": args.seed,
                "mode": "all" if args.all else "run" if args.run or args.file else "sample",
                "complete": not STOP,
                "seconds": round(took, 1),
                "outcomes": [
                    {**asdict(o.mutant), "status": o.status, "seconds": round(o.seconds, 2)}
                    for o in outcomes
                ],
            },
            ensure_ascii=False,
            indent=1,
        ),
        "utf-8",
    )  # fmt: skip
    return _verdict(outcomes, cfg, sampled=not (args.run or args.file or STOP))


def _verdict(outcomes: list[Outcome], cfg: dict[str, Any], sampled: bool) -> int:
    """Exit 1 when a class's score is under its target (pyproject: targets)."""
    if not sampled:
        return 0
    failed = False
    for kind, (a, b) in score(outcomes, lambda m: m.kind).items():
        target = cfg["targets"].get(kind, 0)
        if b and 100 * a / b < target:
            print(f"{kind}: {100 * a / b:.1f}% is below the target {target}%")
            failed = True
    return 1 if failed else 0


def _show(m: Mutant, cfg: dict[str, Any]) -> int:
    whole = m.file not in set(cfg.get("functions_only", []))
    before = ast.unparse(_tree(m.file)).splitlines()
    after = mutated_source(m.file, m.index, whole).splitlines()
    print(f"{m.id}  line {m.line}  {m.what}  [{m.kind}]\n  {m.source}")
    for old, new in zip(before, after, strict=False):
        if old != new:
            print(f"- {old.strip()}\n+ {new.strip()}")
    if len(before) != len(after):
        print(f"  ({len(before)} -> {len(after)} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`jxdesk calc`: read a case (or a JSON-lines batch), print the result JSON.

Bad input exits 2 with one line per problem on standard error and nothing on standard
output; it never prints a traceback.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from collections.abc import Iterable, Sequence
from typing import IO, Any

import orjson

from jxdesk.core.api import estimate_text
from jxdesk.core.parameters import ParameterError, ParameterSet
from jxdesk.core.parameters.tree import ParameterMissing
from jxdesk.core.problems import InvalidCase

EXIT_OK, EXIT_INTERNAL, EXIT_INVALID = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="jxdesk calc",
        description="Estimate medical reimbursement, fertility subsidies and premium support "
        "for one case (JSON) or a batch (one JSON case per line).",
    )
    p.add_argument("source", help="the case file, or - for standard input")
    p.add_argument("--batch", action="store_true", help="read one case per line (JSON lines)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of explanation")
    return p


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.buffer.read().decode("utf-8-sig")
    with open(source, encoding="utf-8-sig") as f:
        return f.read()


def _dump(obj: Any, out: IO[bytes]) -> None:
    out.write(orjson.dumps(obj, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
    out.flush()


def _parameters() -> ParameterSet:
    """The built-in parameters with any valid packs from the configuration folder laid over.

    A refused pack is named on standard error and the built-in figures stay in force."""
    from jxdesk.core.parameters.packs import load_effective_parameters

    params, statuses = load_effective_parameters()
    for status in statuses:
        if status.state == "refused":
            print(f"parameter pack refused: {status.line()}", file=sys.stderr)
    from jxdesk.core.selftest import startup_problem  # the known answers (~2 ms)

    problem = startup_problem(params)
    if problem:
        raise ParameterError(f"the start-up self-test failed: {problem}")
    return params


def calc_one(text: str, params: ParameterSet, lang: str) -> dict[str, Any]:
    return estimate_text(text, params, lang)


def batch_line(numbered: tuple[int, str], params: ParameterSet, lang: str) -> tuple[bytes, bool]:
    """One batch line's output line, and whether the case was valid."""
    _, line = numbered
    if not line.strip():  # keeps output lines aligned with input lines
        return orjson.dumps({"error": ["the line is empty: no case"]}) + b"\n", False
    try:
        result: dict[str, Any] = calc_one(line, params, lang)
        ok = True
    except InvalidCase as exc:
        result, ok = {"error": [p.line() for p in exc.problems]}, False
    return orjson.dumps(result, option=orjson.OPT_APPEND_NEWLINE), ok


def batch_block(
    block: Sequence[tuple[int, str]], params: ParameterSet, lang: str
) -> tuple[bytes, bool]:
    """The output lines of a block of batch lines, joined, and whether every case was valid."""
    outputs = []
    all_ok = True
    for numbered in block:
        text, ok = batch_line(numbered, params, lang)
        outputs.append(text)
        all_ok = all_ok and ok
    return b"".join(outputs), all_ok


_worker: tuple[ParameterSet, str] | None = None


def _init_worker(params: ParameterSet, lang: str) -> None:
    global _worker
    _worker = (params, lang)


def _work(block: Sequence[tuple[int, str]]) -> tuple[bytes, bool]:
    assert _worker is not None
    return batch_block(block, *_worker)


#: below this many cases a second process costs more than it saves
PARALLEL_FROM = 2000
#: cases a worker takes at a time: one message each way per block, not per case
BLOCK = 500


def run_batch(
    lines: Iterable[str],
    params: ParameterSet,
    lang: str,
    out: IO[bytes],
    workers: int | None = None,
) -> int:
    """Each case's result (or error) on its own line, in input order; exit 2 if any was bad."""
    numbered = list(enumerate(lines, 1))
    while numbered and not numbered[-1][1].strip():  # blank lines at the end are no cases
        numbered.pop()
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers > 1 and len(numbered) >= PARALLEL_FROM and _forkable(out):
        return _run_forked(numbered, params, lang, out, workers)
    if workers > 1 and len(numbered) >= PARALLEL_FROM:
        # Cases are independent: use every core, in blocks, keeping the input order.
        blocks = [numbered[i : i + BLOCK] for i in range(0, len(numbered), BLOCK)]
        with multiprocessing.get_context(_start_method()).Pool(
            workers, initializer=_init_worker, initargs=(params, lang)
        ) as pool:
            return _write(pool.imap(_work, blocks), out)
    return _write((batch_line(x, params, lang) for x in numbered), out)


def _forkable(out: IO[bytes]) -> bool:
    if not hasattr(os, "fork") or not sys.platform.startswith("linux"):
        return False
    try:
        out.fileno()
    except (OSError, ValueError):  # an in-memory stream: children could not write to it
        return False
    return True


def _run_forked(
    numbered: Sequence[tuple[int, str]],
    params: ParameterSet,
    lang: str,
    out: IO[bytes],
    workers: int,
) -> int:
    """Split the cases into one contiguous share per core. This process writes the first
    share as it goes; each forked child computes its share into memory, waits for the
    token from the share before it, writes, and passes the token on. Results never cross
    a pipe: only a one-byte token does, so the cores spend their time on cases."""
    size = -(-len(numbered) // workers)
    shares = [numbered[i : i + size] for i in range(0, len(numbered), size)]
    out.flush()  # a child must not inherit (and write again) buffered output
    tokens = [os.pipe() for _ in shares[1:]]  # tokens[k]: share k may write, then k+1
    children = []
    for k, share in enumerate(shares[1:], 1):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child; its effect is tested
            code = 70
            try:
                text, ok = batch_block(share, params, lang)
                os.read(tokens[k - 1][0], 1)
                out.write(text)
                out.flush()
                if k < len(tokens):
                    os.write(tokens[k][1], b"!")
                code = 0 if ok else 3
            finally:
                os._exit(code)
        children.append(pid)
    status = _write((batch_line(x, params, lang) for x in shares[0]), out)
    out.flush()
    if tokens:
        os.write(tokens[0][1], b"!")
    for pid in children:
        _, wait_status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(wait_status)
        if code == 3:
            status = EXIT_INVALID
        elif code != 0:
            raise RuntimeError(f"a batch worker failed (exit status {code})")
    for r, w in tokens:
        os.close(r)
        os.close(w)
    return status


def _write(results: Iterable[tuple[bytes, bool]], out: IO[bytes]) -> int:
    status = EXIT_OK
    for text, ok in results:
        if not ok:
            status = EXIT_INVALID
        out.write(text)
    return status


def _start_method() -> str:
    # fork shares the loaded parameters at no cost; elsewhere (Windows, macOS) spawn.
    return "fork" if sys.platform.startswith("linux") else "spawn"


def calc_main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    try:
        params = _parameters()
        text = _read(args.source)
        if args.batch:
            status = run_batch(text.splitlines(), params, args.lang, sys.stdout.buffer)
            sys.stdout.buffer.flush()
            return status
        result = calc_one(text, params, args.lang)
    except InvalidCase as exc:
        for problem in exc.problems:
            print(problem.line(), file=sys.stderr)
        return EXIT_INVALID
    except (OSError, UnicodeDecodeError) as exc:
        print(f"{args.source}: cannot read: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except ParameterError as exc:  # a damaged install: the file is named, never the case
        print(f"jxdesk: the installation is damaged, no estimate: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    except ParameterMissing as exc:
        from jxdesk.core.selftest import missing_message

        print(
            f"jxdesk: the installation is damaged, no estimate: {missing_message(exc, params)}",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    except Exception as exc:  # never a traceback for the user; say what failed
        print(f"internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    _dump(result, sys.stdout.buffer)
    return EXIT_OK

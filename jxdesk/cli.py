"""`jxdesk calc`: read a case (or a JSON-lines batch), print the result JSON.

Bad input exits 2 with one line per problem on standard error and nothing on standard
output; it never prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from typing import IO, Any

from jxdesk.core.api import estimate_json, parse_json
from jxdesk.core.parameters import ParameterError, ParameterSet, load_parameters
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


def _dump(obj: Any, out: IO[str], indent: int | None) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, indent=indent))
    out.write("\n")


def calc_one(text: str, params: ParameterSet, lang: str) -> dict[str, Any]:
    return estimate_json(parse_json(text), params, lang)


def run_batch(lines: Iterable[str], params: ParameterSet, lang: str, out: IO[str]) -> int:
    status = EXIT_OK
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            result: dict[str, Any] = calc_one(line, params, lang)
        except InvalidCase as exc:
            status = EXIT_INVALID
            result = {"error": [p.line() for p in exc.problems], "line": n}
        out.write(json.dumps(result, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
    return status


def calc_main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    try:
        params = load_parameters()
        text = _read(args.source)
        if args.batch:
            return run_batch(text.splitlines(), params, args.lang, sys.stdout)
        result = calc_one(text, params, args.lang)
    except InvalidCase as exc:
        for problem in exc.problems:
            print(problem.line(), file=sys.stderr)
        return EXIT_INVALID
    except (OSError, UnicodeDecodeError) as exc:
        print(f"{args.source}: cannot read: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except ParameterError as exc:
        print(f"parameters: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as exc:  # never a traceback for the user; say what failed
        print(f"internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    _dump(result, sys.stdout, indent=2)
    return EXIT_OK

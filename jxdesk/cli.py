"""`jxdesk calc`: read a case (or a JSON-lines batch: jxdesk/batch.py), print the result JSON.

Bad input exits 2 with one line per problem on standard error and nothing on standard
output; it never prints a traceback. A case of more than MAX_CASE_BYTES is refused unread.
Output that cannot be written is an error named as such (exit 1), except a reader that has
gone (`| head -1`): that ends quietly (exit 141, as a program stopped by SIGPIPE). Ctrl-C
ends with one line, `interrupted` (exit 130).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any

from jxdesk.core.api import BOM, MAX_CASE_BYTES, estimate_text, too_large
from jxdesk.core.parameters import ParameterError, ParameterSet
from jxdesk.core.parameters.tree import ParameterMissing
from jxdesk.core.problems import InvalidCase
from jxdesk.write_error import WriteError

if TYPE_CHECKING:  # pragma: no cover
    import argparse

EXIT_OK, EXIT_INTERNAL, EXIT_INVALID = 0, 1, 2
# 128 + SIGINT (2) and 128 + SIGPIPE (13), as a shell reports them; written out, as the
# signal module costs a start ~1 ms and Windows has no SIGPIPE
EXIT_INTERRUPTED, EXIT_PIPE = 130, 141


def _parser() -> argparse.ArgumentParser:
    import argparse

    p = argparse.ArgumentParser(
        prog="jxdesk calc",
        description="Estimate medical reimbursement, fertility subsidies and premium support "
        "for one case (JSON) or a batch (one JSON case per line).",
    )
    p.add_argument("source", help="the case file, or - for standard input")
    p.add_argument("--batch", action="store_true", help="read one case per line (JSON lines)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of explanation")
    return p


def _open(source: str) -> IO[bytes]:
    if source == "-":
        if sys.stdin is None:  # `calc - <&-`: there is no standard input at all
            import errno

            raise OSError(errno.EBADF, "it is closed")
        return os.fdopen(os.dup(sys.stdin.fileno()), "rb")
    return open(source, "rb")


def shown(source: str) -> str:
    """A file name as standard error may show it: "standard input" for -, every character
    that is not printable as an escape (problems.printable)."""
    from jxdesk.core.problems import printable

    return "standard input" if source == "-" else printable(source)


def _read(source: str) -> bytes:
    """The case's bytes, a UTF-8 byte order mark dropped; InvalidCase if it is too large
    (no more than the limit is read). The limit counts what the batch counts of a line: the
    case without a byte order mark and without the line end (\\n or \\r\\n) after it."""
    with _open(source) as f:
        data = f.read(MAX_CASE_BYTES + len(BOM) + 3)
        if data.startswith(BOM):
            data = data[len(BOM) :]
        data = data.removesuffix(b"\n").removesuffix(b"\r")  # (JSON's whitespace anyway)
        if len(data) > MAX_CASE_BYTES:
            raise too_large()
    return data


def _dump(obj: Any, out: IO[bytes]) -> None:
    # The standard library's encoder, not orjson: one result is quick to write either way,
    # and importing orjson costs a single `calc` ~10 ms. (The batch writes with orjson.)
    import json

    text = json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    out.write(text.encode("utf-8"))
    out.flush()


def _parameters() -> ParameterSet:
    """The built-in parameters with any valid packs from the configuration folder laid over.

    A refused pack is named on standard error and the built-in figures stay in force."""
    from datetime import date

    from jxdesk.core.parameters.packs import load_effective_parameters

    # the command is where the clock is read (the core never does): packs expire
    params, statuses = load_effective_parameters(today=date.today())
    for status in statuses:
        if status.state == "refused":
            print(f"parameter pack refused: {status.line()}", file=sys.stderr)
    from jxdesk.core.selftest import startup_problem  # the known answers (~2 ms)

    problem = startup_problem(params)
    if problem:
        raise ParameterError(f"the start-up self-test failed: {problem}")
    return params


def calc_one(text: str | bytes, params: ParameterSet, lang: str) -> dict[str, Any]:
    return estimate_text(text, params, lang)


class _Args:
    __slots__ = ("batch", "lang", "source")

    def __init__(self, source: str, batch: bool = False, lang: str = "zh") -> None:
        self.source, self.batch, self.lang = source, batch, lang


def _plain_args(argv: Sequence[str]) -> _Args | None:
    """The arguments of a plain command line (`[--batch] [--lang zh|en] SOURCE`, as
    argparse reads them), or None for anything else: help, a mistake, a file name that
    starts with "-" (argparse, and its ~5 ms of imports, handle those)."""
    batch, lang, source = False, "zh", None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--batch" and not batch:
            batch = True
        elif a == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("zh", "en"):
            i += 1
            lang = argv[i]
        elif source is None and (a == "-" or not a.startswith("-")):
            source = a
        else:
            return None
        i += 1
    return None if source is None else _Args(source, batch, lang)


def calc_main(argv: Sequence[str]) -> int:
    args = _plain_args(argv) or _parser().parse_args(list(argv))
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    try:
        params = _parameters()
        if args.batch:
            import gc

            gc.enable()  # a batch runs for long, and a refused line's traceback is a cycle
            from jxdesk.batch import run_batch

            with _open(args.source) as source:
                return run_batch(source, params, args.lang, sys.stdout.buffer)
        result = calc_one(_read(args.source), params, args.lang)
        try:
            _dump(result, sys.stdout.buffer)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise WriteError(exc.errno, exc.strerror) from None
        return EXIT_OK
    except InvalidCase as exc:
        for problem in exc.problems:
            print(problem.line(), file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C: no traceback either
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _drop_stdout()
        return EXIT_PIPE
    except WriteError as exc:
        _drop_stdout()
        print(f"standard output: cannot write: {exc.strerror}", file=sys.stderr)
        return EXIT_INTERNAL
    except OSError as exc:
        print(f"{shown(args.source)}: cannot read: {exc.strerror or exc}", file=sys.stderr)
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


def _drop_stdout() -> None:
    """Point standard output at /dev/null: what is still buffered for a reader that has
    gone (or a full disk) must not fail again, with a traceback, when Python exits."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # pragma: no cover - no standard output to speak of
        pass

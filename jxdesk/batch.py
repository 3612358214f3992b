"""`jxdesk calc --batch`: one case per line in, one result (or error) per line out, in order.

What an analyst can rely on:

- Lines are split on b"\\n" only: U+2028, U+2029, U+0085, \\v, \\f or \\x1c inside a line are
  that line's content (JSON refuses them outside strings), never a line break. Each line is
  decoded on its own, so an invalid UTF-8 byte spoils only its own line. A line over
  `MAX_CASE_BYTES` is refused without being held in memory. Blank lines at the end of the
  input are no cases; any other blank line gets an error line, so that output line N is
  always input line N.
- An unexpected error in one line becomes that line's `{"error": [...]}` (and exit status
  1 at the end, with the line named on standard error); the run goes on.
- Streamed: lines are read, computed and written in chunks, with a bounded number of
  chunks in flight, so memory does not grow with the input.
- Large inputs are computed by a standard `concurrent.futures.ProcessPoolExecutor`. The
  workers ignore Ctrl-C (the parent handles it) and, on Linux, are killed by the kernel
  when the parent dies however it dies (PR_SET_PDEATHSIG): an interrupted run (`| head -1`,
  TERM, KILL, Ctrl-C) leaves no worker behind.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

import orjson

from jxdesk.core.api import BOM, MAX_CASE_BYTES, estimate_text, too_large
from jxdesk.core.parameters import ParameterSet
from jxdesk.core.problems import InvalidCase
from jxdesk.write_error import WriteError

if TYPE_CHECKING:  # (concurrent.futures costs ~15 ms: imported for a large batch only)
    from concurrent.futures import Future, ProcessPoolExecutor

#: Line statuses; a run's exit status is the worst of its lines'.
OK, INTERNAL, INVALID = 0, 1, 2

#: below this many lines a second process costs more than it saves
PARALLEL_FROM = 2000
#: lines a worker takes at a time: one message each way per chunk, not per line
CHUNK = 250
#: chunks in flight per worker: enough to keep every worker busy, few enough to bound memory
AHEAD = 3

_EMPTY = orjson.dumps({"error": ["the line is empty: no case"]}) + b"\n"

Line = bytes | None  # None: a line longer than MAX_CASE_BYTES, not kept
Chunk = list[Line]
#: a chunk's output: the lines joined, the worst status, and (index, message) of each
#: unexpected error
Done = tuple[bytes, int, list[tuple[int, str]]]


def read_lines(stream: IO[bytes], limit: int = MAX_CASE_BYTES) -> Iterator[Line]:
    """Every line of the stream, split on b"\\n" only and without it; None for a line of more
    than `limit` bytes, which is read past without being kept. Blank lines at the end are
    dropped (held back as a count until a line with content follows)."""
    blank = 0
    first = True
    while True:
        raw = stream.readline(limit + 2)
        if not raw:
            return
        line: Line
        if raw.endswith(b"\n"):
            # the line end is \n or \r\n: neither counts towards the limit (as in `calc`)
            line = raw[:-1].removesuffix(b"\r")
        elif len(raw) < limit + 2:  # the last line, without a newline
            line = raw
        else:  # longer than the limit: read past the rest of it
            line = None
            while (more := stream.readline(1 << 16)) and not more.endswith(b"\n"):
                pass
        if line is not None:
            if first and line.startswith(BOM):
                line = line[len(BOM) :]
            if len(line) > limit:
                line = None
        first = False
        if line is not None and not line.strip(b" \t\r"):
            blank += 1
            continue
        for _ in range(blank):
            yield b""
        blank = 0
        yield line


def line_result(line: Line, params: ParameterSet, lang: str) -> tuple[bytes, int, str | None]:
    """One line's output (with its newline), its status, and the message of an unexpected
    error (None if there was none)."""
    if line is None:
        return _errors(too_large().problems), INVALID, None
    if not line.strip(b" \t\r"):
        return _EMPTY, INVALID, None
    try:
        result: Any = estimate_text(line, params, lang, orjson.loads)
        return orjson.dumps(result, option=orjson.OPT_APPEND_NEWLINE), OK, None
    except InvalidCase as exc:
        return _errors(exc.problems), INVALID, None
    except Exception as exc:  # one line's failure is that line's, and the run goes on
        message = f"internal error: {type(exc).__name__}: {exc}"
        return (
            orjson.dumps({"error": [message]}, option=orjson.OPT_APPEND_NEWLINE),
            INTERNAL,
            message,
        )


def _errors(problems: Iterable[Any]) -> bytes:
    return orjson.dumps({"error": [p.line() for p in problems]}, option=orjson.OPT_APPEND_NEWLINE)


def chunk_result(chunk: Chunk, params: ParameterSet, lang: str) -> Done:
    outputs = []
    worst = OK
    failures = []
    for i, line in enumerate(chunk):
        text, status, failure = line_result(line, params, lang)
        outputs.append(text)
        if status == INTERNAL or (status == INVALID and worst == OK):
            worst = status
        if failure is not None:
            failures.append((i, failure))
    return b"".join(outputs), worst, failures


def _chunks(lines: Iterable[Line], size: int) -> Iterator[Chunk]:
    chunk: Chunk = []
    for line in lines:
        chunk.append(line)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ---- the workers


_job: tuple[ParameterSet, str] | None = None


def _init_worker(params: ParameterSet, lang: str, parent: int) -> None:
    global _job
    _job = (params, lang)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before the line above: go too
            os._exit(1)


def _work(chunk: Chunk) -> Done:
    assert _job is not None
    return chunk_result(chunk, *_job)


def _start_method() -> str:
    # fork shares the loaded parameters at no cost; elsewhere (Windows, macOS) spawn.
    return "fork" if sys.platform.startswith("linux") else "spawn"


# ---- the run


def run_batch(
    source: IO[bytes],
    params: ParameterSet,
    lang: str,
    out: IO[bytes],
    workers: int | None = None,
    err: IO[str] | None = None,
) -> int:
    """Each line's result (or error) on its own line, in input order. Returns 0 if every
    line was a valid case, 2 if any was not, 1 if any failed unexpectedly. Raises
    WriteError when the output cannot be written (BrokenPipeError, a subclass of it, when
    the reader has gone)."""
    err = err or sys.stderr
    workers = workers if workers is not None else (os.cpu_count() or 1)
    chunks = _chunks(read_lines(source), CHUNK)
    head: list[Chunk] = []
    for chunk in chunks:  # a small input is computed here, at no start-up cost
        head.append(chunk)
        if len(head) * CHUNK >= PARALLEL_FROM:
            break
    if workers < 2 or len(head) * CHUNK < PARALLEL_FROM:
        return _finish((chunk_result(c, params, lang) for c in _chain(head, chunks)), out, err)
    return _run_pool(_chain(head, chunks), params, lang, out, err, workers)


def _chain(head: list[Chunk], rest: Iterator[Chunk]) -> Iterator[Chunk]:
    while head:
        yield head.pop(0)
    yield from rest


def _run_pool(
    chunks: Iterator[Chunk],
    params: ParameterSet,
    lang: str,
    out: IO[bytes],
    err: IO[str],
    workers: int,
) -> int:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context(_start_method())
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(params, lang, os.getpid())
    )
    try:
        return _finish(_ordered(pool, chunks, workers * AHEAD), out, err)
    finally:
        # after an error or Ctrl-C: drop what is queued; the workers end with their chunk
        pool.shutdown(wait=True, cancel_futures=True)


def _ordered(pool: ProcessPoolExecutor, chunks: Iterator[Chunk], ahead: int) -> Iterator[Done]:
    pending: deque[Future[Done]] = deque()
    for chunk in chunks:
        pending.append(pool.submit(_work, chunk))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _finish(results: Iterable[Done], out: IO[bytes], err: IO[str]) -> int:
    status = OK
    first = 1
    for text, worst, failures in results:
        _write(out.write, text)
        for i, message in failures:
            print(f"line {first + i}: {message}", file=err)
        if worst == INTERNAL or (worst == INVALID and status == OK):
            status = worst
        first += text.count(b"\n")
    _write(out.flush)
    return status


def _write(call: Any, *args: Any) -> None:
    try:
        call(*args)
    except BrokenPipeError:  # the reader has gone (`| head -1`): for the caller to end quietly
        raise
    except OSError as exc:
        raise WriteError(exc.errno, exc.strerror) from exc

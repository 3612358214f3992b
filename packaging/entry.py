"""The frozen program's entry point: the same `main` as the `jxdesk` console script."""

import sys

from jxdesk.__main__ import main

if __name__ == "__main__":
    if sys.platform != "linux":
        # Where `calc --batch` spawns its workers (Windows, macOS), each worker starts this
        # program again: freeze_support turns it into the worker (Linux forks instead).
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())

"""The frozen program's entry point: the same `main` as the `jxdesk` console script."""

import sys

from jxdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

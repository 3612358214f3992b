"""The `jxdesk` command: `jxdesk calc …` is the estimator; anything else starts the app."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # a frozen bundle's batch workers start here
        import multiprocessing  # (not imported otherwise: it costs the window ~10 ms)

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "packs":  # check, list or make parameter packs (an admin's tool)
        from datetime import date

        from jxdesk.core.parameters.pack_tool import main as packs_main

        return packs_main(args[1:], today=date.today())  # the clock is read here, not in core
    if args and args[0] == "calc":
        # jxdesk uses no pydantic plugins: without this, pydantic reads the metadata of
        # every installed package to look for some (~10 ms of each calc)
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
        import gc

        # One case is read, computed and written in a few milliseconds, with at most a
        # megabyte of input: the cyclic collector would only scan the imported modules over
        # and over (~2 ms of a 30 ms calc). calc_main turns it back on for a batch.
        gc.disable()
        from jxdesk.cli import calc_main

        return calc_main(args[1:])
    import gc

    # Start-up (PySide6, the first page) allocates a lot and frees little, so the cyclic
    # collector would only cost time (~5-8 ms): it is paused until the first paint
    # (gui_main turns it back on then, or at once in modes that paint no wizard).
    gc.disable()
    try:
        # The Qt-free modules the first page needs, before PySide6: once shiboken is loaded,
        # its import hook reads the source of every module an import statement names
        # (datetime, pathlib, ...: ~1 ms in all). jxdesk.gui.app loads PySide6.
        import jxdesk.core.resources
        import jxdesk.gui.fonts
        import jxdesk.gui.theme
        import jxdesk.gui.viewmodel  # noqa: F401
        from jxdesk.gui.app import gui_main
    except ImportError as exc:  # pragma: no cover - the GUI is not installed
        print(f"the jxdesk window cannot start: {exc}", file=sys.stderr)
        return 1
    try:
        return gui_main(args)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())

"""The kiosk's settings: idle and countdown times from flags or the environment. Qt-free.

`--idle-seconds` / JXDESK_IDLE_SECONDS (default 90) and `--countdown-seconds` /
JXDESK_COUNTDOWN_SECONDS (default 30); a flag wins over the environment.

The administrator's file, `kiosk.toml` in the machine-wide configuration folder (where
machine-wide parameter packs live: /etc/xdg/jxdesk, %PROGRAMDATA%\\jxdesk, or
$JXDESK_CONFIG_DIR), holds the voice and the slip's paper (issue 22; the per-user folder
is never read, a kiosk honours only what an administrator placed):

    voice = true          # the 🔊 朗读 button (false: no voice at all)
    read_aloud = false    # read each page aloud as it opens
    paper = "80mm"        # the slip's paper: "80mm" (a receipt printer) or "a4"

A file that cannot be read or holds a wrong value is named on standard error and the
defaults stand: a setting never stops the kiosk.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

IDLE_ENV, COUNTDOWN_ENV = "JXDESK_IDLE_SECONDS", "JXDESK_COUNTDOWN_SECONDS"
IDLE_DEFAULT, COUNTDOWN_DEFAULT = 90.0, 30.0


@dataclass(frozen=True, slots=True)
class KioskConfig:
    idle_seconds: float = IDLE_DEFAULT
    countdown_seconds: float = COUNTDOWN_DEFAULT
    lang: str = "zh"  # the language each new session starts in
    guard_seconds: float = 0.5  # taps dropped after a page changes (a double tap)
    voice: bool = True  # the 🔊 朗读 button, where the machine has a voice (speech.py)
    read_aloud: bool = False  # read each page as it opens
    paper: str = "80mm"  # the slip's paper: "80mm" or "a4" (slip.py)

    @property
    def idle_ms(self) -> int:
        return max(1, round(self.idle_seconds * 1000))

    @property
    def countdown_ms(self) -> int:
        return max(1, round(self.countdown_seconds * 1000))


def _seconds(flag: float | None, env: Mapping[str, str], name: str, default: float) -> float:
    if flag is not None:
        value = flag
    else:
        try:
            value = float(env.get(name, default))
        except ValueError:
            value = default
    return value if value > 0 else default


FILE = "kiosk.toml"
PAPERS = ("80mm", "a4")


def config_file(env: Mapping[str, str]) -> str:
    """The administrator's kiosk.toml (the first machine-wide configuration folder's)."""
    from jxdesk.core.parameters.packs import CONFIG_ENV, config_dirs

    folder = env.get(CONFIG_ENV)
    return os.path.join(folder or config_dirs(user=False)[0], FILE)


def read_file(path: str) -> dict[str, object]:
    """The settings of kiosk.toml that are valid; each bad one named on standard error."""
    import sys

    if not os.path.exists(path):
        return {}
    try:
        import tomllib

        with open(path, "rb") as f:
            data = tomllib.load(f)
    except (OSError, ValueError) as exc:
        print(f"jxdesk kiosk: {path}: cannot read, defaults used: {exc}", file=sys.stderr)
        return {}
    out: dict[str, object] = {}
    for key, value in data.items():
        ok = (key in ("voice", "read_aloud") and isinstance(value, bool)) or (
            key == "paper" and value in PAPERS
        )
        if ok:
            out[key] = value
        else:
            print(
                f"jxdesk kiosk: {path}: {key} = {value!r} is not a setting, ignored",
                file=sys.stderr,
            )
    return out


def resolve(
    idle: float | None = None,
    countdown: float | None = None,
    lang: str = "zh",
    env: Mapping[str, str] | None = None,
    paper: str | None = None,
) -> KioskConfig:
    e = os.environ if env is None else env
    settings = read_file(config_file(e))
    chosen_paper = paper or settings.get("paper", "80mm")
    return KioskConfig(
        _seconds(idle, e, IDLE_ENV, IDLE_DEFAULT),
        _seconds(countdown, e, COUNTDOWN_ENV, COUNTDOWN_DEFAULT),
        lang,
        voice=bool(settings.get("voice", True)),
        read_aloud=bool(settings.get("read_aloud", False)),
        paper=str(chosen_paper),
    )

"""The kiosk's settings: idle and countdown times from flags or the environment. Qt-free.

`--idle-seconds` / JXDESK_IDLE_SECONDS (default 90) and `--countdown-seconds` /
JXDESK_COUNTDOWN_SECONDS (default 30); a flag wins over the environment.
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


def resolve(
    idle: float | None = None,
    countdown: float | None = None,
    lang: str = "zh",
    env: Mapping[str, str] | None = None,
) -> KioskConfig:
    e = os.environ if env is None else env
    return KioskConfig(
        _seconds(idle, e, IDLE_ENV, IDLE_DEFAULT),
        _seconds(countdown, e, COUNTDOWN_ENV, COUNTDOWN_DEFAULT),
        lang,
    )

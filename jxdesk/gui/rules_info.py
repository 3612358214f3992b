"""What the 规则版本 page shows and does, Qt-free: the documents the parameters cite, the
parameter packs found and their status, the packs in force, and installing a pack.

`jxdesk.gui.counter.rules_dialog` only displays these rows; tests drive this module directly.
The built-in parameters are never edited here: a pack is checked (`check_pack`) and copied
into a packs folder (`install_pack`), then the engine reloads the effective parameters.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from jxdesk.gui import i18n

if TYPE_CHECKING:  # pragma: no cover - types only
    from datetime import date

    from jxdesk.core.parameters import ParameterSet
    from jxdesk.core.parameters.packs import PackStatus
    from jxdesk.core.parameters.tree import PackInfo
    from jxdesk.gui.engine import Engine

RELIABILITY = {
    "official": i18n.RELIABILITY_OFFICIAL,
    "secondary": i18n.RELIABILITY_SECONDARY,
    "interpretation": i18n.RELIABILITY_INTERPRETATION,
}
STATE = {
    "loaded": i18n.PACK_LOADED,
    "refused": i18n.PACK_REFUSED,
    "superseded": i18n.PACK_SUPERSEDED,
}


class DocumentRow(NamedTuple):
    number: str
    title: str
    effective: str  # ISO date or "—"
    reliability: str  # in words
    origin: str  # 内置 or the pack's name


class PackRow(NamedTuple):
    name: str  # "name v1", or the file when the pack could not be read
    state: str  # in words
    loaded: bool
    detail: str  # the summary of a loaded pack, else the reason (as the core words it)
    line: str  # PackStatus.line(), for the log and the administrator


def years_text(years: tuple[int, ...], tr: i18n.Tr) -> str:
    ys = sorted(years)
    if len(ys) > 1 and ys == list(range(ys[0], ys[-1] + 1)):
        text = f"{ys[0]}–{ys[-1]}"
    else:
        text = tr(i18n.SEP).join(str(y) for y in ys)
    return tr(i18n.PACK_YEARS).format(years=text)


def pack_summary(info: PackInfo, tr: i18n.Tr) -> str:
    """`PackInfo.summary()` in the reader's language (the same words in Chinese), after a
    warning when only $JXDESK_TRUST_KEYS makes the pack trusted (as loud as `packs list`)."""
    warning = tr(i18n.PACK_ENV_KEY_WARNING) + " " if info.trusted_only_by_env else ""
    return warning + tr(i18n.PACK_SUMMARY).format(
        title=info.title,
        name=info.name,
        version=info.version,
        years=years_text(info.years, tr),
        issued_by=info.issued_by,
        issued=info.issued.isoformat(),
        source=info.source,
        fingerprint=info.fingerprint,
    )


def document_rows(params: ParameterSet, tr: i18n.Tr, lang: str = "zh") -> list[DocumentRow]:
    """Every document the parameters in force cite: the built-in ones, then the packs'."""
    from_pack = {doc.key: info.name for info in params.pack_info for doc in info.documents}
    rows = []
    for key, doc in params.documents.items():
        reliability = RELIABILITY.get(doc.reliability)
        number, title = doc.named(lang)
        rows.append(
            DocumentRow(
                number,
                title,
                doc.effective.isoformat() if doc.effective else "—",
                tr(reliability) if reliability else doc.reliability,
                from_pack.get(key) or tr(i18n.BUILT_IN),
            )
        )
    return rows


def pack_rows(params: ParameterSet, statuses: list[PackStatus], tr: i18n.Tr) -> list[PackRow]:
    rows = []
    for s in statuses:
        name = f"{s.info.name} v{s.info.version}" if s.info else Path(s.location).name
        state = STATE.get(s.state)
        if s.loaded and s.info is not None and s.info.trusted_only_by_env:
            state = i18n.PACK_LOADED_ENV_KEY
        loaded = s.loaded and s.info is not None
        detail = pack_summary(s.info, tr) if loaded and s.info else s.reason or ""
        rows.append(PackRow(name, tr(state) if state else s.state, s.loaded, detail, s.line()))
    return rows


def packs_in_force(params: ParameterSet, tr: i18n.Tr) -> list[str]:
    """One line per pack in force (what every printout lists)."""
    return [pack_summary(info, tr) for info in params.pack_info]


def trust_env_warning(tr: i18n.Tr) -> str | None:
    """The warning `packs list` prints when $JXDESK_TRUST_KEYS adds keys, or None."""
    import os

    keys = os.environ.get("JXDESK_TRUST_KEYS", "")
    return tr(i18n.RULES_TRUST_ENV).format(keys=keys) if keys.strip() else None


def rules_text(params: ParameterSet, statuses: list[PackStatus], tr: i18n.Tr) -> str:
    """The whole page as plain text (for a log, a test, or copying)."""
    warning = trust_env_warning(tr)
    lines = [warning] if warning else []
    lines.append(tr(i18n.RULES_DOCUMENTS))
    for d in document_rows(params, tr):
        lines.append(f"  {d.number}《{d.title}》 {d.effective} {d.reliability} {d.origin}".rstrip())
    lines.append(tr(i18n.RULES_PACKS))
    rows = pack_rows(params, statuses, tr)
    if not rows:
        lines.append("  " + tr(i18n.NO_PACKS))
    for r in rows:
        lines.append(f"  {r.name}: {r.state}: {r.detail}")
    return "\n".join(lines)


class InstallOutcome(NamedTuple):
    ok: bool
    message: str  # in the reader's language, naming the pack and the problem
    target: Path | None = None


def check(path: Path, tr: i18n.Tr, today: date) -> tuple[PackInfo | None, str]:
    """Validate a pack the administrator opened on `today`: (its info, "") or (None, why)."""
    from jxdesk.core.parameters.packs import PackRefused, check_pack

    try:
        return check_pack(path, today=today), ""
    except PackRefused as exc:
        return None, tr(i18n.PACK_CHECK_REFUSED).format(reason=str(exc))
    except OSError as exc:
        return None, tr(i18n.PACK_CANNOT_READ).format(path=str(path), detail=str(exc))


def pack_source(chosen: Path) -> Path:
    """A pack is a folder or a .zip: opening a folder's pack.yaml means the folder."""
    from jxdesk.core.parameters.packs import MANIFEST

    return chosen.parent if chosen.name == MANIFEST else chosen


def install(path: Path, engine: Engine, tr: i18n.Tr, *, machine: bool) -> InstallOutcome:
    """Check and install a pack (machine-wide or for this user), then reload the engine's
    parameters; the outcome says what happened in words, naming the problem if refused."""
    from jxdesk.core.parameters.packs import PackRefused, install_pack

    try:
        target = install_pack(path, engine.config_dir, machine=machine, today=engine.today())
    except PackRefused as exc:
        return InstallOutcome(False, tr(i18n.PACK_CHECK_REFUSED).format(reason=str(exc)))
    except FileExistsError as exc:
        return InstallOutcome(False, tr(i18n.PACK_ALREADY).format(detail=str(exc)))
    except OSError as exc:
        key = i18n.PACK_NO_RIGHTS if machine else i18n.PACK_CANNOT_WRITE
        return InstallOutcome(False, tr(key).format(detail=str(exc)))
    engine.reload()
    status = next((s for s in engine.statuses if Path(s.location) == target), None)
    if status is not None and not status.loaded:  # e.g. another pack sets the same figures
        return InstallOutcome(
            False,
            tr(i18n.PACK_INSTALLED_NOT_LOADED).format(
                target=str(target), reason=status.reason or status.state
            ),
            target,
        )
    return InstallOutcome(True, tr(i18n.PACK_INSTALLED).format(target=str(target)), target)

"""`jxdesk packs`: the administrator's and the issuing office's tool for parameter packs.

    jxdesk packs make DIR [--key PRIVATE.pem] [--zip OUT.zip]  checksums into DIR/pack.yaml;
                                                               with --key also sign and check
    jxdesk packs sign PACK --key PRIVATE.pem                   sign a folder or .zip, then check
    jxdesk packs check PACK                                    exit 0 valid, 2 refused
    jxdesk packs list [--config-dir D] [--machine-only]        exit 1 if a pack is refused
    jxdesk packs keygen NAME [--out DIR]                       NAME.private.pem + NAME.pub.pem

The formats and rules are in docs/parameter-packs.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from jxdesk.core.parameters.common import ParameterError
from jxdesk.core.parameters.pack_files import MANIFEST, SIGNATURE, PackRefused, check_pack
from jxdesk.core.parameters.packs import (
    CONFIG_ENV,
    load_effective_parameters,
    make_manifest,
    scoped_pack_dirs,
)
from jxdesk.core.parameters.tree import PackInfo
from jxdesk.core.problems import printable


def _zip_prefix(names: Sequence[str]) -> str:
    if MANIFEST in names:
        return ""
    tops = {n.split("/", 1)[0] for n in names}
    top = next(iter(tops)) if len(tops) == 1 else ""
    return top + "/" if top and f"{top}/{MANIFEST}" in names else ""


def sign_pack(pack: Path | str, private_key: Path | str) -> Path:
    """Write PACK/pack.sig (a folder) or put pack.sig into the .zip; return what was written.

    Signs the manifest as it is: run `make` first if any file changed."""
    from jxdesk.core.parameters.signing import read_private_key, signature_text

    pack, key = Path(pack), read_private_key(Path(private_key))
    if pack.is_dir():
        manifest = pack / MANIFEST
        if not manifest.is_file():
            raise PackRefused(f"{manifest}: missing: run `jxdesk packs make` first")
        target = pack / SIGNATURE
        target.write_text(signature_text(manifest.read_bytes(), key), "ascii")
        return target
    try:
        with zipfile.ZipFile(pack) as z:
            entries = [(i, z.read(i)) for i in z.infolist() if not i.is_dir()]
    except (OSError, zipfile.BadZipFile) as exc:
        raise PackRefused(f"{pack}: not a readable zip file: {exc}") from exc
    prefix = _zip_prefix([i.filename for i, _ in entries])
    by_name = {i.filename: data for i, data in entries}
    if prefix + MANIFEST not in by_name:
        raise PackRefused(f"{pack}: {MANIFEST}: missing")
    sig = signature_text(by_name[prefix + MANIFEST], key).encode("ascii")
    fd, tmp = tempfile.mkstemp(dir=pack.parent, suffix=".zip")
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
            for info, data in entries:
                if info.filename != prefix + SIGNATURE:
                    out.writestr(info, data)
            out.writestr(prefix + SIGNATURE, sig)
        os.replace(tmp, pack)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return pack


def _write_zip(folder: Path, files: Sequence[str], out: Path) -> None:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for rel in (MANIFEST, SIGNATURE, *files):
            if (folder / rel).is_file():
                z.write(folder / rel, rel)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="jxdesk packs",
        description="Make, sign, check and list jxdesk parameter packs "
        "(see docs/parameter-packs.md).",
    )
    sub = ap.add_subparsers(dest="command", required=True)
    mk = sub.add_parser("make", help="write the files' SHA-256 into DIR/pack.yaml")
    mk.add_argument("folder", type=Path)
    mk.add_argument("--key", type=Path, help="also sign with this private key, then check")
    mk.add_argument("--zip", type=Path, help="also write the pack as this .zip")
    sg = sub.add_parser("sign", help="sign a pack (folder or .zip) with a private key, then check")
    sg.add_argument("pack", type=Path)
    sg.add_argument("--key", type=Path, required=True, help="the issuing office's private key")
    ck = sub.add_parser("check", help="validate one pack (folder or .zip)")
    ck.add_argument("pack", type=Path)
    ls = sub.add_parser("list", help="the installed packs and whether they load")
    ls.add_argument("--config-dir", type=Path, help=f"instead of ${CONFIG_ENV} / the defaults")
    ls.add_argument("--machine-only", action="store_true", help="leave out the per-user folder")
    kg = sub.add_parser("keygen", help="make a signing key pair (the issuing office, once)")
    kg.add_argument("name", help="the key's name, e.g. jx-ybj-2027 (files NAME.*.pem)")
    kg.add_argument("--out", type=Path, default=Path("."), help="folder to write to")
    return ap


def _show(info: PackInfo) -> None:
    print(f"ok: {info.summary()}")
    print("sets: " + ", ".join(info.parameters))


def _run(args: argparse.Namespace, today: date) -> int:
    if args.command == "make":
        files = make_manifest(args.folder)
        print(f"{args.folder / MANIFEST}: {len(files)} files")
        if args.key is None:
            print(f"not signed yet: jxdesk packs sign {args.folder} --key PRIVATE.pem")
        else:
            sign_pack(args.folder, args.key)
            _show(check_pack(args.folder, today=today))
        if args.zip:
            _write_zip(args.folder, list(files), args.zip)
            print(f"wrote {args.zip}")
    elif args.command == "sign":
        written = sign_pack(args.pack, args.key)
        print(f"signed: {written}")
        _show(check_pack(args.pack, today=today))
    elif args.command == "check":
        _show(check_pack(args.pack, today=today))
    elif args.command == "keygen":
        from jxdesk.core.parameters.signing import KEYS_DIR, generate_key_pair

        private, public = generate_key_pair(args.out, args.name)
        print(f"private key: {private} (keep it offline; whoever has it can issue packs)")
        print(f"public key:  {public} (ships with the release in resources/{KEYS_DIR}/)")
    else:
        from jxdesk.core.parameters.signing import TRUST_ENV

        machine, personal = scoped_pack_dirs(args.config_dir, user=not args.machine_only)
        print("reading (machine-wide): " + (", ".join(str(d) for d in machine) or "-"))
        if personal:
            print("reading (per-user, never overriding): " + ", ".join(str(d) for d in personal))
        if os.environ.get(TRUST_ENV):
            print(f"warning: ${TRUST_ENV} adds trusted keys: {os.environ[TRUST_ENV]}")
        try:
            _, statuses = load_effective_parameters(
                args.config_dir, user=not args.machine_only, today=today
            )
        except PackRefused:
            raise
        except ParameterError as exc:  # the built-in files themselves: not a pack's fault
            print(printable(f"jxdesk: the installation is damaged: {exc}"), file=sys.stderr)
            return 1
        for s in statuses:
            print(s.line())
        if not statuses:
            print("no packs installed: the built-in parameters are in force")
        return 1 if any(s.state == "refused" for s in statuses) else 0
    return 0


def main(argv: Sequence[str] | None = None, *, today: date) -> int:
    """`jxdesk packs ...` on `today` (the caller's clock: jxdesk/__main__.py reads it)."""
    args = _parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    try:
        return _run(args, today)
    except ParameterError as exc:
        print(printable(f"refused: {exc}"), file=sys.stderr)
        return 2
    except OSError as exc:
        print(printable(f"error: {exc}"), file=sys.stderr)
        return 2


if __name__ == "__main__":
    from datetime import date as _date

    sys.exit(main(today=_date.today()))  # a program's entry: here the clock is read

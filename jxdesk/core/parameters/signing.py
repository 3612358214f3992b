"""Signed packs: an Ed25519 signature over a pack's manifest, by a key the release trusts.

The manifest (`pack.yaml`) lists every other file of the pack with its SHA-256, so a valid
signature over its exact bytes vouches for every file. The signature lives beside it in
`pack.sig` (three ASCII lines, see `signature_text`); the pack's manifest never lists it.

The keys a release trusts are the public keys in `resources/keys/*.pub.pem`, shipped with the
release and read-only like every resource. `JXDESK_TRUST_KEYS` (one or more public key files,
separated by os.pathsep) adds keys for this process only: the test suite uses it to trust the
test key in tests/core/fixtures/keys; a counter or a kiosk never sets it. A pack signed by such
an added key is marked so wherever it is listed.

The cryptography is the `cryptography` package's Ed25519; nothing here is home-made beyond the
file format. Imported only when there is a pack to check (the library costs ~25 ms to import).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from jxdesk.core.parameters.common import ParameterError
from jxdesk.core.parameters.tree import ENV_TRUST_MARK
from jxdesk.core.resources import resources_dir

SIGNATURE = "pack.sig"
KEYS_DIR = "keys"
PUBLIC_SUFFIX = ".pub.pem"
TRUST_ENV = "JXDESK_TRUST_KEYS"
SIGNATURE_FORMAT = "jxdesk-pack-signature/1"
#: what is signed is this line, then the manifest's bytes: a signature made for anything else
#: (another program using the same key) never passes for a pack's
_DOMAIN = SIGNATURE_FORMAT.encode("ascii") + b"\n"
MAX_SIGNATURE_BYTES = 1024


class SignatureRefused(ParameterError):
    """A pack whose signature is missing, malformed, by an unknown key or does not verify."""


@dataclass(frozen=True)
class TrustedKey:
    name: str  # the key file's name without .pub.pem, e.g. jxdesk-issuing-office-1
    key_id: str  # the first 16 hex digits of the SHA-256 of the raw 32-byte public key
    public: Ed25519PublicKey
    origin: str  # the file it was read from
    #: True for a key added by $JXDESK_TRUST_KEYS (tests), False for a release key
    added: bool = False

    @property
    def label(self) -> str:
        added = f" {ENV_TRUST_MARK}" if self.added else ""
        return f"{self.name} {self.key_id}{added}"


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def read_public_key(file: Path, *, added: bool = False) -> TrustedKey:
    try:
        key = serialization.load_pem_public_key(file.read_bytes())
    except (OSError, ValueError, TypeError) as exc:
        raise ParameterError(f"{file}: not a readable public key: {exc}") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise ParameterError(f"{file}: not an Ed25519 public key")
    name = file.name.removesuffix(PUBLIC_SUFFIX).removesuffix(".pem")
    return TrustedKey(name, key_id(key), key, str(file), added)


def trusted_keys(keys_dir: Path | None = None) -> dict[str, TrustedKey]:
    """The release's keys (resources/keys/*.pub.pem) and any added by $JXDESK_TRUST_KEYS.

    A damaged key file raises ParameterError naming it (a release key is part of the install).
    """
    folder = keys_dir if keys_dir is not None else resources_dir() / KEYS_DIR
    found: dict[str, TrustedKey] = {}
    files = sorted(folder.glob("*" + PUBLIC_SUFFIX)) if folder.is_dir() else []
    for f in files:
        k = read_public_key(f)
        found[k.key_id] = k
    for item in os.environ.get(TRUST_ENV, "").split(os.pathsep):
        if item.strip():
            k = read_public_key(Path(item), added=True)
            found.setdefault(k.key_id, k)
    return found


def signature_text(manifest: bytes, private: Ed25519PrivateKey) -> str:
    """The contents of pack.sig for these manifest bytes::

    jxdesk-pack-signature/1
    key: <16 hex digits: the signing key's id>
    signature: <base64 of the 64-byte Ed25519 signature over the format line and the manifest>
    """
    sig = private.sign(_DOMAIN + manifest)
    kid = key_id(private.public_key())
    return f"{SIGNATURE_FORMAT}\nkey: {kid}\nsignature: {base64.b64encode(sig).decode('ascii')}\n"


def _parse(sig: bytes) -> tuple[str, bytes]:
    bad = SignatureRefused(
        f"{SIGNATURE}: not a pack signature (expected the three lines `jxdesk packs sign` writes)"
    )
    if len(sig) > MAX_SIGNATURE_BYTES:
        raise bad
    try:
        lines = sig.decode("ascii").splitlines()
    except UnicodeDecodeError:
        raise bad from None
    if len(lines) != 3 or lines[0] != SIGNATURE_FORMAT:
        raise bad
    kid, signature = lines[1].partition("key: "), lines[2].partition("signature: ")
    if kid[0] or signature[0] or not kid[1] or not signature[1]:
        raise bad
    try:
        raw = base64.b64decode(signature[2], validate=True)
    except (binascii.Error, ValueError):
        raise bad from None
    if len(raw) != 64:
        raise bad
    return kid[2], raw


def verify(manifest: bytes, sig: bytes | None, keys: Mapping[str, TrustedKey]) -> TrustedKey:
    """The trusted key whose signature `sig` is over `manifest`; else SignatureRefused."""
    if sig is None:
        raise SignatureRefused(
            f"{SIGNATURE}: missing: the pack is not signed (only packs signed by the issuing "
            "office are accepted)"
        )
    kid, raw = _parse(sig)
    key = keys.get(kid)
    if key is None:
        raise SignatureRefused(
            f"{SIGNATURE}: signed with key {kid}, which this release does not trust"
        )
    try:
        key.public.verify(raw, _DOMAIN + manifest)
    except InvalidSignature:
        raise SignatureRefused(
            f"{SIGNATURE}: the signature does not match pack.yaml (key {key.name} {kid}): "
            "the manifest was changed after it was signed, or the signature is forged"
        ) from None
    return key


# --------------------------------------------------------------------------- the issuing office


def read_private_key(file: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(file.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise ParameterError(f"{file}: not a readable private key: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise ParameterError(f"{file}: not an Ed25519 private key")
    return key


def generate_key_pair(folder: Path, name: str) -> tuple[Path, Path]:
    """Write NAME.private.pem (owner-only) and NAME.pub.pem into `folder`; never overwrite."""
    private = Ed25519PrivateKey.generate()
    priv_file = folder / f"{name}.private.pem"
    pub_file = folder / f"{name}{PUBLIC_SUFFIX}"
    for f in (priv_file, pub_file):
        if f.exists():
            raise FileExistsError(f"{f}: already exists")
    folder.mkdir(parents=True, exist_ok=True)
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(priv_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    pub_file.write_bytes(
        private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return priv_file, pub_file

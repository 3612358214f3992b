"""Helpers for tests that build, sign and install parameter packs (see tests/core/test_packs.py)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from jxdesk.core.parameters.pack_tool import sign_pack
from jxdesk.core.parameters.packs import PackRefused, check_pack, make_manifest

FIXTURES = Path(__file__).resolve().parents[1] / "core" / "fixtures"
EXAMPLE = FIXTURES / "packs" / "example-2026"
#: the test key's private half: public in the repository, trusted by the suite alone
#: ($JXDESK_TRUST_KEYS, tests/conftest.py), never by a release
TEST_PRIVATE_KEY = FIXTURES / "keys" / "jxdesk-test.private.pem"
TEST_PUBLIC_KEY = FIXTURES / "keys" / "jxdesk-test.pub.pem"
CONTRIB = "parameters/premium/contribution.yaml"
NATIONAL = "parameters/fertility/national_childcare.yaml"
#: the day the pack tests run on (the core never reads the clock; the example pack was issued
#: 2025-06-01 and expires 2030-05-31: the GUI tests pin 2025-06-16)
TODAY = date(2026, 3, 1)


class NoAliases(yaml.SafeDumper):
    """Writes a value used twice out twice (packs may not hold YAML aliases)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def edit_yaml(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text("utf-8"))
    change(data)
    path.write_text(yaml.dump(data, Dumper=NoAliases, allow_unicode=True, sort_keys=False), "utf-8")


def pack_copy(tmp_path: Path, name: str = "pack") -> Path:
    dest = tmp_path / name
    shutil.copytree(EXAMPLE, dest)
    return dest


def remake(pack: Path, key: Path = TEST_PRIVATE_KEY) -> None:
    """What the issuing office does after editing a pack: new checksums, signed again."""
    make_manifest(pack)
    sign_pack(pack, key)


def install(config: Path, pack: Path, name: str | None = None) -> Path:
    dest = config / "packs" / (name or pack.name)
    dest.parent.mkdir(parents=True, exist_ok=True)
    if pack.is_dir():
        shutil.copytree(pack, dest)
    else:
        shutil.copyfile(pack, dest)
    return dest


def refusal(pack: Path) -> str:
    with pytest.raises(PackRefused) as exc:
        check_pack(pack, today=TODAY)
    return str(exc.value)


def year_pack(tmp_path: Path, national_from: date = date(2026, 1, 1)) -> Path:
    """The 2026 pack: the example's contribution file with other figures, plus the national
    childcare figure, each citing the pack's own (fictional) notice; checksummed and signed. Used by
    test_year_pack.py and test_carried_over.py."""
    pack = tmp_path / "jx-2026"
    shutil.copytree(EXAMPLE, pack)
    (pack / "pack.sig").unlink()

    def manifest(d: dict[str, Any]) -> None:
        d.update(name="jx-2026-yearly", title="2026年度参数（虚构示例，仅供测试）")

    edit_yaml(pack / "pack.yaml", manifest)

    def contribution(d: dict[str, Any]) -> None:
        for key, value in (("resident", 720), ("long_term_care_part", 30), ("student", 216)):
            d[key]["values"][date(2026, 1, 1)]["value"] = value

    edit_yaml(pack / CONTRIB, contribution)
    (pack / NATIONAL).parent.mkdir(parents=True)
    national = {
        "description": "国家育儿补贴（2026年标准，虚构示例）",
        "monthly": {
            "label": "国家育儿补贴每孩每月标准（每年3600元）",
            "unit": "CNY",
            "values": {
                national_from: {
                    "value": 400,
                    "source": {"document": "example-2026-notice", "note": "虚构测试数字"},
                }
            },
        },
    }
    (pack / NATIONAL).write_text(yaml.safe_dump(national, allow_unicode=True), "utf-8")
    remake(pack)
    return pack

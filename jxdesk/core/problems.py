"""Validation problems: one per field, named by its path, in English and Chinese.

No `from __future__ import annotations` here or in the modules with a NamedTuple: with it,
typing.NamedTuple compiles each field's annotation string at import (~20 µs a field).
"""

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from pydantic import ValidationError


#: shared by every Problem without parameters: nothing writes into a Problem's params
_NO_PARAMS: Mapping[str, str] = {}


class Problem(NamedTuple):
    """One problem of a case. (A NamedTuple, not a dataclass: cheaper to create at start.)"""

    path: str  # "claims[1].eligible"; "" for the case as a whole
    code: str
    message: str  # English, as the command line prints it
    params: Mapping[str, str] = _NO_PARAMS

    def line(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def text(self, lang: str = "en") -> str:
        if lang == "zh":
            template = ZH.get(self.code)
            if template is not None:
                return template.format(**self.params)
        return self.message


class InvalidCase(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.line() for p in problems))
        self.problems = problems


#: A field name shown as it is; any other name is quoted and escaped (see `field_name`).
#: (re.fullmatch caches the compiled pattern: compiled only when a problem is worded.)
_PLAIN_NAME = r"[A-Za-z_][A-Za-z0-9_]{0,63}"


def printable(text: str) -> str:
    """`text` with every character that is not printable (a newline, ESC, bidirectional
    controls, a byte of a file name that is not UTF-8) written as an escape: what a message
    may echo of a file name, so that it never splits a line nor drives the terminal."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch.isprintable():
            out.append(ch)
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        elif ord(ch) < 0x10000:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return "".join(out)


def field_name(name: str) -> str:
    """A field name as a message may show it. The names of the contract are shown as they
    are; anything else came from the input and is quoted, every character that is not
    printable (ESC, newlines, bidirectional controls, lone surrogates) written as an escape,
    so that no input reaches a terminal or a log as anything but visible text."""
    if re.fullmatch(_PLAIN_NAME, name):
        return name
    if len(name) > 64:
        name = name[:64] + "…"
    out = []
    for ch in name:
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ch.isprintable():
            out.append(ch)
        elif ord(ch) < 0x10000:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return '"' + "".join(out) + '"'


def path_of(loc: Iterable[int | str]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = field_name(str(part))
            out += f".{name}" if out else name
    return out


# English messages for pydantic's own error types, in plain words.
_EN: dict[str, str] = {
    "missing": "is required",
    "extra_forbidden": "is not a known field",
    "enum": "must be one of: {expected}",
    "greater_than_equal": "must be at least {ge}",
    "less_than_equal": "must be at most {le}",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "bool_type": "must be true or false",
    "model_type": "must be an object",
    "model_attributes_type": "must be an object",
    "dict_type": "must be an object",
    "list_type": "must be a list",
    "too_long": "has too many entries (at most {max_length})",
}

ZH: dict[str, str] = {
    "missing": "必须填写",
    "extra_forbidden": "不是可识别的字段",
    "enum": "必须是以下之一：{expected}",
    "greater_than_equal": "不能小于 {ge}",
    "less_than_equal": "不能大于 {le}",
    "int_type": "必须是整数",
    "int_from_float": "必须是整数",
    "bool_type": "只能是“是”或“否”",
    "model_type": "格式不对，应为一组字段",
    "model_attributes_type": "格式不对，应为一组字段",
    "dict_type": "格式不对，应为一组字段",
    "list_type": "格式不对，应为列表",
    "too_long": "条目过多（最多 {max_length} 条）",
    "money_type": "请填写金额（元），例如 1234.50",
    "money_format": "不是有效金额，请只填写数字，例如 1234.50",
    "money_negative": "金额不能为负数",
    "money_too_large": "金额过大，不可信（最多 {limit} 元）",
    "money_precision": "最多两位小数（精确到分）",
    "date_format": "请按 年-月-日 填写日期，例如 2025-03-01",
    "date_invalid": "不是真实存在的日期",
    "facility_for_kind": "{kind_zh}不能选择{facility_zh}（可选：{allowed_zh}）",
    "date_outside_year": "日期须在结算年度 {year} 年内",
    "base_required": "{scheme_zh}母亲须填写缴费基数，才能估算生育津贴",
    "home_bed_not_local": "家庭病床只能在本市（由基层医疗机构建床），不能选择异地",
    "claim_date_required": "参保方式为{route_zh}时，每笔费用都须填写就诊日期",
    "claim_before_birth": "就诊日期早于出生日期（{born}）",
    "birth_after_year": "出生日期晚于结算年度 {year} 年",
    "birth_before_1900": "出生日期不能早于1900年",
    "pre1949_too_young": "{latest} 以后出生的人不可能是建国前参加革命工作的老工人",
    "enrollment_date_required": "参保方式为{route_zh}时须填写登记或缴费日期",
    "newborn_birth_date_required": "新生儿参保须填写出生日期",
    "enrollment_before_birth": "参保日期早于出生日期（{born}）",
    "enrollment_after_year": "参保日期晚于 {latest} 年底，不能计入结算年度 {year} 年",
    "lone_surrogate": "含有不成对的代理项转义 {escape}，不是有效字符",
    "account_given_and_estimated": "已填写当年个人账户余额，不能再选择按划入估算（二者选一）",
    "account_base_required": "{scheme_zh}按划入估算个人账户，须填写本人月缴费基数",
    "child_born_too_late": "出生日期不能晚于 {last} 年底（预产期最多提前一年填写）",
    "child_duplicate": "与第{first}个孩子出生日期和孩次都相同",
    "births_too_close": (
        "与另一个孩子的出生日期（{other}）只相隔 {gap} 天，两次生育至少相隔 {min} 天"
    ),
    "json": "不是有效的 JSON：{detail}",
    "not_object": "案件须为一个 JSON 对象",
    "read_error": "无法读取文件：{detail}",
    "duplicate_key": "同一字段填写了不止一次",
    "too_large": "内容过大，最多读取 {limit} 字节",
    # a slip's QR code (jxdesk.core.slipcode): which part of the code is wrong
    "slip_foreign": "不是本系统凭条上的二维码（应以 JX1: 开头）",
    "slip_prefix": "二维码开头已损坏（应为 JX1:）",
    "slip_version": "这是第 {version} 版凭条二维码，本系统只能读取第 1 版，请升级后再扫",
    "slip_empty": "二维码在 JX1: 之后没有内容",
    "slip_length": "二维码不完整（长度不对，可能没有扫全）",
    "slip_character": "二维码中有不该出现的字符（第 {at} 个：{char}），可能扫错或损坏",
    "slip_base45": "二维码已损坏（编码不对）",
    "slip_damaged": "二维码已损坏，无法解开",
    "slip_too_large": "二维码内容过大（解开后超过 {limit} 字节），不读取",
    "slip_cut": "二维码不完整或多了内容，可能没有扫全",
}


def _expected(ctx: Mapping[str, Any]) -> str:
    return str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")


def from_validation_error(exc: "ValidationError") -> list[Problem]:
    problems = []
    for err in exc.errors(include_url=False):
        kind = err["type"]
        ctx: dict[str, Any] = dict(err.get("ctx") or {})
        params = {k: str(v) for k, v in ctx.items()}
        if kind == "enum":
            params["expected"] = _expected(ctx)
        template = _EN.get(kind)
        message = template.format(**params) if template else err["msg"]
        loc = err["loc"]
        if kind == "extra_forbidden":  # the unknown field's own name ends the path
            pass
        problems.append(Problem(path_of(loc), kind, message, params))
    return problems

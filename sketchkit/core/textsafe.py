"""Text made safe for where it lands: XML, a terminal, JSON.

Every value and file name in a report comes from a sketch someone else wrote. These are the
one place where such text is made harmless: a terminal never receives a control character
from it (an ESC that recolours or rewrites the screen, a CR that hides the line before, a
bidi override that reverses what is shown), XML never a character it cannot hold, JSON never
``NaN`` or a lone surrogate.
"""

from __future__ import annotations

import math
import re
from typing import Any

# Patterns compiled on first use (re keeps them): each costs a third of a millisecond to
# compile, and most commands need only one or two of them.
_NOT_XML = "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]"


def xml_safe(text: str) -> str:
    """``text`` with characters XML cannot hold replaced by U+FFFD, so they stay visible."""
    return re.sub(_NOT_XML, "\ufffd", text)


# C0 controls, DEL, C1 controls, the line and paragraph separators, the bidirectional
# formatting characters (Trojan Source, CVE-2021-42574), and lone surrogates (the bytes of a
# file name that is not UTF-8, as Python's surrogateescape keeps them).
_OTHER_CONTROL = "\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_TERMINAL = f"[\x00-\x1f{_OTHER_CONTROL}]"
_TERMINAL_KEEP_LINES = f"[\x00-\x09\x0b-\x1f{_OTHER_CONTROL}]"
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    named = _NAMED.get(c)
    if named:
        return named
    code = ord(c)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a name that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every control character shown escaped, as ``\\x1b``, ``\\n``, ``\\u202e``:
    for one line of a report (a value, a message, a file name)."""
    return re.sub(_TERMINAL, _escape, text)


def terminal_lines(text: str) -> str:
    """Like terminal_safe, but line breaks (``\\n``) stay: for text of several lines that
    sketchkit itself laid out (a table, a description)."""
    return re.sub(_TERMINAL_KEEP_LINES, _escape, text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _unsurrogate(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


def unsurrogate(text: str) -> str:
    """``text`` that every encoder accepts: the bytes of a name that is not UTF-8 (kept by
    surrogateescape) written as ``\\xff``, any other lone surrogate as U+FFFD."""
    return _SURROGATE.sub(_unsurrogate, text)


def json_safe(value: Any) -> Any:
    """``value`` with what JSON cannot hold made plain: ``NaN`` and infinities become null,
    strings lose their lone surrogates (see unsurrogate)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return unsurrogate(value)
    if isinstance(value, dict):
        return {json_safe(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value


def json_text(value: Any, *, indent: int | None = None) -> str:
    """Always valid JSON (RFC 8259): never ``NaN``, ``Infinity`` or a lone surrogate."""
    import json  # only the JSON report needs it; the text report stays light

    # Nearly every report is plain already: write it as it is and look for what JSON cannot
    # hold in the result, rather than copying the whole value first (a third of a batch
    # check's time went to that copy).
    try:
        text = json.dumps(value, ensure_ascii=False, indent=indent, allow_nan=False)
    except ValueError:  # a NaN or an infinity somewhere
        text = None
    if text is None or _SURROGATE.search(text):
        text = json.dumps(json_safe(value), ensure_ascii=False, indent=indent, allow_nan=False)
    return text

"""Text made safe for XML 1.0, which cannot hold most control characters at all."""

from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with characters XML cannot hold replaced by U+FFFD, so they stay visible."""
    return _NOT_XML.sub("\ufffd", text)

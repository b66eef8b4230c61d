"""Calls as data: loading a call folder, walking its schema, coercing values the way its schema
means them, describing it to people and to editors.

Depends on ``sketchkit.input`` and ``sketchkit.core``.
"""

from __future__ import annotations

from sketchkit.calls.loading import builtin_call_ids, load_builtin, load_call
from sketchkit.calls.model import CALL_FILE, Call, CallError, Criterion, Limit

__all__ = [
    "CALL_FILE",
    "Call",
    "CallError",
    "Criterion",
    "Limit",
    "builtin_call_ids",
    "load_builtin",
    "load_call",
]

"""Checking a sketch against a call: schema validation, the rules, criteria coverage and
suppressions, producing findings.

Depends on ``sketchkit.calls``, ``sketchkit.input`` and ``sketchkit.core``. The checker itself is
imported lazily: ``sketchkit.checking.findings`` alone must stay cheap for the rules.
"""

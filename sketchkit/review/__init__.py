"""The jury workflow: scoring sheets per evaluator and the report that reads them back.

Depends on ``sketchkit.calls``, ``sketchkit.checking`` and below.
"""

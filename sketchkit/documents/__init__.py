"""The submission document: one model built from a checked sketch, drawn by one renderer per
format, written atomically. Heavy renderers are imported only for their format.

Depends on ``sketchkit.checking`` and below.
"""

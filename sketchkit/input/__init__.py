"""Reading input: which files the arguments name, their bytes as text, YAML with positions.

Depends only on ``sketchkit.core``.
"""

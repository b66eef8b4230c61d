"""Starting a sketch: the scaffold built from a call's schema, the facts asked for, and the
prompts that check each answer as it is typed.

Depends on ``sketchkit.checking`` and below.
"""

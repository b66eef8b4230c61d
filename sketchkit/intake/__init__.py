"""For the people who receive sketches: the intake overview of many checked sketches.

Depends on ``sketchkit.checking`` and below.
"""

"""Clear language (klarspråk): sentence and word splitting for Norwegian, LIX and the other
measures, as advice. Depends only on ``sketchkit.core``, so that checking can use it.
"""

"""``sketchkit lsp``: the language server. Imported only by that command (pygls is heavy).

Depends on ``sketchkit.checking`` and below.
"""

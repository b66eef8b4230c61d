"""``sketchkit edit``: the local form server for writing a sketch in the browser.

Depends on everything below the command line; imported only by that command.
"""

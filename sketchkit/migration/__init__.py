"""``sketchkit migrate``: rewriting a sketch from an older format to the current one.

The only package that imports ruamel.yaml (round-trip YAML that keeps comments, key order and
quoting); imported only by the ``migrate`` command.
"""

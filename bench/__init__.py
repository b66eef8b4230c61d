"""Benchmarks: run each file as a script (see the Makefile); shared helpers import as bench.*."""

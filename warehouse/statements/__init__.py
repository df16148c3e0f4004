"""Parameterised write statements used by `warehouse.load` (SQL lives in .sql files)."""

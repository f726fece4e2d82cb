"""Data files of `shared.taxonomy` (a package so that they ship with it)."""

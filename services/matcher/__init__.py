"""Matcher: keeps every live SME in an index and suggests supplier→buyer pairs."""

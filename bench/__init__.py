"""Benchmarks run by `make bench`: synthetic clusters and the timing harnesses that use them."""

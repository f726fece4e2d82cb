"""Notifier: emails match suggestions, serves the signed links, introduces accepted pairs."""

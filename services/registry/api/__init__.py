"""HTTP entry points of the registry."""

"""The registry's body limit is the shared one (`shared.body_limit`)."""

from shared.body_limit import BodySizeLimit

__all__ = ["BodySizeLimit"]

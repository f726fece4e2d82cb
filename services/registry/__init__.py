"""The registry: system of record for the cluster's SME profiles.

HTTP in (FastAPI), MongoDB for storage, and a transactional outbox relayed to
the compacted `sme.profiles` topic.
"""

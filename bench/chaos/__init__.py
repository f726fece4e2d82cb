"""Chaos on a three-broker cluster: faults under a steady registration load lose nothing and double nothing.

    make chaos                                  # thousands of profiles, its own stack (.local/chaos/)
    .venv/bin/python -m bench.chaos --profiles 2000 --rate 10

A steady load of registrations goes through `POST /v1/import` while one matcher and one
notifier replica are SIGKILLed (and restarted) and one Kafka node is SIGKILLed and restarted
twice: first the node leading most partitions, then the active KRaft controller. Then the
databases and the SMTP sink are checked (see `verdict.py` and docs/operators/chaos.md).
"""

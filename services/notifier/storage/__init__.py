"""MongoDB repositories of the notifier: the only modules that see documents and `_id`."""

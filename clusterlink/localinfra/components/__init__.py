"""The processes `clusterlink dev` manages: Kafka broker, FerretDB, SMTP sink."""

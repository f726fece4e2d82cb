from shared.settings import comma_separated


def test_a_comma_separated_bootstrap_becomes_one_address_per_broker() -> None:
    assert comma_separated("127.0.0.1:9092, 127.0.0.1:9192,") == ["127.0.0.1:9092", "127.0.0.1:9192"]
    assert comma_separated("kafka:9092") == ["kafka:9092"]

from shared.settings import bootstrap_list


def test_a_comma_separated_bootstrap_becomes_one_address_per_broker() -> None:
    assert bootstrap_list("127.0.0.1:9092, 127.0.0.1:9192,") == ["127.0.0.1:9092", "127.0.0.1:9192"]
    assert bootstrap_list("kafka:9092") == ["kafka:9092"]

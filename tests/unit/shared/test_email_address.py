"""One address rule for the registry and the notifier."""

from __future__ import annotations

import pytest

from shared.email_address import InvalidAddress, normalized_address, parse_address, smtp_address


def test_a_thai_domain_is_kept_in_thai_and_sent_in_its_idna_form() -> None:
    address = parse_address("somchai@ตัวอย่าง.ไทย")

    assert address.text == "somchai@ตัวอย่าง.ไทย"
    assert address.smtp == "somchai@xn--72c1a1bt4awk9o.xn--o3cw4h"


def test_the_domain_is_lower_cased_and_the_part_before_the_at_kept() -> None:
    assert normalized_address("Owner.Name+tag@Example.CO.TH") == "Owner.Name+tag@example.co.th"
    assert smtp_address("x@xn--72c1a1bt4awk9o.xn--o3cw4h") == "x@xn--72c1a1bt4awk9o.xn--o3cw4h"


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("a,b@example.com", "no commas"),
        ("a b@example.com", "no commas, spaces"),
        ('"quoted"@example.com', "quotes"),
        ("สมชาย@example.com", "SMTPUTF8"),
        ("a@b@example.com", "exactly one @"),
        ("no-at.example.com", "exactly one @"),
        ("@example.com", "nothing before the @"),
        (".a@example.com", "dot at the start"),
        ("a..b@example.com", "two dots"),
        ("a@localhost", "domain with a dot"),
        ("a@exa_mple.com", "not a valid domain name"),
        ("a@-example.com", "not a valid domain name"),
        ("a@192.168.0.1", "IP address"),
        ("a" * 65 + "@example.com", "more than 64"),
        ("a@" + "b" * 64 + ".com", "not a valid domain name"),
        ("a" * 60 + "@" + ".".join(["abcdefghij"] * 18) + ".com", "longer than 254"),
    ],
)
def test_undeliverable_addresses_are_refused_with_a_reason(address: str, reason: str) -> None:
    with pytest.raises(InvalidAddress, match=reason):
        parse_address(address)

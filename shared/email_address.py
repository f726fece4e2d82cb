"""The one e-mail address rule: what the registry accepts is what the notifier can deliver.

An address is accepted when its part before the `@` is a plain ASCII dot-atom
(RFC 5322: letters, digits and ``.!#$%&'*+/=?^_`{|}~-``; no commas, spaces,
quotes or comments) and its domain is a valid domain name. A domain in Thai
or another script (``ตัวอย่าง.ไทย``) is accepted: it is kept as written and
sent in its IDNA form (``xn--...``), which every SMTP relay carries. A part
before the `@` in Thai would need SMTPUTF8 from every relay on the way, which
cannot be promised, so it is refused with a clear reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import idna

MAX_LENGTH = 254  # RFC 5321 path limit, in the form sent
_MAX_LOCAL = 64
_MAX_LABEL = 63
_ATEXT = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$")
_ASCII_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
_ALLOWED_HINT = "letters a-z, digits and . ! # $ % & ' * + / = ? ^ _ ` { | } ~ -"


class InvalidAddress(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class EmailAddress:
    local: str
    domain: str  # as people read it: lower case, Thai kept
    ascii_domain: str  # as SMTP carries it: IDNA A-labels

    @property
    def text(self) -> str:
        return f"{self.local}@{self.domain}"

    @property
    def smtp(self) -> str:
        return f"{self.local}@{self.ascii_domain}"


def _check_local(local: str) -> None:
    if not local:
        raise InvalidAddress("has nothing before the @")
    if len(local) > _MAX_LOCAL:
        raise InvalidAddress(f"has more than {_MAX_LOCAL} characters before the @")
    if not local.isascii():
        raise InvalidAddress(
            "has non-ASCII characters before the @; such addresses need SMTPUTF8, which is not used: "
            "use an address whose part before the @ is in Latin letters"
        )
    atoms = local.split(".")
    if any(not atom for atom in atoms):
        raise InvalidAddress("has a dot at the start or end of the part before the @, or two dots in a row")
    if not all(_ATEXT.match(atom) for atom in atoms):
        raise InvalidAddress(f"may hold before the @ only {_ALLOWED_HINT} (no commas, spaces, quotes or brackets)")


def _ascii_domain(domain: str) -> str:
    if "." not in domain.strip("."):
        raise InvalidAddress("needs a domain with a dot after the @, e.g. example.co.th")
    try:
        encoded = idna.encode(domain, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError) as exc:
        raise InvalidAddress(f"has a domain that is not a valid domain name ({exc})") from exc
    labels = encoded.split(".")
    for label in labels:
        if not _ASCII_LABEL.match(label) or len(label) > _MAX_LABEL:
            raise InvalidAddress(f"has a domain that is not a valid domain name (label {label!r})")
    if labels[-1].isdigit():
        raise InvalidAddress("has a domain that ends in a number; use a domain name, not an IP address")
    return encoded


def parse_address(value: str) -> EmailAddress:
    """The address, checked; `InvalidAddress` says what is wrong, for people."""
    local, at, domain = value.rpartition("@")
    if not at or "@" in local:
        raise InvalidAddress("must contain exactly one @ (name@domain)")
    _check_local(local)
    ascii_domain = _ascii_domain(domain)
    # A Thai domain is kept in Thai; one sent in its xn-- form stays so.
    readable = ascii_domain if domain.isascii() else idna.decode(ascii_domain)
    address = EmailAddress(local, readable, ascii_domain)
    if len(address.smtp) > MAX_LENGTH:
        raise InvalidAddress(f"is longer than {MAX_LENGTH} characters as sent")
    return address


def normalized_address(value: str) -> str:
    """As stored: the domain in lower case (a Thai domain stays in Thai)."""
    return parse_address(value).text


def smtp_address(value: str) -> str:
    """As an SMTP envelope and `To:` header carry it (an IDN domain in its xn-- form)."""
    return parse_address(value).smtp

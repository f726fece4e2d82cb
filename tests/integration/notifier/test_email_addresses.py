"""An address the registry accepts is one the notifier delivers: a Thai domain goes out as IDNA."""

from __future__ import annotations

import pytest

from tests.integration.notifier.conftest import Harness, unique

pytestmark = pytest.mark.integration


async def test_a_recipient_with_a_thai_domain_gets_its_email_at_the_idna_form_of_the_domain(harness: Harness) -> None:
    supplier, buyer = unique("sup"), unique("buy")
    local = buyer.replace("-", "")
    await harness.add_profile(supplier, stage="upstream")
    await harness.add_profile(buyer, language="th", contact_email=f"{local}@ตัวอย่าง.ไทย")
    await harness.suggest(buyer, supplier, recipient_role="buyer")

    await harness.drain()

    [message] = harness.mail_to(f"{local}@xn--72c1a1bt4awk9o.xn--o3cw4h")
    assert message["To"].addresses[0].domain == "xn--72c1a1bt4awk9o.xn--o3cw4h"

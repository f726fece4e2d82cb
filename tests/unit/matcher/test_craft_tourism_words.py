"""Words of community-based tourism and craft experiences, read as the trade means it.

Village walks, guides, tasters, craft tours and the villages they visit are tourism, in both
languages, and a tour through weaving villages offers the tour, not weaving; the inner bark of paper
mulberry is its bast fibre; beeswax for batik is the resist wax in every spelling; paper envelopes
are packaging; "ของย้อม" is a dyestuff; a shop taking goods on consignment is a sales channel. The
sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Cycling tours through weaving villages, full day", Side.OFFER, ["tourism"]),
        ("a silk weaving taster for cruise guests", Side.NEED, ["tourism"]),
        ("Karen village walks with a local guide", Side.OFFER, ["tourism"]),
        ("โปรแกรมเที่ยวหมู่บ้านทอผ้า 2 วัน 1 คืน", Side.OFFER, ["tourism"]),
        ("ไกด์นำเที่ยวชุมชน พูดภาษาอังกฤษ", Side.NEED, ["tourism"]),
        ("paper mulberry inner bark, sun dried", Side.OFFER, ["fibre"]),
        ("เทียนขี้ผึ้ง สำหรับเขียนลายผ้า", Side.NEED, ["starch_size"]),
        ("ซองกระดาษคราฟท์ พิมพ์โลโก้", Side.NEED, ["packaging"]),
        ("ของย้อมจากเปลือกไม้", Side.NEED, ["dye"]),
        ("รับวางขายแบบฝากขาย หักค่าคอม 20%", Side.OFFER, ["retail_platform"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_silk_from_a_weaving_village_is_still_silk(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("ผ้าไหมจากหมู่บ้านทอผ้า", Side.OFFER).items] == ["fabric"]


def test_a_tour_operator_wanting_village_tours_finds_the_tour_before_the_weaver() -> None:
    agent = sme("agent", stage="downstream", needs=("Craft village day trips for our groups",))
    tours = sme("tours", stage="downstream", language="th", offers=("นำเที่ยวหมู่บ้านหัตถกรรม ครึ่งวัน",))
    weaver = sme("a-weaver", stage="midstream", language="th", offers=("ผ้าทอมือจากหมู่บ้าน",))
    found = supplier_ids(MatchIndex(k=10).fit([agent, tours, weaver]).suppliers_of("agent"))
    assert found and found[0] == "tours", found

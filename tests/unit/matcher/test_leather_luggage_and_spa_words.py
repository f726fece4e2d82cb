"""Words of tanneries, leather workshops, luggage makers and spas, read as the trade means it.

Raw and salted hides (หนังสด, หนังเค็ม) are hides, not leather, and leather not yet tanned
(ยังไม่ฟอก) is a hide; tanning (ฟอกหนัง) is work of its own; tannin and เปลือกตะบูน are tanning agents,
edge paint and leather cream leather-care goods, hot-stamping foil a foil and brass logo dies printing
tools; leather offcuts (เศษหนัง) are waste. Suitcases (กระเป๋าเดินทาง, กระเป๋าลาก) are luggage, a kind
of bag; spinner wheels, pull handles and combination locks are luggage parts, not bags; rain covers for
packs are covers. Sawdust is sawdust, not rubber; plai oil is a herbal product. The sentences are new:
they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("หนังวัวเค็ม ส่งโรงฟอก ยกคันรถ", Side.OFFER, ["hide"]),
        ("Salted goat hides, 200 pieces", Side.NEED, ["hide"]),
        ("หนังควาย ยังไม่ฟอก", Side.NEED, ["hide"]),
        ("Quebracho extract for our pits", Side.NEED, ["tanning_agent"]),
        ("ครีมบำรุงหนัง กระปุกละ 100 บาท", Side.OFFER, ["leather_care"]),
        ("Gold hot stamping foil, 100 m rolls", Side.OFFER, ["gold_leaf"]),
        ("Brass embossing dies cut to your logo", Side.OFFER, ["printing_machine"]),
        ("เศษหนังแท้ คละสี กิโลละ 40 บาท", Side.OFFER, ["textile_waste"]),
        ("Cabin trolley cases in recycled PET", Side.OFFER, ["luggage"]),
        ("กระเป๋าล้อลาก 24 นิ้ว ขายส่ง", Side.NEED, ["luggage"]),
        ("Spare spinner wheels for 28 in suitcases", Side.NEED, ["luggage_part"]),
        ("คันชักกระเป๋า อะลูมิเนียม 3 ท่อน", Side.OFFER, ["luggage_part"]),
        ("Backpack rain covers in hi-vis yellow", Side.OFFER, ["luggage_cover"]),
        ("ขี้เลื่อยไม้ยางพารา ตันละ 900 บาท", Side.OFFER, ["sawdust"]),
        ("น้ำมันไพล ขวดละลิตร", Side.OFFER, ["herbal_product"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("รับฟอกหนังควายของลูกค้า ฟอกฝาด", "tanning"),
        ("Toll tanning of your cow hides, chrome or veg", "tanning"),
    ],
)
def test_tanning_for_others_is_a_service(reader: PhraseReader, text: str, head: str) -> None:
    item = reader.read(text, Side.OFFER).items[0]
    assert item.head == head
    assert item.kind.name != "GOODS"


def test_the_new_kinds_keep_their_parents(reader: PhraseReader) -> None:
    g = reader.glossary
    assert g.is_a("luggage", "bag")
    assert g.is_a("tanning", "finishing")
    assert not g.is_a("luggage_part", "bag") and not g.is_a("hide", "leather")


def test_a_need_for_suitcase_wheels_finds_the_parts_maker_before_the_suitcase_maker() -> None:
    buyer = sme("repairs", stage="midstream", needs=("Replacement castors for trolley cases",))
    parts = sme("parts", stage="midstream", language="th", offers=("ล้อกระเป๋าเดินทาง ล้อคู่ ทุกยี่ห้อ",))
    cases = sme("cases", stage="downstream", offers=("Hard-shell suitcases, 20 and 24 in",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, parts, cases]).suppliers_of("repairs"))
    assert found and found[0] == "parts", found


def test_a_tannery_needing_raw_hides_finds_the_hide_seller_before_the_leather_shop() -> None:
    buyer = sme("tannery", stage="midstream", needs=("Wet-salted buffalo hides",))
    hides = sme("hides", stage="upstream", language="th", offers=("หนังควายเค็ม คละไซซ์",))
    leather = sme("leather", stage="midstream", offers=("Finished buffalo leather, 2 mm",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, hides, leather]).suppliers_of("tannery"))
    assert found and found[0] == "hides", found

"""Words of chemical suppliers, bio-based materials and coastal trades, read as the trade means it.

Drums, IBC tanks and ถัง are containers, but a dye sold "in 200 L drums" is the dye; dye-house sludge is
goods a brickworks can take, and hauling it away is waste disposal; สาร before a finish is a chemical,
while ไม่ใช้สาร says no chemicals were used; fastness and shrinkage tests are testing; lacquer, shellac
and ยางรัก are lacquer and lacquering is coating; bagasse is a crop residue and moulded pulp is
packaging; life jackets, wetsuits and dive masks are goods of their own; used sails are textile waste; a
new fishing net is a net, a worn one is plastic to recycle; vegan and mycelium leather are not leather;
plant dyes are natural dyes; filament fibre is yarn and knit cuttings are waste; tan is a colour; the
northern and southern names of the pineapple are the pineapple. The sentences are new: they are not
taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Blue HDPE drums, 220 L, rinsed", Side.OFFER, ["container"]),
        ("IBC tanks for our rinse water", Side.NEED, ["container"]),
        ("ถังพลาสติกมือสอง ฝาเกลียว", Side.OFFER, ["container"]),
        ("Sulphur black in 200 L drums", Side.OFFER, ["dye"]),
        ("Acid dyes, 25 kg drums", Side.OFFER, ["dye"]),
        ("Filter-press sludge from our effluent plant", Side.OFFER, ["sludge"]),
        ("รับกำจัดกากตะกอนจากโรงฟอกย้อม", Side.OFFER, ["waste_disposal"]),
        ("สารกันยูวีสำหรับผ้าม่าน", Side.OFFER, ["chemical"]),
        ("Penetrating agent for package dyeing", Side.NEED, ["chemical"]),
        ("Rubbing fastness reports for a buyer audit", Side.NEED, ["testing"]),
        ("Shellac and dammar for furniture makers", Side.OFFER, ["lacquer"]),
        ("รับลงรักปิดทองงานไม้ของลูกค้า", Side.OFFER, ["coating"]),
        ("กากอ้อยตากแห้ง อัดก้อน", Side.OFFER, ["bagasse"]),
        ("Moulded pulp inserts for gift boxes", Side.NEED, ["packaging"]),
        ("Life vests for kayak tours, adult sizes", Side.NEED, ["life_jacket"]),
        ("เสื้อชูชีพเด็ก สีส้ม", Side.OFFER, ["life_jacket"]),
        ("Wetsuits for a dive school, 5 mm", Side.NEED, ["wetsuit"]),
        ("Snorkel sets for day trips", Side.NEED, ["dive_gear"]),
        ("อวนติดตาใหม่ ขายส่งชาวประมง", Side.OFFER, ["net"]),
        ("Mycelium leather for wallets", Side.NEED, ["alt_leather"]),
        ("Knitwear in undyed organic cotton", Side.OFFER, ["garment"]),
        ("ใยไนลอนฟิลาเมนต์ 70 ดีเนียร์", Side.OFFER, ["yarn"]),  # filament fibre is continuous: yarn
        ("Jersey cuttings from a T-shirt plant, 3 t", Side.OFFER, ["textile_waste"]),
        ("Bridle leather sides, dark tan", Side.OFFER, ["leather"]),  # tan is a colour here, not tanning
        ("วัสดุทดแทนหนังจากพืช สำหรับกระเป๋าสตางค์", Side.NEED, ["alt_leather"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_no_chemicals_used_is_natural_not_a_chemical(reader: PhraseReader) -> None:
    (item,) = reader.read("ข้าวหอมมะลิ ฝ้ายปลูกแบบไม่ใช้สาร", Side.OFFER).items
    assert item.head == "raw_cotton"
    assert "natural" in dict(item.attrs)


@pytest.mark.parametrize("text", ["Worn Dacron sails from a sailing school", "ใบเรือเก่า ขาดแล้ว"])
def test_used_sails_are_textile_waste(reader: PhraseReader, text: str) -> None:
    (item,) = reader.read(text, Side.OFFER).items
    assert item.head == "textile_waste"


@pytest.mark.parametrize("text", ["อวนเก่าจากเรือประมง ขายเป็นกิโล", "worn gill nets for recycling"])
def test_worn_fishing_nets_are_plastic_to_recycle(reader: PhraseReader, text: str) -> None:
    assert [item.head for item in reader.read(text, Side.OFFER).items] == ["plastic_feedstock"]


def test_a_bag_of_vegan_leather_is_a_bag_of_it_not_of_leather(reader: PhraseReader) -> None:
    (item,) = reader.read("Card holders in cactus leather", Side.OFFER).items
    assert item.head == "pouch"
    attrs = dict(item.attrs)
    assert "alt_leather" in attrs and "leather" not in attrs


@pytest.mark.parametrize("text", ["เส้นใยย่านัด ขูดมือ", "ใยบ่าขะนัด ตากแห้ง"])
def test_the_regional_names_of_the_pineapple_are_the_pineapple(reader: PhraseReader, text: str) -> None:
    (item,) = reader.read(text, Side.OFFER).items
    assert item.head == "fibre"
    assert "pineapple" in dict(item.attrs)


def test_a_plant_dye_is_a_natural_dye(reader: PhraseReader) -> None:
    (item,) = reader.read("ผงสีจากเปลือกมะพูด", Side.OFFER).items
    assert item.head == "dye"
    assert {"dye_plant", "natural"} <= set(dict(item.attrs))


def test_a_need_for_vegan_leather_finds_the_vegan_maker_before_the_tannery() -> None:
    buyer = sme("studio", stage="downstream", needs=("plant-based leather for card holders",))
    vegan = sme("vegan", stage="midstream", language="th", offers=("หนังจากเห็ด แผ่นขนาด A3",))
    tannery = sme("tannery", stage="midstream", offers=("Veg-tan cowhide, 1.6 mm",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, vegan, tannery]).suppliers_of("studio"))
    assert found and found[0] == "vegan", found


def test_a_need_for_empty_drums_finds_the_drum_seller_not_the_dye_seller() -> None:
    buyer = sme("recycler", stage="upstream", needs=("Empty 200 L drums, any colour",))
    drums = sme("dyehouse", stage="midstream", language="th", offers=("ถังเปล่า 200 ลิตร จากโรงย้อม",))
    dyes = sme("dyes", stage="upstream", offers=("Reactive dyes in 200 L drums",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, drums, dyes]).suppliers_of("recycler"))
    assert found and found[0] == "dyehouse", found


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("เสื้อแขนยาวกันยูวี สำหรับชาวประมง", "shirt"),  # the dictionary's "long-sleeved shirt" hid the shirt
        ("รองเท้าหนังเย็บมือ", "footwear"),
        ("กระเป๋าเดินทางผ้าแคนวาส", "luggage"),  # a suitcase: a kind of bag
    ],
)
def test_goods_a_dictionary_word_starts_with_are_still_read(reader: PhraseReader, text: str, head: str) -> None:
    assert [item.head for item in reader.read(text, Side.OFFER).items] == [head]


def test_a_word_that_only_starts_like_goods_is_not_cut() -> None:
    from shared.glossary import load_glossary
    from shared.glossary.tokens import tokenise

    glossary = load_glossary()
    # "เปล่า" (empty) starts like "เปล" (hammock) but its rest is no word; "ร่มเงา" (shade) is no umbrella
    keys = [t.key for t in tokenise("ถังเปล่า ใต้ร่มเงา", glossary._segment)]
    assert "เปล่า" in keys and "เปล" not in keys

"""Words of silk farmers, reelers and weavers, and of natural dyers.

Disease-free layings and chawki (young) worms are silkworms; rearing trays (ถาดเลี้ยงไหม) and the
mountage the worms spin in (จ่อให้ตัวไหมทำรัง) are sericulture tools, a pedal reeler a reeling machine.
Ready-made warps (เครือไหม) are yarn for weaving, filature silk machine-reeled silk yarn, cut and pierced
cocoons (รังไหมเจาะ) still cocoons, and tying ikat is the ikat work. Iron liquor is a mordant,
dye-at-home sets are craft kits and dye work on the writer's goods is dyeing. The sentences are new:
they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("disease-free layings, Nang Noi breed", Side.OFFER, ["silkworm"]),
        ("chawki worms for 3 boxes of eggs", Side.NEED, ["silkworm"]),
        ("bamboo rearing trays, 1 m round", Side.OFFER, ["sericulture_tool"]),
        ("ถาดเลี้ยงไหม 50 ใบ", Side.NEED, ["sericulture_tool"]),
        ("a pedal reeler for our group", Side.NEED, ["spinning_machine"]),
        ("ready-made warps, 30 m, cotton", Side.OFFER, ["yarn"]),
        ("เครือไหม ยาว 20 เมตร", Side.NEED, ["yarn"]),
        ("filature silk yarn 20/22 denier", Side.OFFER, ["yarn"]),
        ("pierced cocoons for flower making", Side.OFFER, ["cocoon"]),
        ("เปลือกรังไหม ล้างแล้ว", Side.NEED, ["cocoon"]),
        ("iron liquor for darkening", Side.OFFER, ["mordant"]),
        ("dye-at-home sets for the gift shop", Side.NEED, ["craft_kit"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_dye_work_on_our_goods_is_a_service(reader: PhraseReader) -> None:
    item = reader.read("natural dye work on our hemp shirts", Side.NEED).items[0]
    assert (item.head, item.kind.name) == ("dyeing", "SERVICE")


def test_tying_ikat_for_others_is_a_service(reader: PhraseReader) -> None:
    item = reader.read("someone to tie ikat patterns on our silk", Side.NEED).items[0]
    assert (item.head, item.kind.name) == ("dyeing", "SERVICE") and "tie_dye" in dict(item.attrs)


@pytest.mark.parametrize("text", ["ready-made silk warps", "เครือไหมยืน พร้อมทอ"])
def test_warps_are_yarn_for_weaving(reader: PhraseReader, text: str) -> None:
    item = reader.read(text, Side.OFFER).items[0]
    assert item.head == "yarn" and {"weaving", "silk"} <= set(dict(item.attrs))

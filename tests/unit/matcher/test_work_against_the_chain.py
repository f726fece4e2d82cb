"""Work done on the buyer's own goods, and services that move no goods, are bought at every stage.

Goods flow to an earlier stage only to fill a list left short (a weaver's cloth
comes after every partner along the chain in a cotton grower's list), but work
for others does not move goods along the chain: a cotton growers' group has its
own cotton spun on commission, a hemp farm has its own yarn dyed. Nor do support
services: a lender, a trainer, a consultant or a shop selling on consignment
serves a growers' group as well as a brand, whatever stage it registered at.
Such work is free to flow against the chain, as waste flows back to the
recyclers.
"""

from __future__ import annotations

from services.matcher.scoring import MatchIndex
from tests.unit.matcher.factories import sme, supplier_ids


def test_commission_spinning_reaches_an_upstream_grower() -> None:
    spinner = sme("spinner", stage="midstream", offers=("COMMISSION SPINNING of cotton and hemp, small lots",))
    grower = sme("grower", stage="upstream", needs=("a mill to spin our own cotton on commission, 300 kg",))
    index = MatchIndex(k=10).fit([spinner, grower])
    assert supplier_ids(index.suppliers_of("grower")) == ["spinner"]


def test_thai_contract_dyeing_reaches_an_upstream_grower() -> None:
    dyer = sme("dyer", stage="midstream", language="th", offers=("รับย้อมครามเส้นด้ายตามออเดอร์",))
    farm = sme("farm", stage="upstream", language="th", needs=("ใครรับย้อมครามด้ายกัญชงบ้าง ล็อตละ 20 กก.",))
    index = MatchIndex(k=10).fit([dyer, farm])
    assert supplier_ids(index.suppliers_of("farm")) == ["dyer"]


def test_a_lender_at_a_later_stage_reaches_a_weaving_group() -> None:
    lender = sme("lender", stage="downstream", offers=("Working capital and machinery loans for textile SMEs",))
    weavers = sme("weavers", stage="midstream", language="th", needs=("ต้องการสินเชื่อเพื่อซื้อเครื่องจักร ผ่อนได้ 3-5 ปี",))
    index = MatchIndex(k=10).fit([lender, weavers])
    assert supplier_ids(index.suppliers_of("weavers")) == ["lender"]


def test_training_and_consignment_reach_makers_upstream() -> None:
    school = sme("school", stage="downstream", language="th", offers=("หลักสูตรอบรมย้อมสีธรรมชาติ 5 วัน",))
    shop = sme("shop", stage="downstream", offers=("Consignment shelf space in our shops for eco products",))
    group = sme(
        "group",
        stage="upstream",
        needs=("Natural dye training for our 30 members", "a shop that sells our goods on consignment"),
    )
    index = MatchIndex(k=10).fit([school, shop, group])
    assert sorted(supplier_ids(index.suppliers_of("group"))) == ["school", "shop"]


def test_goods_against_the_chain_rank_after_every_partner_along_it() -> None:
    weaver = sme("weaver", stage="midstream", offers=("handwoven cotton cloth, undyed, 1 m wide",))
    group = sme("group", stage="upstream", offers=("cotton cloth",))
    grower = sme("grower", stage="upstream", needs=("handwoven cotton cloth, undyed",))
    profiles = [weaver, group, grower]
    # The weaver's words fit better, but its cloth would flow back up the chain.
    assert supplier_ids(MatchIndex(k=10).fit(profiles).suppliers_of("grower")) == ["group", "weaver"]
    assert supplier_ids(MatchIndex(k=1).fit(profiles).suppliers_of("grower")) == ["group"]


def test_an_entry_against_the_chain_leaves_when_a_partner_along_it_arrives() -> None:
    weaver = sme("weaver", stage="midstream", offers=("handwoven cotton cloth, undyed, 1 m wide",))
    grower = sme("grower", stage="upstream", needs=("handwoven cotton cloth, undyed",))
    index = MatchIndex(k=1).fit([weaver, grower])
    assert supplier_ids(index.suppliers_of("grower")) == ["weaver"]
    index.upsert(sme("group", stage="upstream", offers=("cotton cloth",)))
    assert supplier_ids(index.suppliers_of("grower")) == ["group"]


def test_a_shop_sought_to_sell_through_is_wanted_not_offered() -> None:
    shop = sme("shop", stage="downstream", offers=("Consignment shelf space in 3 eco shops for local makers",))
    brand = sme("brand", stage="downstream", needs=("hemp tote bags",))
    makers = sme(
        "makers",
        stage="midstream",
        language="th",
        offers=("กระเป๋าผ้ากัญชงทอมือ",),
        needs=("หาร้านรับฝากขายหรือร้านรักษ์โลกที่สนใจนำสินค้าไปวางขาย",),
    )
    index = MatchIndex(k=10).fit([shop, brand, makers])
    assert supplier_ids(index.suppliers_of("makers")) == ["shop"]
    assert "makers" not in supplier_ids(index.suppliers_of("shop"))


def test_stockists_sought_for_goods_are_shops_wanted() -> None:
    shop = sme("shop", stage="downstream", language="th", offers=("ร้านค้าออนไลน์และหน้าร้าน รับสินค้าชุมชน",))
    weavers = sme("weavers", stage="midstream", needs=("stockists and eco shops for our hemp bags",))
    index = MatchIndex(k=10).fit([shop, weavers])
    assert supplier_ids(index.suppliers_of("weavers")) == ["shop"]


def test_machines_reach_every_stage() -> None:
    """A loom or a decorticator is a tool, not a material moving down the chain: growers buy them too."""
    maker = sme("maker", stage="midstream", offers=("Fibre decorticator for banana stems and pineapple leaves",))
    loom = sme("loom", stage="downstream", language="th", offers=("กี่ทอผ้าไม้ กี่กระตุก สั่งทำ",))
    growers = sme("growers", stage="upstream", language="th", needs=("เครื่องขูดใยกล้วย", "กี่ทอผ้าพื้นเมือง 2 หลัง"))
    index = MatchIndex(k=10).fit([maker, loom, growers])
    assert sorted(supplier_ids(index.suppliers_of("growers"))) == ["loom", "maker"]

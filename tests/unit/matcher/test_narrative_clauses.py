"""Profiles written as sentences: context first, then the verb that says what is wanted or sold.

"We are a small care home with 30 beds and we need washable underpads": the
verb of wanting opens a clause of its own, so the underpads are wanted, not a
feature of the beds. A need that first says what the writer makes ("we make
bags from hemp canvas and need hemp canvas") wants only what follows its verb
of wanting; an offer that also says what the writer buys offers only what
follows its verb of selling. "We turn bottles into yarn" offers the yarn. The
sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side


def heads(reader: PhraseReader, text: str, side: Side) -> list[str]:
    return [i.head for i in reader.read(text, side).items]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("We run a day-care centre for 40 elders and we need adult diapers and bed sheets", ["bed_sheet"]),
        ("Our spa opened last year with twelve rooms; we are looking for cotton bathrobes", ["bathrobe"]),
        ("We make tote bags from hemp canvas and we need hemp canvas, 300 m a month", ["canvas"]),
        ("เราทำกระเป๋าจากผ้าไหม ต้องการเส้นไหมย้อมสีธรรมชาติ", ["yarn"]),
    ],
)
def test_a_need_wants_what_follows_its_verb_of_wanting(reader: PhraseReader, text: str, wanted: list[str]) -> None:
    found = heads(reader, text, Side.NEED)
    assert set(wanted) <= set(found), found
    assert "bag" not in found and "tote_bag" not in found


def test_an_offer_that_also_buys_offers_only_what_it_sells(reader: PhraseReader) -> None:
    assert heads(reader, "We sell indigo-dyed cotton fabric and buy natural indigo paste", Side.OFFER) == ["fabric"]


def test_context_before_a_need_does_not_colour_the_goods(reader: PhraseReader) -> None:
    """ "old" belongs to the supplier that closed, not to the yarn: the yarn is not waste."""
    found = reader.read("Since our old supplier closed, we need hemp yarn for weaving", Side.NEED).items
    assert [i.head for i in found] == ["yarn"]


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("looking for a tailor who can sew uniforms for our staff", "sewing"),
        ("we need someone that can dye our cotton yarn with natural indigo", "dyeing"),
        # the verb comes before the design it puts on the goods, "on" or "onto" them
        ("who can embroider logos on polo shirts?", "embroidery"),
        ("who can embroider our logo onto shirt pockets?", "embroidery"),
        ("someone to print logos onto canvas aprons", "printing"),
    ],
)
def test_someone_who_can_do_the_work_is_a_service_wanted(reader: PhraseReader, text: str, work: str) -> None:
    found = reader.read(text, Side.NEED).items
    assert found[0].head == work and found[0].kind is ItemKind.SERVICE, found


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("We turn discarded fishing nets into nylon yarn", "yarn"),
        ("old saris upcycled into tote bags", "tote_bag"),
        ("นำเศษผ้าฝ้ายมาทำเป็นเส้นด้ายรีไซเคิล", "yarn"),
    ],
)
def test_what_goods_are_turned_into_is_on_offer(reader: PhraseReader, text: str, head: str) -> None:
    assert heads(reader, text, Side.OFFER) == [head]


def test_a_need_for_input_to_turn_into_goods_still_wants_the_input(reader: PhraseReader) -> None:
    assert heads(reader, "hemp yarn to weave into fabric", Side.NEED) == ["yarn"]


def test_thai_verbs_of_making_inside_a_phrase_do_not_open_a_clause(reader: PhraseReader) -> None:
    """ "ผลิตที่ลำพูน" (made in Lamphun) and "ขายส่ง" (wholesale) say where and how, not what is sold."""
    found = reader.read("หาเส้นด้ายฝ้ายออร์แกนิกผลิตที่ลำพูน ขายส่ง", Side.NEED).items
    assert [i.head for i in found] == ["yarn"]
    assert {"cotton", "organic"} <= {c for c, _ in found[0].attrs}


# ---------------------------------------------------------------- code-switching and Thai word order


@pytest.mark.parametrize(
    ("text", "side", "head", "kind"),
    [
        ("หาฝ้ายเข็นมือย้อมห้อม", Side.NEED, "yarn", ItemKind.GOODS),  # hand-spun cotton dyed with hom: goods
        ("ไหมย้อมครั่ง ขายเป็นไจ", Side.OFFER, "yarn", ItemKind.GOODS),
        ("รับย้อมฝ้ายด้วยห้อม", Side.OFFER, "dyeing", ItemKind.SERVICE),  # the work, marked as done for others
        ("ไฟเบอร์รีไซเคิลจากเสื้อผ้าเก่า", Side.OFFER, "fibre", ItemKind.GOODS),  # the English loanword in Thai script
        ("หาโรงงานรับ sublimation print เสื้อทีม", Side.NEED, "printing", ItemKind.SERVICE),
    ],
)
def test_thai_word_order_and_loanwords(reader: PhraseReader, text: str, side: Side, head: str, kind: ItemKind) -> None:
    found = reader.read(text, side).items
    assert found[0].head == head and found[0].kind is kind, found


def test_the_material_said_before_a_new_clause_still_describes_its_goods(reader: PhraseReader) -> None:
    found = reader.read("We grow hemp on our own land, and we sell the fibre by the bundle", Side.OFFER).items
    assert [i.head for i in found] == ["fibre"] and "hemp" in {c for c, _ in found[0].attrs}, found


def test_used_to_is_not_used_goods(reader: PhraseReader) -> None:
    found = reader.read("We need cotton yarn; the spinner we used to buy from has closed", Side.NEED).items
    assert [i.head for i in found] == ["yarn"], found


def test_a_thai_need_after_but_opens_its_own_clause(reader: PhraseReader) -> None:
    """ "We have new looms, but still lack raw silk": the silk is wanted as goods of its own,
    not read as a quality of the looms."""
    found = reader.read("กลุ่มเรามีกี่กระตุกใหม่แล้ว แต่ยังขาดเส้นไหมดิบ", Side.NEED).items
    assert "yarn" in [i.head for i in found], found


def test_made_to_order_after_goods_keeps_them_goods(reader: PhraseReader) -> None:
    """ "รับทำตามลาย…" names no goods: it says the silk is woven to order, not that weaving is the offer."""
    found = reader.read("ทอผ้าไหมแพรวาขายทั้งปลีกและส่ง รับทำตามลายที่ลูกค้าต้องการ", Side.OFFER).items
    assert [(i.head, i.kind) for i in found] == [("praewa", ItemKind.GOODS)], found
    listed = reader.read("ผ้าฝ้าย รับย้อมคราม", Side.OFFER).items  # work with goods of its own stays a service
    assert [(i.head, i.kind) for i in listed] == [("fabric", ItemKind.GOODS), ("dyeing", ItemKind.SERVICE)]


@pytest.mark.parametrize(
    ("text", "heads_wanted"),
    [
        ("ผลิตภัณฑ์จากผ้าไหมทอมือ เช่น ผ้าพันคอ กระเป๋า หมอนอิง", ["scarf", "bag", "pillow"]),
        ("Products made from recycled cotton: aprons, tote bags and cushions", ["apron", "tote_bag", "cushion"]),
    ],
)
def test_products_made_from_a_material_then_listed_are_the_goods(
    reader: PhraseReader, text: str, heads_wanted: list[str]
) -> None:
    """The material named first is what every listed product is made of, not cloth on offer."""
    found = reader.read(text, Side.OFFER).items
    assert [i.head for i in found] == heads_wanted, found


def test_products_of_a_material_alone_still_offer_something(reader: PhraseReader) -> None:
    assert heads(reader, "products made from hemp", Side.OFFER) == ["fibre"]


def test_a_thai_quality_not_needed_is_absent(reader: PhraseReader) -> None:
    found = reader.read("ต้องการผ้าลินินสีพื้น ไม่ต้องมีลาย", Side.NEED).items
    assert "pattern" not in {c for c, _ in found[0].attrs}, found


@pytest.mark.parametrize("text", ["อยากขายผ้าไหมมัดหมี่ให้ได้มากขึ้น", "We want to sell our hemp bags in Japan"])
def test_wanting_to_sell_is_a_need_for_customers(reader: PhraseReader, text: str) -> None:
    assert reader.read(text, Side.NEED).intent.value == "market"

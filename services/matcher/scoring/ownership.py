"""Goods a phrase names as someone else's, which it neither offers nor wants.

Work for others names the goods the customer brings: "you send your yarn, we dye it", "from the yarn you bring",
"customer's own yarn or fabric", "ลูกค้าส่งผ้ามาให้ปัก" offer the dyeing and the embroidery,
not yarn or cloth. A need for such work names the goods the writer has: "we supply the yarn",
"printing on our own fabric", "เรามีเส้นไหมเอง", "เราส่งเส้นด้ายไปให้", "พิมพ์ลายลงผ้าที่เราส่งไป" want the
weaving and the printing, not yarn or cloth. The words from such a verb to the end of its part (the next
punctuation, or in Thai the next space) are left out before the phrase is read.
"""

from __future__ import annotations

import re
from typing import Final

# to the end of the clause: a list after the verb goes with it ("you send your yarn, cloth or pieces"),
# a new subject or a verb of wanting does not ("we supply the yarn, looking for a weaver"); a dash
# between words ends it too ("we send our yarn - need it twisted"), a hyphen inside a word does not
_PART_EN: Final = (
    r"(?:[^.;:()!?\n|,\u2013\u2014-]|(?<!\s)-|-(?!\s)"
    r"|,(?!\s*(?:we|i|and\s+we|(?:and\s+)?(?:need|needs|looking|want|wanted|seeking|require))\b))*"
)
_CUSTOMERS_GOODS: Final = re.compile(
    r"\b(?:you|customers?|clients?|buyers?)\s+(?:send|bring|supply|provide|deliver)s?\b" + _PART_EN
    + r"|\b(?:customers?|clients?|buyers?)['’]?s?['’]?\s+own\b" + _PART_EN + r"|\byour\s+own\b" + _PART_EN
    + r"|\b(?:on|of|onto)\s+(?:the\s+)?(?:customers?|clients?|buyers?)['’]?s?['’]?\s" + _PART_EN
    # the goods named before their owner's verb: "from the yarn you bring", "the fabric you supply"
    + r"|\bthe\s+(?:[a-z\-]+\s+){1,3}?(?:that\s+|which\s+)?(?:you|customers?|clients?)\s+"
    + r"(?:send|bring|supply|provide|deliver)s?\b(?:\s+(?:us|in|over))?"
    + r"|ลูกค้า\s*(?:ส่ง|นำ|เอา)\S*",
    re.IGNORECASE,
)
_OWN_GOODS: Final = re.compile(
    r"\bwe\s+(?:(?:supply|provide|send|bring)\b|have\s+(?:the|our|all\s+the)\b)"
    + _PART_EN
    + r"|\b(?:(?:on|onto|of)\s+our|(?:with|from|using)\s+our\s+own)\b"
    + _PART_EN
    + r"|\b(?:on|onto|of)\s+(?:the\s+)?(?:[a-z\-]+\s+){1,3}(?:that\s+|which\s+)?"
    + r"we\s+(?:already\s+)?(?:supply|provide|send|bring|own|have)\b"
    + r"|\b(?:[a-z\-]+\s+){1,3}of\s+ours\b"  # "60 blank tops of ours need numbers printed"
    + r"|(?:เรา|กลุ่ม|ร้าน|ทางกลุ่ม|ทางร้าน)มี\S*เอง\S*|เราส่ง\S*ไปให้\S*"
    # "พิมพ์ลงผ้าที่เราส่งไป"; not "บน" or "ลง" inside a word: a vowel or tone mark after it binds its last
    # letter ("เคลือบนีโอพรีน"), a leading vowel before a cluster binds its "ล" ("แปลงคราม")
    + r"|(?:(?<![เแโใไ][กขคปผพ])ลง|บน)(?![\u0e30-\u0e3a\u0e45\u0e47-\u0e4e])"
    + r"\S*?(?:ที่(?:ทาง)?(?:เรา|กลุ่ม)ส่ง\S*|ของ(?:ทาง)?(?:เรา|กลุ่ม)\S*)"
    + r"|(?:ใช้|จาก)\S*?ของ(?:ทาง)?(?:เรา|กลุ่ม|ร้าน)\S*",  # "ใช้สมุนไพรของกลุ่ม", "จากวัตถุดิบของเรา"
    re.IGNORECASE,
)


# Words one of the patterns needs; most phrases have none, and a substring test is cheaper than a search.
_CUSTOMER_WORDS: Final = ("you", "customer", "client", "buyer", "ลูกค้า")
_OWN_WORDS: Final = ("we", "our", "เอง", "เราส่ง", "กลุ่มส่ง", "ของเรา", "ของกลุ่ม", "ของทาง")


# Thai work offered ("รับย้อมคราม"), then goods written as the customer's in a part of their own
_THAI_WORK_TAKEN: Final = "รับ"
_OF_THE_CUSTOMER: Final = re.compile(r"ของ(?:ทาง)?ลูกค้า")


def without_customers_goods(text: str) -> str:
    """An offer without the goods its customers bring."""
    lowered = text.lower()
    if not any(w in lowered for w in _CUSTOMER_WORDS):
        return text
    return _without_parts_of_the_customer(_CUSTOMERS_GOODS.sub(" ", text))


def _without_parts_of_the_customer(text: str) -> str:
    """ "รับย้อมคราม ผ้าและเส้นด้ายของลูกค้า": after a part offering work, a part naming goods as the
    customer's names what the work is done on. Thai writes no spaces between words, so only a whole
    part after the work is left out ("เสื้อยืดพิมพ์ตามแบบของลูกค้า", goods to the customer's design, stays)."""
    parts = text.split(" ")
    work = next((n for n, p in enumerate(parts) if _THAI_WORK_TAKEN in p), None)
    if work is None:
        return text
    return " ".join(p for n, p in enumerate(parts) if n <= work or not _OF_THE_CUSTOMER.search(p))


def without_own_goods(text: str) -> str:
    """A need without the goods its writer already has."""
    lowered = text.lower()
    if not any(w in lowered for w in _OWN_WORDS):
        return text
    return _OWN_GOODS.sub(" ", text)

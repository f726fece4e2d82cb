#!/usr/bin/env python3
"""Generate the dense bilingual evaluation cluster: many valid partners per SME, half in the other language.

    python eval/dense_bilingual/generate.py [--out eval/dense_bilingual] [--per-role 36] [--seed 13]

The cluster is a few value chains (cotton, hemp, recycled polyester, medical
textiles). Every SME holds one role in one chain: it offers the goods of its
role and needs the goods of the role before it. The labels are the chains
themselves: every SME of role r supplies every SME of role r + 1 in the same
chain, so an SME has about `per-role` true partners on each side, while its
top 10 can hold only ten of them.

Each role is filled with twins: a Thai-writing and an English-writing SME that
share everything that decides how well they fit (what they offer and need, in
wordings that translate each other, the qualities they add, province,
sub-cluster, BCG tags) and differ only on the surface: language and script,
sales talk, length (an extra offer nobody needs), company name. A ranking that
prefers no surface feature scores twins alike, so it finds cross-language
partners as often as same-language ones.

The wordings below were written for this generator, not taken from the matcher's
glossary; standard library only, deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Goods:
    """Wordings of one kind of goods: the i-th English and the i-th Thai wording say the same thing."""

    en: tuple[str, ...]
    th: tuple[str, ...]

    def __post_init__(self) -> None:
        assert len(self.en) == len(self.th), self


@dataclass(frozen=True)
class Role:
    stage: str
    offers: Goods
    name_en: tuple[str, ...]
    name_th: tuple[str, ...]


@dataclass(frozen=True)
class Chain:
    name: str
    sub_clusters: tuple[str, ...]
    bcg: tuple[str, ...]
    roles: tuple[Role, ...]


RAW_COTTON = Goods(
    ("raw cotton", "seed cotton from our farm", "organic raw cotton", "cotton bolls, picked by hand", "ginned cotton"),
    ("ปุยฝ้าย", "ฝ้ายดิบจากไร่ของเรา", "ปุยฝ้ายออร์แกนิก", "ดอกฝ้าย เก็บด้วยมือ", "ปุยฝ้ายหีบเมล็ดแล้ว"),
)
COTTON_YARN = Goods(
    ("cotton yarn", "hand-spun cotton yarn", "cotton thread for weaving", "combed cotton yarn", "organic cotton yarn"),
    ("เส้นด้ายฝ้าย", "ด้ายฝ้ายเข็นมือ", "เส้นด้ายฝ้ายสำหรับทอผ้า", "ด้ายฝ้ายหวี", "เส้นด้ายฝ้ายออร์แกนิก"),
)
COTTON_FABRIC = Goods(
    ("cotton fabric", "handwoven cotton cloth", "woven cotton fabric, sold by the metre", "plain cotton fabric",
     "soft cotton fabric"),
    ("ผ้าฝ้าย", "ผ้าฝ้ายทอมือ", "ผ้าฝ้ายทอ ขายเป็นเมตร", "ผ้าฝ้ายพื้น", "ผ้าฝ้ายเนื้อนุ่ม"),
)  # fmt: skip
COTTON_SHIRTS = Goods(
    ("cotton shirts", "comfortable cotton shirts", "cotton shirts for men and women", "casual cotton shirts"),
    ("เสื้อผ้าฝ้าย", "เสื้อผ้าฝ้ายใส่สบาย", "เสื้อผ้าฝ้ายสำหรับผู้ชายและผู้หญิง", "เสื้อผ้าฝ้ายลำลอง"),
)
HEMP_STALKS = Goods(
    ("hemp stalks", "dried hemp stems", "industrial hemp stalks, baled", "hemp stems after harvest"),
    ("ต้นกัญชง", "ลำต้นกัญชงตากแห้ง", "ต้นกัญชงอัดก้อน", "ลำต้นกัญชงหลังเก็บเกี่ยว"),
)
HEMP_FIBRE = Goods(
    ("hemp fibre", "hemp bast fibre", "hemp fibre from the bark", "clean hemp fibre"),
    ("เส้นใยกัญชง", "ใยเปลือกกัญชง", "เส้นใยกัญชงจากเปลือก", "เส้นใยกัญชงสะอาด"),
)
HEMP_YARN = Goods(
    ("hemp yarn", "hand-spun hemp yarn", "hemp thread", "fine hemp yarn"),
    ("ด้ายกัญชง", "ด้ายกัญชงปั่นมือ", "เส้นด้ายกัญชง", "ด้ายกัญชงเส้นเล็ก"),
)
HEMP_FABRIC = Goods(
    ("hemp fabric", "handwoven hemp cloth", "hemp fibre fabric", "natural colour hemp fabric"),
    ("ผ้ากัญชง", "ผ้ากัญชงทอมือ", "ผ้าใยกัญชง", "ผ้ากัญชงสีธรรมชาติ"),
)
PET_BOTTLES = Goods(
    ("used PET bottles", "plastic bottles, sorted and baled", "used plastic water bottles", "clear PET bottles"),
    ("ขวด PET ใช้แล้ว", "ขวดพลาสติก คัดแยก อัดก้อน", "ขวดน้ำพลาสติกใช้แล้ว", "ขวด PET ใส"),
)
RPET_YARN = Goods(
    ("recycled polyester yarn", "recycled PET yarn", "yarn recycled from PET bottles", "recycled poly yarn"),
    ("เส้นด้ายโพลีเอสเตอร์รีไซเคิล", "ด้าย PET รีไซเคิล", "ด้ายรีไซเคิลจากขวด PET", "ด้ายโพลีรีไซเคิล"),
)
SPORT_FABRIC = Goods(
    ("moisture-wicking sports fabric", "quick-dry stretch fabric", "fabric for sportswear", "breathable sports fabric"),
    ("ผ้ากีฬาระบายเหงื่อ", "ผ้ายืดแห้งเร็ว", "ผ้าสำหรับชุดกีฬา", "ผ้ากีฬาระบายอากาศ"),
)
SPORTSWEAR = Goods(
    ("football jerseys", "sportswear for teams", "running shirts", "team sports uniforms"),
    ("เสื้อฟุตบอล", "ชุดกีฬาสำหรับทีม", "เสื้อวิ่ง", "ชุดยูนิฟอร์มกีฬาทีม"),
)
AB_FABRIC = Goods(
    ("antibacterial fabric", "antibacterial cotton fabric", "fabric coated with an antibacterial agent",
     "fabric that stops bacteria"),
    ("ผ้าต้านแบคทีเรีย", "ผ้าฝ้ายต้านแบคทีเรีย", "ผ้าเคลือบสารต้านแบคทีเรีย", "ผ้ายับยั้งเชื้อแบคทีเรีย"),
)  # fmt: skip
MASKS = Goods(
    ("cloth face masks", "washable cloth masks", "antibacterial cloth masks", "reusable cloth masks"),
    ("หน้ากากผ้า", "หน้ากากผ้าซักได้", "หน้ากากผ้าต้านแบคทีเรีย", "หน้ากากผ้าใช้ซ้ำได้"),
)

CHAINS = (
    Chain(
        "cotton",
        ("hemp_natural_fibre", "ageing_lifestyle_isan"),
        ("bio", "green"),
        (
            Role("upstream", RAW_COTTON, ("Cotton Growers", "Cotton Farm"), ("กลุ่มผู้ปลูกฝ้าย", "ไร่ฝ้าย")),
            Role("upstream", COTTON_YARN, ("Spinning Group", "Yarn Works"), ("กลุ่มปั่นฝ้าย", "กลุ่มเข็นฝ้าย")),
            Role("midstream", COTTON_FABRIC, ("Weavers", "Loom House"), ("กลุ่มทอผ้า", "กลุ่มทอผ้าฝ้าย")),
            Role("downstream", COTTON_SHIRTS, ("Apparel", "Garments"), ("ห้องเสื้อ", "ร้านเสื้อผ้า")),
        ),
    ),
    Chain(
        "hemp",
        ("hemp_natural_fibre",),
        ("bio", "green"),
        (
            Role("upstream", HEMP_STALKS, ("Hemp Farm", "Highland Hemp"), ("กลุ่มปลูกกัญชง", "ไร่กัญชง")),
            Role("upstream", HEMP_FIBRE, ("Fibre Works", "Hemp Fibre"), ("กลุ่มแยกเส้นใย", "ใยกัญชงบ้าน")),
            Role("upstream", HEMP_YARN, ("Hemp Spinners", "Yarn Studio"), ("กลุ่มปั่นด้ายกัญชง", "บ้านด้าย")),
            Role("midstream", HEMP_FABRIC, ("Hemp Weaving", "Hemp Textiles"), ("กลุ่มทอผ้ากัญชง", "ผ้าทอบ้าน")),
        ),
    ),
    Chain(
        "recycled",
        ("circular_textile", "sportech"),
        ("circular", "green"),
        (
            Role("upstream", PET_BOTTLES, ("Recycle Bank", "Collection"), ("ธนาคารขยะ", "กลุ่มเก็บขวด")),
            Role("upstream", RPET_YARN, ("Eco Yarn", "Green Fibre"), ("เส้นใยรักษ์โลก", "ด้ายรีไซเคิล")),
            Role("midstream", SPORT_FABRIC, ("Knitting Mill", "Sport Fabrics"), ("โรงถักผ้า", "ผ้ากีฬา")),
            Role("downstream", SPORTSWEAR, ("Sportswear", "Team Kit"), ("ชุดกีฬา", "เสื้อทีม")),
        ),
    ),
    Chain(
        "medical",
        ("ageing_lifestyle_central", "ageing_lifestyle_isan"),
        ("green",),
        (
            Role("midstream", AB_FABRIC, ("Functional Fabrics", "Care Textiles"), ("ผ้าฟังก์ชัน", "สิ่งทอเพื่อสุขภาพ")),
            Role("downstream", MASKS, ("Mask Makers", "Care Products"), ("หน้ากากผ้า", "ผลิตภัณฑ์อนามัย")),
        ),
    ),
)

# Sales talk, independent of the goods: a writer's habits, not what is traded. Writers of
# one language share their habits, so much of this talk recurs across that language's SMEs.
NEED_EN = (
    "looking for {}",
    "we buy {}",
    "sourcing {}",
    "need a steady supply of {} every month",
    "{} wanted",
    "looking for artisanal {}, heritage quality",
    "sourcing {} from trustworthy partners, top-notch only",
)
NEED_TH = (
    "ต้องการ{}",
    "รับซื้อ{}",
    "หา{}",
    "ต้องการซื้อ{} ประจำทุกเดือน",
    "มองหาแหล่ง{}",
    "ต้องการ{} งานประณีต สืบสานภูมิปัญญา",
    "หา{} จากคู่ค้าที่ไว้ใจได้ ของแท้เท่านั้น",
)
OFFER_EN = (
    "{}",
    "we supply {}",
    "{} - ready stock",
    "we produce and sell {}, small orders welcome",
    "{}, wholesale price",
    "artisanal {}, heritage quality",
    "{} from trustworthy makers, top-notch",
)
OFFER_TH = (
    "{}",
    "จำหน่าย{}",
    "{} พร้อมส่ง",
    "ผลิตและจำหน่าย{} รับออเดอร์น้อย",
    "{} ราคาส่ง",
    "{} งานประณีต สืบสานภูมิปัญญา",
    "{} จากผู้ผลิตที่ไว้ใจได้ ของแท้",
)
# Harmless extras nobody in the cluster needs: they vary the length of profiles.
EXTRA_EN = ("factory visits by appointment", "weaving workshops for visitors", "online shop")
EXTRA_TH = ("เปิดให้เยี่ยมชมกิจการ", "เวิร์กช็อปสำหรับนักท่องเที่ยว", "ร้านค้าออนไลน์")
NAME_PREFIX_EN = ("Siam", "Golden", "Green Valley", "Lanna", "Mekong", "River", "Northern", "Star", "Royal", "Ban Na")
NAME_PREFIX_TH = ("สยาม", "ทองคำ", "หุบเขาเขียว", "ล้านนา", "แม่โขง", "ริมน้ำ", "บ้านนา", "ดาวเหนือ", "บ้านโคก", "หนองบัว")
NAME_SUFFIX_EN = ("Co., Ltd.", "Community Enterprise", "Group", "Partnership", "")
NAME_SUFFIX_TH = ("", "วิสาหกิจชุมชน", "จำกัด", "หจก.")
PROVINCES = (
    "Chiang Mai", "Chiang Rai", "Nan", "Phrae", "Lamphun", "Khon Kaen", "Udon Thani", "Sakon Nakhon",
    "Nakhon Ratchasima", "Surin", "Bangkok", "Nonthaburi", "Pathum Thani", "Samut Prakan", "Ayutthaya",
)  # fmt: skip


# Qualities a writer may add to an offer, as (English, Thai) translations; chosen independently
# of the language, so they change how well an offer fits, never which language fits better.
QUALITIES = (
    ("organic", "ออร์แกนิก"),
    ("handmade", "ทำมือ"),
    ("eco-friendly", "รักษ์โลก"),
    ("soft", "นุ่ม"),
    ("lightweight", "น้ำหนักเบา"),
    ("breathable", "ระบายอากาศ"),
    ("natural", "ธรรมชาติ"),
    ("durable", "ทนทาน"),
)


@dataclass(frozen=True)
class Twin:
    """What two SMEs of one role share: everything that decides how well they fit, nothing of their surface."""

    offer_variant: int
    qualities: tuple[int, ...]
    need_variant: int
    sub_cluster: str
    province: str
    bcg: tuple[str, ...]


def _twin(rng: random.Random, chain: Chain, r: int) -> Twin:
    with_qualities = rng.random() < 0.5
    return Twin(
        offer_variant=0 if with_qualities else rng.randrange(len(chain.roles[r].offers.en)),
        qualities=tuple(rng.sample(range(len(QUALITIES)), rng.randint(0, 3))) if with_qualities else (),
        need_variant=rng.randrange(len(chain.roles[r - 1].offers.en)) if r else 0,
        sub_cluster=rng.choice(chain.sub_clusters),
        province=rng.choice(PROVINCES),
        bcg=tuple(sorted(rng.sample(chain.bcg, rng.randint(0, len(chain.bcg))))),
    )


def _wording(goods: Goods, variant: int, qualities: tuple[int, ...], thai: bool) -> str:
    """English puts qualities before the noun, Thai after it."""
    if thai:
        return goods.th[variant] + "".join(QUALITIES[q][1] for q in qualities)
    return " ".join([*(QUALITIES[q][0] for q in qualities), goods.en[variant]])


def generate(per_role: int, seed: int) -> tuple[list[dict[str, object]], list[tuple[str, str]]]:
    """Each role is filled with twins: a Thai and an English SME alike in all that decides their fit."""
    rng = random.Random(seed)
    smes: list[tuple[Chain, int, Twin, str]] = []
    for chain in CHAINS:
        for r in range(len(chain.roles)):
            for _ in range(per_role // 2):
                twin = _twin(rng, chain, r)
                smes += [(chain, r, twin, "th"), (chain, r, twin, "en")]
    rng.shuffle(smes)  # ids say nothing about chain, role, twin or language
    members: dict[tuple[str, int], list[str]] = {}
    profiles: list[dict[str, object]] = []
    for n, (chain, r, twin, lang) in enumerate(smes, 1):
        sme_id = f"dense-{n:04d}"
        role, thai = chain.roles[r], lang == "th"
        # The surface, drawn per SME: sales talk, an extra offer nobody needs (length), the name.
        offer = _wording(role.offers, twin.offer_variant, twin.qualities, thai)
        offers = [rng.choice(OFFER_TH if thai else OFFER_EN).format(offer)]
        needs = []
        if r:
            need = _wording(chain.roles[r - 1].offers, twin.need_variant, (), thai)
            needs = [rng.choice(NEED_TH if thai else NEED_EN).format(need)]
        if rng.random() < 0.4:
            offers.append(rng.choice(EXTRA_TH if thai else EXTRA_EN))
        if thai:
            name = f"{rng.choice(role.name_th)}{rng.choice(NAME_PREFIX_TH)} {rng.choice(NAME_SUFFIX_TH)}".strip()
        else:
            name = f"{rng.choice(NAME_PREFIX_EN)} {rng.choice(role.name_en)} {rng.choice(NAME_SUFFIX_EN)}".strip()
        profiles.append(
            {
                "id": sme_id,
                "name": name,
                "sub_cluster": twin.sub_cluster,
                "stage": role.stage,
                "province": twin.province,
                "offers": offers,
                "needs": needs,
                "certifications": [],
                "bcg": list(twin.bcg),
                "contact_email": f"{sme_id}@example.com",
                "language": lang,
            }
        )
        members.setdefault((chain.name, r), []).append(sme_id)
    links = [
        (supplier, buyer)
        for chain in CHAINS
        for r in range(1, len(chain.roles))
        for buyer in members[(chain.name, r)]
        for supplier in members[(chain.name, r - 1)]
    ]
    return profiles, sorted(links)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--per-role", type=int, default=36)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    profiles, links = generate(args.per_role, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "profiles.jsonl").open("w", encoding="utf-8") as f:
        for p in profiles:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with (args.out / "links.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["supplier_id", "buyer_id"])
        writer.writerows(links)
    print(f"{len(profiles)} SMEs, {len(links)} links -> {args.out}")


if __name__ == "__main__":
    main()

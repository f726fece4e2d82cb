"""Write the hand-labelled evaluation set `eval/blind_plain_dolls/`.

Theme: dolls and rag dolls (Thai court dolls, cloth dolls, doll clothes, stuffing, amigurumi) and the
ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

All data is held here. Every offer carries a label saying what the thing is; every need lists the
labels that would meet it and the certifications its text requires, or is marked as met by no one.
A (supplier, buyer) pair is a true link when an offer of the supplier carries a label one of the
buyer's needs lists and the supplier holds every certification that need requires. Labels never leave
this file: `profiles.jsonl` holds only the contract's fields.

Run from the repository root:  .venv/bin/python eval/blind_plain_dolls/write.py
It checks everything first and writes nothing if a check fails.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PREFIX = "bdl"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

# Short codes used in the need lines below for the taxonomy's canonical certification names.
CERT_CODES = {
    "gots": "GOTS",
    "oekotex": "OEKO-TEX Standard 100",
    "grs": "GRS",
    "orgth": "Organic Thailand",
    "peacock": "Thai Silk Peacock Emblem",
    "otop": "OTOP",
    "iso9001": "ISO 9001",
    "fairtrade": "Fairtrade",
    "tis": "Thai Industrial Standard",
    "greenlabel": "Thai Green Label",
}

# ---------------------------------------------------------------------------------------------- data
#
# One block per SME:
#   <id> | <language> | <sub_cluster> | <stage> | <province> | <certifications, ";"-separated> | <bcg>
#   name  <company name>
#   mail  <contact e-mail>
#   offer <label> :: <offer text>
#   need  <label> <label> +<cert code required> -<cert code waived> :: <need text>
#   miss  <label> +<cert code> ; <why no one in the set meets it> :: <need text>
# Lines starting with "#" are comments.

DATA = """
bdl-001 | th | hemp_natural_fibre | upstream | Tak | Organic Thailand | bio
name วิสาหกิจชุมชนกัญชงบ้านห้วยปลาหลด
mail kanchong.huaipla@mail.example
offer hemp_fibre :: ใยกัญชงลอกมือ ตากแห้ง ขายเป็นกิโล
offer hemp_yarn :: เส้นกัญชงปั่นมือ ม้วนละ 100 กรัม
need indigo_dyeing_service natural_dyeing_service :: หาคนรับย้อมสีธรรมชาติให้เส้นกัญชงของกลุ่ม ปีละ 300 กก.

bdl-002 | en | circular_textile | upstream | Samut Sakhon | GRS certified | circular
name Mahachai Fibre Recovery Co., Ltd.
mail sales@mahachai-fibre.example
offer recycled_fibrefill :: rPET hollow fibre from used bottles, 15 kg bales
offer shredded_textile_fill :: shredded post-industrial cotton stuffing, 20 kg sacks
need cotton_scraps :: clean cotton cutting scraps, 1 t/month

bdl-003 | th | ageing_lifestyle_central | downstream | Ang Thong | OTOP |
name กลุ่มตุ๊กตาชาววังบ้านบางเสด็จ
mail bangsadet.dolls@mail.example
offer court_doll :: ตุ๊กตาชาววังปั้นดินไทย ชุดตลาดน้ำ 12 ตัว
offer doll_workshop :: สอนปั้นตุ๊กตาชาววัง รับคณะดูงาน
need silk_scraps :: เศษผ้าไหมชิ้นเล็ก ไว้ทำผ้านุ่งตุ๊กตา
miss ; no one in the set sells modelling clay :: ดินเหนียวเนื้อละเอียดสำหรับงานปั้น

bdl-004 | en | ageing_lifestyle_central | downstream | Bangkok | |
name Siam Doll Heritage Museum
mail collections@siamdollmuseum.example
need court_doll :: chao wang miniature figurines for the permanent gallery
need thai_dress_doll :: classical dancer dolls in glass cases, 30-50 cm
need thai_silk_fabric +peacock :: silk with the Peacock Emblem to re-dress exhibition dolls

bdl-005 | th | hemp_natural_fibre | midstream | Phrae | | green
name ร้านหม้อห้อมแม่ศรีคำ
mail maesrikham.morhom@mail.example
offer indigo_cotton_fabric :: ผ้าหม้อห้อมย้อมห้อมแท้ หน้ากว้าง 36 นิ้ว
offer indigo_dyeing_service :: รับย้อมห้อม ผ้า เสื้อ หรือเส้นด้ายของลูกค้า ขั้นต่ำ 10 ผืน
need indigo_paste :: เนื้อห้อมเปียก ถังละ 20 กก.
need calico_fabric :: ผ้าฝ้ายทอเรียบยังไม่ฟอก ไว้ย้อมห้อมเอง

bdl-006 | en | ageing_lifestyle_isan | upstream | Sakon Nakhon | Thai Organic | bio
name Phu Phan Indigo Growers
mail khram@phuphanindigo.example
offer indigo_paste :: fermented khram paste (Indigofera), 5 kg buckets
offer plant_dye_materials :: dried lac, jackfruit heartwood and ebony fruit for dyeing

bdl-007 | th | circular_textile | downstream | Chiang Mai | | circular
name ตุ๊กตาผ้าเศษ บ้านสันทราย
mail sansai.ragdoll@mail.example
offer rag_doll :: ตุ๊กตาผ้าเย็บจากเศษผ้าเหลือใช้ สูง 25 ซม.
offer doll_workshop :: เวิร์กช็อปเย็บตุ๊กตาผ้า 3 ชั่วโมง
need cotton_scraps :: เศษผ้าฝ้ายชิ้นใหญ่ 20 ซม. ขึ้นไป
need kapok_fibre raw_cotton_fibre :: ไส้ธรรมชาติ งิ้ว นุ่น หรือสำลีฝ้าย ไม่เอาใยสังเคราะห์

bdl-008 | en | sportech | midstream | Samut Prakan | ISO 9001:2015 |
name Pak Nam Activewear Manufacturing
mail factory@paknam-active.example
offer synthetic_scraps :: lycra and poly jersey cutting waste, sorted by colour
offer sewing_service :: CMT sewing on customer fabric, MOQ 500 pcs
miss ; no knitting mill in the set :: moisture-wicking poly knit, 160 gsm

bdl-009 | th | ageing_lifestyle_central | downstream | Nonthaburi | |
name โรงเรียนอนุบาลบ้านสวนนนท์
mail anuban.baansuan@mail.example
need hand_puppet :: หุ่นมือเล่านิทาน ชุดละ 10 ตัว
need rag_doll plush_toy +tis :: ตุ๊กตาให้เด็กเล็กกอด ต้องผ่าน มอก.

bdl-010 | en | ageing_lifestyle_central | midstream | Nakhon Pathom | Oeko-Tex 100 |
name Nakhon Pathom Plush Textiles
mail sales@nptplush.example
offer plush_fabric :: velboa, minky and long-pile faux fur, 150 cm wide
need fabric_printing_service :: digital printing on our own minky rolls

bdl-011 | th | ageing_lifestyle_isan | downstream | Khon Kaen | OTOP |
name กลุ่มแม่บ้านตุ๊กตาผ้าขาวม้าบ้านโนนทัน
mail nonthan.phakhaoma@mail.example
offer rag_doll :: ตุ๊กตาผ้าขาวม้า ตัวละ 120 บาท
offer hand_puppet :: หุ่นนิ้วผ้าขาวม้า ชุด 5 ตัว
need handwoven_cotton_fabric :: ผ้าขาวม้าทอมือลายตาหมากรุก
need virgin_fibrefill recycled_fibrefill :: ใยบอล

bdl-012 | en | hemp_natural_fibre | midstream | Chiang Mai | | bio
name Doi Hemp Weavers
mail weave@doihemp.example
offer hemp_fabric :: handwoven Hmong hemp cloth, natural beige, 40 cm wide
need hemp_yarn :: hand-spun hemp yarn for weft

bdl-013 | th | circular_textile | upstream | Sa Kaeo | | circular
name หจก. โรงเกลือเบลมือสอง
mail ronkluea.bale@mail.example
offer used_clothing :: เสื้อผ้ามือสองยกกระสอบ 45 กก. รับของที่ตลาดโรงเกลือ
offer used_dolls :: ตุ๊กตามือสองญี่ปุ่น คละไซซ์ ยกกระสอบ

bdl-014 | en | ageing_lifestyle_central | downstream | Samut Prakan | |
name Airport Thai Gifts Co.
mail buying@airportthaigifts.example
need thai_dress_doll court_doll :: Thai souvenir dolls, boxed, 200 pcs per design
need rag_doll amigurumi_doll +otop :: OTOP cloth or crocheted dolls

bdl-015 | th | ageing_lifestyle_isan | upstream | Roi Et | | bio
name สวนนุ่นป้าบัวผัน
mail pabuaphan.kapok@mail.example
offer kapok_fibre :: นุ่นแกะเมล็ดแล้ว ตีฟู ถุงละ 5 กก.
offer kapok_pods :: ฝักนุ่นแห้งทั้งฝัก ขายเหมาต้น

bdl-016 | en | sportech | downstream | Chonburi | |
name Eastern Sharks FC Store
mail shop@easternsharksfc.example
need plush_toy :: club mascot plushie, 30 cm, 1,000 pcs
need mascot_costume :: walking mascot suit for match days

bdl-017 | th | ageing_lifestyle_central | midstream | Bangkok | |
name ร้านสำเพ็งอุปกรณ์ตุ๊กตา
mail sampeng.dollparts@mail.example
offer safety_eyes :: ตาตุ๊กตาแบบมีแหวนล็อก 6-24 มม.
offer lace_trim :: ลูกไม้ ริบบิ้น ขายส่งยกม้วน
offer mini_buttons :: กระดุมจิ๋ว แป๊กจิ๋ว สำหรับชุดตุ๊กตา

bdl-018 | en | hemp_natural_fibre | downstream | Chiang Mai | | bio
name Little Hemp Friends
mail hello@littlehempfriends.example
offer rag_doll :: hemp cloth dolls dyed with indigo, 30 cm
need hemp_fabric -gots :: Hmong hemp cloth, undyed, no GOTS needed
need indigo_dyeing_service :: indigo dip for our sewn doll bodies, 300 pcs

bdl-019 | th | ageing_lifestyle_central | downstream | Ayutthaya | |
name ร้านของฝากตลาดน้ำอโยธยา
mail ayothaya.souvenir@mail.example
need court_doll :: ตุ๊กตาชาววังชุดเล็ก ใส่กล่องใส
need amigurumi_doll -otop :: ตุ๊กตาถักไหมพรมรูปช้าง ไม่จำเป็นต้องมี OTOP

bdl-020 | en | circular_textile | midstream | Bangkok | | circular
name Bangkok Upcycle Studio
mail studio@bkkupcycle.example
offer patchwork_fabric :: patchwork panels pieced from denim offcuts, 1 x 1.5 m
offer sewing_service :: small-batch sewing on your fabric, MOQ 50
need used_clothing :: old jeans by the kilo

bdl-021 | th | ageing_lifestyle_isan | downstream | Korat | |
name ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ
mail baansukjai.care@mail.example
need therapy_doll :: ตุ๊กตาเด็กอ่อนสำหรับผู้ป่วยอัลไซเมอร์
need doll_workshop :: กิจกรรมสอนทำตุ๊กตาให้ผู้สูงวัย

bdl-022 | en | ageing_lifestyle_central | downstream | Nonthaburi | OEKO-TEX certified |
name Comfort Companion Dolls
mail care@comfortcompanion.example
offer therapy_doll :: weighted empathy dolls for dementia care
need virgin_fibrefill recycled_fibrefill +oekotex :: OEKO-TEX certified fibrefill, Poly-Fil type
need plush_fabric :: soft skin-tone minky

bdl-023 | th | hemp_natural_fibre | upstream | Loei | เกษตรอินทรีย์ | bio
name กลุ่มฝ้ายอินทรีย์ด่านซ้าย
mail dansai.organiccotton@mail.example
offer raw_cotton_fibre :: ปุยฝ้ายอินทรีย์ดีดแล้ว
offer cotton_yarn :: ด้ายฝ้ายเข็นมือ สีธรรมชาติ
miss ; no maker of spinning tools in the set :: ไนปั่นด้ายไม้

bdl-024 | en | ageing_lifestyle_central | downstream | Chiang Mai | |
name Nimman Doll Atelier
mail atelier@nimmandoll.example
offer doll_clothes :: hand-sewn outfits for 1/6 and 1/4 BJD
need lace_trim mini_buttons :: 3 mm buttons and narrow lace
need thai_silk_fabric :: Thai silk yardage, 1-2 m cuts
need printed_cotton_fabric :: small-scale cotton prints

bdl-025 | th | ageing_lifestyle_isan | midstream | Sakon Nakhon | OTOP | green
name กลุ่มผ้าย้อมครามบ้านดอนกอย
mail donkoi.khram@mail.example
offer indigo_scarf :: ผ้าพันคอฝ้ายย้อมคราม ผืนละ 350 บาท
offer indigo_dyeing_service :: รับย้อมครามงานของลูกค้า ทั้งผ้า เส้นฝ้าย และชิ้นงานสำเร็จ คิดตามน้ำหนัก
need cotton_yarn :: ฝ้ายเส้นเป็นไจ ยังไม่ย้อม

bdl-026 | en | circular_textile | midstream | Pathum Thani | |
name Rangsit Dye Works
mail orders@rangsitdye.example
offer synthetic_dyeing_service :: reactive dyeing of customer fabric, 200 kg lots
miss ; no dyestuff seller in the set :: reactive dyestuff in 25 kg drums

bdl-027 | th | ageing_lifestyle_central | midstream | Ratchaburi | |
name โรงทอผ้าดิบโพธาราม
mail photharam.weaving@mail.example
offer calico_fabric :: ผ้าดิบทอเครื่อง หน้ากว้าง 60 นิ้ว ขายยกพับ
offer cotton_scraps :: เศษผ้าดิบหัวม้วน ขายเป็นกิโล
need cotton_yarn :: ด้ายฝ้ายเบอร์ 20 สำหรับเส้นยืน

bdl-028 | en | ageing_lifestyle_central | downstream | Bangkok | |
name Little Sprouts International Kindergarten
mail office@littlesprouts.example
need rag_doll plush_toy +oekotex :: soft dolls for toddlers, OEKO-TEX required
need hand_puppet :: finger puppets for circle time
miss ; no maker of wooden toys in the set :: wooden dollhouse with furniture

bdl-029 | th | ageing_lifestyle_isan | downstream | Ubon Ratchathani | OTOP |
name ตุ๊กตาถักยายหอม
mail yaihom.crochet@mail.example
offer amigurumi_doll :: ตุ๊กตาถักโครเชต์ตัวจิ๋ว 10 ซม.
offer amigurumi_kit :: ชุดคิทถักตุ๊กตา มีไหม เข็ม ตา ไส้ครบ
need crochet_yarn_cotton crochet_yarn_synthetic :: ด้ายถักอะมิกุรุมิ โทนพาสเทล
need safety_eyes :: ตากันดึง 8 มม.

bdl-030 | en | hemp_natural_fibre | midstream | Chiang Rai | |
name Mae Chan Tai Lue Looms
mail looms@maechantailue.example
offer handwoven_cotton_fabric :: handwoven Tai Lue cotton, 70 cm wide
offer thai_silk_fabric :: hand-reeled Thai silk, plain weave
need silk_yarn :: raw silk yarn from native yellow cocoons
need indigo_paste plant_dye_materials :: natural dyestuffs (indigo, lac), no synthetic dyes

bdl-031 | th | sportech | midstream | Chonburi | |
name โรงงานปักคอมพิวเตอร์ชลบุรี
mail chonburi.embroidery@mail.example
offer embroidery_service :: รับปักโลโก้ ปักหน้าตุ๊กตา ลูกค้าส่งชิ้นงานมา

bdl-032 | en | ageing_lifestyle_central | downstream | Phuket | |
name Andaman Boutique Hotels
mail purchasing@andamanboutique.example
need amigurumi_doll :: crocheted mini dolls as turndown gifts, 2,000 a year

bdl-033 | th | circular_textile | downstream | Songkhla | | circular
name ตุ๊กตาผ้าปาเต๊ะหาดใหญ่
mail hatyai.batikdoll@mail.example
offer rag_doll :: ตุ๊กตาผ้าบาติก ใส่ชุดมลายู
need batik_fabric :: ผ้าปาเต๊ะเขียนเทียนลายมือ
need recycled_fibrefill +grs :: ใยยัดไส้ทำจากขวดพลาสติก ต้องมีใบ GRS

bdl-034 | en | hemp_natural_fibre | midstream | Narathiwat | |
name Tak Bai Batik House
mail batik@takbai.example
offer batik_fabric :: hand-drawn batik on cotton, 2 m pieces
need calico_fabric :: undyed woven cotton base cloth for waxing

bdl-035 | th | ageing_lifestyle_central | upstream | Samut Prakan | โอเคเท็กซ์ 100 |
name บริษัท ใยนุ่มไทย จำกัด
mail yainum.thai@mail.example
offer virgin_fibrefill :: ใยสังเคราะห์ HCS ตรานุ่มนิ่ม ยัดตุ๊กตา กระสอบ 10 กก.
miss ; no chemical supplier in the set :: สารซิลิโคนเคลือบใย ถังละ 200 ลิตร

bdl-036 | en | ageing_lifestyle_central | downstream | Phuket | |
name Phuket Doll Collectors Club
mail club@phuketdolls.example
need doll_clothes :: outfits for Blythe and Barbie
miss ; no antique dealer in the set :: antique Thai dolls made before 1970
need display_case :: acrylic display boxes for 30 cm dolls

bdl-037 | th | ageing_lifestyle_central | downstream | Nakhon Pathom | |
name ร้านตู้โชว์อะคริลิกนครปฐม
mail np.acrylic@mail.example
offer display_case :: ตู้อะคริลิกใส่ตุ๊กตา สั่งทำตามขนาด

bdl-038 | en | circular_textile | downstream | Chiang Mai | | circular
name Second Life Toys
mail fix@secondlifetoys.example
offer doll_repair_service :: doll and teddy repair: restuffing, new eyes, re-sewing
offer used_dolls :: washed second-hand plush, sorted, per kg
need used_dolls :: Japanese used plush in bales
need shredded_textile_fill recycled_fibrefill :: recycled stuffing for repairs

bdl-039 | th | ageing_lifestyle_isan | midstream | Surin | ตรานกยูงพระราชทาน |
name กลุ่มทอผ้าไหมบ้านท่าสว่าง
mail thasawang.silk@mail.example
offer thai_silk_fabric :: ผ้าไหมมัดหมี่ติดตรานกยูง
offer silk_scraps :: เศษผ้าไหมจากการตัดเย็บ ขายเป็นถุง
need silk_yarn :: เส้นไหมพันธุ์พื้นบ้าน

bdl-040 | en | ageing_lifestyle_isan | upstream | Chaiyaphum | |
name Chaiyaphum Silk Reelers
mail reel@chaiyaphumsilk.example
offer silk_yarn :: hand-reeled Thai silk yarn, yellow cocoon
miss ; no sericulture supplier in the set :: silkworm eggs, native Nang Noi breed

bdl-041 | th | hemp_natural_fibre | upstream | Phetchabun | | bio
name ไร่กัญชงเขาค้อ
mail khaokho.hemp@mail.example
offer hemp_fibre :: เปลือกกัญชงลอกแล้ว ตากแห้ง ยังไม่ต้ม

bdl-042 | en | sportech | midstream | Bangkok | |
name Pratunam Print Lab
mail print@pratunamlab.example
offer fabric_printing_service :: digital printing on your fabric, from 1 m
offer printed_cotton_fabric :: cotton prints, 200 designs in stock
need calico_fabric :: greige cotton sheeting for printing

bdl-043 | th | ageing_lifestyle_central | downstream | Bangkok | |
name ร้านตุ๊กตาออนไลน์ น้องนุ่น
mail nongnun.shop@mail.example
need plush_toy :: ตุ๊กตาผ้าขนนุ่มนิ่ม ราคาส่ง
need doll_clothes :: ชุดไทยสำหรับตุ๊กตาบาร์บี้

bdl-044 | en | sportech | midstream | Rayong | |
name Rayong Technical Felts
mail felt@rayongtech.example
offer felt_sheet :: polyester felt sheets 1-3 mm, 40 colours
need synthetic_scraps :: polyester waste for needle-punching

bdl-045 | th | ageing_lifestyle_isan | midstream | Udon Thani | |
name กลุ่มเย็บผ้าบ้านเชียง
mail banchiang.sewing@mail.example
offer sewing_service :: รับจ้างเย็บตุ๊กตาตามแบบ ลูกค้าส่งผ้ามาเอง
miss ; no thread maker in the set :: ด้ายเย็บผ้าโพลีเอสเตอร์ หลอดใหญ่

bdl-046 | en | ageing_lifestyle_central | downstream | Songkhla | |
name Hat Yai Children's Hospital
mail supplies@hatyaichildrens.example
need rag_doll plush_toy +oekotex :: comfort dolls for the paediatric ward, OEKO-TEX Standard 100 only

bdl-047 | th | circular_textile | upstream | Nakhon Pathom | | circular
name ร้านเศษผ้าสามพราน
mail samphran.scrap@mail.example
offer cotton_scraps :: เศษผ้ายืดคอตตอน 100% ชิ้นใหญ่
offer synthetic_scraps :: เศษผ้ากีฬาโพลีเอสเตอร์ กิโลละ 8 บาท

bdl-048 | en | ageing_lifestyle_isan | downstream | Maha Sarakham | Fairtrade |
name Isan Crochet Collective
mail hello@isancrochet.example
offer amigurumi_doll :: crochet animals in cotton yarn, 15 cm
offer crochet_pattern :: PDF amigurumi patterns in Thai and English
need crochet_yarn_cotton :: 4-ply cotton yarn only, no acrylic

bdl-049 | th | ageing_lifestyle_central | midstream | Nonthaburi | |
name ร้านผ้าสักหลาดบางใหญ่
mail bangyai.felt@mail.example
offer felt_sheet :: ผ้าสักหลาดแข็ง หนา 1 มม. ตัดแผ่น A4
offer doll_hair :: ผมตุ๊กตาไหมพรมฟู ขายเป็นไจ

bdl-050 | en | sportech | upstream | Chonburi | GRS |
name EcoLoop PET Fibre
mail sales@ecoloop-pet.example
offer recycled_fibrefill :: recycled polyester fiberfill, siliconised, 7 denier
miss ; no bottle collector in the set :: post-consumer PET bottle flakes, clear

bdl-051 | th | ageing_lifestyle_central | downstream | Chachoengsao | มอก. ; Oeko-Tex 100 |
name โรงงานตุ๊กตาแปดริ้ว
mail paetriw.toys@mail.example
offer plush_toy :: ตุ๊กตาผ้าขนนุ่ม สั่งผลิตตามแบบ ขั้นต่ำ 300 ตัว
offer mascot_costume :: ชุดมาสคอตตัวใหญ่สวมใส่ได้
need plush_fabric :: ผ้าขนสั้นเวลบัว
need virgin_fibrefill :: ใยบอลเกรดเอ กระสอบใหญ่
need safety_eyes :: ตาพลาสติกแบบล็อกหลัง 12 มม.

bdl-052 | en | ageing_lifestyle_isan | downstream | Udon Thani | |
name Udon Happy Kids Nursery
mail info@udonhappykids.example
need hand_puppet -tis :: glove puppets for storytelling, TIS not required

bdl-053 | th | hemp_natural_fibre | midstream | Sakon Nakhon | | green
name โรงย้อมสีธรรมชาติภูพาน
mail phuphan.naturaldye@mail.example
offer natural_dyeing_service :: รับย้อมสีจากเปลือกไม้ ครั่ง แก่นขนุน ให้ผ้าและเส้นด้ายของลูกค้า
need plant_dye_materials :: ครั่งดิบ เปลือกประดู่

bdl-054 | en | ageing_lifestyle_central | downstream | Bangkok | |
name Chatuchak Doll Corner
mail jj@chatuchakdolls.example
need thai_dress_doll :: Thai dancer dolls, wholesale
need amigurumi_doll :: amigurumi keychains

bdl-055 | th | ageing_lifestyle_central | downstream | Ang Thong | OTOP |
name บ้านตุ๊กตารำไทยวิเศษชัยชาญ
mail wisetchaichan.doll@mail.example
offer thai_dress_doll :: ตุ๊กตานางรำชุดไทยในตู้กระจก สูง 40 ซม.
need brocade_fabric :: ผ้าโบรเคดทองสำหรับชุดตุ๊กตา
need doll_face_painting_service :: ช่างเขียนหน้าตุ๊กตา

bdl-056 | en | ageing_lifestyle_central | midstream | Phra Nakhon Si Ayutthaya | |
name Ayutthaya Doll Face Painters
mail faces@ayutthayadollart.example
offer doll_face_painting_service :: hand-painted faces on your dolls, 20 pcs minimum

bdl-057 | th | ageing_lifestyle_central | midstream | Bangkok | |
name ร้านผ้ายกดิ้นทองพาหุรัด
mail pahurat.brocade@mail.example
offer brocade_fabric :: ผ้ายกดิ้นทอง ดิ้นเงิน ลายไทย หลาละ 250 บาท
offer lace_trim :: ลูกไม้ทอง ดิ้นขอบ
need thai_silk_fabric :: ผ้าไหมพื้นหลากสี

bdl-058 | en | ageing_lifestyle_isan | midstream | Khon Kaen | |
name Khon Kaen Handloom Cooperative
mail coop@kkhandloom.example
offer handwoven_cotton_fabric :: handwoven cotton, pha khao ma checks, 2 m
need cotton_yarn :: cotton yarn for the loom

bdl-059 | th | ageing_lifestyle_isan | downstream | Buriram | |
name ร้านของฝากบุรีรัมย์
mail buriram.souvenir@mail.example
need rag_doll +otop :: ตุ๊กตาแฮนด์เมดจากผ้าทออีสาน สินค้าโอทอป
need plush_toy :: ตุ๊กตาช้างมาสคอตทีมบอล

bdl-060 | en | circular_textile | upstream | Bangkok | |
name Klong Toey Scrap Traders
mail trade@klongtoeyscrap.example
offer wiping_rags :: cleaning rags cut from old T-shirts, 10 kg bags, ex-warehouse Khlong Toei
offer used_clothing :: second-hand clothes by weight

bdl-061 | th | ageing_lifestyle_central | downstream | Nakhon Nayok | |
name บ้านพักคนชราเขาใหญ่วิลล์
mail khaoyaiville.care@mail.example
need therapy_doll :: ตุ๊กตาเบบี้สำหรับกิจกรรมบำบัดผู้ป่วยความจำเสื่อม

bdl-062 | en | ageing_lifestyle_isan | downstream | Nong Khai | OTOP |
name Mekong Dream Dolls
mail dolls@mekongdream.example
offer rag_doll :: Lao-Isan cloth dolls in handwoven mudmee skirts
need handwoven_cotton_fabric :: short lengths of handwoven cotton
need indigo_cotton_fabric :: indigo-dyed cotton for doll skirts

bdl-063 | th | sportech | downstream | Buriram | |
name บุรีรัมย์สปอร์ตช็อป
mail buriram.sportshop@mail.example
need mascot_costume :: ชุดคอสตูมช้างให้คนสวมเต้นเชียร์ในสนาม
need plush_toy +tis :: ตุ๊กตาพวงกุญแจที่ระลึก มีมอก.

bdl-064 | en | ageing_lifestyle_central | midstream | Samut Sakhon | ISO 9001 |
name Mahachai Sewing Partners
mail cmt@mahachaisewing.example
offer sewing_service :: contract sewing of soft toys from your cut pieces
offer embroidery_service :: computer embroidery of eyes and logos on customer panels

bdl-065 | th | hemp_natural_fibre | midstream | Chiang Mai | GOTS |
name ผ้าฝ้ายออร์แกนิกแม่ริม
mail maerim.organic@mail.example
offer organic_cotton_fabric :: ผ้ายืดคอตตอนออร์แกนิก GOTS สีธรรมชาติ
need raw_cotton_fibre +orgth :: ใยฝ้ายพร้อมปั่น ได้มาตรฐานเกษตรอินทรีย์

bdl-066 | en | ageing_lifestyle_central | downstream | Bangkok | GOTS certified |
name Baby Bloom Organics
mail hello@babybloom.example
offer rag_doll :: organic cotton baby dolls
need organic_cotton_fabric +gots :: GOTS organic cotton jersey
need kapok_fibre :: kapok filling, no polyester

bdl-067 | th | ageing_lifestyle_isan | upstream | Kalasin | |
name กลุ่มปลูกนุ่นกาฬสินธุ์
mail kalasin.kapok@mail.example
offer kapok_fibre :: นุ่นดีดสะอาด ไม่มีเมล็ด

bdl-068 | en | circular_textile | midstream | Rayong | GRS |
name Rayong Recycled Yarns
mail yarn@rayongrecycled.example
offer recycled_blend_yarn :: recycled cotton-polyester blend yarn from pre-consumer waste, Ne 8
need cotton_scraps :: sorted white cotton cutting waste

bdl-069 | th | ageing_lifestyle_central | downstream | Kanchanaburi | |
name โรงเรียนอนุบาลเมืองกาญจน์
mail anuban.kan@mail.example
need hand_puppet :: หุ่นนิ้วมือรูปสัตว์
need felt_sheet :: ผ้าเฟลท์หลากสี ตัดชิ้นงานประดิษฐ์

bdl-070 | en | ageing_lifestyle_isan | downstream | Yasothon | |
name Yasothon Craft Export
mail export@yasothoncraft.example
need rag_doll amigurumi_doll +fairtrade :: handmade dolls for EU shops, Fairtrade certified

bdl-071 | th | hemp_natural_fibre | upstream | Mae Hong Son | | bio
name กลุ่มปั่นใยกัญชงม้ง แม่ฮ่องสอน
mail maehongson.hemp@mail.example
offer hemp_yarn :: ด้ายกัญชงต่อมือ เป็นไจ
offer hemp_fabric :: ผ้าใยกัญชงทอกี่เอว
need hemp_fibre :: ปอกัญชงสำหรับต่อเส้น

bdl-072 | en | ageing_lifestyle_central | downstream | Bangkok | |
name Ratchaprasong Toy Gallery
mail buyer@rptoygallery.example
need plush_toy :: premium plush
need amigurumi_kit :: DIY crochet kits

bdl-073 | th | ageing_lifestyle_isan | downstream | Nakhon Phanom | |
name ศูนย์การเรียนรู้ผู้สูงอายุเมืองนครพนม
mail nkp.elderlearning@mail.example
need doll_workshop :: มีวิทยากรสอนทำตุ๊กตาไหมคะ ครึ่งวัน
miss ; no one in the set sells crochet hooks :: เข็มโครเชต์ด้ามยาง เบอร์ 3-6

bdl-074 | en | ageing_lifestyle_central | midstream | Samut Prakan | |
name Bang Phli Yarn Trading
mail sales@bangphliyarn.example
offer crochet_yarn_synthetic :: acrylic yarn balls, 50 g, 80 colours
offer crochet_yarn_cotton :: 100% cotton crochet yarn, 4 ply, 1 kg packs

bdl-075 | th | ageing_lifestyle_central | midstream | Bangkok | |
name ร้านไหมพรมบางลำพู
mail banglamphu.yarn@mail.example
offer crochet_yarn_cotton :: ไหมพรมฝ้ายแท้ 100% เบอร์ 4 ply ก้อนละ 50 กรัม หน้าร้านบางลำพู
offer crochet_yarn_synthetic :: ไหมพรมกำมะหยี่ ไหมพรมขนหนู

bdl-076 | th | hemp_natural_fibre | downstream | Chiang Mai | | bio
name ตุ๊กตากัญชงกอดอุ่น
mail kodun.hempdoll@mail.example
offer kapok_pillow :: หมอนหนุนผ้ากัญชงยัดนุ่น
need hemp_fabric :: ผ้ากัญชงทอมือสีธรรมชาติ ไม่ฟอก
miss kapok_fibre +gots ; the kapok growers in the set hold no GOTS :: นุ่นยัดไส้ มีใบรับรอง GOTS

bdl-077 | th | circular_textile | downstream | Chiang Mai | | circular
name คลินิกหมอตุ๊กตาเชียงใหม่
mail dolldoctor.cm@mail.example
offer doll_repair_service :: รับซ่อมตุ๊กตา เย็บใหม่ เปลี่ยนไส้ ส่งตุ๊กตามาทางไปรษณีย์ได้
need recycled_fibrefill :: ใยรีไซเคิล rPET สำหรับเปลี่ยนไส้

bdl-078 | en | ageing_lifestyle_isan | downstream | Khon Kaen | |
name Khon Kaen Art Museum Shop
mail shop@kkartmuseum.example
need court_doll :: chao wang clay dolls for the museum shop

bdl-079 | th | ageing_lifestyle_central | downstream | Lopburi | |
name ตุ๊กตาชุดไทยบ้านลพบุรี
mail lopburi.thaidoll@mail.example
offer thai_dress_doll :: ตุ๊กตาชุดไทยโบราณ ตั้งตู้ สูง 30 ซม.
need brocade_fabric :: ผ้าทอดิ้นโลหะ สำหรับตัดชุดนางรำ
miss ; no one in the set sells human hair :: ผมคนจริงสำหรับทำผมตุ๊กตา

bdl-080 | th | sportech | midstream | Pathum Thani | |
name นวนครมาสคอต
mail navanakorn.mascot@mail.example
offer mascot_costume :: รับทำชุดมาสคอต หัวโฟม ตัวผ้าขน
need plush_fabric :: ผ้าขนยาว ขนเฟอร์เทียม

bdl-081 | th | ageing_lifestyle_isan | downstream | Sisaket | |
name ศูนย์จำหน่ายสินค้าชุมชนศรีสะเกษ
mail sisaket.community@mail.example
need rag_doll +otop :: ตุ๊กตาเย็บมือ ได้ตราโอทอป
miss ; no banana-fibre maker in the set :: ตุ๊กตาใยกล้วย

bdl-082 | en | ageing_lifestyle_central | downstream | Bangkok | |
name Krungthep Gift Export
mail export@krungthepgift.example
need amigurumi_doll -otop :: crocheted dolls; OTOP not required
miss felt_sheet +oekotex ; the felt makers in the set hold no OEKO-TEX :: OEKO-TEX felt for baby mobiles

bdl-083 | th | ageing_lifestyle_central | midstream | Samut Sakhon | |
name โรงพิมพ์ผ้ามหาชัย
mail mahachai.print@mail.example
offer fabric_printing_service :: รับพิมพ์ดิจิทัลลงผ้าของลูกค้า ไม่มีขั้นต่ำ
offer printed_cotton_fabric :: ผ้าคอตตอนพิมพ์ลายการ์ตูน ขายเป็นหลา
need calico_fabric :: ผ้าเกรย์ฝ้าย 100% ม้วนใหญ่

bdl-084 | en | ageing_lifestyle_isan | upstream | Ubon Ratchathani | | bio
name Ubon Kapok Mill
mail mill@ubonkapok.example
offer kapok_fibre :: cleaned kapok fibre, seed-free, 10 kg bales
miss ; no machinery maker in the set :: kapok ginning machine, second-hand OK

bdl-085 | th | ageing_lifestyle_central | downstream | Bangkok | |
name พิพิธภัณฑ์ของเล่นเด็กไทย
mail thaitoymuseum@mail.example
need court_doll :: ตุ๊กตาชาววังชุดการละเล่นเด็กไทย
need doll_repair_service :: บูรณะตุ๊กตาผ้าเก่าในคลังสะสม ตะเข็บขาด ไส้ยุบ
miss ; no antique dealer in the set :: ตุ๊กตาเสียกบาลดินเผาสมัยสุโขทัย

bdl-086 | th | circular_textile | upstream | Chachoengsao | | circular
name โรงคัดแยกเศษผ้าแปดริ้ว
mail paetriw.sorting@mail.example
offer synthetic_scraps :: เศษผ้าไนลอน โพลีเอสเตอร์ คัดสี อัดก้อน
need used_clothing :: เสื้อผ้าเก่าหลังใช้งาน ทุกสภาพ

bdl-087 | th | hemp_natural_fibre | midstream | Phrae | |
name กลุ่มทอผ้าซิ่นตีนจกแพร่
mail phrae.teenjok@mail.example
offer handwoven_cotton_fabric :: ผ้าฝ้ายทอมือลายพื้นเมือง หน้ากว้าง 1 เมตร
need natural_dyeing_service indigo_dyeing_service :: ร้านรับย้อมสีธรรมชาติ ห้ามใช้สีเคมี

bdl-088 | en | ageing_lifestyle_central | downstream | Chonburi | |
name Pattaya Sea Souvenirs
mail buy@pattayasea.example
need plush_toy :: plush turtles and dolphins
need thai_dress_doll -otop :: Thai dancer dolls, OTOP welcome but not required

bdl-089 | th | ageing_lifestyle_isan | downstream | Korat | |
name สอนถักไหมพรมครูแป้ง โคราช
mail krupaeng.crochet@mail.example
offer doll_workshop :: คอร์สถักตุ๊กตาอะมิกุรุมิ รับสอนนอกสถานที่
need crochet_yarn_cotton crochet_yarn_synthetic :: เส้นด้ายถักโครเชต์ ราคาส่ง
need crochet_pattern :: แพทเทิร์นถักตุ๊กตาภาษาไทย

bdl-090 | en | ageing_lifestyle_central | downstream | Prachuap Khiri Khan | |
name Riverside Senior Living
mail care@riversidesenior.example
need therapy_doll -oekotex :: do you supply empathy dolls for memory care? OEKO-TEX nice to have

bdl-091 | th | circular_textile | midstream | Bangkok | |
name โรงงานเย็บตุ๊กตาบางบอน
mail bangbon.sewing@mail.example
offer sewing_service :: รับตัดเย็บตุ๊กตา ยัดใย ปิดงาน ผ้าลูกค้า
need plush_fabric :: ผ้ามิงค์

bdl-092 | th | ageing_lifestyle_isan | downstream | Mukdahan | |
name ร้านค้าชายแดนมุกดาหาร
mail mukdahan.border@mail.example
need used_dolls used_clothing :: ตุ๊กตาเก่า เสื้อผ้าเก่า ส่งขายฝั่งลาว
miss ; no maker of plastic toys in the set :: ตุ๊กตาพลาสติกราคาถูก

bdl-093 | th | sportech | downstream | Krabi | |
name บริษัท รันนิ่งเฟสต์ จำกัด
mail runningfest.th@mail.example
need embroidery_service :: ปักชื่องานวิ่งลงบนตุ๊กตาที่เรามีอยู่แล้ว 2,000 ตัว
miss ; no medal maker in the set :: เหรียญที่ระลึกงานวิ่ง

bdl-094 | en | hemp_natural_fibre | downstream | Nan | |
name Nan Heritage Weaving Museum
mail info@nanweavingmuseum.example
need hemp_fabric :: would like hemp cloth to dress display figures
miss ; no mannequin maker in the set :: child-size mannequins for costume display

bdl-095 | th | ageing_lifestyle_central | downstream | Phetchaburi | |
name ตุ๊กตาบำบัดเพชรบุรี
mail phetburi.therapydoll@mail.example
offer therapy_doll :: ตุ๊กตาเด็กทารกถ่วงน้ำหนัก สำหรับผู้ป่วยสมองเสื่อม
need sewing_service +iso9001 :: โรงเย็บรับจ้างที่มี ISO 9001
"""


# ---------------------------------------------------------------------------------------------- model


@dataclass
class Need:
    text: str
    labels: tuple[str, ...]
    requires: frozenset[str]
    waives: frozenset[str]
    unmet_note: str | None = None

    @property
    def met(self) -> bool:
        return self.unmet_note is None


@dataclass
class Sme:
    id: str
    language: str
    sub_cluster: str
    stage: str
    province: str
    certifications: list[str]
    bcg: list[str]
    name: str = ""
    mail: str = ""
    offers: list[tuple[str, str]] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)

    def record(self) -> dict[str, object]:
        row: dict[str, object] = {
            "id": self.id,
            "name": self.name,
            "sub_cluster": self.sub_cluster,
            "stage": self.stage,
            "province": self.province,
            "offers": [text for text, _ in self.offers],
            "needs": [need.text for need in self.needs],
        }
        if self.certifications:
            row["certifications"] = list(self.certifications)
        if self.bcg:
            row["bcg"] = list(self.bcg)
        row["contact_email"] = self.mail
        row["language"] = self.language
        return row


class DataError(Exception):
    pass


def _cert_codes(tokens: list[str], where: str) -> tuple[list[str], frozenset[str], frozenset[str]]:
    labels: list[str] = []
    requires: set[str] = set()
    waives: set[str] = set()
    for token in tokens:
        if token[0] in "+-":
            code = token[1:]
            if code not in CERT_CODES:
                raise DataError(f"{where}: unknown certification code {code!r}")
            (requires if token[0] == "+" else waives).add(CERT_CODES[code])
        else:
            labels.append(token)
    return labels, frozenset(requires), frozenset(waives)


def parse(data: str) -> list[Sme]:
    smes: list[Sme] = []
    for number, raw in enumerate(data.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"data line {number}"
        if line.startswith(f"{PREFIX}-"):
            cells = [cell.strip() for cell in line.split("|")]
            if len(cells) != 7:
                raise DataError(f"{where}: header needs 7 cells, has {len(cells)}")
            ident, lang, sub, stage, province, certs, bcg = cells
            smes.append(
                Sme(
                    id=ident,
                    language=lang,
                    sub_cluster=sub,
                    stage=stage,
                    province=province,
                    certifications=[c.strip() for c in certs.split(";") if c.strip()],
                    bcg=[b.strip() for b in bcg.split(",") if b.strip()],
                )
            )
            continue
        if not smes:
            raise DataError(f"{where}: line before the first SME header")
        sme = smes[-1]
        key, _, rest = line.partition(" ")
        rest = rest.strip()
        if key == "name":
            sme.name = rest
        elif key == "mail":
            sme.mail = rest
        elif key in ("offer", "need", "miss"):
            head, sep, text = rest.partition(" :: ")
            if not sep or not text.strip():
                raise DataError(f"{where}: missing ' :: <text>'")
            text = text.strip()
            if key == "offer":
                sme.offers.append((text, head.strip()))
                continue
            note = None
            if key == "miss":
                head, sep, note = head.partition(";")
                note = note.strip()
                if not sep or not note:
                    raise DataError(f"{where}: a 'miss' line needs '; <note>'")
            labels, requires, waives = _cert_codes(head.split(), where)
            sme.needs.append(Need(text, tuple(labels), requires, waives, note))
        else:
            raise DataError(f"{where}: unknown key {key!r}")
    return smes


# ---------------------------------------------------------------------------------------------- links


def qualified_suppliers(need: Need, buyer: Sme, smes: list[Sme], canonical: dict[str, frozenset[str]]) -> list[str]:
    wanted = set(need.labels)
    return [
        s.id
        for s in smes
        if s.id != buyer.id and any(label in wanted for _, label in s.offers) and need.requires <= canonical[s.id]
    ]


def true_links(smes: list[Sme], canonical: dict[str, frozenset[str]]) -> list[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            if need.met:
                pairs.update((s, buyer.id) for s in qualified_suppliers(need, buyer, smes, canonical))
    return sorted(pairs)


# ---------------------------------------------------------------------------------------------- checks

_THAI = re.compile("[\u0e00-\u0e7f]")
_MAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _thai_ok(text: str) -> bool:
    thai = len(_THAI.findall(text))
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    other = any(c.isalpha() and not c.isascii() and not _THAI.match(c) for c in text)
    return thai > 0 and thai >= 2 * latin and not other


def _english_ok(text: str) -> bool:
    return all(c.isascii() for c in text) and any(c.isalpha() for c in text)


def _mentions(names: tuple[str, ...], text: str) -> bool:
    """Whether the text names a certification by any of its names, negated or not."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return any(unicodedata.normalize("NFKC", n).casefold() in folded for n in names)


def check(smes: list[Sme]) -> tuple[list[str], dict[str, frozenset[str]]]:
    from shared.taxonomy import (
        CERTIFICATIONS,
        BcgTag,
        Stage,
        SubCluster,
        find_certifications,
        resolve_certification,
        resolve_province,
    )

    errors: list[str] = []
    by_name = {c.name: c for c in CERTIFICATIONS}
    for code, name in CERT_CODES.items():
        if name not in by_name:
            errors.append(f"certification code {code} names unknown {name!r}")

    expected = [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]
    ids = [s.id for s in smes]
    if ids != expected:
        errors.append(f"ids must be {expected[0]}..{expected[-1]} in order; got {len(ids)} ids")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")

    canonical: dict[str, frozenset[str]] = {}
    for s in smes:
        e = f"{s.id}:"
        if s.language not in ("th", "en"):
            errors.append(f"{e} language {s.language!r}")
        if s.sub_cluster not in {m.value for m in SubCluster}:
            errors.append(f"{e} sub_cluster {s.sub_cluster!r}")
        if s.stage not in {m.value for m in Stage}:
            errors.append(f"{e} stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{e} province {s.province!r} does not resolve")
        bad_bcg = [b for b in s.bcg if b not in {m.value for m in BcgTag}]
        if bad_bcg or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{e} bcg {s.bcg!r}")
        resolved = [resolve_certification(c) for c in s.certifications]
        if None in resolved:
            errors.append(f"{e} certification does not resolve: {s.certifications!r}")
        canonical[s.id] = frozenset(r for r in resolved if r)
        if not _MAIL.match(s.mail):
            errors.append(f"{e} contact_email {s.mail!r}")
        if not s.name:
            errors.append(f"{e} no name")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{e} {len(s.offers)} offers and {len(s.needs)} needs")
        ok = _thai_ok if s.language == "th" else _english_ok
        texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        errors += [f"{e} not {s.language}: {t!r}" for t in texts if not ok(t)]
        if len({t.casefold() for t in texts}) != len(texts):
            errors.append(f"{e} a phrase is repeated")
        for text, label in s.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                errors.append(f"{e} bad offer label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= canonical[s.id]:
                errors.append(f"{e} offer {text!r} claims {sorted(claimed - canonical[s.id])} it does not hold")

    offered: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)

    for s in smes:
        for need in s.needs:
            e = f"{s.id} need {need.text!r}:"
            found = find_certifications(need.text)
            if found != need.requires:
                errors.append(f"{e} text names {sorted(found)}, data requires {sorted(need.requires)}")
            for name in need.waives:
                c = by_name[name]
                if name in found or not _mentions((c.name, *c.aliases, *c.mentions), need.text):
                    errors.append(f"{e} waived {name} is not named as waived in the text")
            if need.requires & need.waives:
                errors.append(f"{e} requires and waives the same certification")
            suppliers = qualified_suppliers(need, s, smes, canonical)
            if need.met:
                if not need.labels:
                    errors.append(f"{e} lists no labels")
                for label in need.labels:
                    if not offered.get(label, set()) - {s.id}:
                        errors.append(f"{e} label {label!r} is offered by no one else")
                if not suppliers:
                    errors.append(f"{e} no supplier qualifies")
            elif suppliers:
                errors.append(f"{e} marked met by no one but {suppliers} qualify")
    return errors, canonical


# ---------------------------------------------------------------------------------------------- counts


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from shared.taxonomy import PROVINCES, Region, Stage, SubCluster, resolve_province

    lang = {s.id: s.language for s in smes}
    sub = {s.id: s.sub_cluster for s in smes}
    needs = [n for s in smes for n in s.needs]
    met = [n for n in needs if n.met]
    regions = Counter(resolve_province(s.province).region for s in smes)  # type: ignore[union-attr]
    provinces = {resolve_province(s.province).name_en for s in smes}  # type: ignore[union-attr]
    th_en = sum(1 for a, b in links if lang[a] == "th" and lang[b] == "en")
    en_th = sum(1 for a, b in links if lang[a] == "en" and lang[b] == "th")
    cross = th_en + en_th
    n = len(smes)
    th = sum(1 for s in smes if s.language == "th")
    rows: list[tuple[str, str]] = [
        ("profiles", str(n)),
        ("Thai / English", f"{th} / {n - th} ({th / max(n, 1):.0%} Thai)"),
    ]
    rows += [(f"sub-cluster {m.value}", str(sum(1 for s in smes if s.sub_cluster == m))) for m in SubCluster]
    rows += [(f"stage {m.value}", str(sum(1 for s in smes if s.stage == m))) for m in Stage]
    rows += [(f"region {m.value}", str(regions.get(m, 0))) for m in Region]
    rows += [
        ("distinct provinces", f"{len(provinces)} of {len(PROVINCES)}"),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        ("needs requiring a certification", str(sum(1 for x in needs if x.requires))),
        ("needs waiving a certification", str(sum(1 for x in needs if x.waives))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links", f"{cross} ({cross / len(links):.0%})" if links else "0"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(sum(1 for a, b in links if sub[a] != sub[b]))),
    ]
    return rows


def size_errors(smes: list[Sme], links: list[tuple[str, str]], canonical: dict[str, frozenset[str]]) -> list[str]:
    errors: list[str] = []
    n = len(smes)
    th = sum(1 for s in smes if s.language == "th") / max(n, 1)
    if not THAI_SHARE[0] <= th <= THAI_SHARE[1]:
        errors.append(f"Thai share {th:.2f} outside {THAI_SHARE}")
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        errors.append(f"{len(links)} true links, outside {LINKS_RANGE}")
    lang = {s.id: s.language for s in smes}
    cross = sum(1 for a, b in links if lang[a] != lang[b]) / max(len(links), 1)
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    needs = [(s, x) for s in smes for x in s.needs]
    unmet = sum(1 for _, x in needs if not x.met)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} needs met by no one, outside {UNMET_RANGE}")
    sizes = [len(qualified_suppliers(x, s, smes, canonical)) for s, x in needs if x.met]
    few = sum(1 for k in sizes if 1 <= k <= 3)
    if sizes and few / len(sizes) < 0.7:
        errors.append(f"only {few} of {len(sizes)} met needs have 1-3 suppliers")
    return errors


# ---------------------------------------------------------------------------------------------- output


README_HEAD = """# Evaluation set `blind_plain_dolls`

## What it checks

How well the matcher finds the true supplier -> buyer pairs among 95 SME registry entries it has never seen.
Theme: dolls and rag dolls (Thai court dolls, cloth dolls, doll clothes, stuffing, eyes and hair, amigurumi;
museums, souvenir shops, kindergartens, care homes, hotels and collectors that buy) plus the ordinary fibre,
yarn, cloth, dyeing and sewing suppliers of the cluster, across all five sub-clusters and three stages.

The profiles are plain registry entries: one short phrase per offer or need, 0-3 of each, Thai or English.
The same goods are written in many ways: regional names (ห้อม and คราม, ผ้าขาวม้า, ปาเต๊ะ, งิ้ว and นุ่น),
trade words and abbreviations (HCS, CMT, MOQ, rPET, velboa, minky, BJD, Ne, gsm), brand names, with and
without quantities, prices, sizes, minimum orders and places. A need is worded differently from the offers
that meet it, and about half of the true links join a Thai profile with an English one.

Hard but fair cases in the set:

- a service versus the goods it works on: indigo dyeing of the customer's yarn, cloth or sewn pieces versus
  indigo-dyed cloth; sewing for others versus finished doll clothes; embroidery and face painting on the
  customer's dolls; doll repair of the customer's (or a museum's) dolls;
- waste and used goods versus new: cotton, synthetic and silk scraps, wiping rags, used clothing and used
  dolls by the bale versus fabric, silk and new dolls;
- raw versus processed: kapok pods versus cleaned kapok, hemp bark and fibre versus yarn versus cloth,
  cotton lint versus yarn, recycled blend yarn versus the scraps it is spun from;
- finished goods described by material, colour or technique: hemp dolls dyed with indigo, batik dolls,
  pha khao ma dolls and silk-skirted dolls are dolls; an indigo scarf is a scarf; a kapok pillow in hemp
  cloth is a pillow; Thai dress for a Barbie is doll clothes, not a Thai dress doll; a mascot plush is not
  a mascot costume;
- needs written as a wish, a bare noun phrase or a question, and refusals ("no acrylic",
  "ห้ามใช้สีเคมี", "ไม่เอาใยสังเคราะห์", "no polyester", "no synthetic dyes");
- needs that require a named certification (OEKO-TEX, มอก., OTOP, GOTS, GRS, Fairtrade, Peacock Emblem,
  Organic Thailand, ISO 9001) and needs that name one only to waive it ("OTOP not required",
  "no GOTS needed", "OEKO-TEX nice to have");
- about 20 needs that no one in the set meets, some because the only sellers of the thing lack the
  certification the need requires.

## How it was written

By hand, by a writer who read only section 1 of `/work/shared/contracts/CONTRACTS.md`, `shared/taxonomy.py`
with its data files, and the `[tool.ruff]` section of `pyproject.toml`; not the matcher, the glossary, the tests,
the other evaluation sets or the shared data. All data is held in `write.py`; profiles, labels and links were
decided there and nowhere else.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_cotton_fabric` versus `indigo_dyeing_service` versus `indigo_scarf`). Every need either lists the
offer labels that would meet it and the certifications its text requires, or is marked as met by no one with
a short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed
by one of the buyer's needs and the supplier's certifications (resolved with `resolve_certification`) hold
every certification that need requires. A waived certification is not required. An SME is never linked to
itself. Shared words play no part; quantities, prices and places never decide a link; what changes what the
thing is does. The labels never leave `write.py`.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_dolls/write.py

The script checks everything before it writes and writes nothing if a check fails: ids unique and
well-formed; every contract field valid (sub-cluster, stage and BCG tags from the taxonomy, every province
resolves with `resolve_province`, every certification with `resolve_certification`); every label a need
lists is offered by someone other than the buyer; every met need has a qualified supplier and every unmet one
has none; the certifications a need's text requires (by `find_certifications`) are exactly those recorded,
and a waived one is named in the text without being required; Thai phrases mostly Thai letters and English
ones Latin only; the size targets (95 profiles, 50-60 % Thai, 160-180 links, 40-60 % of them across
languages, 17-23 needs met by no one, most met needs met by 1-3 suppliers). It builds the files twice and
writes only if both builds are identical, so two runs give identical bytes.

## Files

- `write.py`: all the data, the checks and the writer.
- `profiles.jsonl`: the 95 profiles, `bdl-001` ... `bdl-095`, in the contract's JSONL version 1 (no labels).
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file, written by `write.py`.

## Counts

"""


def render(smes: list[Sme], links: list[tuple[str, str]], table: str) -> dict[str, str]:
    profiles = "".join(json.dumps(s.record(), ensure_ascii=False) + "\n" for s in smes)
    csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README_HEAD + table
    return {"profiles.jsonl": profiles, "links.csv": csv, "README.md": readme}


def table_markdown(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


def build() -> tuple[dict[str, str], str, list[str]]:
    try:
        smes = parse(DATA)
    except DataError as exc:
        return {}, "", [str(exc)]
    errors, canonical = check(smes)
    links = true_links(smes, canonical)
    errors += size_errors(smes, links, canonical)
    table = table_markdown(counts(smes, links))
    return render(smes, links, table), table, errors


def main() -> int:
    files, table, errors = build()
    if table:
        print(table)
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  - {error}", file=sys.stderr)
        return 1
    if build()[0] != files:
        print("two builds differ; nothing written", file=sys.stderr)
        return 1
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {', '.join(files)} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

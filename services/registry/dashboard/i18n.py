"""The dashboard's words in English and Thai, and the choice between them."""

from __future__ import annotations

from typing import Final

LANGUAGES: Final = ("en", "th")
LANG_COOKIE: Final = "clusterlink_lang"

_WORDS: Final[dict[str, tuple[str, str]]] = {
    "title": ("ClusterLink coordinator dashboard", "แดชบอร์ดผู้ประสานงาน ClusterLink"),
    "skip": ("Skip to content", "ข้ามไปยังเนื้อหา"),
    "language": ("Language", "ภาษา"),
    "login": ("Sign in", "เข้าสู่ระบบ"),
    "logout": ("Sign out", "ออกจากระบบ"),
    "key": ("Coordinator key", "คีย์ผู้ประสานงาน"),
    "key_hint": ("The same key you use for the API.", "คีย์เดียวกับที่ใช้กับ API"),
    "bad_key": ("This is not a valid coordinator key.", "คีย์ผู้ประสานงานไม่ถูกต้อง"),
    "too_many": (
        "Too many failed attempts. Try again in {seconds} seconds.",
        "ลองผิดหลายครั้งเกินไป กรุณาลองใหม่ในอีก {seconds} วินาที",
    ),
    "smes": ("SMEs", "ผู้ประกอบการ"),
    "register": ("Register an SME", "ลงทะเบียนผู้ประกอบการ"),
    "edit": ("Edit", "แก้ไข"),
    "edit_title": ("Edit {name}", "แก้ไข {name}"),
    "import": ("Import a file", "นำเข้าไฟล์"),
    "export": ("Export", "ส่งออก"),
    "value_chain": ("Value chain", "ห่วงโซ่คุณค่า"),
    "filter": ("Show", "แสดง"),
    "clear": ("Clear filters", "ล้างตัวกรอง"),
    "all": ("All", "ทั้งหมด"),
    "sub_cluster": ("Sub-cluster", "คลัสเตอร์ย่อย"),
    "stage": ("Stage", "ขั้นของห่วงโซ่"),
    "province": ("Province", "จังหวัด"),
    "matching": ("{count} of {total} SMEs match.", "ตรงกับตัวกรอง {count} จาก {total} ราย"),
    "shown_first": ("The first {count} are listed.", "แสดง {count} รายแรก"),
    "none": ("No SME matches.", "ไม่มีผู้ประกอบการที่ตรงกับตัวกรอง"),
    "id": ("ID", "รหัส"),
    "id_hint": ("Leave empty to have one made.", "เว้นว่างไว้เพื่อให้ระบบสร้างให้"),
    "name": ("Name", "ชื่อ"),
    "offers": ("Offers", "สิ่งที่ขาย"),
    "needs": ("Needs", "สิ่งที่ต้องการซื้อ"),
    "one_per_line": ("One per line.", "บรรทัดละหนึ่งรายการ"),
    "certifications": ("Certifications", "การรับรอง"),
    "bcg": ("BCG", "BCG"),
    "contact_email": ("Contact e-mail", "อีเมลติดต่อ"),
    "email_language": ("Language of e-mails", "ภาษาของอีเมล"),
    "description": ("Description", "รายละเอียด"),
    "contact_name": ("Contact person", "ผู้ติดต่อ"),
    "contact_phone": ("Phone", "โทรศัพท์"),
    "website": ("Website", "เว็บไซต์"),
    "line_id": ("LINE ID", "ไลน์ไอดี"),
    "capacity_amount": ("Capacity per month", "กำลังการผลิตต่อเดือน"),
    "capacity_unit": ("Unit of capacity", "หน่วยกำลังการผลิต"),
    "minimum_order": ("Minimum order", "สั่งซื้อขั้นต่ำ"),
    "choose": ("Choose…", "เลือก…"),
    "save": ("Save", "บันทึก"),
    "errors_above": (
        "Nothing was saved. Please correct the fields marked below.",
        "ยังไม่ได้บันทึก กรุณาแก้ไขช่องที่มีเครื่องหมายด้านล่าง",
    ),
    "registered": ("{name} is registered as {id}.", "ลงทะเบียน {name} แล้ว รหัส {id}"),
    "token_once": (
        "The SME's own token, shown once — hand it over to the SME:",
        "โทเค็นของผู้ประกอบการ แสดงเพียงครั้งเดียว กรุณาส่งให้ผู้ประกอบการ:",
    ),
    "saved": ("Saved: version {version}.", "บันทึกแล้ว: ฉบับที่ {version}"),
    "stale": (
        "Someone changed this profile meanwhile (now version {version}). Reload it and edit again.",
        "มีผู้อื่นแก้ไขข้อมูลนี้ไปแล้ว (ขณะนี้ฉบับที่ {version}) กรุณาโหลดใหม่แล้วแก้ไขอีกครั้ง",
    ),
    "version": ("Version", "ฉบับที่"),
    "file": ("File (JSONL or CSV)", "ไฟล์ (JSONL หรือ CSV)"),
    "format": ("Format", "รูปแบบ"),
    "by_extension": ("From the file name", "ตามนามสกุลไฟล์"),
    "dry_run": ("Check only, store nothing", "ตรวจสอบเท่านั้น ไม่บันทึก"),
    "upload": ("Upload", "อัปโหลด"),
    "report": ("Report", "รายงาน"),
    "line": ("Line", "บรรทัด"),
    "status": ("Status", "สถานะ"),
    "problems": ("Problems", "ปัญหา"),
    "token": ("SME token (shown once)", "โทเค็น (แสดงครั้งเดียว)"),
    "summary": (
        "{total} lines: {created} created, {updated} updated, {unchanged} unchanged, {valid} valid, "
        "{rejected} rejected.",
        "{total} บรรทัด: สร้างใหม่ {created} แก้ไข {updated} ไม่เปลี่ยน {unchanged} ถูกต้อง {valid} ถูกปฏิเสธ {rejected}",
    ),
    "status_created": ("created", "สร้างใหม่"),
    "status_updated": ("updated", "แก้ไข"),
    "status_unchanged": ("unchanged", "ไม่เปลี่ยน"),
    "status_valid": ("valid", "ถูกต้อง"),
    "status_rejected": ("rejected", "ถูกปฏิเสธ"),
    "unreadable": ("The file cannot be read: {reason}", "อ่านไฟล์ไม่ได้: {reason}"),
    "export_csv": ("CSV (spreadsheet-safe)", "CSV (ปลอดภัยสำหรับสเปรดชีต)"),
    "export_xlsx": ("Excel (XLSX)", "Excel (XLSX)"),
    "export_note": ("Exports hold the SMEs the filters show.", "ไฟล์ส่งออกมีเฉพาะผู้ประกอบการตามตัวกรอง"),
    "vc_picture": ("The cluster from upstream to downstream", "คลัสเตอร์จากต้นน้ำถึงปลายน้ำ"),
    "vc_counts": ("SMEs by stage and sub-cluster", "จำนวนผู้ประกอบการตามขั้นและคลัสเตอร์ย่อย"),
    "vc_links_intro": (
        "Bands are links between groups of SMEs, as wide as the number of links: dark for established links "
        "(both sides accepted and were introduced), light for suggested ones (in the matcher's lists, scoring at "
        "least {min_score}). Bars group SMEs by stage, sub-cluster and product concept.",
        "แถบแสดงความเชื่อมโยงระหว่างกลุ่มผู้ประกอบการ กว้างตามจำนวนความเชื่อมโยง สีเข้มคือความเชื่อมโยงที่เกิดขึ้นแล้ว "
        "(ทั้งสองฝ่ายตอบรับและได้รับการแนะนำกันแล้ว) สีอ่อนคือที่ระบบจับคู่แนะนำ (คะแนนอย่างน้อย {min_score}) "
        "แท่งจัดกลุ่มผู้ประกอบการตามขั้น คลัสเตอร์ย่อย และแนวคิดสินค้า",
    ),
    "vc_links_counts": (
        "{suggested} suggested links, {established} established links",
        "ความเชื่อมโยงที่แนะนำ {suggested} รายการ ที่เกิดขึ้นแล้ว {established} รายการ",
    ),
    "vc_firms_only": (
        "Only the SMEs and their established links are drawn: suggested links, product concepts and chain "
        "suggestions need the matcher. {problem}",
        "แสดงเฉพาะผู้ประกอบการและความเชื่อมโยงที่เกิดขึ้นแล้ว ความเชื่อมโยงที่แนะนำ แนวคิดสินค้า และห่วงโซ่ที่แนะนำ ต้องใช้ระบบจับคู่ {problem}",
    ),
    "vc_neighbourhood": (
        "Neighbourhood of one SME or one sub-cluster",
        "เครือข่ายรอบผู้ประกอบการหนึ่งรายหรือคลัสเตอร์ย่อยหนึ่งกลุ่ม",
    ),
    "vc_neighbourhood_intro": (
        "Firm by firm, one column per stage: an SME's partners and their partners, or a sub-cluster's busiest "
        "firms. A red dashed box in front of a firm is a need nobody in the cluster meets: the missing link.",
        "แสดงทีละราย หนึ่งคอลัมน์ต่อหนึ่งขั้น: คู่ค้าของผู้ประกอบการและคู่ค้าของคู่ค้า หรือผู้ประกอบการที่มีความเชื่อมโยงมากที่สุด"
        "ในคลัสเตอร์ย่อย กรอบประสีแดงหน้าผู้ประกอบการคือความต้องการที่ไม่มีใครในคลัสเตอร์ตอบได้ คือข้อต่อที่ขาดไป",
    ),
    "vc_focus": ("SME id or sub-cluster", "รหัสผู้ประกอบการหรือคลัสเตอร์ย่อย"),
    "vc_focus_hint": (
        "For example sme-0042, or a sub-cluster such as hemp_natural_fibre.",
        "เช่น sme-0042 หรือคลัสเตอร์ย่อย เช่น hemp_natural_fibre",
    ),
    "vc_draw": ("Draw", "วาด"),
    "vc_neighbourhood_of": ("Neighbourhood of {focus}", "เครือข่ายรอบ {focus}"),
    "vc_more": (
        "The gap report per sub-cluster is on the Gaps page. `clusterlink report` writes this picture as PNG and "
        "SVG in an HTML report with the gap report and the neighbourhoods asked for (`--focus`).",
        "รายงานช่องว่างของแต่ละคลัสเตอร์ย่อยอยู่ที่หน้าช่องว่าง คำสั่ง `clusterlink report` เขียนภาพนี้เป็น PNG และ SVG "
        "ในรายงาน HTML พร้อมรายงานช่องว่าง และวาดเครือข่ายรอบผู้ประกอบการหนึ่งรายหรือคลัสเตอร์ย่อยหนึ่งกลุ่มทีละราย",
    ),
    "vc_chains_missing": ("Chains with a missing link", "ห่วงโซ่ที่ขาดข้อต่อ"),
    "vc_chains_missing_intro": (
        "Read back from an end buyer, each chain stops at a need nobody in the cluster can meet: the missing link.",
        "อ่านย้อนจากผู้ซื้อปลายทาง แต่ละห่วงโซ่หยุดที่ความต้องการที่ไม่มีใครในคลัสเตอร์ตอบได้ คือข้อต่อที่ขาดไป",
    ),
    "vc_chains_complete": ("Complete chains the cluster could form", "ห่วงโซ่ครบวงจรที่คลัสเตอร์สร้างได้"),
    "vc_chains_none": ("None found.", "ไม่พบ"),
    "vc_chains_shown": ("the best {shown} of {total}", "{shown} อันดับแรกจาก {total}"),
    "vc_rank": ("rank score", "คะแนนจัดอันดับ"),
    "total": ("Total", "รวม"),
    "error": ("Something is wrong", "เกิดข้อผิดพลาด"),
    "not_found": ("There is no SME with this id.", "ไม่มีผู้ประกอบการรหัสนี้"),
    "csrf": (
        "This form has expired or did not come from this dashboard. Nothing was changed; "
        "go back, reload the page and try again.",
        "แบบฟอร์มนี้หมดอายุหรือไม่ได้มาจากแดชบอร์ดนี้ ไม่มีการเปลี่ยนแปลงใด ๆ กรุณากลับไป โหลดหน้าใหม่ แล้วลองอีกครั้ง",
    ),
    "signed_out": ("Please sign in.", "กรุณาเข้าสู่ระบบ"),
    "bad_filter": ("The filter {field} {reason}", "ตัวกรอง {field} {reason}"),
    "back": ("Back to the SMEs", "กลับไปยังรายชื่อผู้ประกอบการ"),
    "logout_everywhere": ("Sign out everywhere", "ออกจากระบบทุกเครื่อง"),
    "funnel": ("Funnel", "ลำดับการจับคู่"),
    "funnel_intro": (
        "Pairs by the week they were first suggested, and how many of them have since been accepted by one side, "
        "by both, and introduced. A pair counts under the sub-cluster of each side.",
        "คู่ที่ได้รับการแนะนำ แยกตามสัปดาห์ที่แนะนำครั้งแรก และจำนวนที่ต่อมาตอบรับฝ่ายเดียว ตอบรับทั้งสองฝ่าย "
        "และได้แนะนำให้รู้จักกันแล้ว คู่หนึ่งนับในคลัสเตอร์ย่อยของแต่ละฝ่าย",
    ),
    "week": ("Week", "สัปดาห์"),
    "stage_suggested": ("Suggested", "แนะนำแล้ว"),
    "stage_accepted_one": ("Accepted by one side", "ตอบรับฝ่ายเดียว"),
    "stage_accepted_both": ("Accepted by both", "ตอบรับทั้งสองฝ่าย"),
    "stage_introduced": ("Introduced", "แนะนำให้รู้จักแล้ว"),
    "all_sub_clusters": ("All sub-clusters", "ทุกคลัสเตอร์ย่อย"),
    "no_pairs": ("No pair has been suggested yet.", "ยังไม่มีคู่ที่ได้รับการแนะนำ"),
    "introductions": ("Introductions", "การแนะนำให้รู้จัก"),
    "unmatched": ("No suggestion", "ไม่มีคู่แนะนำ"),
    "unmatched_intro": (
        "SMEs that nobody has been suggested to, and that the matcher has no partner for now, with the reason.",
        "ผู้ประกอบการที่ยังไม่เคยได้รับการแนะนำคู่ และระบบจับคู่ยังไม่พบคู่ค้าในขณะนี้ พร้อมเหตุผล",
    ),
    "reasons": ("Why", "เหตุผล"),
    "reason_no_needs": ("no needs stated", "ไม่ได้ระบุสิ่งที่ต้องการซื้อ"),
    "reason_no_offers": ("no offers stated", "ไม่ได้ระบุสิ่งที่ขาย"),
    "reason_nothing_matches": (
        "nothing matches: no partner scores above the matcher's threshold",
        "ไม่มีคู่ที่ตรงกัน: ไม่มีคู่ค้าที่ได้คะแนนเกินเกณฑ์ของระบบจับคู่",
    ),
    "unmatched_none": ("Every SME has a suggestion.", "ผู้ประกอบการทุกรายมีคู่แนะนำแล้ว"),
    "waiting": (
        "{count} SMEs are not in the matcher yet (just registered): ask again in a moment.",
        "ผู้ประกอบการ {count} รายยังไม่อยู่ในระบบจับคู่ (เพิ่งลงทะเบียน) กรุณาตรวจสอบอีกครั้งในภายหลัง",
    ),
    "matcher_unavailable": (
        "The matcher could not be asked: {problem}",
        "ไม่สามารถสอบถามระบบจับคู่ได้: {problem}",
    ),
    "gaps": ("Gaps", "ช่องว่าง"),
    "gaps_intro": (
        "Per sub-cluster: needs no SME in the cluster offers, offers no SME needs, and needs met only by "
        "suppliers farther than the distance you set. The matcher reads and matches every phrase.",
        "แยกตามคลัสเตอร์ย่อย: ความต้องการที่ไม่มีผู้ประกอบการในคลัสเตอร์ขาย สิ่งที่ขายแต่ไม่มีใครต้องการ "
        "และความต้องการที่มีผู้ขายอยู่ไกลกว่าระยะที่กำหนดเท่านั้น ระบบจับคู่อ่านและจับคู่ทุกรายการ",
    ),
    "max_km": ("Far means over (km)", "ไกลหมายถึงเกิน (กม.)"),
    "gaps_none": ("No gaps.", "ไม่มีช่องว่าง"),
    "gap_unmet_needs": ("Needs no SME in the cluster offers", "ความต้องการที่ไม่มีผู้ประกอบการในคลัสเตอร์ขาย"),
    "gap_unwanted_offers": ("Offers no SME needs", "สิ่งที่ขายแต่ไม่มีผู้ประกอบการต้องการ"),
    "gap_far_needs": ("Needs met only over {km} km away", "ความต้องการที่มีผู้ขายอยู่ไกลเกิน {km} กม. เท่านั้น"),
    "phrase": ("As written", "ข้อความ"),
    "nearest": ("Closest candidate (score)", "ผู้ที่ใกล้เคียงที่สุด (คะแนน)"),
    "distance": ("Distance", "ระยะทาง"),
}


def pick(lang: str | None) -> str:
    return lang if lang in LANGUAGES else "en"


class Words:
    """`words("key", name=...)`: the text of `key` in one language, with its placeholders filled."""

    def __init__(self, lang: str) -> None:
        self.lang = pick(lang)
        self._index = LANGUAGES.index(self.lang)

    def __call__(self, key: str, **values: object) -> str:
        text = _WORDS[key][self._index]
        return text.format(**values) if values else text


def keys() -> frozenset[str]:
    return frozenset(_WORDS)

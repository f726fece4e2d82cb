"""The few fixed words of the drawings and the report, in English and Thai."""

from __future__ import annotations

from typing import Final

_WORDS: Final[dict[str, tuple[str, str]]] = {
    "title": ("Value chain of the cluster", "ห่วงโซ่คุณค่าของคลัสเตอร์"),
    "smes": ("SMEs", "ราย"),
    "suggested": ("suggested links", "คู่ที่ระบบแนะนำ"),
    "established": ("established links", "คู่ที่เชื่อมโยงแล้ว"),
    "legend_established": ("dark: established", "สีเข้ม: เชื่อมโยงแล้ว"),
    "legend_suggested": ("light: suggested", "สีอ่อน: ระบบแนะนำ"),
    "legend_return": ("dashed: flows back (waste to recyclers)", "เส้นประ: ไหลย้อนกลับ (ของเสียสู่ผู้รีไซเคิล)"),
    "other": ("other", "อื่น ๆ"),
    "buyers": ("buyers only", "ผู้ซื้อ"),
    "hidden": ("smaller flows not drawn", "กระแสย่อยที่ไม่ได้วาด"),
    "links": ("links", "คู่"),
    "neighbourhood": ("Neighbourhood of", "เครือข่ายรอบ"),
    "missing": ("no supplier in the cluster:", "ไม่มีผู้ขายในคลัสเตอร์:"),
    "more": ("more not shown", "รายที่ไม่ได้แสดง"),
}


def word(key: str, lang: str) -> str:
    en, th = _WORDS[key]
    return th if lang == "th" else en

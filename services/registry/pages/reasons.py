"""The profile rules' reasons in Thai, for the Thai pages. The rules speak English (the API's
words); the common ones are said again in Thai here, and anything else is shown as it is."""

from __future__ import annotations

import re
from typing import Final

_THAI: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(pattern), thai)
    for pattern, thai in (
        (r"^Field required$", "ต้องกรอกช่องนี้"),
        (r"^String should have at least 1 character", "ต้องกรอกช่องนี้"),
        (r"is not one of Thailand's 77 provinces", "ไม่ใช่ชื่อจังหวัดของไทย กรุณาพิมพ์ชื่อจังหวัดเป็นภาษาไทยหรืออังกฤษ"),
        (r"^is not a deliverable e-mail address", "ไม่ใช่อีเมลที่ส่งถึงได้ กรุณากรอกเช่น name@example.com"),
        (r"^is not a phone number", "ไม่ใช่หมายเลขโทรศัพท์ (ใช้ตัวเลข ช่องว่าง - ( ) และ + นำหน้าได้)"),
        (r"^is not a web address", "ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย http:// หรือ https://"),
        (r"^is not a LINE ID", "ไม่ใช่ไลน์ไอดี (ใช้ตัวอักษร ตัวเลข . - _ และ @ นำหน้าได้)"),
        (r"^is longer than (\d+) characters", r"ยาวเกิน \1 ตัวอักษร"),
        (r"^List should have at most (\d+) items", r"มีได้ไม่เกิน \1 รายการ"),
        (r"^Input should be a valid number", "ต้องเป็นตัวเลข"),
        (r"^Input should be greater than 0", "ต้องมากกว่า 0"),
        (r"^Input should be '", "กรุณาเลือกจากรายการ"),
        (r"^contains an invisible character", "มีอักขระที่มองไม่เห็น กรุณาลบออก"),
        (r"^contains a text-direction control", "มีอักขระควบคุมทิศทางข้อความ กรุณาลบออก"),
        (r"^contains a control character", "มีอักขระควบคุม กรุณาลบออก"),
    )
)
_LINE = re.compile(r"^line (\d+): ")


def in_language(reason: str, lang: str) -> str:
    if lang != "th":
        return reason
    line = _LINE.match(reason)
    rest = reason[line.end() :] if line else reason
    for pattern, thai in _THAI:
        found = pattern.search(rest)
        if found:
            rest = found.expand(thai)
            break
    return f"บรรทัดที่ {line.group(1)}: {rest}" if line else rest

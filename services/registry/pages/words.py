"""The entrepreneur pages' words in Thai and English. Thai comes first: most entrepreneurs read it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Final

LANGUAGES: Final = ("th", "en")
LANG_COOKIE: Final = "clusterlink_lang"  # the same choice as the dashboard's
THAI_TIME: Final = timezone(timedelta(hours=7), "ICT")  # Thailand keeps no summer time
_MONTHS_TH: Final = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
_MONTHS_EN: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_WORDS: Final[dict[str, tuple[str, str]]] = {
    "site": ("ClusterLink สำหรับผู้ประกอบการ", "ClusterLink for entrepreneurs"),
    "skip": ("ข้ามไปยังเนื้อหา", "Skip to content"),
    "language": ("ภาษา", "Language"),
    "menu": ("เมนู", "Menu"),
    "register": ("ลงทะเบียนธุรกิจ", "Register your business"),
    "register_intro": (
        "บอกเราว่าธุรกิจของคุณขายอะไรและต้องการซื้ออะไร แล้ว ClusterLink จะแนะนำคู่ค้าในคลัสเตอร์ให้ทางอีเมล",
        "Tell us what your business sells and what it needs, and ClusterLink will email you "
        "suggested partners in the cluster.",
    ),
    "sign_in": ("เข้าสู่ระบบ", "Sign in"),
    "sign_out": ("ออกจากระบบ", "Sign out"),
    "my_profile": ("ข้อมูลธุรกิจของฉัน", "My profile"),
    "my_suggestions": ("คู่ค้าที่แนะนำ", "My suggestions"),
    "name": ("ชื่อธุรกิจ", "Business name"),
    "sub_cluster": ("คลัสเตอร์ย่อย", "Sub-cluster"),
    "stage": ("ขั้นของห่วงโซ่คุณค่า", "Stage in the value chain"),
    "province": ("จังหวัด", "Province"),
    "province_hint": ("เช่น เชียงใหม่ หรือ Chiang Mai", "For example Chiang Mai or เชียงใหม่"),
    "offers": ("สิ่งที่ขายหรือผลิต", "What you sell or make"),
    "needs": ("สิ่งที่ต้องการซื้อ", "What you need to buy"),
    "one_per_line": ("บรรทัดละหนึ่งรายการ", "One per line."),
    "certifications": ("การรับรองมาตรฐาน", "Certifications"),
    "bcg": ("BCG", "BCG"),
    "contact_email": ("อีเมล", "Email address"),
    "email_hint": (
        "เราจะส่งลิงก์ยืนยันไปที่อีเมลนี้ และใช้อีเมลนี้เข้าสู่ระบบ",
        "We send a confirmation link here, and you sign in with this address.",
    ),
    "language_field": ("ภาษาของอีเมล", "Language of emails"),
    "description": ("รายละเอียดธุรกิจ", "About your business"),
    "contact_name": ("ชื่อผู้ติดต่อ", "Contact person"),
    "contact_phone": ("โทรศัพท์", "Phone"),
    "website": ("เว็บไซต์", "Website"),
    "line_id": ("ไลน์ไอดี", "LINE ID"),
    "capacity_amount": ("กำลังการผลิตต่อเดือน", "Capacity per month"),
    "capacity_unit": ("หน่วยของกำลังการผลิต", "Unit of capacity"),
    "minimum_order": ("สั่งซื้อขั้นต่ำ", "Minimum order"),
    "notification_preference": ("รับอีเมลแนะนำคู่ค้า", "Suggestion emails"),
    "pref_instant": ("ทันทีที่มีคู่ค้าใหม่", "As soon as there is a new partner"),
    "pref_daily": ("สรุปวันละครั้ง", "A daily summary"),
    "pref_weekly": ("สรุปสัปดาห์ละครั้ง", "A weekly summary"),
    "pref_off": ("ไม่รับอีเมล", "No emails"),
    "choose": ("เลือก…", "Choose…"),
    "consent": ("ความยินยอม (PDPA)", "Consent (PDPA)"),
    "consent_text": (
        "ฉันยินยอมให้ ClusterLink เก็บข้อมูลธุรกิจและอีเมลนี้ เพื่อแนะนำคู่ค้าในคลัสเตอร์ "
        "ชื่อธุรกิจ จังหวัด และสิ่งที่ขายหรือต้องการซื้อ จะแสดงให้คู่ค้าที่ได้รับการแนะนำเห็น "
        "ส่วนอีเมลและเบอร์โทรจะเปิดเผยเฉพาะเมื่อทั้งสองฝ่ายตอบรับแล้วเท่านั้น "
        "ฉันแก้ไขข้อมูล หยุดรับอีเมล หรือขอให้ลบข้อมูลได้ทุกเมื่อ",
        "I agree that ClusterLink keeps my business's details and this email address to suggest partners "
        "in the cluster. The business name, province and what it sells or needs are shown to suggested "
        "partners; the email address and phone are shared only once both sides have said yes. I can change "
        "the details, stop the emails or ask for them to be deleted at any time.",
    ),
    "consent_missing": (
        "กรุณาทำเครื่องหมายยินยอม จึงจะลงทะเบียนได้",
        "Please tick the consent box: we cannot register your business without it.",
    ),
    "submit_register": ("ลงทะเบียน", "Register"),
    "errors_above": (
        "ยังไม่ได้บันทึก กรุณาแก้ไขช่องที่มีข้อความสีแดงด้านล่าง",
        "Nothing was saved. Please correct the fields marked in red below.",
    ),
    "field_problem": ("ช่อง “{field}”: {reason}", "“{field}”: {reason}"),
    "check_email_title": ("กรุณาตรวจสอบอีเมล", "Please check your email"),
    "check_email_register": (
        "เราส่งลิงก์ยืนยันไปที่ {email} แล้ว กรุณาเปิดลิงก์ภายใน {hours} ชั่วโมง ข้อมูลธุรกิจของคุณจะเริ่มใช้จับคู่เมื่อยืนยันแล้ว",
        "We have sent a confirmation link to {email}. Please open it within {hours} hours: your business "
        "is matched with partners once you have confirmed.",
    ),
    "check_email_sign_in": (
        "หากอีเมลนี้ลงทะเบียนไว้ เราได้ส่งลิงก์เข้าสู่ระบบไปแล้ว ลิงก์ใช้ได้ครั้งเดียวภายใน {minutes} นาที",
        "If this address is registered, we have sent it a sign-in link. It works once, within {minutes} minutes.",
    ),
    "sign_in_intro": (
        "กรอกอีเมลที่ลงทะเบียนไว้ เราจะส่งลิงก์เข้าสู่ระบบให้ ไม่ต้องใช้รหัสผ่าน",
        "Enter the email address you registered with and we will send you a sign-in link. No password needed.",
    ),
    "send_link": ("ส่งลิงก์เข้าสู่ระบบ", "Send me a sign-in link"),
    "bad_email": ("กรุณากรอกอีเมลให้ถูกต้อง เช่น name@example.com", "Please enter an email address such as name@example.com"),
    "confirm_title": ("ยืนยันการลงทะเบียน", "Confirm your registration"),
    "confirm_question": (
        "ยืนยันการลงทะเบียน “{name}” ด้วยอีเมล {email} หรือไม่",
        "Confirm the registration of “{name}” with {email}?",
    ),
    "confirm_button": ("ยืนยัน", "Confirm"),
    "confirmed": (
        "ยืนยันเรียบร้อยแล้ว ข้อมูลของ “{name}” ถูกเผยแพร่เพื่อจับคู่ เราจะส่งอีเมลเมื่อพบคู่ค้าที่เหมาะสม",
        "Confirmed. “{name}” is now published for matching; we will email you when we find suitable partners.",
    ),
    "sign_in_title": ("เข้าสู่ระบบ ClusterLink", "Sign in to ClusterLink"),
    "sign_in_question": ("เข้าสู่ระบบในนาม “{name}” หรือไม่", "Sign in as “{name}”?"),
    "sign_in_button": ("เข้าสู่ระบบ", "Sign in"),
    "link_expired_title": ("ลิงก์หมดอายุแล้ว", "This link has expired"),
    "link_expired": (
        "ลิงก์นี้หมดอายุแล้ว เพื่อความปลอดภัย ลิงก์ในอีเมลใช้ได้ในเวลาจำกัด กรุณาขอลิงก์ใหม่",
        "This link has expired: for your safety, links in emails work only for a short time. Please ask for a new one.",
    ),
    "link_used_title": ("ลิงก์นี้ถูกใช้ไปแล้ว", "This link has already been used"),
    "link_used": (
        "ลิงก์นี้ใช้ได้เพียงครั้งเดียว และถูกใช้ไปแล้ว หากต้องการเข้าสู่ระบบ กรุณาขอลิงก์ใหม่",
        "This link works only once, and it has been used. To sign in, please ask for a new link.",
    ),
    "link_bad_title": ("ลิงก์ไม่ถูกต้อง", "This link is not valid"),
    "link_bad": (
        "ลิงก์นี้ไม่ถูกต้อง อาจคัดลอกมาไม่ครบหรือถูกแก้ไข กรุณาเปิดลิงก์จากอีเมลโดยตรง หรือขอลิงก์ใหม่",
        "This link is not valid: it may have been copied incompletely or changed. Please open it straight from "
        "the email, or ask for a new one.",
    ),
    "ask_new_link": ("ขอลิงก์เข้าสู่ระบบใหม่", "Ask for a new sign-in link"),
    "register_again": ("ลงทะเบียนใหม่", "Register again"),
    "signed_out": ("กรุณาเข้าสู่ระบบก่อน", "Please sign in first."),
    "csrf": (
        "แบบฟอร์มนี้หมดอายุหรือไม่ได้มาจากหน้านี้ กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง",
        "This form has expired or did not come from this page. Please reload the page and try again.",
    ),
    "too_many": (
        "มีคำขอจากเครือข่ายของคุณมากเกินไป กรุณาลองใหม่ในอีก {seconds} วินาที",
        "Too many requests from your network. Please try again in {seconds} seconds.",
    ),
    "unavailable": (
        "ระบบไม่พร้อมใช้งานชั่วคราว กรุณาลองใหม่ในอีกสักครู่",
        "The service is briefly unavailable. Please try again in a moment.",
    ),
    "save": ("บันทึก", "Save"),
    "saved": ("บันทึกแล้ว", "Saved."),
    "email_pending": (
        "อีเมลใหม่ {email} จะใช้ได้เมื่อยืนยันจากลิงก์ที่เราส่งไปที่อีเมลนั้น",
        "The new address {email} is used once it is confirmed from the link we sent there.",
    ),
    "stale": (
        "ข้อมูลถูกแก้ไขจากที่อื่นระหว่างนี้ ยังไม่ได้บันทึก ด้านล่างคือข้อมูลล่าสุด",
        "The profile was changed elsewhere meanwhile; nothing was saved. This is the profile now.",
    ),
    "unsubscribe": ("หยุดรับอีเมลทั้งหมด", "Stop all suggestion emails"),
    "unsubscribed": (
        "หยุดส่งอีเมลแนะนำคู่ค้าแล้ว เปลี่ยนกลับได้ที่ “รับอีเมลแนะนำคู่ค้า”",
        "Suggestion emails are stopped. You can turn them back on under “Suggestion emails”.",
    ),
    "suppliers": ("ผู้ที่จัดหาสิ่งที่คุณต้องการได้", "Who could supply what you need"),
    "buyers": ("ผู้ที่อาจซื้อสิ่งที่คุณขาย", "Who could buy what you offer"),
    "no_suggestions": ("ยังไม่มีคำแนะนำ", "No suggestions yet."),
    "why": ("เหตุผล", "Why"),
    "score": ("คะแนน {score}", "score {score}"),
    "accept": ("สนใจ ขอให้แนะนำให้รู้จัก", "Yes, introduce us"),
    "decline": ("ไม่สนใจ", "No, thanks"),
    "answer_waiting": (
        "คุณตอบรับ {name} แล้ว เมื่ออีกฝ่ายตอบรับด้วย เราจะส่งอีเมลแนะนำให้ทั้งสองฝ่าย",
        "You said yes to {name}. When they say yes too, we email you both.",
    ),
    "answer_introduced": (
        "คุณและ {name} ตอบรับทั้งสองฝ่ายแล้ว เราส่งอีเมลแนะนำให้รู้จักกันแล้ว",
        "You and {name} have both said yes: we have emailed you both an introduction.",
    ),
    "answer_declined": ("ปฏิเสธ {name} แล้ว เราจะไม่แนะนำอีก", "You declined {name}; we will not suggest them again."),
    "status_accepted": (
        "คุณตอบรับแล้ว กำลังรออีกฝ่ายตอบ",
        "You said yes. We are waiting for their answer.",
    ),
    "status_declined": ("คุณปฏิเสธแล้ว", "You declined."),
    "status_introduced": (
        "ทั้งสองฝ่ายตอบรับแล้ว เราส่งอีเมลแนะนำให้รู้จักกันแล้ว",
        "You have both said yes: we have emailed you both an introduction.",
    ),
    "status_closed": (
        "คำแนะนำนี้ปิดแล้ว จึงไม่สามารถแนะนำให้รู้จักได้",
        "This suggestion is closed, so no introduction can be made.",
    ),
    "change_to_decline": ("เปลี่ยนเป็นปฏิเสธ", "Decline instead"),
    "change_to_accept": ("สนใจ ขอให้แนะนำให้รู้จัก", "Yes, introduce us after all"),
    "answer_closed": ("คำแนะนำนี้ปิดแล้ว", "This suggestion is closed."),
    "earlier": ("ที่คุณตอบไปก่อนหน้านี้", "Answered earlier"),
    "earlier_intro": (
        "คู่ค้าที่คุณเคยตอบไว้ แต่ตอนนี้ไม่อยู่ในรายการแนะนำแล้ว คุณยังเปลี่ยนคำตอบได้ จนกว่าจะแนะนำให้รู้จักกันแล้วหรือคำแนะนำปิดไป",
        "Partners you answered who are no longer among your suggestions. You can still change your answer "
        "until you are introduced or the suggestion is closed.",
    ),
    "no_earlier": ("ยังไม่มีคำตอบก่อนหน้านี้", "No earlier answers."),
    "earlier_suppliers": ("อาจจัดหาสิ่งที่คุณต้องการ", "Could supply what you need"),
    "earlier_buyers": ("อาจซื้อสิ่งที่คุณขาย", "Could buy what you offer"),
    "answered_accept": ("คุณตอบรับเมื่อ {date}", "You said yes on {date}."),
    "answered_decline": ("คุณปฏิเสธเมื่อ {date}", "You declined on {date}."),
    "waiting": ("กำลังรออีกฝ่ายตอบ", "Waiting for their answer."),
    "answer_gone": ("คู่ค้านี้ไม่อยู่ในระบบแล้ว", "This partner is no longer registered."),
    "suggestions_later": (
        "ยังอ่านคำแนะนำไม่ได้ในขณะนี้ กรุณาลองใหม่ภายหลัง",
        "Your suggestions cannot be read just now. Please try again later.",
    ),
    "not_found": ("ไม่พบหน้านี้", "Page not found"),
    "not_registered": ("ลงทะเบียนไม่ได้: {reason}", "This business could not be registered: {reason}"),
}


def pick(value: str | None) -> str:
    return value if value in LANGUAGES else "th"


class Words:
    def __init__(self, lang: str) -> None:
        self.lang = pick(lang)

    def __call__(self, key: str, **values: object) -> str:
        th, en = _WORDS[key]
        text = th if self.lang == "th" else en
        return text.format(**values) if values else text

    def date(self, at: datetime) -> str:
        """The day in Thailand: "5 ธ.ค. 2569" (Buddhist era) in Thai, "5 Dec 2026" in English."""
        day = at.astimezone(THAI_TIME)
        if self.lang == "th":
            return f"{day.day} {_MONTHS_TH[day.month - 1]} {day.year + 543}"
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"

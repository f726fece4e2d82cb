"""Every fixed word of the emails and pages, in Thai and English."""

from __future__ import annotations

from typing import Final

SUB_CLUSTERS: Final[dict[str, dict[str, str]]] = {
    "hemp_natural_fibre": {"en": "Hemp & Natural Fibre", "th": "กัญชงและเส้นใยธรรมชาติ"},
    "circular_textile": {"en": "Circular Textile", "th": "สิ่งทอหมุนเวียน"},
    "sportech": {"en": "Sportech", "th": "สิ่งทอเทคนิคเพื่อการกีฬา"},
    "ageing_lifestyle_central": {"en": "Ageing Lifestyle (Central)", "th": "ไลฟ์สไตล์ผู้สูงวัย (ภาคกลาง)"},
    "ageing_lifestyle_isan": {"en": "Ageing Lifestyle (Isan)", "th": "ไลฟ์สไตล์ผู้สูงวัย (อีสาน)"},
}

STAGES: Final[dict[str, dict[str, str]]] = {
    "upstream": {"en": "upstream (fibre, yarn, raw materials)", "th": "ต้นน้ำ (เส้นใย เส้นด้าย วัตถุดิบ)"},
    "midstream": {"en": "midstream (weaving, dyeing, finishing)", "th": "กลางน้ำ (ทอ ย้อม ตกแต่งผ้า)"},
    "downstream": {"en": "downstream (products, brands, buyers)", "th": "ปลายน้ำ (สินค้า แบรนด์ ผู้ซื้อ)"},
}

LABELS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "subject_one": "ClusterLink found a possible business partner for you",
        "subject_many": "ClusterLink found {count} possible business partners for you",
        "subject_invitation": "A business on ClusterLink would like to work with you",
        "subject_introduction": "Introduction: you and your new partner both said yes",
        "greeting": "Dear {name},",
        "intro_one": "ClusterLink found a business that could be a good partner for you.",
        "intro_many": "ClusterLink found {count} businesses that could be good partners for you.",
        "role_supplier": "a supplier that could provide what you need",
        "role_buyer": "a buyer that could be interested in what you offer",
        "sub_cluster": "Sub-cluster",
        "stage": "Value chain",
        "province": "Province",
        "offers": "Offers",
        "needs": "Needs",
        "certifications": "Certifications",
        "why": "Why we suggest them",
        "accept": "Yes, introduce us",
        "decline": "No, thanks",
        "privacy": "Your contact details stay private: we share them only if you both say yes.",
        "invitation_intro": "{name} saw your profile on ClusterLink and would like to work with you.",
        "introduction_intro": "You and {name} both said yes. Here are their contact details:",
        "introduction_shared": "We have sent them your contact details too.",
        "contact_name": "Contact person",
        "email": "Email",
        "phone": "Phone",
        "line_id": "LINE ID",
        "website": "Website",
        "footer_why": "You receive this email because your business is registered with ClusterLink.",
        "unsubscribe": "Unsubscribe from these emails",
        "nothing_stated": "not stated",
        "page_title": "ClusterLink",
        "confirm_accept": "Would you like an introduction to {name}?",
        "confirm_decline": "Decline the suggestion of {name}?",
        "confirm_unsubscribe": "Stop all ClusterLink emails to {email}?",
        "confirm_button_accept": "Yes, introduce us",
        "confirm_button_decline": "Decline",
        "confirm_button_unsubscribe": "Unsubscribe",
        "done_accept": "Thank you. When {name} also says yes, we will email you both an introduction.",
        "done_decline": "Thank you. We will not suggest {name} to you again.",
        "done_unsubscribe": "You are unsubscribed. ClusterLink will not email you again.",
        "invalid_link": "This link is not valid. Please use the link exactly as it appears in the email.",
        "expired_link": "This link has expired. Newer emails from ClusterLink carry fresh links.",
        "gone": "This suggestion is no longer available.",
        "pair_closed": "Thank you. This suggestion is closed, so no introduction will be made.",
    },
    "th": {
        "subject_one": "ClusterLink พบคู่ค้าที่น่าสนใจสำหรับคุณ",
        "subject_many": "ClusterLink พบคู่ค้าที่น่าสนใจสำหรับคุณ {count} ราย",
        "subject_invitation": "มีธุรกิจใน ClusterLink สนใจร่วมธุรกิจกับคุณ",
        "subject_introduction": "แนะนำให้รู้จัก: คุณและคู่ค้าตอบรับแล้วทั้งสองฝ่าย",
        "greeting": "เรียน {name}",
        "intro_one": "ClusterLink พบธุรกิจที่อาจเป็นคู่ค้าที่ดีของคุณ",
        "intro_many": "ClusterLink พบธุรกิจ {count} รายที่อาจเป็นคู่ค้าที่ดีของคุณ",
        "role_supplier": "ซัพพลายเออร์ที่อาจจัดหาสิ่งที่คุณต้องการได้",
        "role_buyer": "ผู้ซื้อที่อาจสนใจสินค้าหรือบริการของคุณ",
        "sub_cluster": "คลัสเตอร์ย่อย",
        "stage": "ห่วงโซ่คุณค่า",
        "province": "จังหวัด",
        "offers": "สินค้าและบริการ",
        "needs": "สิ่งที่ต้องการ",
        "certifications": "มาตรฐานที่ได้รับ",
        "why": "เหตุผลที่เราแนะนำ",
        "accept": "สนใจ ขอให้แนะนำให้รู้จัก",
        "decline": "ไม่สนใจ",
        "privacy": "ข้อมูลติดต่อของคุณจะถูกเก็บเป็นความลับ เราจะแบ่งปันก็ต่อเมื่อทั้งสองฝ่ายตอบรับเท่านั้น",
        "invitation_intro": "{name} เห็นข้อมูลธุรกิจของคุณใน ClusterLink และสนใจร่วมธุรกิจกับคุณ",
        "introduction_intro": "คุณและ {name} ตอบรับแล้วทั้งสองฝ่าย นี่คือข้อมูลติดต่อ:",
        "introduction_shared": "เราได้ส่งข้อมูลติดต่อของคุณให้อีกฝ่ายแล้วเช่นกัน",
        "contact_name": "ผู้ติดต่อ",
        "email": "อีเมล",
        "phone": "โทรศัพท์",
        "line_id": "ไลน์ไอดี",
        "website": "เว็บไซต์",
        "footer_why": "คุณได้รับอีเมลนี้เพราะธุรกิจของคุณลงทะเบียนกับ ClusterLink",
        "unsubscribe": "ยกเลิกการรับอีเมล",
        "nothing_stated": "ไม่ได้ระบุ",
        "page_title": "ClusterLink",
        "confirm_accept": "ต้องการให้เราแนะนำคุณให้รู้จักกับ {name} หรือไม่",
        "confirm_decline": "ปฏิเสธคำแนะนำ {name} หรือไม่",
        "confirm_unsubscribe": "หยุดส่งอีเมลทั้งหมดของ ClusterLink ไปยัง {email} หรือไม่",
        "confirm_button_accept": "สนใจ ขอให้แนะนำให้รู้จัก",
        "confirm_button_decline": "ปฏิเสธ",
        "confirm_button_unsubscribe": "ยกเลิกการรับอีเมล",
        "done_accept": "ขอบคุณ เมื่อ {name} ตอบรับด้วย เราจะส่งอีเมลแนะนำให้ทั้งสองฝ่ายรู้จักกัน",
        "done_decline": "ขอบคุณ เราจะไม่แนะนำ {name} ให้คุณอีก",
        "done_unsubscribe": "ยกเลิกการรับอีเมลเรียบร้อยแล้ว ClusterLink จะไม่ส่งอีเมลถึงคุณอีก",
        "invalid_link": "ลิงก์นี้ไม่ถูกต้อง กรุณาใช้ลิงก์ตามที่ปรากฏในอีเมล",
        "expired_link": "ลิงก์นี้หมดอายุแล้ว อีเมลฉบับใหม่จาก ClusterLink จะมีลิงก์ใหม่",
        "gone": "คำแนะนำนี้ไม่มีอยู่แล้ว",
        "pair_closed": "ขอบคุณ คำแนะนำนี้ปิดแล้ว จึงจะไม่มีการแนะนำให้รู้จัก",
    },
}


def labels(language: str) -> dict[str, str]:
    return LABELS["th" if language == "th" else "en"]


def sub_cluster_label(code: str, language: str) -> str:
    return SUB_CLUSTERS.get(code, {}).get("th" if language == "th" else "en", code)


def stage_label(code: str, language: str) -> str:
    return STAGES.get(code, {}).get("th" if language == "th" else "en", code)

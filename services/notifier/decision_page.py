"""What an accept or decline page says: the decision recorded now, and a form only where it changes it.

A link in an email is a standing offer ("accept", "decline"), so it must never
flip an answer given since: the page shows the current state, and its form
carries a token bound to that state (`expect`). Posting a form whose state has
moved on, or an old link over a different recorded answer, changes nothing and
gets this page again with the state as it is now.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from services.notifier.answers import NO_DECISION, DecisionState
from services.notifier.rendering import FormView
from services.notifier.tokens import LinkClaims, LinkSigner

_TEXTS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "already_accept": "You have already said yes to {name}. When they also say yes, we email you both.",
        "already_decline": "You have already declined {name}; we will not suggest them to you again.",
        "introduced": "You and {name} have both said yes, and we have introduced you to each other.",
        "closed": "This suggestion is closed, so no introduction can be made.",
        "change_to_accept": "You declined {name} earlier. Would you like an introduction after all?",
        "change_to_decline": "You said yes to {name} earlier. Do you want to decline instead?",
        "button_change_to_accept": "Yes, introduce us after all",
        "button_change_to_decline": "Decline instead",
        "stale": "Your answer was not changed: it is no longer what this page showed. This is the answer now.",
    },
    "th": {
        "already_accept": "คุณได้ตอบรับ {name} แล้ว เมื่ออีกฝ่ายตอบรับด้วย เราจะส่งอีเมลแนะนำให้ทั้งสองฝ่าย",
        "already_decline": "คุณได้ปฏิเสธ {name} แล้ว เราจะไม่แนะนำให้คุณอีก",
        "introduced": "คุณและ {name} ตอบรับทั้งสองฝ่ายแล้ว และเราได้แนะนำให้รู้จักกันแล้ว",
        "closed": "คำแนะนำนี้ปิดแล้ว จึงไม่สามารถแนะนำให้รู้จักได้",
        "change_to_accept": "ก่อนหน้านี้คุณได้ปฏิเสธ {name} ต้องการให้เราแนะนำให้รู้จักหรือไม่",
        "change_to_decline": "ก่อนหน้านี้คุณได้ตอบรับ {name} ต้องการเปลี่ยนเป็นปฏิเสธหรือไม่",
        "button_change_to_accept": "สนใจ ขอให้แนะนำให้รู้จัก",
        "button_change_to_decline": "เปลี่ยนเป็นปฏิเสธ",
        "stale": "คำตอบของคุณไม่ได้ถูกเปลี่ยน เนื่องจากไม่ตรงกับที่หน้านี้แสดงไว้ คำตอบปัจจุบันเป็นดังนี้",
    },
}


def decision_texts(language: str) -> dict[str, str]:
    return _TEXTS.get(language, _TEXTS["en"])


@dataclass(frozen=True)
class DecisionPage:
    messages: list[str]
    form: FormView | None


def may_apply(claims: LinkClaims, state: DecisionState) -> bool:
    """A form applies only over the state it showed; a bare link only where nothing else is recorded.
    Repeating the answer already recorded is harmless (a double click): it applies, and changes nothing."""
    if state.mine == claims.action.value:
        return True
    if claims.expect is not None:
        return claims.expect == state.mine and state.changeable_to(claims.action)
    return state.mine in (NO_DECISION, claims.action.value)


def decision_page(
    signer: LinkSigner,
    claims: LinkClaims,
    state: DecisionState,
    *,
    partner_name: str,
    question: str,
    button: str,
    stale: bool = False,
) -> DecisionPage:
    """The page for this link over the recorded state; `question`/`button` ask for a first answer."""
    t = decision_texts(state.language)
    intro = [t["stale"]] if stale else []
    action = claims.action
    if state.introduced:
        return DecisionPage([*intro, t["introduced"].format(name=partner_name)], None)
    if state.mine == action.value:
        return DecisionPage([*intro, t[f"already_{action.value}"].format(name=partner_name)], None)
    if not state.changeable_to(action):
        return DecisionPage([*intro, t["closed"]], None)
    # The form's token names the state shown, so it cannot act over a later answer.
    form_token = signer.issue(replace(claims, expect=state.mine))
    if state.mine == NO_DECISION:
        return DecisionPage([*intro, question], FormView(action.value, form_token, button))
    change = f"change_to_{action.value}"
    return DecisionPage(
        [*intro, t[change].format(name=partner_name)], FormView(action.value, form_token, t[f"button_{change}"])
    )

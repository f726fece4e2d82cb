"""The coordinator's report as one HTML page: the picture, the gap report per sub-cluster, the chains.

Jinja2 with autoescaping: names and phrases are SMEs' own words and are never
trusted as markup. Only the SVG, which `svg.render_svg` escapes itself, goes in
as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from shared.taxonomy import resolve_province
from shared.value_chain.chains import Chain
from shared.value_chain.gaps import Gap, GapReport
from shared.value_chain.model import Cluster

_TEXT: Final[dict[str, tuple[str, str]]] = {
    "title": ("Value-chain report", "รายงานห่วงโซ่คุณค่า"),
    "parameters": ("Settings", "ค่าที่ใช้"),
    "min_score": ("weakest match that meets a need", "คะแนนจับคู่ต่ำสุดที่ถือว่าตอบความต้องการ"),
    "max_km": ("a supplier is far beyond", "ผู้ขายที่อยู่ไกลเกิน"),
    "definitions": (
        "Suggested links: pairs in the matcher's top-k lists that score at least the threshold. "
        "Established links: pairs both sides accepted and were introduced to each other.",
        "คู่ที่ระบบแนะนำ: คู่ในรายการแนะนำของระบบที่มีคะแนนไม่ต่ำกว่าเกณฑ์ คู่ที่เชื่อมโยงแล้ว: คู่ที่ทั้งสองฝ่ายตอบรับและได้รับการแนะนำให้รู้จักกันแล้ว",
    ),
    "neighbourhoods": ("Neighbourhood drawings", "แผนภาพเครือข่าย"),
    "gap_report": ("Gap report", "รายงานช่องว่าง"),
    "no_gaps": ("No gaps.", "ไม่มีช่องว่าง"),
    "unmet": ("Needs no SME in the cluster offers", "ความต้องการที่ไม่มีผู้ใดในคลัสเตอร์เสนอขาย"),
    "unwanted": ("Offers no SME in the cluster needs", "สิ่งที่เสนอขายแต่ไม่มีผู้ใดในคลัสเตอร์ต้องการ"),
    "far": ("Needs met only by suppliers far away", "ความต้องการที่มีเพียงผู้ขายที่อยู่ไกล"),
    "sme": ("SME", "ผู้ประกอบการ"),
    "province": ("Province", "จังหวัด"),
    "need": ("Need", "ความต้องการ"),
    "offer": ("Offer", "สิ่งที่เสนอขาย"),
    "nearest": ("Closest match", "คู่ที่ใกล้เคียงที่สุด"),
    "supplier": ("Nearest supplier", "ผู้ขายที่ใกล้ที่สุด"),
    "distance": ("Distance", "ระยะทาง"),
    "chains": ("Chains the cluster could form", "ห่วงโซ่ที่คลัสเตอร์สร้างได้"),
    "chains_missing": ("Chains with a missing link", "ห่วงโซ่ที่ขาดข้อต่อ"),
    "no_chains": ("None found.", "ไม่พบ"),
    "no_supplier_of": ("no supplier of", "ไม่มีผู้ขาย"),
    "for": ("for", "ให้"),
}


def _t(lang: str) -> dict[str, str]:
    return {k: (th if lang == "th" else en) for k, (en, th) in _TEXT.items()}


@dataclass(frozen=True)
class NeighbourhoodFile:
    name: str
    file: str


def _region(cluster: Cluster, firm_id: str, lang: str) -> str:
    province = resolve_province(cluster.firm(firm_id).province)
    return province.label(lang) if province else cluster.firm(firm_id).province


def _who(cluster: Cluster, firm_id: str) -> str:
    return f"{cluster.firm(firm_id).name} ({firm_id})"


def _nearest(cluster: Cluster, gap: Gap) -> str:
    if gap.nearest is None:
        return "—"
    return f"{cluster.phrase(gap.nearest.ref).text} — {_who(cluster, gap.nearest.ref.firm_id)}, {gap.nearest.score:.2f}"


def _gap_parts(cluster: Cluster, gaps: GapReport, lang: str) -> list[dict[str, Any]]:
    t = _t(lang)
    parts = []
    for part in gaps.by_sub_cluster:
        tables = [
            {"caption": t["unmet"], "header": [t["sme"], t["province"], t["need"], t["nearest"]],
             "rows": [[_who(cluster, g.ref.firm_id), _region(cluster, g.ref.firm_id, lang), g.text,
                       _nearest(cluster, g)] for g in part.unmet_needs]},
            {"caption": t["unwanted"], "header": [t["sme"], t["province"], t["offer"], t["nearest"]],
             "rows": [[_who(cluster, g.ref.firm_id), _region(cluster, g.ref.firm_id, lang), g.text,
                       _nearest(cluster, g)] for g in part.unwanted_offers]},
            {"caption": f"{t['far']} (> {gaps.max_km:.0f} km)",
             "header": [t["sme"], t["province"], t["need"], t["supplier"], t["distance"]],
             "rows": [[_who(cluster, g.ref.firm_id), _region(cluster, g.ref.firm_id, lang), g.text,
                       _who(cluster, g.nearest.ref.firm_id) if g.nearest else "—",
                       f"{g.distance_km:.0f} km" if g.distance_km is not None else "—"] for g in part.far_needs]},
        ]  # fmt: skip
        parts.append({"name": part.sub_cluster.label(lang), "empty": part.empty, "tables": tables})
    return parts


def chain_text(cluster: Cluster, chain: Chain) -> str:
    return " → ".join(f"{cluster.firm(f).name} ({cluster.firm(f).province})" for f in chain.firm_ids)


def missing_text(cluster: Cluster, chain: Chain, lang: str) -> str:
    """ "no supplier of slaked lime for indigo fermentation for Indigo Paste by Mekong (Nakhon Phanom)" """
    if chain.missing is None:
        return ""
    t, firm = _t(lang), cluster.firm(chain.missing.firm_id)
    return f"{t['no_supplier_of']} “{cluster.phrase(chain.missing).text}” {t['for']} {firm.name} ({firm.province})"


def render_html(
    cluster: Cluster,
    gaps: GapReport,
    chains: tuple[list[Chain], list[Chain]],
    svg: str,
    summary: str,
    *,
    lang: str = "en",
    neighbourhoods: tuple[NeighbourhoodFile, ...] = (),
) -> str:
    env = Environment(
        loader=PackageLoader("shared.value_chain", "templates"),
        autoescape=select_autoescape(["j2"]),
        undefined=StrictUndefined,
    )
    complete, missing = chains
    return env.get_template("report.html.j2").render(
        lang=lang,
        t=_t(lang),
        title=_t(lang)["title"],
        summary=summary,
        gaps=gaps,
        svg=Markup(svg),  # render_svg escapes every string it writes
        neighbourhoods=neighbourhoods,
        gap_parts=_gap_parts(cluster, gaps, lang),
        complete=[{"text": chain_text(cluster, c), "score": f"{c.rank_score:.2f}"} for c in complete],
        missing=[
            {"gap": missing_text(cluster, c, lang), "text": chain_text(cluster, c), "score": f"{c.rank_score:.2f}"}
            for c in missing
        ],
    )

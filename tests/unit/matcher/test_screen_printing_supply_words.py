"""Words of screen-printing suppliers and print shops.

The tools of a print shop come in the kinds a printer names, each a kind of printing machine: screen
frames (บล็อกสกรีน, บล็อกเปล่า), squeegees (ไม้ปาดสี), heat presses and curing dryers; screen mesh is a kind
of mesh and photo emulsion (น้ำยาไวแสง) a chemical, not ink. Re-meshing frames (เปลี่ยนผ้าบล็อก) is screen
making, a kind of printing work; a contract printer offers printing and cut vinyl is transfer film. The
sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("pre-stretched aluminium screen frames, 110 mesh", Side.OFFER, ["screen_frame"]),
        ("บล็อกเปล่า เฟรมไม้", Side.NEED, ["screen_frame"]),
        ("ไม้ปาดสี ยางแข็ง 80", Side.OFFER, ["squeegee"]),
        ("15x15 clamshell heat press", Side.NEED, ["heat_press"]),
        ("conveyor tunnel dryer for plastisol", Side.OFFER, ["print_dryer"]),
        ("polyester screen mesh 77T by the roll", Side.NEED, ["screen_mesh"]),
        ("SBQ photo emulsion, 1 quart", Side.OFFER, ["screen_emulsion"]),
        ("น้ำยาไวแสง อัดบล็อก", Side.NEED, ["screen_emulsion"]),
        ("cut vinyl for names and numbers", Side.OFFER, ["laminate_film"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("re-meshing your old frames", Side.OFFER, "screen_making"),
        ("ใครรับเปลี่ยนผ้าบล็อกเก่าบ้าง", Side.NEED, "screen_making"),
        ("contract printer for 2,000 shirts we supply", Side.NEED, "printing"),
    ],
)
def test_work_is_a_service(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    item = reader.read(text, side).items[0]
    assert (item.head, item.kind.name) == (head, "SERVICE")


def test_the_finer_kinds_are_kinds_of_the_broad_one(reader: PhraseReader) -> None:
    g = reader.glossary
    assert all(g.is_a(k, "printing_machine") for k in ("screen_frame", "squeegee", "heat_press", "print_dryer"))
    assert (
        g.is_a("screen_mesh", "mesh") and g.is_a("screen_making", "printing") and not g.is_a("screen_emulsion", "ink")
    )

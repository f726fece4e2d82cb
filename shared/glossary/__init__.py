"""Bilingual (Thai/English) textile glossary shared by the services.

The data file `textile_glossary.json` maps the words SMEs use for goods along
the textile value chain — growers' stems and cocoons, fibre, yarn, fabric,
finishing services, garments, hospital, spa and hotel textiles, waste — onto
shared concept ids, so "เส้นด้ายฝ้ายออร์แกนิก" and "organic cotton yarn" read
as the same concepts. `load_glossary().tag(text)` cuts Thai or English text into
glossary terms, cue words, unknown words and phrase breaks.
"""

from shared.native import compiled_first

__path__ = compiled_first(__name__, __path__)  # the compiled word cutter, where built: before any module loads

from shared.glossary.glossary import (
    BRACKET_CLOSE,
    BRACKET_OPEN,
    SENTENCE_END,
    Glossary,
    GlossaryError,
    Span,
    build_glossary,
    load_glossary,
)
from shared.glossary.model import Concept, ConceptKind, CueKind, Term
from shared.glossary.tokens import TokenKind

__all__ = [
    "BRACKET_CLOSE",
    "BRACKET_OPEN",
    "SENTENCE_END",
    "Concept",
    "ConceptKind",
    "CueKind",
    "Glossary",
    "GlossaryError",
    "Span",
    "Term",
    "TokenKind",
    "build_glossary",
    "load_glossary",
]

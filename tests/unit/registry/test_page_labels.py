"""Every form control on the entrepreneur pages and the dashboard has a label (WCAG 2.1 1.3.1, 3.3.2):
its `id` is named by a `<label for>` of the same template, so screen readers announce it and a tap
on the label reaches it. Read from the templates, whose ids are often Jinja expressions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clusterlink.paths import REPO_ROOT

TEMPLATES = sorted(
    [
        *(REPO_ROOT / "services" / "registry" / "pages" / "templates").glob("*.j2"),
        *(REPO_ROOT / "services" / "registry" / "dashboard" / "templates").glob("*.j2"),
    ]
)
_CONTROL = re.compile(r"<(input|select|textarea)\b((?:[^>{]|\{\{.*?\}\}|\{%.*?%\})*)>", re.DOTALL)
_ID = re.compile(r'\bid="([^"]+)"')


def unlabelled(template_text: str) -> list[str]:
    """The controls of a template that no `<label for>` of it names (hidden inputs need none)."""
    missing = []
    for kind, attributes in _CONTROL.findall(template_text):
        if re.search(r'\btype="hidden"', attributes):
            continue
        found = _ID.search(attributes)
        if found is None or f'for="{found.group(1)}"' not in template_text:
            missing.append(f"<{kind}{attributes[:60]}…>")
    return missing


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: f"{t.parent.parent.name}/{t.name}")
def test_every_visible_form_control_has_a_label(template: Path) -> None:
    assert unlabelled(template.read_text(encoding="utf-8")) == []


def test_the_check_finds_a_control_without_a_label() -> None:
    page = '<label for="f-name">Name</label><input id="f-name" name="name"><input type="email" id="f-mail">'
    assert unlabelled(page) == ['<input type="email" id="f-mail"…>']
    assert unlabelled('<input type="hidden" name="csrf_token" value="{{ csrf }}">') == []
    assert len(unlabelled('<select name="{{ name }}">')) == 1  # no id: no label can name it

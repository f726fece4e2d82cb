"""The Jinja2 set-up both of the registry's web parts use: the entrepreneur pages and the dashboard.

Autoescaping on for every template (their names end in `.j2`, which `select_autoescape`
would not match), undefined names are errors, and the same filters everywhere.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from shared.taxonomy import Stage, SubCluster, resolve_province


def option_of(choice: SubCluster | Stage, lang: str) -> tuple[str, str]:
    return choice.value, choice.label(lang)


def province_label(name: str, lang: str) -> str:
    province = resolve_province(name)
    return province.label(lang) if province is not None else name


@lru_cache(maxsize=4)
def environment(package: str) -> Environment:
    """The templates in `<package>/templates`, one environment per package, made once."""
    env = Environment(
        loader=PackageLoader(package, "templates"),
        autoescape=True,  # every template: user text is escaped wherever it goes
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["option_of"] = option_of
    env.filters["province_label"] = province_label
    return env

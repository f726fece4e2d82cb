"""The SME filters of a query (sub-cluster, stage, province), read once for every page that takes them."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query

from services.registry.dashboard.catalogue import Chosen
from services.registry.dashboard.guard import Refused
from services.registry.text import clean
from shared.taxonomy import Stage, SubCluster, resolve_province

FilterText = Annotated[str | None, Query(max_length=80)]


def chosen_filters(sub_cluster: FilterText = None, stage: FilterText = None, province: FilterText = None) -> Chosen:
    """The filters of a query; an unknown value is refused with 422 naming the filter."""
    sub_cluster, stage, province = (value or None for value in (sub_cluster, stage, province))
    if sub_cluster is not None and sub_cluster not in set(SubCluster):
        raise Refused(422, "bad_filter", field="sub_cluster", reason="is not one of the five sub-clusters")
    if stage is not None and stage not in set(Stage):
        raise Refused(422, "bad_filter", field="stage", reason="is not upstream, midstream or downstream")
    found = None
    if province is not None:
        try:
            found = resolve_province(clean(province))
        except ValueError:
            found = None
        if found is None:
            raise Refused(422, "bad_filter", field="province", reason="is not one of Thailand's 77 provinces")
    return Chosen(sub_cluster, stage, found.name_en if found else None)


Filters = Annotated[Chosen, Depends(chosen_filters)]

"""The event models document themselves (every field described) and keep their wire format."""

from __future__ import annotations

import inspect
import json

import pytest
from pydantic import BaseModel, ValidationError

from shared import events
from shared.taxonomy import Stage, SubCluster


def _models() -> list[type[BaseModel]]:
    return [
        obj
        for _, obj in inspect.getmembers(events, inspect.isclass)
        if issubclass(obj, BaseModel) and obj.__module__ == events.__name__
    ]


@pytest.mark.parametrize("model", _models(), ids=lambda m: m.__name__)
def test_every_event_field_has_a_description(model: type[BaseModel]) -> None:
    missing = [name for name, info in model.model_fields.items() if not info.description]

    assert missing == [], f"{model.__name__}: no description for {', '.join(missing)}"


def test_sub_cluster_and_stage_are_the_taxonomy_enums_with_the_same_strings_on_the_wire() -> None:
    line = {
        "id": "sme-ก42",
        "name": "วิสาหกิจชุมชนทอผ้าครามบ้านดอนกอย",
        "sub_cluster": "ageing_lifestyle_isan",
        "stage": "midstream",
        "province": "Sakon Nakhon",
        "contact_email": "owner@example.com",
        "language": "th",
    }
    event = events.SmeProfileChangedV1(sme_id="sme-ก42", version=1, profile=events.SmeProfileV1(**line))

    assert event.profile.sub_cluster is SubCluster.AGEING_LIFESTYLE_ISAN
    assert event.profile.stage is Stage.MIDSTREAM
    wire = json.loads(event.to_bytes())
    assert wire["profile"]["sub_cluster"] == "ageing_lifestyle_isan"
    assert wire["profile"]["stage"] == "midstream"
    assert wire["profile"]["name"] == line["name"]
    assert events.SmeProfileChangedV1.model_validate_json(event.to_bytes()) == event


def test_an_unknown_sub_cluster_is_refused_by_name() -> None:
    with pytest.raises(ValidationError) as raised:
        events.SmeProfileV1(
            id="x", name="x", sub_cluster="textiles", stage="upstream", province="Chiang Mai",
            contact_email="a@example.com", language="en",
        )  # fmt: skip

    assert "sub_cluster" in str(raised.value)

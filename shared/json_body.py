"""Read a JSON request body into a model, and refuse it naming the field and the reason.

The services answer a body they cannot take the way the registry does: a 4xx
with `{"code", "message", "errors": [{"field", "reason"}]}`, never FastAPI's
bare "There was an error parsing the body" and never a 5xx:

- nested too deeply, a number longer than Python reads, bytes that are not
  UTF-8: 400 naming `(body)`;
- not JSON, empty, not a JSON object (or not sent as JSON), a key repeated in
  one object (parsers disagree on which one counts): 422;
- a string holding a lone surrogate (it cannot be written back as UTF-8): 422
  naming its field;
- the model's own validation errors: 422 naming each field (`profiles[0].stage`);
- a body over the size limit (`shared.body_limit`): 413.
"""

from __future__ import annotations

import asyncio
import email.message
import json
import sys
from dataclasses import dataclass
from typing import Any, TypeVar

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError
from starlette.exceptions import HTTPException

from shared.json_keys import DUPLICATE_REASON, DuplicateKey, loads_unique

M = TypeVar("M", bound=BaseModel)

_CODES = {400: "bad_request", 413: "body_too_large", 422: "validation_failed"}
BODY = "(body)"
SURROGATE_REASON = "contains an invalid character (lone surrogate)"
NOT_AN_OBJECT = "is not a JSON object (send one, as Content-Type: application/json)"


@dataclass(frozen=True, slots=True)
class FieldProblem:
    field: str
    reason: str


class BodyRefused(Exception):
    """A request body refused, with the status and the fields to name."""

    def __init__(
        self, status: int, message: str, errors: list[FieldProblem], headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors
        self.headers = headers

    def response(self) -> JSONResponse:
        return problem_response(self.status, self.message, self.errors, self.headers)


def problem_response(
    status: int, message: str, errors: list[FieldProblem] | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = {
        "code": _CODES.get(status, "error"),
        "message": message,
        "errors": [{"field": e.field, "reason": e.reason} for e in errors or []],
    }
    return JSONResponse(body, status_code=status, headers=headers)


def field_path(loc: tuple[int | str, ...]) -> str:
    """`("profiles", 0, "stage")` → `profiles[0].stage`; `()` → `(body)`."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path or BODY


def _is_json(content_type: str | None) -> bool:
    """As FastAPI decides: no Content-Type, `application/json` or `application/*+json`."""
    if not content_type:
        return True
    message = email.message.Message()
    message["content-type"] = content_type
    subtype = message.get_content_subtype()
    return message.get_content_maintype() == "application" and (subtype == "json" or subtype.endswith("+json"))


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _writable(text: str) -> str:
    """`text` as it can be written back in an answer: a lone surrogate becomes "?"."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _surrogate_at(value: Any) -> tuple[int | str, ...] | None:
    """Where a string (or key) holding a lone surrogate is. Walked without recursion, so no nesting the
    parser accepted can make the walk itself fail."""
    todo: list[tuple[tuple[int | str, ...], Any]] = [((), value)]
    while todo:
        loc, item = todo.pop()
        if isinstance(item, str):
            if _has_surrogate(item):
                return loc
        elif isinstance(item, dict):
            for key, inner in item.items():
                if _has_surrogate(key):
                    return (*loc, _writable(key))
                todo.append(((*loc, key), inner))
        elif isinstance(item, list):
            todo.extend(((*loc, i), inner) for i, inner in enumerate(item))
    return None


def _unreadable(reason: str) -> BodyRefused:
    return BodyRefused(400, "the request body is not valid JSON", [FieldProblem(BODY, reason)])


def _invalid(field: str, reason: str) -> BodyRefused:
    return BodyRefused(422, "the request is not valid", [FieldProblem(field, reason)])


def parse_json_object(raw: bytes, content_type: str | None) -> dict[str, Any]:
    """The JSON object in `raw`, or `BodyRefused` saying why not."""
    if not _is_json(content_type):
        raise _invalid(BODY, NOT_AN_OBJECT)
    if not raw.strip():
        raise _invalid(BODY, "is empty; send a JSON object")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _unreadable("is not valid UTF-8") from exc
    try:
        value = loads_unique(text)
    except DuplicateKey as exc:
        raise _invalid(_writable(exc.key), DUPLICATE_REASON) from exc
    except RecursionError as exc:
        raise _unreadable("is nested too deeply") from exc
    except json.JSONDecodeError as exc:
        raise _invalid(BODY, f"is not valid JSON ({exc.msg})") from exc
    except ValueError as exc:  # "Exceeds the limit (4300 digits) for integer string conversion"
        raise _unreadable(f"holds a number longer than {sys.get_int_max_str_digits()} digits") from exc
    if not isinstance(value, dict):
        raise _invalid(BODY, NOT_AN_OBJECT)
    where = _surrogate_at(value)
    if where is not None:
        raise _invalid(field_path(where), SURROGATE_REASON)
    return value


def validation_problems(exc: ValidationError) -> list[FieldProblem]:
    """Pydantic's errors as field paths and reasons, in the order they were found."""
    return [
        FieldProblem(field_path(tuple(error["loc"])), str(error["msg"]).removeprefix("Value error, "))
        for error in exc.errors(include_url=False, include_input=False)
    ]


def model_of(raw: bytes, content_type: str | None, model: type[M]) -> M:
    """The body `raw` as `model`, or `BodyRefused` naming each field and the reason."""
    value = parse_json_object(raw, content_type)
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        raise BodyRefused(422, "the request is not valid", validation_problems(exc)) from exc


async def read_model(request: Request, model: type[M]) -> M:
    """The request's JSON body as `model`, or `BodyRefused` (413 too, when `BodySizeLimit` stops it).

    Parsed in a worker thread: a body of megabytes takes a second to read and check."""
    try:
        raw = await request.body()
    except HTTPException as exc:
        if exc.status_code != 413:
            raise
        raise BodyRefused(413, str(exc.detail), [], headers=dict(exc.headers or {})) from exc
    return await asyncio.to_thread(model_of, raw, request.headers.get("content-type"), model)

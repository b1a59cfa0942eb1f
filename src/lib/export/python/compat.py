"""What differs between versions of FastAPI's stack, in one place, so that main.py reads
the same on all: `pip install "fastapi[standard]"` gives Pydantic 2 and a recent Starlette,
Debian's python3-fastapi gives Pydantic 1.10 and an older Starlette. Everything else in
this project is plain FastAPI.

The error *types* differ between Pydantic 1 and 2 (`value_error.missing` where Pydantic 2
says `missing`), but every error's `loc` is the same.
"""
import math
from inspect import signature

from fastapi import Query
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from pydantic import VERSION, BaseModel, ValidationError

PYDANTIC_2 = VERSION.startswith("2.")
# Recent Starlette answers Chrome's private-network preflight itself when asked to (and
# refuses it otherwise); older Starlette leaves the answer to a middleware of ours.
CORS_KNOWS_PRIVATE_NETWORK = "allow_private_network" in signature(CORSMiddleware).parameters
SCHEMA_REF = "#/components/schemas/{model}"

if PYDANTIC_2:
    from typing import Annotated

    from pydantic import ConfigDict, Field, conlist

    # Strict: a JSON number only ("5.1" as text is refused, as the playground refuses it).
    Measurement = Annotated[
        float, Field(strict=True, allow_inf_nan=False, description="A measurement in cm.")
    ]

    def list_of(item, least, most):
        return conlist(item, min_length=least, max_length=most)

    class StrictModel(BaseModel):
        """Refuses unknown fields (`extra_forbidden`), as the playground does."""

        model_config = ConfigDict(extra="forbid")

    def _validate(model, value):
        return model.model_validate(value)

    _REFUSALS = ValidationError

    def _json_safe(value):
        # JSON has no infinity: the input 1e999 is shown as null, as the playground shows it
        # (FastAPI would fail to write its own 422 otherwise).
        return None if isinstance(value, float) and not math.isfinite(value) else value

    def _errors(error, prefix):
        return [
            {**entry, "loc": (*prefix, *entry["loc"]), "input": _json_safe(entry["input"])}
            for entry in error.errors(include_url=False)
        ]

    def _schema(model):
        return model.model_json_schema(ref_template=SCHEMA_REF), "$defs"

else:
    from pydantic import conlist
    from pydantic.error_wrappers import ErrorWrapper

    class Measurement(float):
        """A measurement in cm: a finite JSON number (not text, not true/false)."""

        @classmethod
        def __get_validators__(cls):
            yield cls.check

        @classmethod
        def __modify_schema__(cls, schema):
            schema.update(type="number", description="A measurement in cm.")

        @classmethod
        def check(cls, value):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError("value is not a valid number")
            if not math.isfinite(value):
                raise ValueError("ensure this value is a finite number")
            return float(value)

    def list_of(item, least, most):
        return conlist(item, min_items=least, max_items=most)

    class StrictModel(BaseModel):
        """Refuses unknown fields (`extra_forbidden`), as the playground does."""

        class Config:
            extra = "forbid"

    def _validate(model, value):
        # BaseModel.validate, unlike parse_obj, reports a body that is not an object at
        # the body itself rather than at `__root__`, as FastAPI does.
        return model.validate(value)

    # ValidationError is a ValueError; a body that is not an object raises a TypeError.
    _REFUSALS = (TypeError, ValueError)

    def _errors(error, prefix):
        return [ErrorWrapper(error, loc=prefix)]

    def _schema(model):
        return model.schema(ref_template=SCHEMA_REF), "definitions"


def validate_body(model, value):
    """The body as `model`, or FastAPI's own 422 with each error's loc under "body"."""
    try:
        return _validate(model, value)
    except _REFUSALS as error:
        raise RequestValidationError(_errors(error, ("body",)), body=value) from None


def invalid(loc, message, value):
    """FastAPI's 422 for one value that the models alone cannot judge."""
    if PYDANTIC_2:
        entry = {"type": "value_error", "loc": loc, "msg": f"Value error, {message}", "input": value}
        return RequestValidationError([entry])
    return RequestValidationError([ErrorWrapper(ValueError(message), loc=loc)])


def query_matching(pattern, **options):
    """A query parameter that must match `pattern` (FastAPI renamed regex= to pattern=)."""
    key = "pattern" if "pattern" in signature(Query).parameters else "regex"
    return Query(None, **{key: pattern}, **options)


def component_schemas(*models):
    """The JSON schemas of `models` and of the models they use, for the OpenAPI document."""
    schemas = {}
    for model in models:
        schema, nested = _schema(model)
        schemas.update(schema.pop(nested, {}))
        schemas[model.__name__] = schema
    return schemas


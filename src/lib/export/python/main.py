"""An iris classifier served with FastAPI, exported from the Iris MLOps Playground.

It answers the same paths, bodies and errors as the playground's own API, for the one
model version in weights.json. Run it with `uvicorn main:app --reload` and open
http://127.0.0.1:8000/docs.
"""
import json
import math
from pathlib import Path
from typing import Any, Dict, List, Literal, Optional, Union

from fastapi import Body, FastAPI, HTTPException, Query, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel

from compat import (
    CORS_KNOWS_PRIVATE_NETWORK,
    Measurement,
    StrictModel,
    component_schemas,
    invalid,
    list_of,
    query_matching,
    validate_body,
)
from model import IrisModel

HERE = Path(__file__).parent
model = IrisModel.load(HERE / "weights.json")
EXPORT = json.loads((HERE / "export.json").read_text(encoding="utf-8"))

FEATURE_NAMES = ("sepal_length", "sepal_width", "petal_length", "petal_width")
MAX_INSTANCES = 10_000
ALIAS_PATTERN = r"^[A-Za-z_][A-Za-z0-9_-]*$"
MAX_BODY_BYTES = 1024 * 1024

# The four request bodies the playground takes (its API.md, "Registry").

Row = list_of(Measurement, 4, 4)


class FeaturesBody(StrictModel):
    features: Row


class NamedFeaturesBody(StrictModel):
    sepal_length: Measurement
    sepal_width: Measurement
    petal_length: Measurement
    petal_width: Measurement


class InstancesBody(StrictModel):
    instances: list_of(Row, 1, MAX_INSTANCES)


class DataFrameSplit(StrictModel):
    columns: list_of(Literal[FEATURE_NAMES], 4, 4)
    data: list_of(List[Measurement], 1, MAX_INSTANCES)


class DataframeSplitBody(StrictModel):
    """MLflow's format: the columns named once, then rows of values in that order."""

    dataframe_split: DataFrameSplit


BODIES = (FeaturesBody, NamedFeaturesBody, InstancesBody, DataframeSplitBody)


def body_form(value):
    """The body form a client meant, judged by its keys, so that a 422 speaks of that one."""
    if not isinstance(value, dict):
        return FeaturesBody
    if "instances" in value:
        return InstancesBody
    if "dataframe_split" in value:
        return DataframeSplitBody
    if any(name in value for name in FEATURE_NAMES):
        return NamedFeaturesBody
    return FeaturesBody


def rows_of(body):
    """Rows of measurements in FEATURE_NAMES order, and whether the client sent a batch."""
    if isinstance(body, FeaturesBody):
        return [body.features], False
    if isinstance(body, NamedFeaturesBody):
        return [[getattr(body, name) for name in FEATURE_NAMES]], False
    if isinstance(body, InstancesBody):
        return body.instances, True
    frame = body.dataframe_split
    if len(set(frame.columns)) != len(frame.columns):
        raise invalid(("body", "dataframe_split", "columns"), "columns must not repeat", frame.columns)
    if any(len(row) != len(frame.columns) for row in frame.data):
        message = "every row of data must have one value per column"
        raise invalid(("body", "dataframe_split", "data"), message, frame.data)
    order = [frame.columns.index(name) for name in FEATURE_NAMES]
    return [[row[j] for j in order] for row in frame.data], True


# The answers.


class Prediction(BaseModel):
    prediction: str
    class_index: int
    score: float
    probabilities: Dict[str, float]


class SinglePrediction(Prediction):
    model: str
    version: int


class BatchPrediction(BaseModel):
    predictions: List[Prediction]
    model: str
    version: int


class ErrorMessage(BaseModel):
    detail: str


def round6(p):
    # To 6 decimals as the playground rounds (JavaScript's Math.round: halves go up).
    return math.floor(p * 1e6 + 0.5) / 1e6


def predictions(rows):
    out = []
    for raw in model.probabilities(rows):
        probabilities = [round6(float(p)) for p in raw]
        index = max(range(len(probabilities)), key=probabilities.__getitem__)
        out.append(
            {
                "prediction": model.class_names[index],
                "class_index": index,
                "score": probabilities[index],
                "probabilities": dict(zip(model.class_names, probabilities)),
            }
        )
    return out


def check_version(name, version, alias):
    """404 unless the request names this model and, if any, this version or one of its aliases."""
    if name != model.name:
        raise HTTPException(404, f"Registered model '{name}' not found")
    if version is not None and version != model.version:
        raise HTTPException(404, f"Version {version} of model '{name}' not found")
    if alias is not None and alias not in model.aliases:
        raise HTTPException(404, f"Alias '{alias}' not found for model '{name}'")


app = FastAPI(
    title=f"{model.name} v{model.version}: iris classifier",
    version=EXPORT["app_version"],
    description=(
        "Exported from the Iris MLOps Playground: the same predict endpoint, bodies and "
        "answers, served by FastAPI and NumPy."
    ),
)

# The playground's pages may call this server from the browser (Settings, API base URL):
# the origin it was exported from, and any page served from this machine.
cors = {
    "allow_origins": EXPORT["playground_origins"],
    "allow_origin_regex": r"https?://(localhost|127\.0\.0\.1)(:\d+)?",
    "allow_methods": ["*"],
    "allow_headers": ["*"],
    "expose_headers": ["X-Model-Version"],
}
if CORS_KNOWS_PRIVATE_NETWORK:
    cors["allow_private_network"] = True
app.add_middleware(CORSMiddleware, **cors)

if not CORS_KNOWS_PRIVATE_NETWORK:

    @app.middleware("http")
    async def allow_private_network(request: Request, call_next):
        """Chrome asks before a public page (GitHub Pages) may call a server on this machine."""
        response = await call_next(request)
        asked = request.headers.get("Access-Control-Request-Private-Network") == "true"
        if request.method == "OPTIONS" and asked and response.status_code == 200:
            response.headers["Access-Control-Allow-Private-Network"] = "true"
        return response


@app.get("/api/health", tags=["service"], summary="Health check")
def health():
    return {"status": "ok", "version": EXPORT["app_version"], "tf_backend": "numpy"}


@app.post(
    "/api/models/{name}/predict",
    tags=["serving"],
    summary="Predict the species of one or more flowers",
    response_model=Union[SinglePrediction, BatchPrediction],
    responses={
        404: {"model": ErrorMessage, "description": "Another model, version or alias."},
        415: {"model": ErrorMessage, "description": "The body is not application/json."},
    },
    # The body is read as JSON and then checked against the form its keys name (body_form),
    # so these four schemas are documented here rather than declared as a Union.
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"anyOf": [{"$ref": f"#/components/schemas/{b.__name__}"} for b in BODIES]},
                    "example": {"features": [5.1, 3.5, 1.4, 0.2]},
                }
            },
        }
    },
)
def predict(
    request: Request,
    response: Response,
    name: str,
    version: Optional[int] = Query(None, ge=1, description="A version number."),
    alias: Optional[str] = query_matching(ALIAS_PATTERN, description="An alias such as champion."),
    body: Any = Body(...),
):
    if version is not None and alias is not None:
        raise invalid(("query", "alias"), "give version or alias, not both", alias)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        raise HTTPException(415, "Unsupported Media Type")
    if int(request.headers.get("content-length") or 0) > MAX_BODY_BYTES:
        raise HTTPException(413, "Request Entity Too Large")
    rows, batch = rows_of(validate_body(body_form(body), body))
    check_version(name, version, alias)
    served = {"model": model.name, "version": model.version}
    response.headers["X-Model-Version"] = f"{model.name}/{model.version}"
    answers = predictions(rows)
    return {"predictions": answers, **served} if batch else {**answers[0], **served}


def openapi():
    if app.openapi_schema is None:
        document = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        schemas.update(component_schemas(*BODIES))
        app.openapi_schema = document
    return app.openapi_schema


app.openapi = openapi

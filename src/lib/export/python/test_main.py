"""Checks this server against the playground it came from: the answers the playground gave
for the 150 iris rows when it exported this version (expected.json), in each of the four
body forms, and the same refusals. Run it with `python -m pytest`."""
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from main import FEATURE_NAMES, app, model

client = TestClient(app)
EXPECTED = json.loads((Path(__file__).parent / "expected.json").read_text(encoding="utf-8"))
PREDICT = f"/api/models/{model.name}/predict"
ROWS = [case["features"] for case in EXPECTED["rows"]]


def assert_same(answer, case):
    assert answer["prediction"] == case["prediction"]
    assert answer["class_index"] == case["class_index"]
    assert answer["probabilities"] == pytest.approx(case["probabilities"], abs=1e-5)


def test_health():
    answer = client.get("/api/health")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok"


@pytest.mark.parametrize("form", ["features", "named"])
def test_every_iris_row_gets_the_playground_answer(form):
    for case in EXPECTED["rows"]:
        features = case["features"]
        body = {"features": features} if form == "features" else dict(zip(FEATURE_NAMES, features))
        answer = client.post(PREDICT, json=body)
        assert answer.status_code == 200
        assert answer.headers["X-Model-Version"] == f"{model.name}/{model.version}"
        assert_same(answer.json(), case)
        assert answer.json()["model"] == model.name
        assert answer.json()["version"] == model.version


def test_a_batch_answers_every_row_in_order():
    reversed_columns = list(reversed(FEATURE_NAMES))
    frame = {"columns": reversed_columns, "data": [list(reversed(row)) for row in ROWS]}
    for body in ({"instances": ROWS}, {"dataframe_split": frame}):
        answer = client.post(PREDICT, json=body)
        assert answer.status_code == 200
        predictions = answer.json()["predictions"]
        assert len(predictions) == len(EXPECTED["rows"])
        for predicted, case in zip(predictions, EXPECTED["rows"]):
            assert_same(predicted, case)


@pytest.mark.parametrize(
    "body, loc",
    [
        ({"features": [1, 2, 3]}, ["body", "features"]),
        ({"features": [1, 2, 3, 4, 5]}, ["body", "features"]),
        ({"features": [1, "x", 3, 4]}, ["body", "features", 1]),
        ({"features": [1, 2, 3, 4], "colour": "blue"}, ["body", "colour"]),
        ({"sepal_length": 1, "sepal_width": 2, "petal_length": 3}, ["body", "petal_width"]),
        ({}, ["body", "features"]),
        ({"instances": []}, ["body", "instances"]),
        ([1, 2, 3, 4], ["body"]),
    ],
)
def test_a_bad_body_gets_422_where_the_playground_points(body, loc):
    answer = client.post(PREDICT, json=body)
    assert answer.status_code == 422
    assert [error["loc"] for error in answer.json()["detail"]] == [loc]


def test_another_model_or_version_is_not_here():
    body = {"features": ROWS[0]}
    assert client.post(f"{PREDICT}?version={model.version}", json=body).status_code == 200
    assert client.post(f"{PREDICT}?version={model.version + 1}", json=body).status_code == 404
    assert client.post(f"{PREDICT}?alias=no_such_alias", json=body).status_code == 404
    assert client.post("/api/models/no-such-model/predict", json=body).status_code == 404


def test_the_docs_are_served():
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/models/{name}/predict" in paths

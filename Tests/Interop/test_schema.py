"""The published JSON Schema validates catalog.json and rejects broken documents."""
import copy
import json

import jsonschema
import pytest


@pytest.fixture(scope="module")
def validator(served):
    _, site = served
    schema = json.loads((site / "catalog.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_validates_the_built_catalog(validator, catalog):
    errors = list(validator.iter_errors(catalog))
    assert errors == [], [f"{e.json_path}: {e.message}" for e in errors[:5]]
    print(f"catalog.json: {len(catalog['models'])} models valid against catalog.schema.json")


def broken(catalog, change):
    document = copy.deepcopy(catalog)
    change(document)
    return document


def first_priced_endpoint(document):
    for model in document["models"]:
        for endpoint in model["endpoints"]:
            if "prompt" in endpoint["pricing"]:
                return endpoint
    raise AssertionError("no priced endpoint")


@pytest.mark.parametrize("name, change", [
    ("price as a JSON number", lambda d: first_priced_endpoint(d)["pricing"].__setitem__("prompt", 0.000003)),
    ("negative price", lambda d: first_priced_endpoint(d)["pricing"].__setitem__("prompt", "-0.000003")),
    ("price in exponent notation", lambda d: first_priced_endpoint(d)["pricing"].__setitem__("prompt", "3e-6")),
    ("models missing", lambda d: d.pop("models")),
    ("model id not canonical", lambda d: d["models"][0].__setitem__("id", "Not A/Canonical Id")),
    ("endpoint without provider", lambda d: d["models"][0]["endpoints"][0].pop("provider")),
    ("context length as a string", lambda d: d["models"][0].__setitem__("context_length", "128k")),
    ("capability not a boolean", lambda d: d["models"][0]["capabilities"].__setitem__("tools", "yes")),
])
def test_schema_rejects_broken_documents(validator, catalog, name, change):
    errors = list(validator.iter_errors(broken(catalog, change)))
    assert errors, f"{name}: the schema accepted a broken document"

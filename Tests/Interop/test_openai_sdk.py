"""The official openai SDK, pointed at `modelcat serve`, lists every model of the catalog."""
import openai


def test_models_list_returns_every_catalog_model(served, catalog):
    base, _ = served
    client = openai.OpenAI(base_url=base + "/api/v1", api_key="not-needed", max_retries=0)
    listed = [model.id for model in client.models.list()]
    expected = [model["id"] for model in catalog["models"]]
    assert sorted(listed) == sorted(expected)
    assert len(listed) == len(set(listed))
    print(f"openai SDK {openai.__version__}: models.list() returned {len(listed)} models")


def test_model_entries_carry_gateway_fields(served):
    base, _ = served
    client = openai.OpenAI(base_url=base + "/api/v1", api_key="not-needed", max_retries=0)
    first = next(iter(client.models.list()))
    extra = first.model_extra or {}
    assert "pricing" in extra and "architecture" in extra and "context_length" in extra

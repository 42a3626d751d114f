"""LiteLLM, with LITELLM_MODEL_COST_MAP_URL at the served export, prices usage exactly as it
does from the source data (the raw LiteLLM snapshot of the catalog), for 500+ models,
including cache reads, cache writes and tiered prices."""
import json
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def price(url, cases):
    env = dict(os.environ)
    env["LITELLM_MODEL_COST_MAP_URL"] = url
    env.pop("LITELLM_LOCAL_MODEL_COST_MAP", None)
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        result = subprocess.run([sys.executable, str(HERE / "litellm_costs.py"), out.name], input=json.dumps(cases),
                                capture_output=True, text=True, env=env, timeout=600)
        assert result.returncode == 0, result.stderr[-2000:]
        return json.loads(pathlib.Path(out.name).read_text())


def cases_for(source, export):
    """Usages per model: plain, with cache reads and writes, and above a 200k tier when the model has one."""
    cases = []
    for key in sorted(export):
        entry = source.get(key)
        if not isinstance(entry, dict) or entry.get("mode") != "chat":
            continue
        if "input_cost_per_token" not in entry or "output_cost_per_token" not in entry:
            continue
        cases.append({"model": key, "usage": {"prompt_tokens": 1200, "completion_tokens": 300}})
        if "cache_read_input_token_cost" in entry and "cache_creation_input_token_cost" in entry:
            cases.append({"model": key, "usage": {"prompt_tokens": 5000, "completion_tokens": 200,
                                                  "cache_read_input_tokens": 3000, "cache_creation_input_tokens": 1000}})
        if any(k.startswith("input_cost_per_token_above_200k") for k in entry):
            cases.append({"model": key, "usage": {"prompt_tokens": 250_000, "completion_tokens": 1000}})
    return cases


def test_litellm_prices_from_the_export_as_from_the_source(served, source_map_server):
    base, site = served
    export = json.loads((site / "exports/litellm/model_prices_and_context_window.json").read_text())
    source = json.loads((ROOT / "catalog/sources/litellm.json").read_text())
    cases = cases_for(source, export)
    models = {case["model"] for case in cases}
    assert len(models) >= 500, len(models)

    ours = price(base + "/exports/litellm/model_prices_and_context_window.json", cases)
    theirs = price(source_map_server, cases)
    # LiteLLM really loaded our export (its bundled backup has a sample_spec entry; ours has none).
    assert not ours["has_sample_spec"] and ours["map_size"] == len(export)
    assert theirs["has_sample_spec"]

    differ = [(c["model"], c["usage"], a, b) for c, a, b in zip(cases, ours["costs"], theirs["costs"]) if a != b]
    assert differ == [], differ[:5]
    # Models LiteLLM cannot price from either map (a provider prefix it does not route) do not count.
    priced = {c["model"] for c, a in zip(cases, ours["costs"]) if not a.startswith("error")}
    unpriced = sorted({c["model"] for c, a in zip(cases, ours["costs"]) if a.startswith("error")})
    print(f"LiteLLM cannot price {len(unpriced)} models from either map, e.g. {unpriced[:3]}")
    assert len(priced) >= 500, len(priced)
    models = priced
    tiered = sum(1 for c in cases if c["usage"]["prompt_tokens"] == 250_000)
    cached = sum(1 for c in cases if "cache_read_input_tokens" in c["usage"])
    print(f"LiteLLM {len(models)} models, {len(cases)} usages ({cached} with cache, {tiered} above a 200k tier): identical costs")


def test_a_cost_checked_by_hand(served):
    base, _ = served
    cases = [{"model": "claude-sonnet-4-5-20250929", "usage": {"prompt_tokens": 1_000_000, "completion_tokens": 100_000}}]
    ours = price(base + "/exports/litellm/model_prices_and_context_window.json", cases)
    # 1M input tokens at 3 USD per 1M plus 100k output tokens at 15 USD per 1M.
    assert abs(float(ours["costs"][0]) - 4.5) < 1e-9

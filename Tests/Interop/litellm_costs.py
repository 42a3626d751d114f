"""Run in a fresh process: import LiteLLM with LITELLM_MODEL_COST_MAP_URL set by the caller,
price the usages read from stdin with litellm.cost_per_token, write the costs as JSON to the
file named by the first argument (LiteLLM prints notices on stdout)."""
import json
import sys

import litellm

cases = json.load(sys.stdin)
out = {"map_size": len(litellm.model_cost), "has_sample_spec": "sample_spec" in litellm.model_cost, "costs": []}
for case in cases:
    try:
        prompt, completion = litellm.cost_per_token(model=case["model"], **case["usage"])
        out["costs"].append(repr(prompt + completion))
    except Exception as error:  # a model LiteLLM cannot price is reported, not hidden
        out["costs"].append(f"error: {type(error).__name__}")
with open(sys.argv[1], "w") as file:
    json.dump(out, file)

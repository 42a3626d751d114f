"""Generates a synthetic catalog of N models (LiteLLM format) for the 5,000-row timings."""
import json
import os
import random

PROVIDERS = ["openai", "anthropic", "mistral", "deepseek", "together_ai", "fireworks_ai", "groq", "gemini", "cohere", "perplexity"]


def write_catalog(folder: str, count: int = 5000, seed: int = 7) -> None:
    rng = random.Random(seed)
    entries = {}
    for n in range(count):
        provider = PROVIDERS[n % len(PROVIDERS)]
        price_in = rng.choice([0, 1e-8, 5e-8, 1.5e-7, 5e-7, 1e-6, 2.5e-6, 3e-6, 1e-5, 1.5e-5]) * rng.choice([1, 1.1, 2])
        entry = {
            "litellm_provider": provider,
            "mode": "chat",
            "max_input_tokens": rng.choice([4096, 8192, 32768, 128000, 200000, 1048576]),
            "max_output_tokens": rng.choice([4096, 8192, 16384, 65536]),
            "input_cost_per_token": price_in,
            "output_cost_per_token": price_in * rng.choice([2, 3, 4, 5]),
            "supports_function_calling": rng.random() < 0.6,
            "supports_vision": rng.random() < 0.3,
            "supports_reasoning": rng.random() < 0.2,
        }
        entries[f"{provider}/synthetic-model-{n:05d}"] = entry
    os.makedirs(os.path.join(folder, "sources"), exist_ok=True)
    with open(os.path.join(folder, "sources", "litellm.json"), "w") as f:
        json.dump(entries, f)
    with open(os.path.join(folder, "catalog.toml"), "w") as f:
        f.write('[site]\ntitle = "Synthetic 5k"\nbase_url = "https://example.org/"\n\n'
                '[[sources]]\nid = "litellm"\nformat = "litellm"\nsnapshot = "sources/litellm.json"\nlabel = "synthetic"\n')

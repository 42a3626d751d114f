#!/usr/bin/env python3
"""Writes a Hugo site with the same content as a modelcat build, for the side-by-side
benchmark (Tests/Benchmarks/bench.sh): one page per model with the model's Markdown note and an
endpoints table, plus a directory page listing every model. Code highlighting is off
(modelcat's notes are not highlighted either).

usage: hugo_site.py CATALOG_FOLDER BUILT_SITE OUT_FOLDER
  CATALOG_FOLDER  the catalog the site was built from (its notes/ are copied)
  BUILT_SITE      modelcat's output for it (catalog.json gives models and endpoints)
"""
import json
import os
import sys
from decimal import Decimal

catalog, built, out = sys.argv[1:4]
data = json.load(open(os.path.join(built, "catalog.json")))

os.makedirs(os.path.join(out, "layouts", "_default"), exist_ok=True)
with open(os.path.join(out, "hugo.toml"), "w") as f:
    f.write('''baseURL = "https://hugo.example.org/"
title = "modelcat synthetic (hugo)"
disableKinds = ["taxonomy", "term", "RSS"]
[markup.highlight]
codeFences = false
[markup.goldmark.renderer]
unsafe = false
''')
head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title><link rel="stylesheet" href="/assets/style.css"></head><body><main>'
foot = '</main></body></html>'
with open(os.path.join(out, "layouts", "_default", "single.html"), "w") as f:
    f.write(head + '''<h1>{{ .Title }}</h1><p>{{ .Params.description }}</p>
<table><thead><tr><th>Provider</th><th>Provider model id</th><th>Input $/1M</th><th>Output $/1M</th><th>Context</th></tr></thead><tbody>
{{ range .Params.endpoints }}<tr><td>{{ .provider }}</td><td><code>{{ .id }}</code></td><td>{{ .input }}</td><td>{{ .output }}</td><td>{{ .context }}</td></tr>
{{ end }}</tbody></table>
<section class="note">{{ .Content }}</section>''' + foot)
with open(os.path.join(out, "layouts", "_default", "list.html"), "w") as f:
    f.write(head + '<h1>{{ .Title }}</h1>' + foot)
with open(os.path.join(out, "layouts", "index.html"), "w") as f:
    f.write(head + '''<h1>All models</h1><table><thead><tr><th>Model</th><th>Maker</th><th>Endpoints</th><th>From $/1M input</th><th>Context</th></tr></thead><tbody>
{{ range (where .Site.RegularPages "Section" "models") }}<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ .Params.author }}</td><td>{{ len .Params.endpoints }}</td><td>{{ .Params.cheapest }}</td><td>{{ .Params.context }}</td></tr>
{{ end }}</tbody></table>''' + foot)


def per_million(value):
    if value is None:
        return "—"
    return format((Decimal(value) * 1_000_000).normalize(), "f")


count = 0
for model in data["models"]:
    author, slug = model["id"].split("/", 1)
    note_path = os.path.join(catalog, "notes", author, slug + ".md")
    body = ""
    if os.path.exists(note_path):
        text = open(note_path).read()
        if text.startswith("+++"):
            end = text.find("\n+++", 3)
            text = text[end + 4:] if end >= 0 else text
        body = text
    endpoints = [{
        "provider": e["provider"], "id": e["provider_model_id"],
        "input": per_million(e.get("pricing", {}).get("prompt")),
        "output": per_million(e.get("pricing", {}).get("completion")),
        "context": e.get("context_length") or "—",
    } for e in model.get("endpoints", [])]
    prompts = [Decimal(e["pricing"]["prompt"]) for e in model.get("endpoints", []) if "prompt" in e.get("pricing", {})]
    front = {
        "title": model["name"], "author": author, "description": model.get("description", ""),
        "endpoints": endpoints, "cheapest": per_million(str(min(prompts))) if prompts else "—",
        "context": model.get("context_length") or "—",
    }
    folder = os.path.join(out, "content", "models", author)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, slug + ".md"), "w") as f:
        f.write(json.dumps(front) + "\n\n" + body)
    count += 1
print(f"wrote a Hugo site of {count} model pages to {out}/")

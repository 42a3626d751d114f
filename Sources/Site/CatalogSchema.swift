/// The JSON Schema (draft 2020-12) of `catalog.json`, published beside it as `catalog.schema.json`.
///
/// Compatibility rule (docs/json.md): within a major `schema_version`, changes are additive
/// only (new optional fields, new price components, new capability names); a rename or a
/// removal bumps the major version.
public enum CatalogSchema {
    /// The schema's path in the site.
    public static let path = "catalog.schema.json"

    /// The schema document.
    public static let json = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "catalog.schema.json",
      "title": "modelcat catalog",
      "description": "Every model with the endpoints that serve it. Prices are decimal strings in USD per unit (per token for token prices); a fact that is not known is absent, never zero.",
      "type": "object",
      "required": ["schema_version", "generated_from", "models", "providers"],
      "properties": {
        "schema_version": {"type": "string", "pattern": "^1\\.[0-9]+$"},
        "generated_from": {"type": "array", "items": {"$ref": "#/$defs/source"}},
        "models": {"type": "array", "items": {"$ref": "#/$defs/model"}},
        "providers": {"type": "array", "items": {"$ref": "#/$defs/provider"}},
        "discrepancies": {"type": "array", "items": {"$ref": "#/$defs/discrepancy"}}
      },
      "$defs": {
        "decimal": {"type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?$"},
        "tokens": {"type": "integer", "minimum": 0},
        "date": {"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"},
        "modelId": {"type": "string", "pattern": "^[a-z0-9_][a-z0-9._-]*/[a-z0-9_][a-z0-9._-]*$"},
        "strings": {"type": "array", "items": {"type": "string"}},
        "capabilities": {"type": "object", "additionalProperties": {"type": "boolean"}},
        "links": {
          "type": "array",
          "items": {"type": "object", "required": ["title", "url"], "properties": {"title": {"type": "string"}, "url": {"type": "string"}}}
        },
        "provenance": {
          "type": "object",
          "required": ["source", "file", "key_path"],
          "properties": {"source": {"type": "string"}, "file": {"type": "string"}, "key_path": {"type": "string"}}
        },
        "discrepancy": {
          "type": "object",
          "description": "Two sources giving different numbers for one fact of one endpoint: value_a is the value in use (decided by source_a), value_b the one it overrode; relative_difference is |a - b| / max(|a|, |b|).",
          "required": ["model", "provider", "provider_model_id", "fact", "value_a", "source_a", "value_b", "source_b", "relative_difference"],
          "properties": {
            "model": {"$ref": "#/$defs/modelId"},
            "provider": {"type": "string"},
            "provider_model_id": {"type": "string"},
            "fact": {"type": "string"},
            "value_a": {"type": "string"},
            "source_a": {"$ref": "#/$defs/provenance"},
            "value_b": {"type": "string"},
            "source_b": {"$ref": "#/$defs/provenance"},
            "relative_difference": {"$ref": "#/$defs/decimal"}
          }
        },
        "source": {
          "type": "object",
          "required": ["id", "format", "file"],
          "properties": {
            "id": {"type": "string"},
            "format": {"type": "string"},
            "file": {"type": "string"},
            "label": {"type": "string"}
          }
        },
        "tiers": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["above_input_tokens", "inclusive"],
            "properties": {
              "above_input_tokens": {"$ref": "#/$defs/tokens"},
              "inclusive": {"type": "boolean"}
            },
            "additionalProperties": {"$ref": "#/$defs/decimal"}
          }
        },
        "priceSheet": {
          "type": "object",
          "description": "Rates keyed by price component (gateway names such as prompt, completion, input_cache_read); tiers apply to a whole request once its input passes the threshold.",
          "properties": {"tiers": {"$ref": "#/$defs/tiers"}},
          "additionalProperties": {"$ref": "#/$defs/decimal"}
        },
        "pricing": {
          "type": "object",
          "description": "The standard price sheet at the top level, other service tiers (batch, flex, priority, off_peak) under service_tiers.",
          "properties": {
            "tiers": {"$ref": "#/$defs/tiers"},
            "service_tiers": {"type": "object", "additionalProperties": {"$ref": "#/$defs/priceSheet"}},
            "multipliers": {"type": "object", "additionalProperties": {"$ref": "#/$defs/decimal"}},
            "off_peak_windows": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["weekdays", "hours_utc"],
                "properties": {
                  "weekdays": {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 7}},
                  "hours_utc": {"$ref": "#/$defs/strings"},
                  "weekday_timezone": {"type": "string"}
                }
              }
            }
          },
          "additionalProperties": {"$ref": "#/$defs/decimal"}
        },
        "endpoint": {
          "type": "object",
          "required": ["provider", "provider_model_id", "pricing", "capabilities", "provenance"],
          "properties": {
            "provider": {"type": "string"},
            "provider_model_id": {"type": "string"},
            "mode": {"type": "string"},
            "pricing": {"$ref": "#/$defs/pricing"},
            "context_length": {"$ref": "#/$defs/tokens"},
            "max_input_tokens": {"$ref": "#/$defs/tokens"},
            "max_output_tokens": {"$ref": "#/$defs/tokens"},
            "capabilities": {"$ref": "#/$defs/capabilities"},
            "input_modalities": {"$ref": "#/$defs/strings"},
            "output_modalities": {"$ref": "#/$defs/strings"},
            "supported_parameters": {"$ref": "#/$defs/strings"},
            "regions": {"$ref": "#/$defs/strings"},
            "quantization": {"type": "string"},
            "status": {"type": "string"},
            "deprecation_date": {"$ref": "#/$defs/date"},
            "rate_limits": {
              "type": "object",
              "properties": {"requests_per_minute": {"type": "integer"}, "tokens_per_minute": {"type": "integer"}},
              "additionalProperties": false
            },
            "source_url": {"type": "string"},
            "source_key": {"type": "string", "description": "The entry's key in the deciding source's snapshot (a LiteLLM map key)."},
            "listed_provider": {"type": "string", "description": "The provider name as the deciding source spelled it, when it differs from provider."},
            "provenance": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "object",
                "required": ["source", "file", "key_path"],
                "properties": {"source": {"type": "string"}, "file": {"type": "string"}, "key_path": {"type": "string"}}
              }
            },
            "fact_sources": {
              "type": "object",
              "description": "The facts of the endpoint (pricing.prompt, context_length, ...) decided by another source than the first of provenance, with that source; every other fact was decided by provenance[0].",
              "additionalProperties": {"$ref": "#/$defs/provenance"}
            },
            "overridden": {
              "type": "array",
              "description": "Values other sources gave for a fact, overridden by the precedence (hand-written > the provider's own listing > aggregators).",
              "items": {
                "type": "object",
                "required": ["fact", "value", "source"],
                "properties": {"fact": {"type": "string"}, "value": {"type": "string"}, "source": {"$ref": "#/$defs/provenance"}}
              }
            }
          }
        },
        "model": {
          "type": "object",
          "required": ["id", "name", "author", "aliases", "capabilities", "input_modalities", "output_modalities", "tags", "endpoints"],
          "properties": {
            "id": {"$ref": "#/$defs/modelId"},
            "name": {"type": "string"},
            "author": {"type": "string"},
            "aliases": {"$ref": "#/$defs/strings"},
            "description": {"type": "string"},
            "mode": {"type": "string"},
            "input_modalities": {"$ref": "#/$defs/strings"},
            "output_modalities": {"$ref": "#/$defs/strings"},
            "capabilities": {"$ref": "#/$defs/capabilities"},
            "context_length": {"$ref": "#/$defs/tokens"},
            "max_output_tokens": {"$ref": "#/$defs/tokens"},
            "release_date": {"$ref": "#/$defs/date"},
            "deprecation_date": {"$ref": "#/$defs/date"},
            "retirement_date": {"$ref": "#/$defs/date"},
            "knowledge_cutoff": {"$ref": "#/$defs/date"},
            "open_weights": {"type": "boolean"},
            "successor": {"$ref": "#/$defs/modelId"},
            "tags": {"$ref": "#/$defs/strings"},
            "description_html": {"type": "string", "description": "The maintainers' note as an HTML fragment; site links are root-relative."},
            "links": {"$ref": "#/$defs/links"},
            "featured": {"type": "boolean"},
            "hidden": {"type": "boolean"},
            "lifecycle": {"enum": ["upcoming", "retired"], "description": "Set for a model known from a note that no listed endpoint serves."},
            "note_file": {"type": "string", "description": "The catalog file holding the note, for edit links."},
            "table_of_contents": {
              "type": "array",
              "items": {"type": "object", "required": ["level", "id", "title"], "properties": {"level": {"type": "integer"}, "id": {"type": "string"}, "title": {"type": "string"}}}
            },
            "endpoints": {"type": "array", "items": {"$ref": "#/$defs/endpoint"}}
          }
        },
        "provider": {
          "type": "object",
          "required": ["id", "name", "endpoint_count", "model_count"],
          "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "website": {"type": "string"},
            "docs": {"type": "string"},
            "pricing_page": {"type": "string"},
            "status_page": {"type": "string"},
            "api_base_url": {"type": "string"},
            "openai_compatible": {"type": "boolean"},
            "headquarters": {"type": "string"},
            "trains_on_prompts": {"type": "boolean"},
            "retention": {"type": "string"},
            "retention_days": {"type": "integer", "minimum": 0},
            "zero_retention": {"enum": ["default", "self-serve", "on request", "not offered"]},
            "fact_sources": {"$ref": "#/$defs/strings"},
            "facts_checked_on": {"$ref": "#/$defs/date"},
            "description": {"type": "string"},
            "description_html": {"type": "string"},
            "links": {"$ref": "#/$defs/links"},
            "note_file": {"type": "string"},
            "endpoint_count": {"type": "integer", "minimum": 0},
            "model_count": {"type": "integer", "minimum": 0}
          }
        }
      }
    }
    """#
}

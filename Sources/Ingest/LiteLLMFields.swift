import ModelCatalog

/// How the LiteLLM reader treats each key of a cost-map entry.
///
/// Price keys follow a grammar (`<base>[_above_<N>k_tokens][_<service tier>]`) and are
/// decoded by ``LiteLLMFields/priceKey(for:)``; every other key is listed in ``facts`` or
/// ``ignored`` with the reason. A key in none of them is unknown and reported as a warning.
public enum LiteLLMFields {
    /// What the reader does with one key.
    public enum Handling: Hashable, Sendable {
        /// A price, stored under this key of the endpoint's pricing.
        case price(PriceKey)
        /// A fact mapped to an endpoint field (named here for the audit test and docs).
        case fact(String)
        /// A capability flag.
        case capability(Capability)
        /// A multiplier applied on top of prices.
        case multiplier(String)
        /// Read on purpose but not kept, with the reason.
        case ignored(String)
    }

    /// The handling of a key, or nil for a key the reader does not know.
    public static func handling(of key: String) -> Handling? {
        if let fact = facts[key] { return .fact(fact) }
        if let reason = ignored[key] { return .ignored(reason) }
        if let multiplier = multipliers[key] { return .multiplier(multiplier) }
        if key.hasPrefix("supports_") {
            return .capability(capabilityNames[key] ?? Capability(String(key.dropFirst("supports_".count))))
        }
        if let price = priceKey(for: key) { return .price(price) }
        return nil
    }

    /// Decodes a price key: `cache_read_input_token_cost_above_200k_tokens_priority` is the
    /// `input_cache_read` rate of the `priority` tier above 200,000 input tokens.
    public static func priceKey(for key: String) -> PriceKey? {
        var rest = Substring(key)
        var serviceTier = ServiceTier.standard
        for (suffix, tier) in serviceTierSuffixes where rest.hasSuffix(suffix) {
            rest = rest.dropLast(suffix.count)
            serviceTier = tier
            break
        }
        var tier: PriceTier?
        if rest.hasSuffix("k_tokens"), let range = rest.range(of: "_above_", options: .backwards) {
            let number = rest[range.upperBound...].dropLast("k_tokens".count)
            if let thousands = Int(number) {
                tier = PriceTier(inputTokens: thousands * 1000, inclusive: false)
                rest = rest[..<range.lowerBound]
            }
        }
        guard let component = priceBases[String(rest)] else { return nil }
        return PriceKey(component, serviceTier: serviceTier, tier: tier)
    }

    /// Service-tier suffixes of price keys.
    static let serviceTierSuffixes: [(String, ServiceTier)] = [
        ("_batches", .batch), ("_flex", .flex), ("_priority", .priority),
        ("_ultrafast", ServiceTier("ultrafast")), ("_decisions", ServiceTier("decisions")), ("_balanced", ServiceTier("balanced")),
    ]

    /// Price keys without tier or service-tier suffix → the component they price.
    static let priceBases: [String: PriceComponent] = [
        "input_cost_per_token": .prompt,
        "output_cost_per_token": .completion,
        "cache_read_input_token_cost": .inputCacheRead,
        "cache_creation_input_token_cost": .inputCacheWrite,
        "cache_creation_input_token_cost_above_1hr": .inputCacheWrite1h,
        "cache_creation_input_token_cost_above_12hr": PriceComponent("input_cache_write_12h"),
        "output_cost_per_reasoning_token": .internalReasoning,
        "input_cost_per_request": .request,
        "input_cost_per_image": .image,
        "input_cost_per_image_token": PriceComponent("input_image_token"),
        "output_cost_per_image": .imageOutput,
        "output_cost_per_image_token": PriceComponent("image_output_token"),
        "output_cost_per_image_0.5K": PriceComponent("image_output_0.5k"),
        "output_cost_per_image_512": PriceComponent("image_output_512"),
        "output_cost_per_image_1024": PriceComponent("image_output_1024"),
        "output_cost_per_image_1536": PriceComponent("image_output_1536"),
        "output_cost_per_image_1K": PriceComponent("image_output_1k"),
        "output_cost_per_image_2K": PriceComponent("image_output_2k"),
        "output_cost_per_image_4K": PriceComponent("image_output_4k"),
        "input_cost_per_audio_token": .audio,
        "output_cost_per_audio_token": .audioOutput,
        "cache_read_input_audio_token_cost": PriceComponent("input_cache_read_audio_token"),
        "cache_creation_input_audio_token_cost": PriceComponent("input_cache_write_audio_token"),
        "cache_read_input_image_token_cost": PriceComponent("input_cache_read_image_token"),
        "input_cost_per_token_cache_hit": PriceComponent("input_cache_hit"),
        "explicit_cache_read_input_token_cost": PriceComponent("input_explicit_cache_read"),
        "input_cost_per_audio_per_second": PriceComponent("audio_per_second"),
        "input_cost_per_video_per_second": PriceComponent("video_per_second"),
        "input_cost_per_video_per_second_above_8s_interval": PriceComponent("video_per_second_above_8s_interval"),
        "input_cost_per_video_per_second_above_15s_interval": PriceComponent("video_per_second_above_15s_interval"),
        "input_cost_per_video_token": PriceComponent("input_video_token"),
        "output_cost_per_video_per_second": PriceComponent("video_output_per_second"),
        "output_cost_per_video_token": PriceComponent("video_output_token"),
        "input_cost_per_second": PriceComponent("input_per_second"),
        "output_cost_per_second": PriceComponent("output_per_second"),
        "output_cost_per_second_480p": PriceComponent("output_per_second_480p"),
        "output_cost_per_second_720p": PriceComponent("output_per_second_720p"),
        "output_cost_per_second_768p": PriceComponent("output_per_second_768p"),
        "output_cost_per_second_1080p": PriceComponent("output_per_second_1080p"),
        "output_cost_per_second_2k": PriceComponent("output_per_second_2k"),
        "output_cost_per_second_4k": PriceComponent("output_per_second_4k"),
        "cost_per_second": PriceComponent("per_second"),
        "input_cost_per_character": PriceComponent("input_per_character"),
        "output_cost_per_character": PriceComponent("output_per_character"),
        "input_cost_per_pixel": PriceComponent("input_per_pixel"),
        "output_cost_per_pixel": PriceComponent("output_per_pixel"),
        "input_cost_per_query": PriceComponent("query"),
        "input_cost_per_text_message": PriceComponent("text_message"),
        "annotation_cost_per_page": PriceComponent("annotation_per_page"),
        "ocr_cost_per_page": PriceComponent("ocr_per_page"),
        "ocr_cost_per_credit": PriceComponent("ocr_per_credit"),
        "citation_cost_per_token": PriceComponent("citation_token"),
        "code_interpreter_cost_per_session": PriceComponent("code_interpreter_session"),
        "computer_use_input_cost_per_1k_tokens": PriceComponent("computer_use_input_per_1k_tokens"),
        "computer_use_output_cost_per_1k_tokens": PriceComponent("computer_use_output_per_1k_tokens"),
        "file_search_cost_per_1k_calls": PriceComponent("file_search_per_1k_calls"),
        "file_search_cost_per_gb_per_day": PriceComponent("file_search_per_gb_day"),
        "vector_store_cost_per_gb_per_day": PriceComponent("vector_store_per_gb_day"),
        "google_maps_grounding_cost_per_query": PriceComponent("maps_grounding_query"),
    ]

    /// Multipliers on top of the prices.
    static let multipliers: [String: String] = [
        "fedramp_uplift_multiplier": "fedramp_uplift",
        "regional_endpoint_uplift_multiplier": "regional_endpoint_uplift",
        "regional_processing_uplift_multiplier_eu": "regional_processing_uplift_eu",
        "regional_processing_uplift_multiplier_us": "regional_processing_uplift_us",
    ]

    /// Keys carrying facts other than prices, with the field they fill.
    static let facts: [String: String] = [
        "litellm_provider": "provider",
        "mode": "mode",
        "max_input_tokens": "max_input_tokens (and context_length)",
        "max_output_tokens": "max_output_tokens",
        "max_tokens": "context_length when max_input_tokens is absent (legacy)",
        "supported_regions": "regions",
        "supported_modalities": "input_modalities",
        "supported_output_modalities": "output_modalities",
        "rpm": "requests_per_minute",
        "tpm": "tokens_per_minute",
        "deprecation_date": "deprecation_date",
        "successor_model": "successor",
        "alias_of": "alias_of",
        "source": "source_url",
        "search_context_cost_per_query": "web_search prices (low, medium, high)",
        "tiered_pricing": "input-size tiers of prompt/completion/cache prices",
        "off_peak_pricing": "the off_peak service tier",
        "thinking_always_on": "capability thinking_always_on",
        "thinking_on_by_default": "capability thinking_on_by_default",
    ]

    /// Keys read on purpose and not kept, with why.
    static let ignored: [String: String] = [
        "comment": "free-text remark by LiteLLM maintainers",
        "metadata": "free-text notes by LiteLLM maintainers",
        "deprecation_source": "the page behind deprecation_date; not shown",
        "provider_specific_entry": "LiteLLM-internal routing flags",
        "supported_endpoints": "LiteLLM proxy routes, not a model fact",
        "supported_audio_formats": "request formats for transcription models; not shown",
        "audio_transcription_config": "LiteLLM-internal request shaping",
        "token_count_model": "LiteLLM-internal tokenizer choice",
        "token_count_tokenizer": "LiteLLM-internal tokenizer choice",
        "token_count_framing": "LiteLLM-internal token counting overhead",
        "token_count_tool_framing": "LiteLLM-internal token counting overhead",
        "token_count_responses_framing": "LiteLLM-internal token counting overhead",
        "token_count_responses_tool_framing": "LiteLLM-internal token counting overhead",
        "use_openai_responses_path": "LiteLLM-internal routing flag",
        "uses_embed_content": "LiteLLM-internal routing flag",
        "vertex_ai_audio_api": "LiteLLM-internal routing flag",
        "gemini_audio_only_live": "LiteLLM-internal routing flag",
        "gemini_native_audio": "LiteLLM-internal routing flag",
        "bedrock_converse_supports_strict_tools": "LiteLLM-internal request shaping for Bedrock",
        "bedrock_output_config_effort_ceiling": "LiteLLM-internal request shaping for Bedrock",
        "default_reasoning_effort": "request default, not a model fact",
        "reasoning_effort_levels": "request parameter values; not shown yet",
        "reasoning_modes": "request parameter values; not shown yet",
        "reasoning_contexts": "request parameter values; not shown yet",
        "output_vector_size": "embedding dimension; embeddings are listed without it",
        "prompt_cache_min_tokens": "minimum cacheable prompt; not shown yet",
        "search_free_requests": "free search quota; not a price",
        "web_search_billing_unit": "how web search is counted; the price is in search_context_cost_per_query",
        "input_dbu_cost_per_token": "Databricks DBU units, not USD (the USD price is input_cost_per_token)",
        "output_dbu_cost_per_token": "Databricks DBU units, not USD (the USD price is output_cost_per_token)",
        "guardrail_cost_per_unit": "guardrail policy units, not a model price",
        "rules": "routing rules of the fallback_generalizations entry, not a model",
    ]

    /// `supports_*` flags that map to the directory's standard capabilities; the others
    /// become a capability named after the flag.
    static let capabilityNames: [String: Capability] = [
        "supports_function_calling": .tools,
        "supports_parallel_function_calling": .parallelTools,
        "supports_tool_choice": .toolChoice,
        "supports_response_schema": .structuredOutputs,
        "supports_reasoning": .reasoning,
        "supports_vision": .vision,
        "supports_audio_input": .audioInput,
        "supports_audio_output": .audioOutput,
        "supports_pdf_input": .pdfInput,
        "supports_video_input": .videoInput,
        "supports_web_search": .webSearch,
        "supports_prompt_caching": .promptCaching,
        "supports_computer_use": .computerUse,
        "supports_system_messages": .systemMessages,
        "supports_assistant_prefill": .assistantPrefill,
    ]
}

extension LiteLLMFields {
    /// The cost-map key that holds a rate, or nil when the cost-map grammar cannot express
    /// it (a tier threshold that is not whole thousands, or one that starts at its threshold).
    /// The inverse of ``priceKey(for:)``.
    public static func key(for priceKey: PriceKey) -> String? {
        guard let base = baseNames[priceKey.component] else { return nil }
        var key = base
        if let tier = priceKey.tier {
            guard !tier.inclusive, tier.inputTokens > 0, tier.inputTokens % 1000 == 0 else { return nil }
            key += "_above_\(tier.inputTokens / 1000)k_tokens"
        }
        if priceKey.serviceTier != .standard {
            guard let suffix = serviceTierSuffixes.first(where: { $0.1 == priceKey.serviceTier })?.0 else { return nil }
            key += suffix
        }
        return key
    }

    /// The `supports_*` flag of a capability.
    public static func flag(for capability: Capability) -> String {
        capabilityNames.first { $0.value == capability }?.key ?? "supports_\(capability.rawValue)"
    }

    /// The key of a multiplier, by the name the reader gives it.
    public static func multiplierKey(for name: String) -> String? {
        multipliers.first { $0.value == name }?.key
    }

    /// Component → base key, built once from ``priceBases``.
    private static let baseNames: [PriceComponent: String] = {
        var names: [PriceComponent: String] = [:]
        for (key, component) in priceBases { names[component] = key }
        return names
    }()
}

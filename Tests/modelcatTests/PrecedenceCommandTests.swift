import Foundation
import XCTest

/// The fixture `precedence` combines a LiteLLM map, a gateway list (`openrouter`), a models.dev
/// provider (`togetherai`), Together's own model list and a hand-written table in
/// `providers/together_ai.toml`; one model is present in all of them.
final class PrecedenceCommandTests: XCTestCase {
    private var templates: String { CommandRunner.repositoryRoot.appendingPathComponent("templates").path }
    private let model = "meta-llama/llama-3.3-70b-instruct"
    private let togetherID = "meta-llama/Llama-3.3-70B-Instruct-Turbo"

    private func build() throws -> (site: URL, json: [String: Any]) {
        let catalog = try CommandRunner.fixtureCatalog("precedence", test: self)
        let site = catalog.deletingLastPathComponent().appendingPathComponent("site")
        let result = try CommandRunner.run(["build", "--catalog", catalog.path, "--output", site.path, "--templates", templates])
        XCTAssertEqual(result.status, 0, result.stderr)
        let data = try Data(contentsOf: site.appendingPathComponent("catalog.json"))
        return (site, try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any]))
    }

    /// The source of every fact of an endpoint in catalog.json: `fact_sources` lists the facts
    /// another source decided than the first of `provenance`, which decided all the others.
    static func factSources(_ endpoint: [String: Any]) -> [String: [String: String]] {
        let explicit = endpoint["fact_sources"] as? [String: [String: String]] ?? [:]
        let decider = (endpoint["provenance"] as? [[String: String]])?.first ?? [:]
        var all: [String: [String: String]] = [:]
        for key in ["pricing.prompt", "pricing.completion", "context_length", "max_output_tokens"] { all[key] = explicit[key] ?? decider }
        return all
    }

    func testEachFactRecordsTheSourceThatDecidedItByPrecedence() throws {
        let (_, json) = try build()
        let models = try XCTUnwrap(json["models"] as? [[String: Any]])
        XCTAssertEqual(models.count, 1, "all five sources join one model")
        let endpoints = try XCTUnwrap(models.first?["endpoints"] as? [[String: Any]])
        let together = try XCTUnwrap(endpoints.first { $0["provider"] as? String == "together_ai" })
        XCTAssertEqual(together["provider_model_id"] as? String, togetherID)

        let pricing = try XCTUnwrap(together["pricing"] as? [String: Any])
        let sources = Self.factSources(together)
        // hand-written beats the provider's own listing and both aggregators
        XCTAssertEqual(pricing["prompt"] as? String, "0.00000084")
        XCTAssertEqual(sources["pricing.prompt"]?["source"], "providers/together_ai")
        XCTAssertEqual(sources["pricing.prompt"]?["file"], "providers/together_ai.toml")
        XCTAssertEqual(sources["pricing.prompt"]?["key_path"], #"models."meta-llama/Llama-3.3-70B-Instruct-Turbo""#)
        // the provider's own listing beats the aggregators where the hand-written table is silent
        XCTAssertEqual(pricing["completion"] as? String, "0.00000088")
        XCTAssertEqual(sources["pricing.completion"]?["source"], "together_ai")
        XCTAssertEqual(sources["context_length"]?["source"], "together_ai")
        // among aggregators, catalog.toml order decides: LiteLLM before models.dev
        XCTAssertEqual(together["max_output_tokens"] as? Int, 8192)
        XCTAssertEqual(sources["max_output_tokens"]?["source"], "litellm")
        // every source that contributed is listed, the deciding one first
        let provenance = try XCTUnwrap(together["provenance"] as? [[String: String]])
        XCTAssertEqual(provenance.map { $0["source"] ?? "" }, ["providers/together_ai", "together_ai", "litellm", "models.dev"])

        // the gateway's own list decides its own endpoint over LiteLLM's copy of it
        let gateway = try XCTUnwrap(endpoints.first { $0["provider"] as? String == "openrouter" })
        XCTAssertEqual((gateway["pricing"] as? [String: Any])?["prompt"] as? String, "0.00000013")
        XCTAssertEqual(Self.factSources(gateway)["pricing.prompt"]?["source"], "openrouter")

        let providers = try XCTUnwrap(json["providers"] as? [[String: Any]])
        let provider = try XCTUnwrap(providers.first { $0["id"] as? String == "together_ai" })
        XCTAssertEqual(provider["api_base_url"] as? String, "https://api.together.ai/v1")
        XCTAssertEqual(provider["openai_compatible"] as? Bool, true)
        XCTAssertEqual(provider["fact_sources"] as? [String], ["https://docs.together.ai/docs/inference/openai-compatibility"])
        XCTAssertEqual(provider["facts_checked_on"] as? String, "2026-11-25")
    }

    func testDiscrepanciesAreInTheJSONAndOnThePageWithBothValuesAndSources() throws {
        let (site, json) = try build()
        let discrepancies = try XCTUnwrap(json["discrepancies"] as? [[String: Any]])
        XCTAssertEqual(discrepancies.count, 8)
        let stale = try XCTUnwrap(discrepancies.first {
            $0["fact"] as? String == "pricing.prompt" && $0["provider"] as? String == "together_ai"
                && ($0["source_b"] as? [String: String])?["source"] == "litellm"
        })
        XCTAssertEqual(stale["model"] as? String, model)
        XCTAssertEqual(stale["provider"] as? String, "together_ai")
        XCTAssertEqual(stale["provider_model_id"] as? String, togetherID)
        XCTAssertEqual(stale["value_a"] as? String, "0.00000084")
        XCTAssertEqual((stale["source_a"] as? [String: String])?["source"], "providers/together_ai")
        XCTAssertEqual(stale["value_b"] as? String, "0.00000088")
        XCTAssertEqual((stale["source_b"] as? [String: String])?["file"], "sources/litellm.json")
        XCTAssertEqual(stale["relative_difference"] as? String, "0.045455")

        let page = try String(contentsOf: site.appendingPathComponent("discrepancies/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("8 prices and limits"), page)
        XCTAssertTrue(page.contains("<td class=\"num\">0.84</td><td>providers/together_ai (providers/together_ai.toml models.&quot;meta-llama/Llama-3.3-70B-Instruct-Turbo&quot;)</td><td class=\"num\">0.88</td><td>litellm (sources/litellm.json [&quot;together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo&quot;])</td><td class=\"num\">4.5%</td>"), page)
    }

    func testCheckDiscrepanciesListsBothValuesBothSourcesAndTheDifference() throws {
        let catalog = try CommandRunner.fixtureCatalog("precedence", test: self)
        let result = try CommandRunner.run(["check", "--catalog", catalog.path, "--discrepancies"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("hand-written: 1 provider files, 1 model tables"), result.stdout)
        XCTAssertTrue(result.stdout.contains("8 discrepancies between sources (value A in use, value B overridden):"), result.stdout)
        XCTAssertTrue(result.stdout.contains(
            #"  meta-llama/llama-3.3-70b-instruct openrouter:meta-llama/llama-3.3-70b-instruct pricing.completion: A 0.0000004 from openrouter (sources/openrouter.json data[0]), B 0.0000003 from litellm (sources/litellm.json ["openrouter/meta-llama/llama-3.3-70b-instruct"]), differs by 25%"#),
            result.stdout)
        XCTAssertTrue(result.stdout.contains(
            "together_ai:meta-llama/Llama-3.3-70B-Instruct-Turbo max_output_tokens: A 8192 from litellm (sources/litellm.json [\"together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo\"]), B 32768 from models.dev (sources/models.dev/providers/togetherai/models/meta-llama/Llama-3.3-70B-Instruct-Turbo.toml), differs by 75%"),
            result.stdout)

        let plain = try CommandRunner.run(["check", "--catalog", catalog.path])
        XCTAssertTrue(plain.stdout.contains("8 discrepancies between sources (modelcat check --discrepancies lists them)"), plain.stdout)
        XCTAssertFalse(plain.stdout.contains("value A in use"), "the list needs the flag")
    }

    func testExplainPrintsEachFactWithItsSourceAndTheValuesItOverrode() throws {
        let catalog = try CommandRunner.fixtureCatalog("precedence", test: self)
        let result = try CommandRunner.run(["explain", togetherID, "--catalog", catalog.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let expected = #"""
        meta-llama/llama-3.3-70b-instruct (Meta: Llama 3.3 70B Instruct): 2 endpoints
        model: context_length 131072, max_output_tokens 16384, mode chat (decided by the maker's first-party endpoint, else the most common endpoint value)
        precedence: hand-written > provider listing > aggregator; catalog.toml order within a rank

        endpoint openrouter:meta-llama/llama-3.3-70b-instruct
          sources: openrouter (provider listing), litellm (aggregator)
          pricing.completion = 0.0000004  ← openrouter (sources/openrouter.json data[0])
              overrode 0.0000003 ← litellm (sources/litellm.json ["openrouter/meta-llama/llama-3.3-70b-instruct"])
          pricing.prompt = 0.00000013  ← openrouter (sources/openrouter.json data[0])
              overrode 0.00000012 ← litellm (sources/litellm.json ["openrouter/meta-llama/llama-3.3-70b-instruct"])
          context_length = 131072  ← openrouter (sources/openrouter.json data[0])
          max_input_tokens = 131072  ← litellm (sources/litellm.json ["openrouter/meta-llama/llama-3.3-70b-instruct"])
          max_output_tokens = 16384  ← openrouter (sources/openrouter.json data[0])
              overrode 8192 ← litellm (sources/litellm.json ["openrouter/meta-llama/llama-3.3-70b-instruct"])
          mode = chat  ← openrouter (sources/openrouter.json data[0])
          capabilities.tools = true  ← openrouter (sources/openrouter.json data[0])
          input_modalities = text  ← openrouter (sources/openrouter.json data[0])
          output_modalities = text  ← openrouter (sources/openrouter.json data[0])
          supported_parameters = max_tokens,temperature,tools  ← openrouter (sources/openrouter.json data[0])

        endpoint together_ai:meta-llama/Llama-3.3-70B-Instruct-Turbo
          sources: providers/together_ai (hand-written), together_ai (provider listing), litellm (aggregator), models.dev (aggregator)
          pricing.completion = 0.00000088  ← together_ai (sources/together.json [0])
              overrode 0.0000009 ← models.dev (sources/models.dev/providers/togetherai/models/meta-llama/Llama-3.3-70B-Instruct-Turbo.toml)
          pricing.prompt = 0.00000084  ← providers/together_ai (providers/together_ai.toml models."meta-llama/Llama-3.3-70B-Instruct-Turbo")
              overrode 0.00000088 ← together_ai (sources/together.json [0])
              overrode 0.00000088 ← litellm (sources/litellm.json ["together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"])
              overrode 0.0000009 ← models.dev (sources/models.dev/providers/togetherai/models/meta-llama/Llama-3.3-70B-Instruct-Turbo.toml)
          context_length = 131072  ← together_ai (sources/together.json [0])
          max_input_tokens = 131072  ← litellm (sources/litellm.json ["together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"])
          max_output_tokens = 8192  ← litellm (sources/litellm.json ["together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"])
              overrode 32768 ← models.dev (sources/models.dev/providers/togetherai/models/meta-llama/Llama-3.3-70B-Instruct-Turbo.toml)
          mode = chat  ← together_ai (sources/together.json [0])
          source_url = https://www.together.ai/pricing  ← providers/together_ai (providers/together_ai.toml models."meta-llama/Llama-3.3-70B-Instruct-Turbo")
          capabilities.audio_input = false  ← models.dev (sources/models.dev/providers/togetherai/models/meta-llama/Llama-3.3-70B-Instruct-Turbo.toml)
          capabilities.pdf_input = false  ← models.dev (sources/models.dev/providers/togetherai/models/meta-llama/Llama-3.3-70B-Instruct-Turbo.toml)
          capabilities.tools = true  ← litellm (sources/litellm.json ["together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"])
          capabilities.video_input = false  ← models.dev (sources/models.dev/providers/togetherai/models/meta-llama/Llama-3.3-70B-Instruct-Turbo.toml)
          capabilities.vision = false  ← models.dev (sources/models.dev/providers/togetherai/models/meta-llama/Llama-3.3-70B-Instruct-Turbo.toml)
          input_modalities = text  ← models.dev (sources/models.dev/providers/togetherai/models/meta-llama/Llama-3.3-70B-Instruct-Turbo.toml)
          output_modalities = text  ← models.dev (sources/models.dev/providers/togetherai/models/meta-llama/Llama-3.3-70B-Instruct-Turbo.toml)

        """#
        XCTAssertEqual(result.stdout, expected)

        let missing = try CommandRunner.run(["explain", "nobody/nothing", "--catalog", catalog.path])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("no model 'nobody/nothing'"), missing.stderr)
    }

    func testAProviderFileWithAWrongTypeFailsNamingFileAndKeyPath() throws {
        let catalog = try CommandRunner.fixtureCatalog("precedence", test: self)
        let file = catalog.appendingPathComponent("providers/together_ai.toml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: #"prompt = "0.84""#, with: #"prompt = "cheap""#)
        text = text.replacingOccurrences(of: "openai_compatible = true", with: #"openai_compatible = "yes""#)
        try Data(text.utf8).write(to: file)
        let result = try CommandRunner.run(["check", "--catalog", catalog.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("providers/together_ai.toml: openai_compatible: expected a boolean"), result.stderr)
        XCTAssertTrue(result.stderr.contains(#"providers/together_ai.toml: models."meta-llama/Llama-3.3-70B-Instruct-Turbo".per_million.prompt: expected a finite decimal number"#), result.stderr)
    }
}

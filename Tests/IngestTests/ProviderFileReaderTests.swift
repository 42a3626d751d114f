import Foundation
import Ingest
import ModelCatalog
import XCTest

final class ProviderFileReaderTests: XCTestCase {
    private func read(_ text: String, path: String = "providers/groq.toml") throws -> ProviderFile {
        try ProviderFileReader().read(Data(text.utf8), path: path)
    }

    private func errors(_ text: String) -> [String] {
        do {
            _ = try ProviderFileReader().read(Data(text.utf8), path: "providers/groq.toml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    func testReadsFactsSourcesAndPriceTablesPerTokenExactly() throws {
        let file = try read(#"""
            name = "Groq"
            docs = "https://console.groq.com/docs/openai"
            api_base_url = "https://api.groq.com/openai/v1"
            openai_compatible = true
            trains_on_prompts = false
            sources = ["https://console.groq.com/docs/openai"]
            checked_on = 2026-11-25

            [models."llama-3.3-70b-versatile"]
            name = "Llama 3.3 70B Versatile"
            context_length = 131072
            [models."llama-3.3-70b-versatile".per_million]
            prompt = "0.59"
            completion = 0.79
            input_cache_read = 1
            """#)
        XCTAssertEqual(file.provider.id, "groq")
        XCTAssertEqual(file.provider.name, "Groq")
        XCTAssertEqual(file.provider.apiBaseURL, "https://api.groq.com/openai/v1")
        XCTAssertEqual(file.provider.openAICompatible, true)
        XCTAssertEqual(file.provider.trainsOnPrompts, false)
        XCTAssertNil(file.provider.retention, "a fact left out stays unknown")
        XCTAssertEqual(file.provider.factSources, ["https://console.groq.com/docs/openai"])
        XCTAssertEqual(file.provider.factsCheckedOn, "2026-11-25")

        let entry = try XCTUnwrap(file.entries.first)
        XCTAssertEqual(entry.provider, "groq")
        XCTAssertEqual(entry.providerModelID, "llama-3.3-70b-versatile")
        XCTAssertEqual(entry.provenance, Provenance(source: "providers/groq", file: "providers/groq.toml", keyPath: #"models."llama-3.3-70b-versatile""#))
        XCTAssertEqual(entry.pricing[.prompt], Decimal(string: "0.00000059"))
        XCTAssertEqual(entry.pricing[.completion], Decimal(string: "0.00000079"))
        XCTAssertEqual(entry.pricing[.inputCacheRead], Decimal(string: "0.000001"))
        XCTAssertNil(entry.pricing[.inputCacheWrite], "a price left out is unknown, not zero")
        XCTAssertEqual(entry.contextLength, 131072)
        XCTAssertTrue(file.warnings.isEmpty)
    }

    func testUnknownKeysAreWarningsWithKeyPaths() throws {
        let file = try read(#"""
            name = "Groq"
            homepage = "https://groq.com"
            [models.x]
            contxt = 1
            [models.x.per_million]
            prompt_cached = "1"
            """#)
        let warnings = file.warnings.map(\.description)
        XCTAssertTrue(warnings.contains { $0.hasPrefix("warning: providers/groq.toml: homepage: unknown key") }, "\(warnings)")
        XCTAssertTrue(warnings.contains { $0.hasPrefix("warning: providers/groq.toml: models.x.contxt: unknown key") }, "\(warnings)")
        XCTAssertTrue(warnings.contains { $0.hasPrefix("warning: providers/groq.toml: models.x.per_million.prompt_cached: unknown key") }, "\(warnings)")
    }

    func testWrongTypesMissingSourcesAndBadAddressesAreErrorsReportedTogether() {
        let found = errors(#"""
            name = 3
            website = "groq.com"
            openai_compatible = "yes"
            [models.x.per_million]
            prompt = -1
            """#)
        XCTAssertTrue(found.contains("error: providers/groq.toml: name: expected a string, found an integer"), "\(found)")
        XCTAssertTrue(found.contains("error: providers/groq.toml: website: expected an http(s) address, found 'groq.com'"), "\(found)")
        XCTAssertTrue(found.contains("error: providers/groq.toml: openai_compatible: expected a boolean (true or false), found a string"), "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("error: providers/groq.toml: models.x.per_million.prompt: expected a price of zero or more") }, "\(found)")
        XCTAssertTrue(found.contains("error: providers/groq.toml: sources: missing; list the pages the provider facts came from"), "\(found)")
    }

    func testSourcesNeedTheDateTheyWereRead() {
        let found = errors(#"""
            name = "Groq"
            docs = "https://console.groq.com/docs/openai"
            sources = ["https://console.groq.com/docs/openai"]
            """#)
        XCTAssertEqual(found, ["error: providers/groq.toml: checked_on: missing; give the date the sources were read (YYYY-MM-DD)"])
        XCTAssertEqual(errors("name = \"G\"\nsources = [\"https://a.example\"]\nchecked_on = \"25 Nov\""), [
            "error: providers/groq.toml: checked_on: expected a date YYYY-MM-DD, found '25 Nov'"
        ])
    }

    func testReadsTheFilterableDataPolicy() throws {
        let file = try read(#"""
            name = "Groq"
            trains_on_prompts = false
            retention = "Not kept by default; up to 30 days when logged"
            retention_days = 30
            zero_retention = "self-serve"
            sources = ["https://console.groq.com/docs/your-data"]
            checked_on = 2026-11-25
            """#)
        XCTAssertEqual(file.provider.retentionDays, 30)
        XCTAssertEqual(file.provider.zeroRetention, .selfServe)
        XCTAssertTrue(DataPolicyRequirement.noTraining.isMet(by: file.provider))
        XCTAssertTrue(DataPolicyRequirement.zeroRetentionAvailable.isMet(by: file.provider))
        XCTAssertFalse(DataPolicyRequirement.zeroRetentionByDefault.isMet(by: file.provider))
        XCTAssertTrue(file.warnings.isEmpty, "\(file.warnings)")

        let byDefault = try read("name = \"F\"\nretention_days = 0\nzero_retention = \"default\"\nsources = [\"https://a.example\"]\nchecked_on = 2026-11-25")
        XCTAssertEqual(byDefault.provider.zeroRetention, .byDefault)
        XCTAssertTrue(DataPolicyRequirement.zeroRetentionByDefault.isMet(by: byDefault.provider))
        XCTAssertFalse(DataPolicyRequirement.noTraining.isMet(by: byDefault.provider), "an unknown training fact never meets the policy")

        let unknown = try read("name = \"U\"")
        for requirement in DataPolicyRequirement.allCases {
            XCTAssertFalse(requirement.isMet(by: unknown.provider), "\(requirement): a provider without facts meets no policy")
        }
    }

    func testDataPolicyWrongTypesValuesAndContradictionsAreErrorsWithKeyPaths() {
        XCTAssertEqual(errors("name = \"G\"\nretention_days = \"30\"\nzero_retention = 1\nsources = [\"https://a.example\"]\nchecked_on = 2026-11-25"), [
            "error: providers/groq.toml: retention_days: expected an integer, found a string",
            "error: providers/groq.toml: zero_retention: expected a string, found an integer",
        ])
        XCTAssertEqual(errors("name = \"G\"\nretention_days = -1\nsources = [\"https://a.example\"]\nchecked_on = 2026-11-25"), [
            "error: providers/groq.toml: retention_days: expected a non-negative integer, found -1"
        ])
        XCTAssertEqual(errors("name = \"G\"\nzero_retention = \"yes\"\nsources = [\"https://a.example\"]\nchecked_on = 2026-11-25"), [
            #"error: providers/groq.toml: zero_retention: expected one of "default", "self-serve", "on request", "not offered", found 'yes'"#
        ])
        XCTAssertEqual(errors("name = \"G\"\nretention_days = 30\nzero_retention = \"default\"\nsources = [\"https://a.example\"]\nchecked_on = 2026-11-25"), [
            "error: providers/groq.toml: zero_retention: 'default' contradicts retention_days = 30; zero retention by default is retention_days = 0 and the reverse"
        ])
        XCTAssertEqual(errors("name = \"G\"\nzero_retention = \"on request\""), [
            "error: providers/groq.toml: sources: missing; list the pages the provider facts came from"
        ], "a data-policy fact needs its sources")
    }
}

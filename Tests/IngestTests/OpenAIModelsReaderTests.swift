import Foundation
import Ingest
import ModelCatalog
import XCTest

final class OpenAIModelsReaderTests: XCTestCase {
    func testListWithoutPricesMissingIdAndUnknownKey() throws {
        let result = try OpenAIModelsReader().read(Fixture.snapshot("openai/openai.json", source: "openai"))
        XCTAssertEqual(result.recordCount, 4)
        XCTAssertEqual(result.entries.map(\.providerModelID), ["gpt-4o-2024-08-06", "gpt-4o-mini", "text-embedding-3-small"])
        XCTAssertTrue(result.entries.allSatisfy { $0.pricing.isEmpty && $0.provider == "openai" })
        XCTAssertEqual(result.skipped, ["no id (id)": 1])
        XCTAssertEqual(result.accountedFor, result.recordCount)
        XCTAssertEqual(result.warnings.map(\.location), ["data[2].max_batch_size"])
        XCTAssertEqual(result.entry("gpt-4o-mini")?.provenance, Provenance(source: "openai", file: "openai.json", keyPath: "data[1]"))
    }

    func testPagedListReportsDuplicates() throws {
        let result = try OpenAIModelsReader().read(Fixture.snapshot("openai/paged", source: "deepseek"))
        XCTAssertEqual(result.recordCount, 4)
        XCTAssertEqual(result.entries.map(\.providerModelID), ["deepseek-chat", "deepseek-reasoner", "deepseek-v4-flash"])
        XCTAssertEqual(result.skipped, ["duplicate id (listed again on a later page)": 1])
        let duplicate = try XCTUnwrap(result.warnings.first)
        XCTAssertEqual(duplicate.file, "page-2.json")
        XCTAssertEqual(duplicate.location, "data[0]")
        XCTAssertTrue(duplicate.message.contains("page-1.json: data[1]"))
    }

    func testGroqContextWindowAndInactiveModels() throws {
        let result = try OpenAIModelsReader().read(Fixture.snapshot("openai/groq.json", source: "groq"))
        XCTAssertEqual(result.entry("llama-3.3-70b-versatile")?.contextLength, 131072)
        XCTAssertEqual(result.entry("llama-3.3-70b-versatile")?.maxOutputTokens, 32768)
        XCTAssertEqual(result.entry("gemma2-9b-it")?.status, "inactive")
        XCTAssertTrue(result.warnings.isEmpty)
    }

    func testTogetherBareArrayWithPricesPerMillion() throws {
        let result = try OpenAIModelsReader().read(Fixture.snapshot("openai/together.json", source: "together"))
        let llama = try XCTUnwrap(result.entry("meta-llama/Llama-3.3-70B-Instruct-Turbo"))
        XCTAssertEqual(llama.pricing[.prompt], dec("0.00000088"))
        XCTAssertEqual(llama.pricing[.completion], dec("0.00000088"))
        XCTAssertEqual(llama.name, "Meta Llama 3.3 70B Instruct Turbo")
        XCTAssertEqual(llama.mode, "chat")
        XCTAssertEqual(result.entry("BAAI/bge-large-en-v1.5")?.mode, "embedding")
        XCTAssertEqual(result.entry("meta-llama/Llama-3.3-70B-Instruct-Turbo")?.provenance.keyPath, "[0]")
    }

    func testMistralCapabilitiesAndDeprecation() throws {
        let result = try OpenAIModelsReader().read(Fixture.snapshot("openai/mistral.json", source: "mistral"))
        let large = try XCTUnwrap(result.entry("mistral-large-2411"))
        XCTAssertEqual(large.contextLength, 131072)
        XCTAssertEqual(large.capabilities[.tools], true)
        XCTAssertEqual(large.capabilities[.vision], false)
        XCTAssertEqual(large.deprecationDate, "2026-05-31")
        XCTAssertEqual(large.successor, "mistral-large-2512")
        XCTAssertEqual(large.mode, "chat")
    }

    func testWrongTypeIsAnErrorWithFileAndKeyPath() throws {
        let errors = Fixture.errors(OpenAIModelsReader(), try Fixture.snapshot("openai/wrong-type.json", source: "xai"))
        XCTAssertEqual(errors.map(\.location), ["data[0].created"])
        XCTAssertEqual(errors.first?.file, "wrong-type.json")
        XCTAssertTrue(errors.first?.message.contains("expected a number, found a string") ?? false)
    }
}

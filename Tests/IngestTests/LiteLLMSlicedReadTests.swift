import Foundation
import ModelCatalog
import XCTest

@testable import Ingest

/// The LiteLLM map decoded a slice at a time gives exactly what decoding it whole gives:
/// the same entries in the same order, skips, record count, warnings and errors.
final class LiteLLMSlicedReadTests: XCTestCase {
    private let file = "sources/litellm.json"

    /// What a read gave: the result, or the diagnostics it threw.
    private enum Outcome: Equatable {
        case read(entries: [ListingEntry], skipped: [String: Int], warnings: [Diagnostic], records: Int)
        case failed([Diagnostic])
    }

    private func outcome(_ data: Data, sliceBytes: Int?) -> Outcome {
        do {
            let result = try LiteLLMReader(sliceBytes: sliceBytes).read(Snapshot(sourceID: "litellm", path: file, data: data))
            return .read(entries: result.entries, skipped: result.skipped, warnings: result.warnings, records: result.recordCount)
        } catch {
            return .failed(error.diagnostics)
        }
    }

    /// Reads `json` whole and in slices of several sizes (one member per slice upwards) and
    /// checks every sliced read against the whole one; returns the whole read.
    @discardableResult
    private func assertSlicedSameAsWhole(_ json: String, line: UInt = #line) -> Outcome {
        let data = Data(json.utf8)
        let whole = outcome(data, sliceBytes: nil)
        for size in [1, 40, 200, 1 << 20] {
            XCTAssertEqual(outcome(data, sliceBytes: size), whole, "slices of \(size) bytes", line: line)
        }
        return whole
    }

    private static let mixed = #"""
    {
      "zeta/model-z": {"litellm_provider": "zeta", "mode": "chat", "input_cost_per_token": 1e-07, "output_cost_per_token": 2e-07},
      "sample_spec": {"litellm_provider": "openai", "mode": "chat"},
      "alias-latest": {"alias_of": "target-model"},
      "bedrock/alias-prefixed": {"alias_of": "prefixed-target"},
      "fallbacks": {"rules": []},
      "no-provider": {"mode": "chat"},
      "a \"quoted\" {key}, with [brackets]": {"litellm_provider": "openai", "source": "https://x.example/{a}, [b]", "supports_vision": true},
      "target-model": {"litellm_provider": "anthropic", "max_input_tokens": 200000, "max_tokens": 8192,
                       "tiered_pricing": [{"input_cost_per_token": 5e-08, "range": [0, 256000.0]}, {"input_cost_per_token": 2.5e-07, "range": [256000.0, 1000000.0]}]},
      "bedrock/prefixed-target": {"litellm_provider": "bedrock_converse", "supported_modalities": ["text", "image"]},
      "odd-field": {"litellm_provider": "openai", "input_cost_per_widget": 1, "regional_processing_uplift_multiplier_eu": 1.1},
      "dup": {"litellm_provider": "first", "input_cost_per_token": 1},
      "mid": {"litellm_provider": "openai", "supports_function_calling": false, "deprecation_date": "2027-01-01"},
      "dup": {"litellm_provider": "second", "input_cost_per_token": 2},
      "\u00e9t\u00e9": {"litellm_provider": "openai", "output_cost_per_token": 1.5000300000000002e-06}
    }
    """#

    func testSlicedReadOfAWellFormedMapIsTheWholeRead() throws {
        let whole = assertSlicedSameAsWhole(Self.mixed)
        guard case .read(let entries, let skipped, let warnings, let records) = whole else {
            return XCTFail("the map should read: \(whole)")
        }
        XCTAssertEqual(entries.map(\.sourceKey), entries.map(\.sourceKey).sorted(), "entries in key order")
        XCTAssertEqual(records, 13, "a key written twice is one record")
        XCTAssertEqual(entries.first { $0.sourceKey == "dup" }?.provider, "first", "the first value of a key written twice is read")
        XCTAssertEqual(entries.first { $0.sourceKey == "alias-latest" }?.provider, "anthropic", "an alias takes its target's provider from another slice")
        XCTAssertEqual(entries.first { $0.sourceKey == "bedrock/alias-prefixed" }?.provider, "bedrock_converse")
        XCTAssertEqual(entries.first { $0.sourceKey == "été" }?.pricing[.completion], Decimal(string: "0.0000015000300000000002"))
        XCTAssertEqual(skipped["documentation entry (sample_spec)"], 1)
        XCTAssertEqual(skipped["not a model: routing rules (fallbacks)"], 1)
        XCTAssertEqual(skipped["no provider (no litellm_provider, no resolvable alias_of)"], 1)
        XCTAssertTrue(warnings.contains { $0.message.hasPrefix("duplicate key \"dup\"") }, warnings.description)
        XCTAssertTrue(warnings.contains { $0.location == #"["odd-field"].input_cost_per_widget"# }, warnings.description)
    }

    func testMalformedEntriesGiveTheSameErrorsNamingFileAndEntry() {
        let json = #"""
        {"b-string": {"litellm_provider": "openai", "input_cost_per_token": "0.000001"},
         "a-negative": {"litellm_provider": "openai", "output_cost_per_token": -1e-06},
         "c-array": [1, 2],
         "d-flag": {"litellm_provider": "openai", "supports_vision": "yes"},
         "e-provider": {"litellm_provider": 7},
         "f-ok": {"litellm_provider": "openai"}}
        """#
        guard case .failed(let errors) = assertSlicedSameAsWhole(json) else { return XCTFail("the map should be rejected") }
        XCTAssertEqual(errors.map(\.file), Array(repeating: file, count: 5))
        XCTAssertEqual(errors.map(\.location), [
            #"["a-negative"].output_cost_per_token"#, #"["b-string"].input_cost_per_token"#, #"["c-array"]"#,
            #"["d-flag"].supports_vision"#, #"["e-provider"].litellm_provider"#,
        ])
        XCTAssertTrue(errors[1].message.contains(#"found a string "0.000001""#), errors[1].message)
        XCTAssertTrue(errors[0].message.contains("zero or more"), errors[0].message)
        XCTAssertTrue(errors[2].message.contains("found an array"), errors[2].message)
    }

    func testBrokenDocumentsGiveTheWholeDocumentsErrorWithLineAndColumn() {
        let documents = [
            #"{"gpt-x": {"litellm_provider": "openai", "input_cost_per_token": 1e-06"#,
            "{\"a\": {\"litellm_provider\": \"openai\"},\n \"b\": {\"litellm_provider\": \"openai\"} \"c\": 1}",
            "{\"a\": {\"litellm_provider\": \"openai\"},\n \"b\": {\"litellm_provider\": \"openai\"},}",
            "{\"a\": {\"litellm_provider\": \"openai\"}} {}",
            "{\"a\": {\"litellm_provider\": \"openai\"]}",
            "{\"a\": {\"litellm_provider\": \"openai\", \"input_cost_per_token\": 1e999}}",
            "[{\"litellm_provider\": \"openai\"}]",
            "\u{FEFF}{\"a\": {\"litellm_provider\": \"openai\"}}",
            "{}",
            "",
            "  \n",
        ]
        for document in documents {
            assertSlicedSameAsWhole(document)
        }
        guard case .failed(let errors) = outcome(Data(documents[0].utf8), sliceBytes: 1) else { return XCTFail("a truncated map is rejected") }
        XCTAssertEqual(errors.map(\.file), [file])
        XCTAssertTrue(errors[0].message.contains("ends before it is complete"), errors[0].message)
        guard case .failed(let missingComma) = outcome(Data(documents[1].utf8), sliceBytes: 1) else { return XCTFail("a missing comma is rejected") }
        XCTAssertEqual(missingComma.first?.location, "line 2, column 38")
        guard case .failed(let notObject) = outcome(Data(documents[6].utf8), sliceBytes: 1) else { return XCTFail("an array is rejected") }
        XCTAssertEqual(notObject.first?.message, "expected a JSON object of model entries, found an array")
    }

    func testTheShippedMapReadsTheSameInSlicesAsWhole() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("catalog/sources/litellm.json")
        let data = try Data(contentsOf: url)
        let whole = outcome(data, sliceBytes: nil)
        guard case .read(let entries, _, _, _) = whole else { return XCTFail("the shipped map should read") }
        XCTAssertGreaterThan(entries.count, 1000)
        XCTAssertEqual(outcome(data, sliceBytes: 1 << 20), whole)
        XCTAssertEqual(outcome(data, sliceBytes: 4096), whole)
    }

    func testSlicesCoverWholeMembersAndRefuseBrokenPunctuation() throws {
        let json = #"{ "a": {"x": "}", "y": [1, {"z": "\"]"}]}, "b{": 2 ,"c": "d"  }"#
        let data = Data(json.utf8)
        let one = try XCTUnwrap(JSONObjectSlices(data, targetBytes: 1))
        XCTAssertEqual(one.memberCount, 3)
        XCTAssertEqual(one.ranges.map { String(decoding: data[$0], as: UTF8.self) }, [#""a": {"x": "}", "y": [1, {"z": "\"]"}]}"#, #""b{": 2 "#, #""c": "d"  "#])
        let all = try XCTUnwrap(JSONObjectSlices(data, targetBytes: 1 << 20))
        XCTAssertEqual(all.ranges.count, 1)
        let decoded = try JSONDecoder().decode([String: JSONValue].self, from: JSONObjectSlices.document(all.ranges[0], of: data))
        XCTAssertEqual(decoded.keys.sorted(), ["a", "b{", "c"])
        XCTAssertEqual(JSONObjectSlices(Data("{}".utf8))?.ranges, [])
        // A comma missing inside a member is left to the decoder of the slice.
        for broken in [#"{"a": 1,, "b": 2}"#, #"{"a": 1} x"#, #"{"a": [1}"#, #"{"a": "1}"#, "[1]", "", #"{"a": 1"#] {
            XCTAssertNil(JSONObjectSlices(Data(broken.utf8), targetBytes: 1), broken)
        }
    }
}

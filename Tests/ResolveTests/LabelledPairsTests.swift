import Foundation
import Testing
@testable import Resolve

/// Precision and recall of the resolver on hand-labelled pairs of real LiteLLM keys.
@Suite struct LabelledPairsTests {
    struct Pair {
        var same: Bool
        var a: String
        var b: String
        var why: String
    }

    static func pairs() throws -> [Pair] {
        let url = try #require(Bundle.module.url(forResource: "identity-pairs", withExtension: "tsv", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { return nil }
            return Pair(same: fields[0] == "same", a: fields[1], b: fields[2], why: fields.count > 3 ? fields[3] : "")
        }
    }

    @Test func fixtureIsLargeAndReal() throws {
        let pairs = try Self.pairs()
        #expect(pairs.count >= 200)
        let keys = Set(ShippedCatalog.entries.map(\.sourceKey))
        for pair in pairs {
            #expect(keys.contains(pair.a), "not a key of the shipped snapshot: \(pair.a)")
            #expect(keys.contains(pair.b), "not a key of the shipped snapshot: \(pair.b)")
        }
    }

    @Test func precisionAndRecall() throws {
        let pairs = try Self.pairs()
        var truePositive = 0, falsePositive = 0, falseNegative = 0, trueNegative = 0
        for pair in pairs {
            let a = ShippedCatalog.lookup.resolve(pair.a), b = ShippedCatalog.lookup.resolve(pair.b)
            let predicted = a.id == b.id
            switch (pair.same, predicted) {
            case (true, true): truePositive += 1
            case (false, true):
                falsePositive += 1
                print("false join: \(pair.a) + \(pair.b) → \(a.id) (\(pair.why))")
            case (true, false):
                falseNegative += 1
                print("missed join: \(pair.a) → \(a.id) [\(a.rule)], \(pair.b) → \(b.id) [\(b.rule)]")
            case (false, false): trueNegative += 1
            }
        }
        let precision = Double(truePositive) / Double(max(1, truePositive + falsePositive))
        let recall = Double(truePositive) / Double(max(1, truePositive + falseNegative))
        print("identity pairs: \(pairs.count) (\(truePositive + falseNegative) same, \(falsePositive + trueNegative) different); precision \(String(format: "%.3f", precision)), recall \(String(format: "%.3f", recall))")
        #expect(precision >= 0.99)
        #expect(recall >= 0.95)
    }
}

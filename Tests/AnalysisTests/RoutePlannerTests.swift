import Foundation
import ModelCatalog
import XCTest

@testable import Analysis

/// Each route option alone and combined, with the excluded endpoints and their reasons.
final class RoutePlannerTests: XCTestCase {
    // blended 3:1: a = (3×0.5 + 1.5)/4 = 0.75/1M; b = (3×1 + 3)/4 = 1.5/1M; c = (3×3 + 15)/4 = 6/1M; d = 0.1/1M (deprecated)
    let model = Model(id: ModelID(author: "acme", slug: "m"), name: "M", endpoints: [
        endpoint("alpha", "m", prompt: "0.0000005", completion: "0.0000015", context: 128_000, maxOutput: 8192,
                 capabilities: [.tools: true, .vision: false], quantization: "fp8"),
        endpoint("beta", "m", prompt: "0.000001", completion: "0.000003", context: 200_000, maxOutput: 64_000,
                 capabilities: [.tools: true, .vision: true], quantization: "bf16"),
        endpoint("gamma", "m", prompt: "0.000003", completion: "0.000015", context: 1_000_000, maxOutput: 32_000,
                 capabilities: [.tools: true]),
        endpoint("delta", "m", prompt: "0.0000001", completion: "0.0000001", context: 128_000, capabilities: [.tools: true], status: "deprecated"),
        endpoint("epsilon", "m", prompt: nil, completion: nil, context: 2_000_000, maxOutput: 100_000, capabilities: [.tools: true, .vision: true]),
    ])

    func order(_ request: RouteRequest) -> [String] { RoutePlanner(request).plan(model).order.map(\.provider) }

    func reasons(_ request: RouteRequest) -> [String: [ExclusionReason]] {
        Dictionary(uniqueKeysWithValues: RoutePlanner(request).plan(model).excluded.map { ($0.endpoint.provider, $0.reasons) })
    }

    func testDefaultIsPriceOrderUnknownPriceLastDeprecatedExcluded() {
        XCTAssertEqual(order(RouteRequest()), ["alpha", "beta", "gamma", "epsilon"])
        XCTAssertEqual(reasons(RouteRequest()), ["delta": [.deprecated]])
        XCTAssertEqual(order(RouteRequest(allowDeprecated: true)).first, "delta")
    }

    func testSortByContextAndOutputLimit() {
        XCTAssertEqual(order(RouteRequest(sort: .context)), ["epsilon", "gamma", "beta", "alpha"])
        XCTAssertEqual(order(RouteRequest(sort: .outputLimit)), ["epsilon", "beta", "gamma", "alpha"])
    }

    func testRequireCapabilities() {
        XCTAssertEqual(order(RouteRequest(require: [.vision])), ["beta", "epsilon"])
        let why = reasons(RouteRequest(require: [.vision]))
        XCTAssertEqual(why["alpha"], [.unsupported(.vision)])
        XCTAssertEqual(why["gamma"], [.capabilityUnknown(.vision)])
        XCTAssertEqual(why["delta"], [.deprecated, .capabilityUnknown(.vision)])
        XCTAssertEqual(ExclusionReason.capabilityUnknown(.vision).description, "vision support unknown")
    }

    func testMaxPrices() {
        let request = RouteRequest(maxPromptPrice: dec("0.000001"), maxCompletionPrice: dec("0.000002"))
        XCTAssertEqual(order(request), ["alpha"])
        let why = reasons(request)
        XCTAssertEqual(why["beta"], [.completionPriceAbove(dec("0.000003"), limit: dec("0.000002"))])
        XCTAssertEqual(why["gamma"], [.promptPriceAbove(dec("0.000003"), limit: dec("0.000001")), .completionPriceAbove(dec("0.000015"), limit: dec("0.000002"))])
        XCTAssertEqual(why["epsilon"], [.promptPriceUnknown, .completionPriceUnknown], "unknown is never under a limit")
        XCTAssertEqual(why["beta"]?.first?.description, "output price 3.00/1M above limit 2.00/1M")
    }

    func testOnlyAndIgnore() {
        XCTAssertEqual(order(RouteRequest(only: ["gamma", "beta"])), ["beta", "gamma"])
        XCTAssertEqual(reasons(RouteRequest(only: ["gamma", "beta"]))["alpha"], [.notInOnly])
        XCTAssertEqual(order(RouteRequest(ignore: ["alpha"])), ["beta", "gamma", "epsilon"])
        XCTAssertEqual(reasons(RouteRequest(ignore: ["alpha"]))["alpha"], [.ignored])
    }

    func testQuantizations() {
        XCTAssertEqual(order(RouteRequest(quantizations: ["FP8", "int4"])), ["alpha"])
        let why = reasons(RouteRequest(quantizations: ["fp8"]))
        XCTAssertEqual(why["beta"], [.quantization("bf16")])
        XCTAssertEqual(why["gamma"], [.quantization(nil)])
        XCTAssertEqual(ExclusionReason.quantization(nil).description, "quantization not listed not requested")
    }

    func testCombinedOptionsListEveryReason() {
        let request = RouteRequest(
            sort: .context, require: [.tools, .vision], maxPromptPrice: dec("0.000002"), maxCompletionPrice: nil,
            only: ["alpha", "beta", "gamma", "epsilon"], ignore: ["epsilon"], quantizations: ["bf16", "fp8"])
        XCTAssertEqual(order(request), ["beta"])
        let why = reasons(request)
        XCTAssertEqual(why["alpha"], [.unsupported(.vision)])
        XCTAssertEqual(why["gamma"], [.capabilityUnknown(.vision), .promptPriceAbove(dec("0.000003"), limit: dec("0.000002")), .quantization(nil)])
        XCTAssertEqual(why["delta"], [.notInOnly, .deprecated, .capabilityUnknown(.vision), .quantization(nil)])
        XCTAssertEqual(why["epsilon"], [.ignored, .promptPriceUnknown, .quantization(nil)])
        XCTAssertEqual(RoutePlanner(request).plan(model).excluded.map(\.endpoint.provider), ["alpha", "delta", "epsilon", "gamma"])
    }

    func testCheapestEndpointIsTheRoutePlannersFirstChoice() {
        XCTAssertEqual(RoutePlanner.cheapestEndpoint(of: model)?.provider, "alpha")
        XCTAssertEqual(CheapestEndpoint.index(in: model.endpoints).map { model.endpoints[$0].provider }, "alpha")
        let onlyDeprecated = [endpoint("x", "m", prompt: "0.000001", completion: "0.000001", status: "deprecated"), endpoint("y", "m", prompt: nil, completion: nil)]
        XCTAssertEqual(CheapestEndpoint.index(in: onlyDeprecated), 0, "a deprecated priced endpoint beats none")
        XCTAssertNil(CheapestEndpoint.index(in: [endpoint("y", "m", prompt: "0.000001", completion: nil)]))
    }

    func testJSONListsOrderAndReasons() throws {
        let plan = RoutePlanner(RouteRequest(require: [.vision])).plan(model)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: RoutePlanJSON.encode(plan)) as? [String: Any])
        XCTAssertEqual(json["model"] as? String, "acme/m")
        XCTAssertEqual((json["order"] as? [[String: Any]])?.map { $0["provider"] as? String }, ["beta", "epsilon"])
        XCTAssertEqual((json["order"] as? [[String: Any]])?.first?["blended"] as? String, "0.0000015")
        let alpha = (json["excluded"] as? [[String: Any]])?.first
        XCTAssertEqual(((alpha?["reasons"] as? [[String: Any]])?.first)?["code"] as? String, "unsupported_capability")
    }
}

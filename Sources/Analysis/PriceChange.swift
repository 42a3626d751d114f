import Foundation
import ModelCatalog

/// One recorded change of one field of one endpoint, as a line of a history file.
///
/// Values are text: exact decimal strings for rates and multipliers, whole numbers for
/// token limits. `old` nil means the field was not recorded before (newly listed);
/// `new` nil means it is no longer listed.
public struct PriceChange: Hashable, Sendable, Codable {
    /// The canonical model id the endpoint belonged to when recorded.
    public var model: String
    /// The provider.
    public var provider: String
    /// The provider's model id.
    public var providerModelID: String
    /// The field, in ``HistoryField`` text form.
    public var field: String
    /// The value before, nil when not listed before.
    public var old: String?
    /// The value after, nil when no longer listed.
    public var new: String?
    /// The source id that listed the value (for a removal: the one that listed it before).
    public var source: String

    /// A change.
    public init(model: String, provider: String, providerModelID: String, field: String, old: String?, new: String?, source: String) {
        self.model = model
        self.provider = provider
        self.providerModelID = providerModelID
        self.field = field
        self.old = old
        self.new = new
        self.source = source
    }

    /// The endpoint changed.
    public var endpoint: EndpointKey { EndpointKey(provider: provider, providerModelID: providerModelID) }

    /// What kind of change this is.
    public var kind: Kind {
        switch (old, new) {
        case (nil, _): .added
        case (_, nil): .removed
        default: .changed
        }
    }

    /// Added, changed or removed.
    public enum Kind: String, Hashable, Sendable {
        case added, changed, removed
    }

    enum CodingKeys: String, CodingKey {
        case model, provider, field, old, new, source
        case providerModelID = "provider_model_id"
    }

    /// Encodes `old` and `new` as null rather than leaving them out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(provider, forKey: .provider)
        try container.encode(providerModelID, forKey: .providerModelID)
        try container.encode(field, forKey: .field)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(source, forKey: .source)
    }

    /// The record order within a recording: model, provider, provider model id, field.
    public static func recordOrder(_ lhs: Self, _ rhs: Self) -> Bool {
        (lhs.model, lhs.provider, lhs.providerModelID, lhs.field) < (rhs.model, rhs.provider, rhs.providerModelID, rhs.field)
    }
}

import ModelCatalog

/// Models that compete with each other: the same mode, input and output modalities and
/// set of highlighted capabilities (``Capability/highlighted``) that they support.
public struct ModelClass: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// `chat`, `embedding`, ... (empty when unknown).
    public var mode: String
    /// Input modalities, sorted.
    public var inputModalities: [String]
    /// Output modalities, sorted.
    public var outputModalities: [String]
    /// Highlighted capabilities the model supports, sorted.
    public var capabilities: [Capability]

    /// The class of a model.
    public init(_ model: Model) {
        mode = model.mode ?? ""
        inputModalities = model.inputModalities.sorted()
        outputModalities = model.outputModalities.sorted()
        capabilities = Capability.highlighted.filter { model.capabilities[$0] == true }.sorted()
    }

    /// `chat [text,image→text] tools,vision`.
    public var description: String {
        "\(mode.isEmpty ? "?" : mode) [\(inputModalities.joined(separator: ","))→\(outputModalities.joined(separator: ","))] \(capabilities.map(\.rawValue).joined(separator: ","))"
    }

    /// Orders by description, for stable output.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}

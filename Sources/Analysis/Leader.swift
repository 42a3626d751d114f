import ModelCatalog

/// A model and a token count it leads with (context length or max output).
public struct Leader: Hashable, Sendable {
    /// The model.
    public var model: ModelID
    /// The tokens.
    public var tokens: Int
}

import Foundation
import ModelCatalog

/// Finds the model a user names on the command line: a canonical id (`openai/gpt-4o`),
/// an alias, or a provider's model id (`gpt-4o`, `bedrock/...`).
public enum ModelLookup {
    /// The model named, or a diagnostic listing up to five ids that contain the text.
    public static func model(_ name: String, in catalog: Catalog) throws(DiagnosticsError) -> Model {
        if let id = ModelID(name.lowercased()), let model = catalog.model(id) { return model }
        if let model = catalog.models.first(where: { $0.aliases.contains(name) }) { return model }
        if let model = catalog.models.first(where: { $0.endpoints.contains { $0.providerModelID == name } }) { return model }
        let needle = name.lowercased()
        let close = catalog.models.map(\.id.description).filter { $0.contains(needle) }.prefix(5)
        let hint = close.isEmpty ? "" : "; did you mean: \(close.joined(separator: ", "))"
        throw DiagnosticsError([.error("MODEL", "no model '\(name)' in the catalog (give author/slug, an alias or a provider model id)\(hint)")])
    }
}

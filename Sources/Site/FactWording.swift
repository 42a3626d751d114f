import ModelCatalog

/// Small shared wordings of model facts, so every page says them the same way.
enum FactWording {
    /// "text, image → text", or "—" when no modality is known.
    static func modalities(_ model: Model) -> String {
        if model.inputModalities.isEmpty && model.outputModalities.isEmpty { return "—" }
        let input = model.inputModalities.isEmpty ? "?" : model.inputModalities.joined(separator: ", ")
        let output = model.outputModalities.isEmpty ? "?" : model.outputModalities.joined(separator: ", ")
        return "\(input) → \(output)"
    }

    /// A capability as people read it: `structured_outputs` → "structured outputs".
    static func label(_ capability: Capability) -> String {
        capability.rawValue.replacingOccurrences(of: "_", with: " ")
    }
}

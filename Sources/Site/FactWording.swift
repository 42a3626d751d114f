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
        String(decoding: capability.rawValue.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }
}

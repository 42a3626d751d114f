/// A feature a model or endpoint may support, such as tool calling or vision.
///
/// Stored tri-state (`[Capability: Bool]`): absent means the sources do not say.
public struct Capability: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let tools = Capability("tools")
    public static let parallelTools = Capability("parallel_tools")
    public static let toolChoice = Capability("tool_choice")
    public static let structuredOutputs = Capability("structured_outputs")
    public static let reasoning = Capability("reasoning")
    public static let vision = Capability("vision")
    public static let audioInput = Capability("audio_input")
    public static let audioOutput = Capability("audio_output")
    public static let pdfInput = Capability("pdf_input")
    public static let videoInput = Capability("video_input")
    public static let webSearch = Capability("web_search")
    public static let promptCaching = Capability("prompt_caching")
    public static let computerUse = Capability("computer_use")
    public static let systemMessages = Capability("system_messages")
    public static let assistantPrefill = Capability("assistant_prefill")

    /// The capabilities the site shows as badges and filters, in display order.
    public static let highlighted: [Capability] = [.tools, .structuredOutputs, .reasoning, .vision, .audioInput, .pdfInput, .webSearch, .promptCaching, .computerUse]
}

import Mustache

/// A text value as the templates place it: the same output as the `String` it holds, for less
/// of swift-mustache's work per token.
///
/// swift-mustache renders a `String` only after three or four failed dynamic casts and a
/// `String(describing:)`, and looks names up inside a section over a string through `Mirror`.
/// This value is rendered as soon as the engine checks for `MustacheCustomRenderable`, and it
/// answers no names, so a lookup inside `{{#text}}…{{/text}}` goes straight up the context
/// stack. It keeps the string's transforms (`{{uppercased(name)}}`) for templates that use them.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let renderText: String

    init(_ text: String) {
        renderText = text
    }

    /// The text, or nil for a missing value (an absent section).
    init?(_ text: String?) {
        guard let text else { return nil }
        renderText = text
    }

    var isNull: Bool { false }

    func child(named: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { renderText.transform(name) }
}

import Mustache

/// A view model that answers its template's names: each text it gives is handed to
/// swift-mustache as a ``TemplateText``, the same output for less work per token.
protocol TemplateValues: MustacheParent {
    /// The value a template names `key`, or nil when there is none.
    func value(named key: String) -> Any?
}

extension TemplateValues {
    func child(named key: String) -> Any? {
        Self.templateValue(value(named: key))
    }

    /// `value` as the templates see it: a text as a ``TemplateText``, anything else as it is.
    private static func templateValue(_ value: Any?) -> Any? {
        if let text = value as? String { return TemplateText(text) }
        return value
    }
}

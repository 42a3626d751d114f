/// A page's view model as swift-mustache sees it: the page's values by name, each text handed
/// over as a ``TemplateText``.
struct TemplateView: TemplateValues {
    let values: [String: Any]

    func value(named key: String) -> Any? {
        values[key]
    }
}

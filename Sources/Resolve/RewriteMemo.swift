import Foundation

/// Remembers what the `[[rewrites]]` made of a last id segment, per set of rules that apply
/// to a provider, so the same model id served by several providers (or read again by
/// another command of the same run) runs the regular expressions once. Shared by the
/// copies of one ``IdentityResolver``; safe to use from several threads.
final class RewriteMemo: @unchecked Sendable {
    /// A rewritten segment and the names of the rules that changed it, in order.
    typealias Outcome = (text: String, applied: [String])

    private let lock = NSLock()
    private var ruleSets: [String: String] = [:]
    private var outcomes: [String: Outcome] = [:]

    /// The outcome for `text` under the rules `provider` selects, computed by `rewrite` the first time.
    func outcome(_ text: String, provider: String, rules: [RewriteRule], rewrite: () -> Outcome) -> Outcome {
        let key = ruleSet(of: provider, rules: rules) + "\u{0}" + text
        lock.lock()
        let known = outcomes[key]
        lock.unlock()
        if let known { return known }
        let computed = rewrite()
        lock.lock()
        outcomes[key] = computed
        lock.unlock()
        return computed
    }

    /// The indices of the rules that apply to `provider`, as a key.
    private func ruleSet(of provider: String, rules: [RewriteRule]) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let known = ruleSets[provider] { return known }
        let key = rules.indices.filter { rules[$0].applies(to: provider) }.map(String.init).joined(separator: ",")
        ruleSets[provider] = key
        return key
    }
}

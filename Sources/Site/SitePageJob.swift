import Foundation

/// One page of the site besides the model pages: where it goes, its template, and how its
/// view model is built (run on one of the rendering threads).
struct SitePageJob: @unchecked Sendable {
    let folder: String
    let template: String
    /// Whether the sitemap lists it.
    var listed = true
    var origin: String?
    /// How many table rows it lists (models, endpoints): what its size and memory follow.
    var rows = 0
    let view: (PageBuilder) -> [String: Any]

    init(folder: String, template: String, listed: Bool = true, origin: String? = nil, rows: Int = 0, view: @escaping (PageBuilder) -> [String: Any]) {
        self.folder = folder
        self.template = template
        self.listed = listed
        self.origin = origin
        self.rows = rows
        self.view = view
    }

    /// The jobs in order, cut into batches of at most `maximumCount` jobs whose rows add up to
    /// at most `rowBudget` (a job over the budget is a batch of its own).
    static func batches(_ jobs: [SitePageJob], rowBudget: Int, maximumCount: Int = 8) -> [[SitePageJob]] {
        var batches: [[SitePageJob]] = []
        var current: [SitePageJob] = []
        var rows = 0
        for job in jobs {
            if !current.isEmpty, current.count == maximumCount || rows + job.rows > rowBudget {
                batches.append(current)
                current = []
                rows = 0
            }
            current.append(job)
            rows += job.rows
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }
}

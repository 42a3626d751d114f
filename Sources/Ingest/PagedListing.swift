import Foundation
import ModelCatalog

/// The items of a listing served in pages: a snapshot of one or more page files, read in
/// the snapshot's order, each `{<itemsKey>: [...], <paging keys>}` (or a bare array where a
/// provider serves one). Shared by the OpenAI-style, Anthropic and Gemini readers.
struct PagedListing {
    /// One item of one page, with where it was found.
    struct Item {
        let page: Int
        let object: JSONObjectReader
    }

    /// One page's top-level object (nil for a bare-array page).
    struct Page {
        let file: String
        let top: JSONObjectReader?
    }

    var items: [Item] = []
    var pages: [Page] = []
    /// Items that are not objects, counted as records but unusable (reported as errors).
    var recordCount = 0

    /// Splits the snapshot into items; page-level problems go to `log`.
    init(_ snapshot: Snapshot, itemsKey: String, pageKeys: Set<String>, allowBareArray: Bool, _ log: inout DiagnosticLog) {
        for (pageIndex, file) in snapshot.files.enumerated() {
            let root: JSONValue
            do { root = try JSONValue.parse(file.data, file: file.path, warnings: &log.warnings) } catch { log.errors.append(error); continue }
            var list: [JSONValue]
            var prefix: String
            switch root {
            case .array(let array) where allowBareArray:
                list = array
                prefix = ""
                pages.append(Page(file: file.path, top: nil))
            case .object(let object):
                let top = JSONObjectReader(file: file.path, path: "", object: object)
                top.warnUnknownKeys(known: pageKeys.union([itemsKey]), &log)
                pages.append(Page(file: file.path, top: top))
                guard let value = object[itemsKey] else {
                    if !object.isEmpty { log.errors.append(.error(file.path, at: itemsKey, "missing; expected the array of models")) }
                    continue
                }
                guard let array = value.arrayValue else {
                    log.errors.append(.error(file.path, at: itemsKey, "expected an array of models, found \(value.typeName)"))
                    continue
                }
                list = array
                prefix = itemsKey
            default:
                log.errors.append(.error(file.path, "expected {\"\(itemsKey)\": [...]}, found \(root.typeName)"))
                continue
            }
            recordCount += list.count
            for (index, value) in list.enumerated() {
                let path = "\(prefix)[\(index)]"
                guard let object = value.objectValue else {
                    log.errors.append(.error(file.path, at: path, "expected an object describing a model, found \(value.typeName)"))
                    continue
                }
                items.append(Item(page: pageIndex, object: JSONObjectReader(file: file.path, path: path, object: object)))
            }
        }
    }

    /// Reads each item with `makeEntry`, skipping items without an id and ids already seen
    /// on an earlier page (reported with both places). Errors drop the entry and fail the read.
    static func collect(
        _ listing: PagedListing, idKey: String, into result: inout ReadResult, _ log: inout DiagnosticLog,
        makeEntry: (JSONObjectReader, String, inout DiagnosticLog) -> ListingEntry?
    ) {
        var seen: [String: String] = [:]
        for item in listing.items {
            let errorCount = log.errors.count
            guard let rawID = item.object.string(idKey, &log), !rawID.isEmpty else {
                if log.errors.count == errorCount { result.skip("no id (\(idKey))") }
                continue
            }
            if let earlier = seen[rawID] {
                result.skip("duplicate id (listed again on a later page)")
                log.warnings.append(.warning(item.object.file, at: item.object.path, "duplicate of '\(rawID)' at \(earlier); skipped"))
                continue
            }
            seen[rawID] = "\(item.object.file): \(item.object.path)"
            guard let entry = makeEntry(item.object, rawID, &log) else {
                if log.errors.count == errorCount { result.skip("not a model") }
                continue
            }
            if log.errors.count == errorCount { result.entries.append(entry) }
        }
    }
}

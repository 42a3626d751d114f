import Foundation
import ModelCatalog
import Notes

/// The notes stage: reads `notes/**/*.md` from the catalog folder and renders them,
/// both cores at once (each note is independent).
enum NotesStage {
    /// Every note of the catalog folder, in path order, or every error found reading them.
    static func read(_ folder: CatalogFolder) throws(DiagnosticsError) -> [Note] {
        let files: [(path: String, data: Data)]
        do { files = try folder.files(under: "notes", withExtension: "md") } catch { throw DiagnosticsError([error]) }
        let results = ParallelMap.map(files) { file -> Result<Note, DiagnosticsError> in
            do {
                return .success(try Note(file: file.path, contents: file.data))
            } catch let error as DiagnosticsError {
                return .failure(error)
            } catch {
                return .failure(DiagnosticsError([.error(file.path, "\(error)")]))
            }
        }
        var notes: [Note] = []
        var errors: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let note): notes.append(note)
            case .failure(let error): errors += error.diagnostics
            }
        }
        if !errors.isEmpty { throw DiagnosticsError(errors) }
        return notes
    }
}

/// Maps independent items on every core, keeping the input order.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }
}

/// Slots filled from several threads, each index written once; read after all writes end.
private final class ResultSlots<R: Sendable>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [R] { slots.compactMap { $0 } }
}

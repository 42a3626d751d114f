import Foundation
import ModelCatalog
import Notes
import Site

/// The notes stage: reads `notes/**/*.md` from the catalog folder and renders them,
/// both cores at once (each note is independent).
enum NotesStage {
    /// Every note of the catalog folder, in path order, or every error found reading them.
    static func read(_ folder: CatalogFolder) throws(DiagnosticsError) -> [Note] {
        let files: [(path: String, data: Data)]
        do { files = try folder.files(under: "notes", withExtension: "md") } catch { throw DiagnosticsError([error]) }
        // A note renders in well under a millisecond: small chunks keep both cores busy.
        let results = ConcurrentMap.map(files, chunk: 8) { file -> Result<Note, DiagnosticsError> in
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

import Foundation
import ModelCatalog
import Notes
import Site

/// The notes stage: reads `notes/**/*.md` from the catalog folder and renders them,
/// both cores at once (each note is independent).
enum NotesStage {
    /// Every note of the catalog folder, in path order, or every error found reading them.
    static func read(_ folder: CatalogFolder) throws(DiagnosticsError) -> [Note] {
        // Each file is read just before its note is built and let go after, so a catalog of
        // tens of thousands of notes never holds every file's bytes at once. A note renders in
        // well under a millisecond: small chunks keep both cores busy.
        let results = ConcurrentMap.map(folder.paths(under: "notes", withExtension: "md"), chunk: 8) { path -> Result<Note, NoteFailure> in
            let contents: Data
            do throws(Diagnostic) { contents = try folder.contents(of: path) } catch { return .failure(.unreadable(error)) }
            do throws(DiagnosticsError) {
                return .success(try Note(file: path, contents: contents))
            } catch {
                return .failure(.invalid(error))
            }
        }
        var notes: [Note] = []
        var errors: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let note): notes.append(note)
            case .failure(.invalid(let error)): errors += error.diagnostics
            // The first file that cannot be read (in path order) stops the stage alone.
            case .failure(.unreadable(let error)): throw DiagnosticsError([error])
            }
        }
        if !errors.isEmpty { throw DiagnosticsError(errors) }
        return notes
    }

    /// Why a note file gave no note: it could not be read, or its contents are not a valid note.
    private enum NoteFailure: Error {
        case unreadable(Diagnostic)
        case invalid(DiagnosticsError)
    }
}

import ModelCatalog
import Testing

@testable import Notes

@Suite("What a note is about")
struct SubjectTests {
    @Test func pathsGiveTheSubject() throws {
        #expect(try NoteSubject(path: "notes/openai/gpt-4.1.md") == .model(ModelID(author: "openai", slug: "gpt-4.1")))
        #expect(try NoteSubject(path: "/srv/catalog/notes/meta-llama/llama-3.3-70b-instruct.md") == .model(ModelID(author: "meta-llama", slug: "llama-3.3-70b-instruct")))
        #expect(try NoteSubject(path: "notes/providers/together.md") == .provider("together"))
    }

    @Test func badPathsAreErrorsNamingTheFile() {
        let upper = #expect(throws: Diagnostic.self) { try NoteSubject(path: "notes/OpenAI/GPT 5.md") }
        #expect(upper?.file == "notes/OpenAI/GPT 5.md")
        #expect(upper?.message.contains("did you mean notes/openai/gpt-5.md?") == true)
        #expect(throws: Diagnostic.self) { try NoteSubject(path: "notes/readme.md") }
        #expect(throws: Diagnostic.self) { try NoteSubject(path: "notes/openai/gpt-5.txt") }
        #expect(throws: Diagnostic.self) { try NoteSubject(path: "docs/openai/gpt-5.md") }
    }

    @Test func aNoteForAnUnknownModelFailsClearly() throws {
        let note = try Note(file: "notes/acme/rocket-0.md", text: "Old.")
        let found = note.checkSubject(knownModels: [ModelID(author: "acme", slug: "rocket-1")], knownProviders: [])
        #expect(found.map(\.description) == [
            "error: notes/acme/rocket-0.md: note for model 'acme/rocket-0', which is not in the catalog; fix the file name to a catalog model id, or set status = \"upcoming\" or \"retired\" in the front matter"
        ])
    }

    @Test(arguments: ["upcoming", "retired"])
    func upcomingAndRetiredNotesMayDescribeUnknownModels(_ status: String) throws {
        let note = try Note(file: "notes/acme/rocket-0.md", text: "+++\nstatus = \"\(status)\"\n+++\nText.")
        #expect(note.checkSubject(knownModels: [], knownProviders: []).isEmpty)
    }

    @Test func upcomingNoteOfAListedModelWarns() throws {
        let note = try Note(file: "notes/acme/rocket-1.md", text: "+++\nstatus = \"upcoming\"\n+++\n")
        let found = note.checkSubject(knownModels: [ModelID(author: "acme", slug: "rocket-1")], knownProviders: [])
        #expect(found.map(\.severity) == [.warning])
    }

    @Test func providerNotesNeedAKnownProvider() throws {
        let note = try Note(file: "notes/providers/acme-cloud.md", text: "A host.")
        #expect(note.checkSubject(knownModels: [], knownProviders: ["acme-cloud"]).isEmpty)
        #expect(note.checkSubject(knownModels: [], knownProviders: []).first?.message.contains("provider 'acme-cloud'") == true)
    }

    @Test func checkGathersEveryNoteSorted() throws {
        let notes = [
            try Note(file: "notes/acme/zeta.md", text: "[x](model:acme/none)"),
            try Note(file: "notes/acme/alpha.md", text: "<b>raw</b>"),
        ]
        let found = Note.check(notes, knownModels: [ModelID(author: "acme", slug: "zeta")], knownProviders: [])
        #expect(found.map(\.file) == ["notes/acme/alpha.md", "notes/acme/alpha.md", "notes/acme/alpha.md", "notes/acme/zeta.md"])
    }
}

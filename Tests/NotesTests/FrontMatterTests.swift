import ModelCatalog
import Testing

@testable import Notes

@Suite("Front matter")
struct FrontMatterTests {
    static let full = """
        +++
        name = "Rocket 1"
        description = "A fast   model\\nfor rockets."
        tags = ["Coding", "long context", "coding"]
        release_date = 2025-05-22
        knowledge_cutoff = "2025-03"
        open_weights = true
        featured = true
        hidden = true
        deprecation_date = 2026-01-15
        retirement_date = "2026-04-15"
        successor = "acme/rocket-2"
        status = "retired"

        [[links]]
        title = "Model card"
        url = "https://acme.example/rocket-1"

        [[links]]
        title = "Rocket 2"
        url = "model:acme/rocket-2"
        +++
        Rocket 1 is a model.
        """

    @Test func everyFieldIsRead() throws {
        let note = try modelNote(Self.full)
        let matter = note.frontMatter
        #expect(matter.name == "Rocket 1")
        #expect(matter.description == "A fast model for rockets.")
        #expect(matter.tags == ["coding", "long-context"])
        #expect(matter.releaseDate == "2025-05-22")
        #expect(matter.knowledgeCutoff == "2025-03")
        #expect(matter.openWeights == true)
        #expect(matter.featured)
        #expect(matter.hidden)
        #expect(matter.deprecationDate == "2026-01-15")
        #expect(matter.retirementDate == "2026-04-15")
        #expect(matter.successor == ModelID("acme/rocket-2"))
        #expect(matter.status == .retired)
        #expect(
            matter.links == [
                .init(title: "Model card", url: "https://acme.example/rocket-1"), .init(title: "Rocket 2", url: "/models/acme/rocket-2/"),
            ])
        #expect(note.diagnostics.isEmpty)
        #expect(note.summary == "A fast model for rockets.", "the description overrides the excerpt")
        #expect(note.excerpt == "Rocket 1 is a model.")
    }

    @Test func eachFieldAloneOverridesOnlyItself() throws {
        let cases: [(String, (NoteFrontMatter) -> Bool)] = [
            (#"name = "N""#, { $0.name == "N" }),
            (#"description = "D""#, { $0.description == "D" }),
            (#"tags = ["t"]"#, { $0.tags == ["t"] }),
            ("release_date = 2024-12-01", { $0.releaseDate == "2024-12-01" }),
            (#"release_date = "2024-12""#, { $0.releaseDate == "2024-12" }),
            ("knowledge_cutoff = 2024-06-01", { $0.knowledgeCutoff == "2024-06-01" }),
            ("open_weights = false", { $0.openWeights == false }),
            (#"links = [{ title = "T", url = "/compare/" }]"#, { $0.links == [.init(title: "T", url: "/compare/")] }),
            ("featured = true", { $0.featured }),
            ("hidden = true", { $0.hidden }),
            ("deprecation_date = 2026-02-01", { $0.deprecationDate == "2026-02-01" }),
            ("retirement_date = 2026-03-01", { $0.retirementDate == "2026-03-01" }),
            (#"successor = "acme/rocket-2""#, { $0.successor == ModelID("acme/rocket-2") }),
            (#"status = "upcoming""#, { $0.status == .upcoming }),
        ]
        for (line, check) in cases {
            let note = try modelNote("+++\n\(line)\n+++\nBody.")
            #expect(check(note.frontMatter), "\(line)")
            var others = note.frontMatter
            others.name = nil; others.description = nil; others.tags = nil; others.releaseDate = nil
            others.knowledgeCutoff = nil; others.openWeights = nil; others.links = nil; others.featured = false
            others.hidden = false; others.deprecationDate = nil; others.retirementDate = nil; others.successor = nil
            others.status = nil
            #expect(others == NoteFrontMatter(), "only \(line) is set")
            #expect(note.diagnostics.isEmpty, "\(note.diagnostics)")
        }
    }

    @Test func noFrontMatterSetsNothing() throws {
        let note = try modelNote("Just text.\n\n+++\nnot front matter\n+++\n")
        #expect(note.frontMatter == NoteFrontMatter())
        #expect(note.summary == "Just text.")
    }

    @Test func invalidTOMLNamesTheLineInTheNoteFile() {
        let text = "+++\nname = \"ok\"\ntags = [\"a\",\nopen_weights = yes\n+++\nBody"
        let error = #expect(throws: DiagnosticsError.self) { try modelNote(text) }
        let diagnostic = error?.diagnostics.first
        #expect(diagnostic?.file == "notes/acme/rocket-1.md")
        #expect(diagnostic?.location == "line 4", "\(String(describing: diagnostic))")
        #expect(diagnostic?.message.hasPrefix("invalid TOML") == true)
    }

    @Test func wrongTypesAreAllReportedWithKeyPaths() {
        let text = """
            +++
            name = 3
            open_weights = "yes"
            tags = ["ok", 4]
            featured = 1
            successor = "Not An Id"
            status = "beta"
            release_date = "May 2025"
            deprecation_date = 2026-05-01
            retirement_date = 2026-04-01
            links = [{ title = "x" }, { title = "y", url = "javascript:alert(1)" }]
            +++
            """
        let error = #expect(throws: DiagnosticsError.self) { try modelNote(text) }
        let found = Dictionary(uniqueKeysWithValues: (error?.diagnostics ?? []).map { ($0.location ?? "", $0.message) })
        #expect(found["name"] == "expected a string, found an integer")
        #expect(found["open_weights"] == "expected a boolean (true or false), found a string")
        #expect(found["tags[1]"] == "expected a string, found an integer")
        #expect(found["featured"] == "expected a boolean (true or false), found an integer")
        #expect(found["successor"]?.contains("expected a model id") == true)
        #expect(found["status"] == #"expected one of "upcoming", "retired", found "beta""#)
        #expect(found["release_date"] == "expected a date YYYY-MM-DD or YYYY-MM, found 'May 2025'")
        #expect(found["retirement_date"] == "2026-04-01 is before deprecation_date 2026-05-01")
        #expect(found["links[0].url"] == "missing; expected a string")
        #expect(found["links[1].url"]?.contains("'javascript:' scheme is not allowed") == true)
        #expect(error?.diagnostics.allSatisfy { $0.file == "notes/acme/rocket-1.md" && $0.severity == .error } == true)
    }

    @Test func unknownKeyWarns() throws {
        let note = try modelNote("+++\nrelease = 2025-01-01\n[[links]]\ntitle = \"t\"\nurl = \"https://x.example\"\nhref = \"y\"\n+++\n")
        #expect(note.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(note.diagnostics.map(\.location) == ["links[0].href", "release"])
        #expect(note.diagnostics.last?.message.hasPrefix("unknown key; expected one of:") == true)
    }

    @Test func modelKeysInAProviderNoteWarn() throws {
        let note = try Note(file: "notes/providers/acme-cloud.md", text: "+++\nname = \"Acme Cloud\"\nopen_weights = true\n+++\nA host.")
        #expect(note.subject == .provider("acme-cloud"))
        #expect(note.frontMatter.name == "Acme Cloud")
        #expect(note.frontMatter.openWeights == nil)
        #expect(note.diagnostics.map(\.location) == ["open_weights"])
        #expect(note.diagnostics.first?.message == "applies to model notes only; ignored in a provider note")
    }

    @Test func unclosedFrontMatterFails() {
        let error = #expect(throws: DiagnosticsError.self) { try modelNote("+++\nname = \"x\"\n\nBody") }
        #expect(error?.diagnostics.first?.location == "line 1")
        #expect(error?.diagnostics.first?.message.contains("never closed") == true)
    }

    @Test func crlfAndByteOrderMarkAreAccepted() throws {
        let note = try modelNote("\u{FEFF}+++\r\nname = \"CRLF\"\r\n+++\r\nBody text.\r\n")
        #expect(note.frontMatter.name == "CRLF")
        #expect(note.excerpt == "Body text.")
    }

    @Test func selfSuccessorFails() {
        let error = #expect(throws: DiagnosticsError.self) { try modelNote("+++\nsuccessor = \"acme/rocket-1\"\n+++\n") }
        #expect(error?.diagnostics.first?.message == "a model cannot be its own successor")
    }
}

import ModelCatalog
import Testing

@testable import Notes

@Suite("Links between notes")
struct LinkCheckTests {
    static let text = """
        +++
        name = "Rocket 1"
        +++
        Rocket 1 is older than [Rocket 2](/models/acme/rocket-2/) and
        cheaper than [Comet](model:acme/comet-3#pricing).

        - Served by [Acme Cloud](provider:acme-cloud) and
          [Nowhere](/providers/nowhere/).
        - Compare [Ghost](/models/ghost/phantom) and [the list](/compare/cheapest/).

        [Ghost again](model:ghost/phantom)
        """

    @Test func linksAreCollectedWithTheirFileLines() throws {
        let note = try modelNote(Self.text)
        #expect(
            note.links == [
                NoteLink(target: .model(ModelID(author: "acme", slug: "rocket-2")), destination: "/models/acme/rocket-2/", line: 4),
                NoteLink(target: .model(ModelID(author: "acme", slug: "comet-3")), destination: "model:acme/comet-3#pricing", line: 5),
                NoteLink(target: .provider("acme-cloud"), destination: "provider:acme-cloud", line: 7),
                NoteLink(target: .provider("nowhere"), destination: "/providers/nowhere/", line: 8),
                NoteLink(target: .model(ModelID(author: "ghost", slug: "phantom")), destination: "/models/ghost/phantom", line: 9),
                NoteLink(target: .model(ModelID(author: "ghost", slug: "phantom")), destination: "model:ghost/phantom", line: 11),
            ])
    }

    @Test func shortFormsRenderAsCanonicalRootRelativeURLs() throws {
        let html = try modelNote(Self.text).html
        #expect(html.contains(##"<a href="/models/acme/comet-3/#pricing">Comet</a>"##))
        #expect(html.contains(#"<a href="/providers/acme-cloud/">Acme Cloud</a>"#))
        #expect(html.contains(#"<a href="/models/ghost/phantom/">Ghost</a>"#))
    }

    @Test func unknownModelsAndProvidersAreErrorsWithLines() throws {
        let note = try modelNote(Self.text)
        let known: Set<ModelID> = [ModelID(author: "acme", slug: "rocket-2"), ModelID(author: "acme", slug: "comet-3")]
        let found = note.checkLinks(knownModels: known, knownProviders: ["acme-cloud"])
        #expect(found.map(\.description) == [
            "error: notes/acme/rocket-1.md: line 8: link to provider 'nowhere' (/providers/nowhere/), which is not in the catalog",
            "error: notes/acme/rocket-1.md: line 9: link to model 'ghost/phantom' (/models/ghost/phantom), which is not in the catalog",
            "error: notes/acme/rocket-1.md: line 11: link to model 'ghost/phantom' (model:ghost/phantom), which is not in the catalog",
        ])
        #expect(note.checkLinks(knownModels: known).count == 2, "providers are checked only when given")
    }

    @Test func unknownSuccessorIsAnError() throws {
        let note = try modelNote("+++\nsuccessor = \"acme/rocket-9\"\n+++\n")
        #expect(note.checkLinks(knownModels: []).map(\.description) == ["error: notes/acme/rocket-1.md: successor: successor 'acme/rocket-9' is not in the catalog"])
    }

    @Test func malformedModelLinksAreRejectedWhenRendering() {
        let rendered = render("[a](/models/Acme/Rocket/) [b](/models/acme/) [c](model:acme) [d](/models/a/b/c/)")
        #expect(rendered.links.isEmpty)
        #expect(rendered.diagnostics.count == 4)
        #expect(rendered.diagnostics.allSatisfy { $0.message.contains("model") })
    }

    @Test func rootPrefixRewritesOnlyRootRelativeAttributes() throws {
        let note = try modelNote("[a](/models/acme/rocket-2/) ![b](/assets/b.png) [c](https://x.example/) [d](#top) `href=\"/x\"`")
        let html = note.html(rootPrefix: "../../../")
        #expect(html.contains(#"href="../../../models/acme/rocket-2/""#))
        #expect(html.contains(#"src="../../../assets/b.png""#))
        #expect(html.contains(#"href="https://x.example/""#))
        #expect(html.contains(##"href="#top""##))
        #expect(html.contains("<code>href=&quot;/x&quot;</code>"), "text is not touched")
        #expect(RootRelativeURLs.rewrite(note.html, rootPrefix: "https://example.org/dir/").contains(#"href="https://example.org/dir/models/acme/rocket-2/""#))
    }
}

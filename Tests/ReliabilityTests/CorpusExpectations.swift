/// The pinned result of every corpus input (see ``BadInputCorpusTests``): the exact
/// diagnostics, as printed by `modelcat build`.
enum CorpusExpectations {
    /// What a build of one input gives.
    enum Outcome: Equatable {
        /// The build stops with exactly these diagnostics, sorted.
        case fails([String])
        /// The build succeeds (hostile ids sanitized) with these warnings.
        case builds(warnings: [String])

        var swiftSource: String {
            switch self {
            case .fails(let lines): ".fails([\n" + lines.map { "            \(swiftLiteral($0)),\n" }.joined() + "        ])"
            case .builds(let lines): ".builds(warnings: [" + (lines.isEmpty ? "" : "\n" + lines.map { "            \(swiftLiteral($0)),\n" }.joined() + "        ") + "])"
            }
        }
    }

    static let all: [String: Outcome] = [
        "aliases/bad-syntax.toml": .fails([
            "error: aliases.toml: line 1: invalid TOML: Error while parsing table header: expected ']', saw '\\n'",
        ]),
        "aliases/wrong-type.toml": .fails([
            "error: aliases.toml: aliases: unknown key; expected one of: authors, dated_aliases, families, models, providers, rewrites, rules",
        ]),
        "anthropic/created-at-number.json": .fails([
            "error: sources/bad.json: data[0].created_at: expected a string, found a number",
        ]),
        "anthropic/data-string.json": .fails([
            "error: sources/bad.json: data: expected an array of models, found a string",
        ]),
        "catalog/bad-syntax.toml": .fails([
            "error: catalog.toml: line 1: invalid TOML: Error while parsing table header: expected ']', saw '\\n'",
        ]),
        "catalog/base-url-javascript.toml": .fails([
            "error: catalog.toml: site.base_url: expected an http:// or https:// URL without spaces, found 'javascript:alert(1)//'",
        ]),
        "catalog/bom.toml": .builds(warnings: [
            "warning: catalog.toml: sources: no [[sources]] listed; the site will have no models",
        ]),
        "catalog/duplicate-source.toml": .fails([
            "error: catalog.toml: sources[1].id: duplicate source id 's'",
        ]),
        "catalog/empty.toml": .builds(warnings: [
            "warning: catalog.toml: sources: no [[sources]] listed; the site will have no models",
        ]),
        "catalog/missing-snapshot.toml": .fails([
            "error: sources/gone.json: snapshot of source 'gone' not found (run `modelcat fetch --source gone`)",
        ]),
        "catalog/snapshot-absolute.toml": .fails([
            "error: catalog.toml: sources[0].snapshot: expected a path inside the catalog folder, found '/etc/passwd'",
        ]),
        "catalog/snapshot-traversal.toml": .fails([
            "error: catalog.toml: sources[0].snapshot: expected a path inside the catalog folder, found '../../etc/passwd'",
        ]),
        "catalog/source-id-traversal.toml": .fails([
            "error: catalog.toml: sources[0].id: expected an id of lowercase letters, digits, '.', '_' or '-', found '../x'",
        ]),
        "catalog/title-wrong-type.toml": .fails([
            "error: catalog.toml: site.title: expected a string, found an integer",
        ]),
        "catalog/triple-bracket-header.toml": .fails([
            "error: catalog.toml: line 1: invalid TOML: expected a table name (letters, digits, '_', '-' or a quoted name) after '[', found '['",
        ]),
        "catalog/unknown-format.toml": .fails([
            "error: catalog.toml: sources[0].format: unknown format 'yaml'; expected one of: litellm, gateway, gateway-endpoints, openai, anthropic, gemini, models.dev",
        ]),
        "gateway-endpoints/data-array.json": .fails([
            "error: sources/bad.json: data: expected an object, found an array",
        ]),
        "gateway-endpoints/endpoint-context-negative.json": .fails([
            "error: sources/bad.json: data.endpoints[0].context_length: expected a non-negative whole number, found -1",
        ]),
        "gateway-endpoints/endpoint-price-negative.json": .builds(warnings: [
            "warning: sources/bad.json: data.endpoints[0].pricing.prompt: price -5 means variable or unknown; recorded as unknown",
        ]),
        "gateway-endpoints/endpoints-not-array.json": .fails([
            "error: sources/bad.json: data.endpoints: expected an array, found an object",
        ]),
        "gateway/context-string.json": .fails([
            "error: sources/bad.json: data[0].context_length: expected a number, found a string",
        ]),
        "gateway/data-not-array.json": .fails([
            "error: sources/bad.json: data: expected an array of models, found an object",
        ]),
        "gateway/description-10mb.json": .fails([
            "error: sources/bad.json: line 1: string of 10485761 bytes at data[0].description; expected at most 1048576 bytes",
        ]),
        "gateway/duplicate-id.json": .builds(warnings: [
            "warning: sources/bad.json: data[1]: duplicate of 'acme/m-1' at sources/bad.json: data[0]; skipped",
        ]),
        "gateway/duplicate-price-key.json": .builds(warnings: [
            "warning: sources/bad.json: line 3: duplicate key \"prompt\" in data[0].pricing with a different value than at line 2; the value at line 2 is read, this one is ignored",
        ]),
        "gateway/empty.json": .fails([
            "error: sources/bad.json: the file is empty; expected a JSON document",
        ]),
        "gateway/id-missing.json": .builds(warnings: []),
        "gateway/id-number.json": .fails([
            "error: sources/bad.json: data[0].id: expected a string, found a number",
        ]),
        "gateway/id-traversal.json": .builds(warnings: []),
        "gateway/no-data.json": .fails([
            "error: sources/bad.json: data: missing; expected the array of models",
        ]),
        "gateway/price-garbage.json": .fails([
            "error: sources/bad.json: data[0].pricing.prompt: expected a price as a decimal string in USD, found a string \"1.2.3\"",
        ]),
        "gateway/price-huge.json": .fails([
            "error: sources/bad.json: data[0].pricing.prompt: expected a price of at most 1000000 USD per unit, found 10000000000000000000000000000000000000000",
        ]),
        "gateway/price-infinity-string.json": .fails([
            "error: sources/bad.json: data[0].pricing.prompt: expected a price as a decimal string in USD, found a string \"Infinity\"",
        ]),
        "gateway/price-nan-string.json": .fails([
            "error: sources/bad.json: data[0].pricing.prompt: expected a price as a decimal string in USD, found a string \"NaN\"",
        ]),
        "gateway/price-object.json": .fails([
            "error: sources/bad.json: data[0].pricing.prompt: expected a price as a decimal string in USD, found an object",
        ]),
        "gateway/price-trailing-minus.json": .fails([
            "error: sources/bad.json: data[0].pricing.prompt: expected a price as a decimal string in USD, found a string \"0.000001-\"",
        ]),
        "gemini/invalid-utf8.json": .fails([
            "error: sources/bad.json: line 1, column 23: invalid JSON: expected UTF-8 text, found bytes that are not UTF-8 in a string",
        ]),
        "gemini/models-object.json": .fails([
            "error: sources/bad.json: models: expected an array of models, found an object",
        ]),
        "gemini/token-limit-string.json": .fails([
            "error: sources/bad.json: models[0].inputTokenLimit: expected a number, found a string",
        ]),
        "litellm/capability-string.json": .fails([
            "error: sources/bad.json: [\"m-1\"].supports_vision: expected true or false, found a string",
        ]),
        "litellm/comment.json": .fails([
            "error: sources/bad.json: line 1, column 1: invalid JSON: expected a JSON value or punctuation, found '/'",
        ]),
        "litellm/context-float.json": .fails([
            "error: sources/bad.json: [\"m-1\"].max_input_tokens: expected a whole number, found 1000.5",
        ]),
        "litellm/context-huge.json": .fails([
            "error: sources/bad.json: invalid JSON: a number outside the exact decimal range (at most 38 significant digits, exponent -128 to 127)",
        ]),
        "litellm/context-negative.json": .fails([
            "error: sources/bad.json: [\"m-1\"].max_input_tokens: expected a non-negative whole number below 10^12, found -5",
        ]),
        "litellm/deeply-nested.json": .fails([
            "error: sources/bad.json: line 1, column 521: invalid JSON: Too many nested arrays or dictionaries",
        ]),
        "litellm/duplicate-field.json": .builds(warnings: [
            "warning: sources/bad.json: line 3: duplicate key \"input_cost_per_token\" in [\"m-1\"] with a different value than at line 2; the value at line 2 is read, this one is ignored",
        ]),
        "litellm/duplicate-key-same-value.json": .builds(warnings: [
            "warning: sources/bad.json: line 3: duplicate key \"m-1\" in the top-level object, same value as at line 2; read once",
        ]),
        "litellm/duplicate-key.json": .builds(warnings: [
            "warning: sources/bad.json: line 3: duplicate key \"m-1\" in the top-level object with a different value than at line 2; the value at line 2 is read, this one is ignored",
        ]),
        "litellm/empty.json": .fails([
            "error: sources/bad.json: the file is empty; expected a JSON document",
        ]),
        "litellm/entry-not-object.json": .fails([
            "error: sources/bad.json: [\"m-1\"]: expected an object describing a model, found a number",
        ]),
        "litellm/huge-exponent.json": .fails([
            "error: sources/bad.json: invalid JSON: expected a number a decimal can hold, found 1e400",
        ]),
        "litellm/id-absolute.json": .builds(warnings: []),
        "litellm/id-dot-dot.json": .builds(warnings: []),
        "litellm/id-fullwidth.json": .builds(warnings: []),
        "litellm/id-lookalike.json": .builds(warnings: []),
        "litellm/id-nul.json": .builds(warnings: []),
        "litellm/id-only-symbols.json": .builds(warnings: []),
        "litellm/id-script.json": .builds(warnings: []),
        "litellm/id-very-long.json": .builds(warnings: []),
        "litellm/infinity-literal.json": .fails([
            "error: sources/bad.json: line 1, column 64: invalid JSON: expected a JSON value or punctuation, found 'I'",
        ]),
        "litellm/invalid-utf8.json": .fails([
            "error: sources/bad.json: line 1, column 31: invalid JSON: expected UTF-8 text, found bytes that are not UTF-8 in a string",
        ]),
        "litellm/nan-literal.json": .fails([
            "error: sources/bad.json: line 1, column 64: invalid JSON: expected a JSON value or punctuation, found 'N'",
        ]),
        "litellm/nested-600.json": .fails([
            "error: sources/bad.json: line 1, column 2566: invalid JSON: Too many nested arrays or dictionaries",
        ]),
        "litellm/nul-byte.json": .fails([
            "error: sources/bad.json: line 1, column 40: invalid JSON: expected a JSON value or punctuation, found byte 0x0",
        ]),
        "litellm/off-peak-wrong-types.json": .fails([
            "error: sources/bad.json: [\"m-1\"].off_peak_pricing.windows[0]: expected {\"weekdays\": [...], \"hours_utc\": ...}",
        ]),
        "litellm/price-as-string.json": .fails([
            "error: sources/bad.json: [\"m-1\"].input_cost_per_token: expected a price as a JSON number (USD), found a string \"0.000001\"",
        ]),
        "litellm/price-bool.json": .fails([
            "error: sources/bad.json: [\"m-1\"].output_cost_per_token: expected a price as a JSON number (USD), found a boolean",
        ]),
        "litellm/price-huge.json": .fails([
            "error: sources/bad.json: [\"m-1\"].input_cost_per_token: expected a price of at most 1000000 USD per unit, found 1000000000000000000000000000000",
        ]),
        "litellm/price-negative.json": .fails([
            "error: sources/bad.json: [\"m-1\"].input_cost_per_token: expected a price of zero or more, found -0.000001",
        ]),
        "litellm/price-null.json": .fails([
            "error: sources/bad.json: [\"m-1\"].input_cost_per_token: expected a price as a JSON number (USD), found null",
        ]),
        "litellm/provider-backslash.json": .builds(warnings: []),
        "litellm/provider-case-collision.json": .fails([
            "error: site: provider acme: the same path: 'providers/acme/index.html' (provider acme) and 'providers/acme/index.html' (provider Acme); one would overwrite the other",
        ]),
        "litellm/provider-dot-dot.json": .builds(warnings: []),
        "litellm/provider-number.json": .fails([
            "error: sources/bad.json: [\"m-1\"].litellm_provider: expected a string, found a number",
        ]),
        "litellm/regions-not-array.json": .fails([
            "error: sources/bad.json: [\"m-1\"].supported_regions: expected an array of strings, found a string",
        ]),
        "litellm/search-price-string.json": .fails([
            "error: sources/bad.json: [\"m-1\"].search_context_cost_per_query.search_context_size_low: expected a price as a JSON number (USD), found a string \"free\"",
        ]),
        "litellm/single-quotes.json": .fails([
            "error: sources/bad.json: line 1, column 2: invalid JSON: expected a JSON value or punctuation, found '''",
        ]),
        "litellm/string-10mb.json": .fails([
            "error: sources/bad.json: line 1: string of 10485760 bytes at [\"m-1\"].mode; expected at most 1048576 bytes",
        ]),
        "litellm/tiers-bad-range.json": .fails([
            "error: sources/bad.json: [\"m-1\"].tiered_pricing[0]: expected {\"range\": [from, to], prices...} with from a token count from 0 to 10^12",
        ]),
        "litellm/tiers-huge-threshold.json": .fails([
            "error: sources/bad.json: invalid JSON: a number outside the exact decimal range (at most 38 significant digits, exponent -128 to 127)",
        ]),
        "litellm/tiers-threshold-1e30.json": .fails([
            "error: sources/bad.json: [\"m-1\"].tiered_pricing[0]: expected {\"range\": [from, to], prices...} with from a token count from 0 to 10^12",
        ]),
        "litellm/top-level-array.json": .fails([
            "error: sources/bad.json: expected a JSON object of model entries, found an array",
        ]),
        "litellm/top-level-null.json": .fails([
            "error: sources/bad.json: expected a JSON object of model entries, found null",
        ]),
        "litellm/top-level-string.json": .fails([
            "error: sources/bad.json: expected a JSON object of model entries, found a string",
        ]),
        "litellm/trailing-comma.json": .builds(warnings: []),
        "litellm/truncated.json": .fails([
            "error: sources/bad.json: line 1, column 41: invalid JSON: the document ends before it is complete (truncated?)",
        ]),
        "litellm/two-documents.json": .fails([
            "error: sources/bad.json: line 1, column 119: invalid JSON: expected a JSON value or punctuation, found '{'",
        ]),
        "litellm/unknown-key.json": .builds(warnings: [
            "warning: sources/bad.json: [\"m-1\"].bogus_key: unknown key; not read (add it to LiteLLMFields if it carries a fact)",
        ]),
        "litellm/utf16-bom.json": .builds(warnings: []),
        "litellm/utf8-bom.json": .builds(warnings: []),
        "litellm/whitespace-only.json": .fails([
            "error: sources/bad.json: the file holds only white space; expected a JSON document",
        ]),
        "models.dev/bad-toml.toml": .fails([
            "error: sources/md/providers/acme/models/bad-toml.toml: line 1: invalid TOML: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited",
        ]),
        "models.dev/context-string.toml": .fails([
            "error: sources/md/providers/acme/models/context-string.toml: limit.context: expected an integer, found a string",
        ]),
        "models.dev/deep-arrays.toml": .fails([
            "error: sources/md/providers/acme/models/deep-arrays.toml: line 2: invalid TOML: Error while parsing value: exceeded maximum nested value depth of 256 (TOML_MAX_NESTED_VALUES)",
        ]),
        "models.dev/duplicate-key.toml": .fails([
            "error: sources/md/providers/acme/models/duplicate-key.toml: line 2: invalid TOML: Error while parsing key-value pair: cannot redefine existing string 'name'",
        ]),
        "models.dev/huge.toml": .fails([
            "error: sources/md/providers/acme/models/huge.toml: the file is 5242890 bytes; expected at most 4194304 bytes of TOML",
        ]),
        "models.dev/invalid-utf8.toml": .fails([
            "error: sources/md/providers/acme/models/invalid-utf8.toml: the file is not valid UTF-8",
        ]),
        "models.dev/price-huge.toml": .fails([
            "error: sources/md/providers/acme/models/price-huge.toml: cost.input: expected a finite decimal number, found float(1e+300)",
        ]),
        "models.dev/price-inf.toml": .fails([
            "error: sources/md/providers/acme/models/price-inf.toml: cost.input: expected a finite decimal number, found float(inf)",
        ]),
        "models.dev/price-nan.toml": .fails([
            "error: sources/md/providers/acme/models/price-nan.toml: cost.input: expected a finite decimal number, found float(nan)",
        ]),
        "models.dev/price-negative.toml": .fails([
            "error: sources/md/providers/acme/models/price-negative.toml: cost.input: expected a price of zero or more, found -1",
        ]),
        "note/Bad Author/x.md": .fails([
            "error: notes/Bad Author/x.md: 'Bad Author/x' is not a canonical model id (lowercase letters, digits, '.', '_' and '-'); did you mean notes/bad-author/x.md?",
        ]),
        "note/acme/bad-date.md": .fails([
            "error: notes/acme/bad-date.md: release_date: expected a date YYYY-MM-DD or YYYY-MM, found '2025-13-45'",
        ]),
        "note/acme/bad-toml.md": .fails([
            "error: notes/acme/bad-toml.md: line 2: invalid TOML: Error while parsing key-value pair: expected value, saw '\\n'",
        ]),
        "note/acme/empty-name.md": .fails([
            "error: notes/acme/empty-name.md: name: must not be empty; leave the key out to keep the listing's value",
        ]),
        "note/acme/hostile-markdown.md": .fails([
            "error: notes/acme/hostile-markdown.md: note for model 'acme/hostile-markdown', which is not in the catalog; fix the file name to a catalog model id, or set status = \"upcoming\" or \"retired\" in the front matter",
            "error: notes/acme/hostile-markdown.md: line 1: raw HTML is not allowed in notes and was left out: <script>alert(1)</script>",
            "error: notes/acme/hostile-markdown.md: line 3: link left out: the 'javascript:' scheme is not allowed; links may use http, https, mailto, a site-relative path, or model:<author>/<slug>",
            "error: notes/acme/hostile-markdown.md: line 3: raw HTML is not allowed in notes and was left out: <img src=x onerror=alert(1)>",
            "error: notes/acme/hostile-markdown.md: line 5: image left out: images must use https:// or a site-relative path, not 'http://evil/x.png'",
        ]),
        "note/acme/huge.md": .fails([
            "error: notes/acme/huge.md: the note is 10485760 bytes; expected at most 1048576 bytes",
        ]),
        "note/acme/invalid-utf8.md": .fails([
            "error: notes/acme/invalid-utf8.md: the note is not valid UTF-8",
        ]),
        "note/acme/javascript-link.md": .fails([
            "error: notes/acme/javascript-link.md: links[0].url: the 'javascript:' scheme is not allowed; links may use http, https, mailto, a site-relative path, or model:<author>/<slug>",
        ]),
        "note/acme/name-wrong-type.md": .fails([
            "error: notes/acme/name-wrong-type.md: name: expected a string, found an integer",
        ]),
        "note/acme/successor-traversal.md": .fails([
            "error: notes/acme/successor-traversal.md: successor: expected a model id '<author>/<slug>' in lowercase, found '../../etc'",
        ]),
        "note/acme/unclosed-front-matter.md": .fails([
            "error: notes/acme/unclosed-front-matter.md: line 1: front matter opened with '+++' is never closed by a '+++' line",
        ]),
        "openai/data-null.json": .fails([
            "error: sources/bad.json: data: expected an array of models, found null",
        ]),
        "openai/id-not-string.json": .fails([
            "error: sources/bad.json: data[0].id: expected a string, found an array",
        ]),
        "openai/truncated.json": .fails([
            "error: sources/bad.json: line 1, column 50: invalid JSON: the document ends before it is complete (truncated?)",
        ]),
    ]
}

import Foundation
import ModelCatalog

/// The machine-readable files published beside `catalog.json`: its schema, the
/// gateway-shaped `/api/v1` files and the LiteLLM cost map.
public enum DataExports {
    /// Every export file of a catalog; the JSON files are streamed (written when the site is).
    public static func files(_ catalog: Catalog) -> [OutputFile] {
        var files = [OutputFile(path: CatalogSchema.path, data: Data(CatalogSchema.json.utf8))]
        files += GatewayExport.files(catalog)
        files.append(LiteLLMExport.file(catalog))
        return files
    }
}

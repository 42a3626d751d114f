import Foundation
import ModelCatalog

/// The machine-readable files published beside `catalog.json`: its schema, the
/// gateway-shaped `/api/v1` files and the LiteLLM cost map.
public enum DataExports {
    /// Every export file of a catalog.
    public static func files(_ catalog: Catalog) throws -> [OutputFile] {
        var files = [OutputFile(path: CatalogSchema.path, data: Data(CatalogSchema.json.utf8))]
        files += try GatewayExport.files(catalog)
        files.append(OutputFile(path: LiteLLMExport.path, data: try LiteLLMExport.encode(catalog)))
        return files
    }
}

import CCurl
import XCTest

final class CurlLinkageTests: XCTestCase {
    func testSystemLibcurlIsLinkedAndSpeaksHTTP() throws {
        let info = try XCTUnwrap(curl_version_info(CURLVERSION_TENTH))
        let protocols = sequence(state: info.pointee.protocols) { cursor -> String? in
            guard let pointer = cursor?.pointee else { return nil }
            cursor = cursor?.advanced(by: 1)
            return String(cString: pointer)
        }
        XCTAssertTrue(protocols.contains("http"))
    }
}

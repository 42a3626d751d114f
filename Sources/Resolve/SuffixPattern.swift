/// The small pattern language of `aliases.toml` version suffixes: literal text where
/// `#` stands for one or more digits, matched at the end of a slug (`-v#:#` matches `-v2:0`).
public enum SuffixPattern {
    /// Where the pattern starts when it matches the end of `text`, or nil.
    public static func matchStart(of pattern: String, in text: String) -> String.Index? {
        let patternChars = Array(pattern)
        var textIndex = text.endIndex
        var patternIndex = patternChars.count
        while patternIndex > 0 {
            patternIndex -= 1
            let p = patternChars[patternIndex]
            if p == "#" {
                var digits = 0
                while textIndex > text.startIndex, text[text.index(before: textIndex)].isASCII, text[text.index(before: textIndex)].isNumber {
                    textIndex = text.index(before: textIndex)
                    digits += 1
                }
                if digits == 0 { return nil }
            } else {
                guard textIndex > text.startIndex else { return nil }
                let previous = text.index(before: textIndex)
                guard text[previous] == p else { return nil }
                textIndex = previous
            }
        }
        return textIndex
    }
}

import Foundation
import ModelCatalog

/// Decides whether a moment falls in an endpoint's off-peak windows.
///
/// Hours are UTC ranges `HH:MM-HH:MM`, start inclusive and end exclusive; an end of
/// `00:00` means midnight at the end of the day, so `00:00-00:00` is the whole day.
/// Weekdays are ISO (1 = Monday) counted in the window's time zone (UTC when none is named).
public enum OffPeakSchedule {
    /// True when `date` lies in any of the windows.
    public static func contains(_ date: Date, windows: [OffPeakWindow]) -> Bool {
        windows.contains { contains(date, window: $0) }
    }

    /// True when `date` lies in one window.
    public static func contains(_ date: Date, window: OffPeakWindow) -> Bool {
        var utc = Calendar(identifier: .gregorian)
        guard let zero = TimeZone(identifier: "UTC") else { return false }
        utc.timeZone = zero
        var local = utc
        if let name = window.weekdayTimeZone, let zone = TimeZone(identifier: name) { local.timeZone = zone }
        // Calendar weekday: 1 = Sunday ... 7 = Saturday → ISO 1 = Monday ... 7 = Sunday.
        let weekday = local.component(.weekday, from: date)
        let iso = weekday == 1 ? 7 : weekday - 1
        guard window.weekdays.contains(iso) else { return false }
        let parts = utc.dateComponents([.hour, .minute], from: date)
        let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        return window.hoursUTC.contains { range in
            guard let (start, end) = minutes(range) else { return false }
            let stop = end == 0 ? 24 * 60 : end
            return start < stop ? (minute >= start && minute < stop) : (minute >= start || minute < stop)
        }
    }

    /// `HH:MM-HH:MM` as minutes after midnight, or nil when malformed.
    static func minutes(_ range: String) -> (Int, Int)? {
        let ends = range.split(separator: "-")
        guard ends.count == 2, let start = minute(ends[0]), let end = minute(ends[1]) else { return nil }
        return (start, end)
    }

    private static func minute(_ text: Substring) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0...24).contains(hour), (0..<60).contains(minute) else { return nil }
        return hour * 60 + minute
    }
}

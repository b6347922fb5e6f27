/// Something that happened (or was expected to) that claims are scoped to. Claims about
/// different events never contradict each other.
public struct Event: Sendable, Equatable {
    public var id: String
    public var name: String
    public var start: Day
    public var end: Day?
    public var place: String?
    /// Events of one series ("coalition-of-the-willing-summits") are compared by the
    /// shift-across-events rule, in date order.
    public var series: String?

    public init(id: String, name: String, start: Day, end: Day? = nil, place: String? = nil, series: String? = nil) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.place = place
        self.series = series
    }
}

import ClaimModel

/// Which value classes of one partition of a group conflict once explained pairs are set
/// aside, and which of their claims take part.
///
/// Claims are judged in units (one value class and one `FigureHistory` facet within the
/// partition): an update, a dispute or a decrease is decided per pair of facets, and a pair
/// of speakers per pair of units (`SpeakerSet`), so the work grows with the distinct facts of
/// a group, not with the square of its claims. A value class conflicts with another when
/// some unit of one conflicts with some unit of the other; a claim takes part in a finding
/// when its unit conflicts with a unit of the other side, from a speaker other than its own
/// where speakers must differ.
struct ConflictGraph {
    /// Pairs of the partition's value classes (lower first) with an unexplained conflict.
    /// Classes are numbered in the order the partition first shows them, as the clusters'
    /// tie-breaks have always seen them; `globalClass` maps back to the history's classes.
    let classEdges: [(Int, Int)]
    let globalClass: [Int]
    private let units: [Unit]
    /// Units of each value class, by class.
    private let unitsOfClass: [Int: [Int]]
    /// Partner units of each unit.
    private let partners: [[Int]]
    private let acrossSpeakers: Bool
    private let claims: GroupMembers

    private struct Unit {
        var valueClass: Int
        /// Positions in the group's judged claims, ascending.
        var members: [Int]
        var speakers: SpeakerSet
    }

    init(_ partition: [Int], claims: GroupMembers, history: FigureHistory, acrossSpeakers: Bool) {
        self.acrossSpeakers = acrossSpeakers
        self.claims = claims
        var unitOfFacet: [Int: Int] = [:]
        var units: [Unit] = []
        for position in partition {
            let facet = history.facetOf[position]
            if let unit = unitOfFacet[facet] { units[unit].members.append(position) } else {
                unitOfFacet[facet] = units.count
                units.append(Unit(valueClass: history.facets[facet].valueClass, members: [position],
                    speakers: SpeakerSet(claims, positions: [])))
            }
        }
        for index in units.indices {
            units[index].speakers = SpeakerSet(claims, positions: units[index].members)
        }
        let facetOfUnit = units.map { history.facetOf[$0.members[0]] }
        var partners = [[Int]](repeating: [], count: units.count)
        // A pair of classes as one integer (lower << 32 | higher): a set of two-element
        // arrays allocated and hashed an array per conflicting pair of units.
        var edges = Set<Int>()
        for a in units.indices {
            for b in units.indices where b > a && history.incompatible(units[a].valueClass, units[b].valueClass) {
                guard history.explanation(history.facets[facetOfUnit[a]],
                    history.facets[facetOfUnit[b]]) == nil else { continue }
                guard !acrossSpeakers || units[a].speakers.includesSomeoneOtherThan(units[b].speakers) else { continue }
                partners[a].append(b)
                partners[b].append(a)
                edges.insert(min(units[a].valueClass, units[b].valueClass) << 32
                    | max(units[a].valueClass, units[b].valueClass))
            }
        }
        var localOf: [Int: Int] = [:], globalClass: [Int] = []
        for position in partition where localOf[history.classes.classOf[position]] == nil {
            localOf[history.classes.classOf[position]] = globalClass.count
            globalClass.append(history.classes.classOf[position])
        }
        var unitsOfClass: [Int: [Int]] = [:]
        for (index, unit) in units.enumerated() { unitsOfClass[localOf[unit.valueClass]!, default: []].append(index) }
        self.units = units
        self.unitsOfClass = unitsOfClass
        self.partners = partners
        self.globalClass = globalClass
        self.classEdges = edges.map { edge in
            let (a, b) = (localOf[edge >> 32]!, localOf[edge & 0xFFFF_FFFF]!)
            return (min(a, b), max(a, b))
        }.sorted { $0 < $1 }
    }

    /// Claims (positions, ascending) of `classes` that conflict with some claim of `others`
    /// (the partition's class numbers).
    func claims(ofClasses classes: [Int], against others: [Int]) -> [Int] {
        let wanted = Set(others.map { globalClass[$0] })
        var found: [Int] = []
        for valueClass in classes {
            for unit in unitsOfClass[valueClass] ?? [] {
                let opposite = partners[unit].filter { wanted.contains(units[$0].valueClass) }
                guard !opposite.isEmpty else { continue }
                if !acrossSpeakers {
                    found += units[unit].members
                    continue
                }
                found += units[unit].members.filter { position in
                    let speaker = claims.speakerIdentity(at: position)
                    return opposite.contains { units[$0].speakers.includesSomeoneOther(than: speaker) }
                }
            }
        }
        return found.sorted()
    }
}

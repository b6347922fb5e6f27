import ClaimModel

/// The distinct values of a group and which pairs of them can both hold. A big story has
/// thousands of claims but a handful of values; comparing values rather than claims makes a
/// group where everyone agrees cost one pass instead of every pair, and lets a rule skip a
/// pair of claims with one table lookup.
struct ValueClasses {
    /// The class of each claim, in group order.
    let classOf: [Int]
    /// `compatible[a * count + b]`: `areCompatible(value of a, value of b)`, in that order.
    private let compatible: [Bool]
    let count: Int
    /// Whether any pair of classes (a class with itself included) can conflict.
    let hasConflict: Bool
    /// Per class: whether some class conflicts with it.
    let conflictsWithSome: [Bool]

    init(_ claims: [Claim], comparison: ValueComparison) {
        var values: [ClaimValue] = []
        var classOf: [Int] = []
        classOf.reserveCapacity(claims.count)
        var index: [ClaimValue: Int] = [:]
        for claim in claims {
            // Few values: a linear scan beats hashing; many: hash.
            if values.count < 8 {
                if let found = values.firstIndex(of: claim.value) { classOf.append(found); continue }
            } else if let found = index[claim.value] {
                classOf.append(found); continue
            }
            if values.count == 7 { for (position, value) in values.enumerated() { index[value] = position } }
            if values.count >= 7 { index[claim.value] = values.count }
            classOf.append(values.count)
            values.append(claim.value)
        }
        let count = values.count
        var compatible = [Bool](repeating: true, count: count * count)
        var conflictsWithSome = [Bool](repeating: false, count: count)
        for a in 0..<count {
            for b in 0..<count where !comparison.areCompatible(values[a], values[b]) {
                compatible[a * count + b] = false
                conflictsWithSome[a] = true
                conflictsWithSome[b] = true
            }
        }
        self.classOf = classOf
        self.compatible = compatible
        self.count = count
        self.conflictsWithSome = conflictsWithSome
        self.hasConflict = conflictsWithSome.contains(true)
    }

    /// `areCompatible(claims[i].value, claims[j].value)`.
    func areCompatible(_ i: Int, _ j: Int) -> Bool { compatible[classOf[i] * count + classOf[j]] }
}

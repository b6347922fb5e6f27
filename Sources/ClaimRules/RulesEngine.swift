import ClaimModel

/// Runs the rules over a claim set: fold duplicates, group by comparison key, hand each group
/// to each rule, and return the findings in report order.
public struct RulesEngine: Sendable {
    public let rules: [any Rule]
    public let severityOverrides: [String: Severity]

    public init(rules: [any Rule] = RuleRegistry.all, severityOverrides: [String: Severity] = [:]) {
        self.rules = rules
        self.severityOverrides = severityOverrides
    }

    /// `screened: false` runs every rule on every group, for tests that hold the screen to
    /// the same findings.
    public func check(_ claimSet: ClaimSet, screened: Bool = true) -> [Finding] {
        // Only claims in groups holding a conflict can be reported (`ConflictScreen`); the
        // rest are never decoded, folded or grouped. The judged claims are folded and grouped
        // on their keys as integers, and decoded only for the rules to read.
        let list = claimSet.claimList
        let positions = screened ? ConflictScreen.candidates(in: claimSet) : Array(list.indices)
        var claims = list.claims(at: positions)
        let keys = ScreenKeys(claimSet).selecting(positions)
        let kept = DuplicateClaims.fold(&claims, keys: keys)
        var groups = Self.groups(of: claims, kept: kept, keys: keys, facts: RecordFacts(claims, in: claimSet))
        let names = ClaimNames(claimSet)
        let contexts = rules.map { rule in
            RuleContext(claimSet: claimSet,
                        severity: severityOverrides[rule.description.id] ?? rule.description.defaultSeverity,
                        names: names)
        }
        let comparisonRules = rules.indices.filter { rules[$0].description.scope != .series }
        let seriesRules = rules.indices.filter { rules[$0].description.scope == .series }
        var byRule = [[Finding]](repeating: [], count: rules.count)
        for (ruleIndex, found) in zip(comparisonRules, Self.run(comparisonRules, rules, contexts,
            on: groups.comparison)) { byRule[ruleIndex] = found }
        for (ruleIndex, found) in zip(seriesRules, Self.run(seriesRules, rules, contexts, on: groups.series)) {
            byRule[ruleIndex] = found
        }
        let loneRules = comparisonRules.filter { rules[$0].description.seesLoneClaims }
        if !loneRules.isEmpty {
            // Only claims of attributes a lone rule applies to can make a lone group it reads;
            // a key holds one attribute, so filtering first leaves every lone key as it was.
            let judgedAttributes = keys.attributes.map { attribute in
                attribute.map { known in loneRules.contains { type(of: rules[$0]).applies(to: known) } } ?? false
            }
            let judged = kept.filter { judgedAttributes[Int(keys.attribute[$0])] }.map { claims[$0] }
            for group in Self.loneGroups(of: judged, attributes: claimSet.attributes) {
                for ruleIndex in loneRules { byRule[ruleIndex] += rules[ruleIndex].findings(in: group,
                    context: contexts[ruleIndex]) }
            }
        }
        var found = Array(byRule.joined())
        let ordered = Self.reportOrder(found).map { found[$0] }
        // Handed over, then emptied here, so the other thread holds the last reference
        // (`consume` of these crashes the Swift 6.3 compiler).
        BackgroundRelease.release((claims, groups, byRule, found))
        (claims, groups, byRule, found) = ([], ([], []), [], [])
        return ordered
    }

    /// Positions of `findings` in `Finding.reportOrder`. Positions are sorted, not findings:
    /// moving a finding (seven strings and an array) retains and releases each, and sorting
    /// 50,000 of them was 4% of a check. Keys and rule ids are numbered first (`PartRanks`),
    /// so the sort compares integers where the comparator copied keys (four strings) and
    /// findings; keys that `<` cannot tell apart share a rank and are told apart as it does.
    static func reportOrder(_ findings: [Finding]) -> [Int] {
        let key = PartRanks(findings.count) { findings[$0].key }
        let rule = PartRanks(findings.count) { findings[$0].ruleID }
        let severity = findings.indices.map { findings[$0].severity }
        return findings.indices.sorted { a, b in
            if severity[a] != severity[b] { return severity[a] < severity[b] }
            if key.rank[a] != key.rank[b] { return key.rank[a] < key.rank[b] }
            if key.distinct[a] != key.distinct[b] { return false }
            if rule.rank[a] != rule.rank[b] { return rule.rank[a] < rule.rank[b] }
            return findings[a].fingerprint < findings[b].fingerprint
        }
    }

    /// One part of each finding (its key, its rule id) as two integers: `distinct` numbers
    /// equal parts alike, `rank` orders them as `<` does (parts `<` cannot tell apart share a
    /// rank). Only the distinct parts are sorted, by their numbers: sorting the parts
    /// themselves moved a key (four strings, retained and released) at every step of the
    /// merge, and with the dictionary looked up twice per finding it was 4% of a check of a
    /// million claims with 60,000 findings.
    struct PartRanks {
        let rank: [Int], distinct: [Int]

        init<Part: Hashable & Comparable>(_ count: Int, _ part: (Int) -> Part) {
            var number: [Part: Int] = [:], parts: [Part] = [], distinct: [Int] = []
            // Sized once: growing it rehashed every key (four strings) at each doubling.
            number.reserveCapacity(count)
            distinct.reserveCapacity(count)
            for index in 0..<count {
                let value = part(index)
                if let known = number[value] { distinct.append(known); continue }
                number[value] = parts.count
                distinct.append(parts.count)
                parts.append(value)
            }
            let rankOfNumber = parts.withUnsafeBufferPointer { parts in
                var ranks = [Int](repeating: 0, count: parts.count)
                var position = -1, previous: Int?
                for next in parts.indices.sorted(by: { parts[$0] < parts[$1] }) {
                    if previous.map({ parts[$0] < parts[next] }) ?? true { position += 1 }
                    ranks[next] = position
                    previous = next
                }
                return ranks
            }
            self.distinct = distinct
            rank = distinct.map { rankOfNumber[$0] }
        }
    }

    /// Each rule's findings over the groups, in group order, as a plain loop over rules and
    /// groups would find them; the groups are shared out to every core in chunks.
    static func run(_ ruleIndices: [Int], _ rules: [any Rule], _ contexts: [RuleContext],
                    on groups: [ClaimGroup]) -> [[Finding]] {
        let chunkSize = max(16, groups.count / 64)
        let chunkCount = (groups.count + chunkSize - 1) / chunkSize
        let perChunk = ParallelMap.map(chunkCount, parallel: groups.count > 64) { chunk -> [[Finding]] in
            var found = [[Finding]](repeating: [], count: ruleIndices.count)
            let range = (chunk * chunkSize)..<min(groups.count, (chunk + 1) * chunkSize)
            for group in groups[range] where group.claims.count > 1 {
                for (position, ruleIndex) in ruleIndices.enumerated() {
                    found[position] += rules[ruleIndex].findings(in: group, context: contexts[ruleIndex])
                }
                group.memo.clear()
            }
            return found
        }
        return ruleIndices.indices.map { position in perChunk.flatMap { $0[position] } }
    }

    /// Comparison keys held by a single claim, each as a group of one, in key order: for the
    /// rules that check a claim against the registry.
    static func loneGroups(of claims: [Claim], attributes: [String: Attribute]) -> [ClaimGroup] {
        var byKey: [ComparisonKey: [Int]] = [:]
        for (index, claim) in claims.enumerated() {
            byKey[ComparisonKey(claim, attribute: attributes[claim.attribute]), default: []].append(index)
        }
        return byKey.filter { $0.value.count == 1 }.keys.sorted().compactMap { key in
            attributes[key.attribute].map { ClaimGroup(key: key, attribute: $0, claims: [claims[byKey[key]![0]]]) }
        }
    }

    /// Comparison groups and series groups with more than one claim (no rule can compare a
    /// lone claim), each sorted by key (series of one key by series name); claims inside stay
    /// sorted by stable id because the input is.
    public static func groups(of claims: [Claim], attributes: [String: Attribute],
                              events: [String: Event]) -> (comparison: [ClaimGroup], series: [ClaimGroup]) {
        let keys = ScreenKeys(ClaimList(claims).columns, attributes: attributes, events: events)
        return groups(of: claims, kept: Array(claims.indices), keys: keys)
    }

    /// The groups of the claims at `kept` (ascending positions in `claims`, whose keys `keys`
    /// holds by position), grouped on the keys' integers; a group's key is spelled out once.
    /// `facts`, when given, are the claims' (`RecordFacts`), which every group shares.
    static func groups(of claims: [Claim], kept: [Int], keys: ScreenKeys,
                       facts: RecordFacts? = nil) -> (comparison: [ClaimGroup], series: [ClaimGroup]) {
        let keptKeys = keys.selecting(kept)
        let members = ClaimGrouping.members(keptKeys)
        func build(_ groups: [[Int]], isSeries: Bool) -> [ClaimGroup] {
            groups.compactMap { group -> ClaimGroup? in
                // An unknown attribute forms no group.
                guard let attribute = keptKeys.attributes[Int(keptKeys.attribute[group[0]])] else { return nil }
                let key = keptKeys.comparisonKey(at: group[0])
                return ClaimGroup(key: isSeries ? key.series : key, attribute: attribute,
                                  claims: GroupMembers(record: claims, positions: group.map { kept[$0] },
                                                       facts: facts))
            }
        }
        return (build(members.comparison, isSeries: false), build(members.series, isSeries: true))
    }
}

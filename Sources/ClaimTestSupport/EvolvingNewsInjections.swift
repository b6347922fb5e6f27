import ClaimModel
import ClaimRules

/// One claim an injection plants: in the first or the second of its two sources.
struct PlantedClaim {
    var inSecond: Bool
    var attribute: String
    var value: ClaimValue
    var unit: String?
    var speaker: Speaker = .narrator
    var modality: Modality = .asserted
    var event: String?
    var said: Day?
    var ordinal: Int?
}

/// What an injection for one of the rules of evolving news plants, and the finding it must
/// produce: its rule, severity and event, and the order the finding lists the claims in.
struct InjectionPlan {
    var ruleID: String
    var severity: Severity
    var event: String?
    /// Planted in this order.
    var claims: [PlantedClaim]
    /// The finding's order as positions in `claims`; nil for stable-id order.
    var findingOrder: [Int]?
}

extension SyntheticCorpusBuilder {
    /// The plan for injection kinds 7 to 12 (update, disputed estimate, decrease, plan
    /// changed, first contradicted, office conflict), on a plain event or a series.
    mutating func evolvingNewsPlan(_ kind: Int, speaker: Speaker, persons: [String], event: String,
                                   seriesEvents: [[Event]]) -> InjectionPlan {
        let early = Day(year: 2015, month: 1, day: 1)!, late = Day(year: 2015, month: 1, day: 2)!
        func toll(_ value: Double, inSecond: Bool, said: Day) -> PlantedClaim {
            PlantedClaim(inSecond: inSecond, attribute: "death-toll", value: .quantity(.exactly(value)), unit: "people",
                         event: event, said: said)
        }
        func attendance(_ mode: String, inSecond: Bool, at event: String, said: Day? = nil) -> PlantedClaim {
            PlantedClaim(inSecond: inSecond, attribute: "attendance-mode", value: .category(mode), event: event,
                         said: said)
        }
        switch kind {
        case 7:
            return InjectionPlan(ruleID: UpdateRule.description.id, severity: .info, event: event,
                                 claims: [toll(12, inSecond: false, said: early), toll(27, inSecond: true, said: late)],
                                 findingOrder: [0, 1])
        case 8:
            // Two named speakers set against each other in one article.
            let other = Speaker.entity(persons.first { .entity($0) != speaker }!)
            let figures = [(speaker, 12.0), (other, 40.0)].map { named, value in
                PlantedClaim(inSecond: true, attribute: "participants", value: .quantity(.exactly(value)),
                             unit: "leaders", speaker: named, event: event)
            }
            return InjectionPlan(ruleID: DisputedEstimateRule.description.id, severity: .info, event: event,
                                 claims: figures, findingOrder: nil)
        case 9:
            return InjectionPlan(ruleID: DecreaseWithoutCorrectionRule.description.id, severity: .warning, event: event,
                                 claims: [toll(12, inSecond: true, said: late), toll(27, inSecond: false, said: early)],
                                 findingOrder: [0, 1])
        case 10:
            var plan = attendance("in-person", inSecond: false, at: event, said: early)
            plan.modality = .expected
            return InjectionPlan(ruleID: ExpectationChangedRule.description.id, severity: .info, event: event,
                                 claims: [plan, attendance("phone", inSecond: true, at: event, said: late)],
                                 findingOrder: [0, 1])
        case 11:
            let series = random.pick(seriesEvents).sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            let step = random.below(series.count - 1)
            var first = attendance("in-person", inSecond: true, at: series[step + 1].id)
            first.ordinal = 1
            return InjectionPlan(ruleID: FirstContradictedRule.description.id, severity: .error,
                                 event: series[step + 1].id,
                                 claims: [attendance("in-person", inSecond: false, at: series[step].id), first],
                                 findingOrder: [1, 0])
        default:
            let offices = [("governor", false), ("senator", true)].map { office, inSecond in
                PlantedClaim(inSecond: inSecond, attribute: "office", value: .category(office), event: nil, said: early)
            }
            return InjectionPlan(ruleID: OfficeConflictRule.description.id, severity: .error, event: nil,
                                 claims: offices, findingOrder: nil)
        }
    }
}

import Testing
import ClaimModel
@testable import ClaimExtraction

/// `supersede` in one pass gives what comparing every draft with every earlier one gave:
/// the same drafts dropped, the same notes.
struct SupersedeTests {
    static let extractor = ClaimExtractor(registry: ExtractionRegistry(entities: [], events: [], attributes: [
        Attribute(id: "toll", name: "Toll", kind: .count, units: ["people"],
                  tolerance: Tolerance(about: 0.1, slack: 0)),
        Attribute(id: "aid", name: "Aid", kind: .number, units: ["euros"]),
    ]))

    /// The pairwise loop `supersede` replaced, kept here as the reference.
    static func reference(_ drafts: [ClaimExtractor.Draft]) -> (dropped: Set<Int>, notes: [Int: String]) {
        var dropped = Set<Int>()
        var notes: [Int: String] = [:]
        for (laterIndex, later) in drafts.enumerated() {
            guard case .quantity(let laterValue) = later.value else { continue }
            // An initial figure after a live current one of another value is stale itself.
            if later.isInitial, !later.isUpdate, (0..<laterIndex).contains(where: { earlierIndex in
                let earlier = drafts[earlierIndex]
                guard !dropped.contains(earlierIndex), !earlier.isInitial,
                      case .quantity(let earlierValue) = earlier.value else { return false }
                return earlier.subject == later.subject && earlier.attribute == later.attribute
                    && earlier.event == later.event && earlier.unit == later.unit && earlierValue != laterValue
            }) {
                dropped.insert(laterIndex)
                continue
            }
            for earlierIndex in 0..<laterIndex where !dropped.contains(earlierIndex) {
                let earlier = drafts[earlierIndex]
                guard case .quantity(let earlierValue) = earlier.value, earlier.subject == later.subject,
                      earlier.attribute == later.attribute, earlier.event == later.event, earlier.unit == later.unit,
                      earlierValue != laterValue else { continue }
                var floorMet = false
                if case .range(let minimum?, nil) = earlierValue {
                    let tolerance = extractor.registry.attributes[later.attribute]?.tolerance ?? Tolerance()
                    floorMet = laterValue.interval(tolerance: tolerance, isCount: true).lower >= minimum
                }
                if later.isUpdate || earlier.isInitial || floorMet {
                    dropped.insert(earlierIndex)
                    notes[laterIndex] = "updates the earlier figure of \(earlierValue.humanDescription)"
                }
            }
        }
        return (dropped, notes)
    }

    static func draft(_ random: inout SplitMix, attributes: [String]) -> ClaimExtractor.Draft {
        let number = Double(100 + random.below(8) * 10)
        let values: [ClaimValue] = [.quantity(.exactly(number)), .quantity(.about(number)),
                                    .quantity(.range(min: number, max: nil)),
                                    .quantity(.range(min: nil, max: number)), .category("remote")]
        var draft = ClaimExtractor.Draft(subject: ["a", "b"][random.below(2)],
                                         attribute: attributes[random.below(attributes.count)],
                                         value: values[random.below(values.count)], unit: nil, speaker: .narrator,
                                         attribution: .narrator, modality: .asserted,
                                         event: [nil, "e"][random.below(2)], anchor: 0...0)
        draft.isUpdate = random.below(6) == 0
        draft.isInitial = random.below(5) == 0
        return draft
    }

    @Test func matchesThePairwiseLoopOnRandomArticles() {
        var random = SplitMix(state: 16)
        for round in 0..<400 {
            let drafts = (0..<(1 + random.below(40))).map { _ in Self.draft(&random, attributes: ["toll", "aid"]) }
            let expected = Self.reference(drafts)
            let (kept, gone) = Self.extractor.supersede(drafts)
            #expect(gone.count == expected.dropped.count, "round \(round)")
            #expect(kept.count + gone.count == drafts.count)
            // Kept and dropped keep text order, so they line up with the indices.
            let keptIndices = drafts.indices.filter { !expected.dropped.contains($0) }
            let goneIndices = drafts.indices.filter { expected.dropped.contains($0) }
            #expect(kept.map(\.note) == keptIndices.map { expected.notes[$0] }, "round \(round)")
            #expect(gone.map(\.note) == goneIndices.map { expected.notes[$0] }, "round \(round)")
            #expect(kept.map(\.anchor) == keptIndices.map { drafts[$0].anchor })
        }
    }

    @Test func anUpdateDropsEveryOtherFigureAndAFloorGoesWhenMet() {
        var drafts = [Self.fixed(.exactly(120)), Self.fixed(.range(min: 130, max: nil)), Self.fixed(.exactly(125)),
                      Self.fixed(.exactly(140))]
        drafts[2].isUpdate = true
        let (kept, gone) = Self.extractor.supersede(drafts)
        #expect(gone.map(\.value) == [.quantity(.exactly(120)), .quantity(.range(min: 130, max: nil))])
        #expect(kept.map(\.value) == [.quantity(.exactly(125)), .quantity(.exactly(140))])
        #expect(kept[0].note == "updates the earlier figure of at least 130")
        #expect(kept[1].note == nil)
    }

    @Test func anInitialFigureAfterTheCurrentOneGoesWithoutANote() {
        var drafts = [Self.fixed(.exactly(632)), Self.fixed(.exactly(296))]
        drafts[1].isInitial = true
        let (kept, gone) = Self.extractor.supersede(drafts)
        #expect(kept.map(\.value) == [.quantity(.exactly(632))])
        #expect(gone.map(\.value) == [.quantity(.exactly(296))])
        #expect(kept[0].note == nil && gone[0].note == nil)
    }

    @Test func anInitialFigureAloneOrBesideItsOwnValueStays() {
        var alone = [Self.fixed(.exactly(296))]
        alone[0].isInitial = true
        #expect(Self.extractor.supersede(alone).dropped.isEmpty)
        var same = [Self.fixed(.exactly(296)), Self.fixed(.exactly(296))]
        same[1].isInitial = true
        #expect(Self.extractor.supersede(same).dropped.isEmpty)
    }

    @Test func aLongArticleOfOneKeyStaysFast() {
        // 20,000 distinct figures of one key, none superseding: the pairwise loop made 2e8
        // comparisons; one pass makes 20,000 steps.
        let drafts = (0..<20_000).map { Self.fixed(.exactly(Double($0))) }
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = Self.extractor.supersede(drafts) }
        #expect(elapsed < .seconds(5))
    }

    static func fixed(_ quantity: Quantity) -> ClaimExtractor.Draft {
        ClaimExtractor.Draft(subject: "a", attribute: "toll", value: .quantity(quantity), unit: nil, speaker: .narrator,
                             attribution: .narrator, modality: .asserted, event: nil, anchor: 0...0)
    }
}

/// A seeded generator, so a failing round can be run again.
struct SplitMix {
    var state: UInt64
    mutating func below(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

/// Where the README that SARIF rules link to is published, read from the environment:
/// `CLAIMCHECK_README_URL` when set, else the GitHub Actions run's own repository at the
/// commit being checked (so a rule's link opens the rule text of that very version). Outside
/// both, nil: SARIF then carries the rule's help text without a link rather than a guessed one.
enum PublishedReadme {
    static func url(in environment: [String: String]) -> String? {
        if let explicit = environment["CLAIMCHECK_README_URL"], !explicit.isEmpty { return explicit }
        guard let server = environment["GITHUB_SERVER_URL"], !server.isEmpty,
              let repository = environment["GITHUB_REPOSITORY"], !repository.isEmpty,
              let commit = environment["GITHUB_SHA"], !commit.isEmpty else { return nil }
        return "\(server)/\(repository)/blob/\(commit)/README.md"
    }
}

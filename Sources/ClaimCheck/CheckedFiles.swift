import ClaimModel
import ClaimStore
import ClaimReports

/// The files a check reads, as the configuration's `include` and `exclude` admit them.
public enum CheckedFiles {
    /// The paths to load. With `include` or `exclude` configured, folders are expanded here
    /// so that each file can be admitted or left out; otherwise they pass through unchanged.
    public static func select(_ paths: [String], by configuration: Configuration) throws(InputError) -> [String] {
        guard !configuration.include.isEmpty || !configuration.exclude.isEmpty else { return paths }
        var selected: [String] = []
        for path in paths {
            // Folders give their claim files only, as the loader would read them; a file
            // named on the command line (a draft article too) passes as it is.
            let files = try InputFiles.collect(path, extensions: ["json"])
            // Registries are the catalog every claim refers to: never filtered out.
            selected += files.filter {
                ClaimLoader.registryFileNames.contains($0.split(separator: "/").last.map(String.init) ?? $0)
                    || configuration.admits($0)
            }
        }
        if selected.isEmpty {
            throw InputError(file: configuration.file ?? Configuration.defaultFileName,
                             "\"include\" and \"exclude\" leave no file to check under " +
                             "\(paths.joined(separator: ", "))")
        }
        return selected
    }
}

namespace Disclosure.Testing;

/// <summary>Files of the repository that tests compare against (diagrams, schema).</summary>
public static class RepositoryFiles
{
    /// <summary>The folder holding Workflows.sln, found from the test's output folder upwards.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Workflows.sln) was not found above " + AppContext.BaseDirectory);
    }
}

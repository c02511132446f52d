using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Disclosure.Workflows.Persistence;

/// <summary>
/// The context's tracked entries as they stand, and a save, without the scan for changes EF Core
/// runs before either. For code that has just scanned (or knows nothing can have changed) and runs
/// on every step, where a second scan of every tracked entity is measurable (docs/benchmarks.md).
/// </summary>
internal static class TrackedEntries
{
    public static List<EntityEntry> AsTracked(this ChangeTracker tracker)
    {
        using (Pause(tracker))
        {
            return [.. tracker.Entries()];
        }
    }

    public static List<EntityEntry<T>> AsTracked<T>(this ChangeTracker tracker)
        where T : class
    {
        using (Pause(tracker))
        {
            return [.. tracker.Entries<T>()];
        }
    }

    /// <summary>Runs <paramref name="save"/> (a <c>SaveChanges</c> just after a scan for changes) without EF Core scanning again.</summary>
    public static async Task SaveDetectedAsync(this ChangeTracker tracker, Func<Task> save)
    {
        using (Pause(tracker))
        {
            await save();
        }
    }

    private static Detection Pause(ChangeTracker tracker)
    {
        var paused = new Detection(tracker, tracker.AutoDetectChangesEnabled);
        tracker.AutoDetectChangesEnabled = false;
        return paused;
    }

    /// <summary>Puts EF Core's automatic scan back as it was.</summary>
    private readonly record struct Detection(ChangeTracker Tracker, bool Enabled) : IDisposable
    {
        public void Dispose() => Tracker.AutoDetectChangesEnabled = Enabled;
    }
}

using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Disclosure.Workflows.Persistence;

/// <summary>
/// The context's tracked entries as they stand, without the scan for changes EF Core runs before
/// listing them. For code that has just scanned (or knows nothing can have changed) and runs on
/// every step, where a second scan of every tracked entity is measurable (docs/benchmarks.md).
/// </summary>
internal static class TrackedEntries
{
    public static List<EntityEntry> AsTracked(this ChangeTracker tracker) => Without(tracker, t => t.Entries().ToList());

    public static List<EntityEntry<T>> AsTracked<T>(this ChangeTracker tracker) where T : class => Without(tracker, t => t.Entries<T>().ToList());

    private static TResult Without<TResult>(ChangeTracker tracker, Func<ChangeTracker, TResult> read)
    {
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return read(tracker);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }
}

namespace Disclosure.Testing;

/// <summary>
/// Waits for something another thread or process does (a Hangfire worker, a restarted server),
/// with a bound generous enough for a machine under heavy load: the bound says "it happens",
/// never "it happens fast". Tests of timing itself use a fake clock instead.
/// </summary>
public static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan bound, string what)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(done);
        var until = DateTimeOffset.UtcNow + bound;
        var last = await probe();
        while (!done(last))
        {
            if (DateTimeOffset.UtcNow > until)
            {
                throw new TimeoutException($"{what} did not happen within {bound.TotalSeconds:F0} s (last seen: {last})");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
            last = await probe();
        }

        return last;
    }
}

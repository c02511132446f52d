namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// A <see cref="RunningHost"/> with the demo users but none of the demo catalogue or record: a test
/// that counts (the annual report, supervision) sets the whole record itself and knows every figure.
/// </summary>
public sealed class BareHost : RunningHost
{
    protected override void Configure(IDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        environment["Database__SeedDemoData"] = "false";
    }
}

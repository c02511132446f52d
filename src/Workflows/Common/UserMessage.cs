namespace Disclosure.Workflows.Common;

/// <summary>
/// A message a user can see: a stable machine <see cref="Code"/> for API clients and logs, and its
/// Simplified Chinese <see cref="Text"/>. Every such message is made by a method of
/// <see cref="Messages"/>, the one zh-CN catalogue; nothing else writes user-visible words.
/// </summary>
/// <param name="Code">Stable, lowercase, dot-separated, e.g. <c>task.already-completed</c>.</param>
/// <param name="Text">The sentence users read, in Simplified Chinese.</param>
public sealed record UserMessage(string Code, string Text)
{
    public override string ToString() => Text;
}

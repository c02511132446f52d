using System.Reflection;
using System.Text.RegularExpressions;
using Disclosure.Testing;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Tests.Common;

/// <summary>
/// Calls every member of the catalogue with sample arguments (every value of the code-valued
/// parameters) and checks what users would read: stable codes, unique across the catalogue, and
/// Chinese text with no English word.
/// </summary>
public sealed partial class MessageCatalogueTests
{
    /// <summary>
    /// ASCII words a Chinese text may contain because they are names of formats, not English:
    /// JSON (the API's format), ISO (ISO-8601 durations in definitions) and yyyy (the yyyy-MM-dd
    /// pattern dates are entered in), and the names and extensions of the file formats attachments
    /// may have (PDF, Word, Excel, PNG, JPEG, GIF, WebP; .docx, .xlsx, …), which users know by these names; BPMN and XML (the interchange format administrators import).
    /// </summary>
    private static readonly HashSet<string> AllowedWords = new(StringComparer.Ordinal)
    {
        "JSON", "ISO", "yyyy", "BPMN", "XML",
        "PDF", "Word", "Excel", "PNG", "JPEG", "GIF", "WebP", "pdf", "docx", "doc", "xlsx", "xls", "png", "jpg", "jpeg", "gif", "webp",
    };

    /// <summary>Values of the parameters that take codes (named …Code), so each branch of a label switch is seen.</summary>
    private static readonly Dictionary<string, object?[]> CodeSamples = new(StringComparer.Ordinal)
    {
        ["actionCode"] = [.. Messages.JournalActionCodes, "some-future-action"],
        ["resultCode"] = [.. Enum.GetNames<EndResult>(), null, "Other"],
        ["statusCode"] = ["Pending", "Agreed", "Refused", "NoReply", "Other"],
        ["outcomeCode"] = ["agreed", "refused", "no-reply", "agree", "refuse", "ask-correction", "corrected", "Withdrawn", null],
        ["kindCode"] = [.. Enum.GetNames<NodeKind>(), "Other"],
        ["factCode"] = [.. Enum.GetNames<Fact>(), "Other"],
        ["alertCode"] = [.. Enum.GetNames<Disclosure.Workflows.Monitoring.AlertKind>(), "Other"],
        ["ruleCode"] = ["review-required", "signoff-required", "consent-required", "public-interest-required", "other"],
        ["effectCode"] = [.. Enum.GetNames<ClockEffect>(), "Other"],
        ["stateCode"] = ["Running", "Paused", "Stopped", "Other"],
        ["typeCode"] = [.. Disclosure.Workflows.Applications.ReplyTypes.All.Select(t => t.Code), "other-type"],
        ["groundCode"] = [.. Disclosure.Workflows.Applications.ReplyTypes.All.SelectMany(t => t.Grounds).Select(g => g.Code), "other-ground"],
        ["replyCode"] = [.. Disclosure.Workflows.Applications.ReplyTypes.All.Select(t => t.Code), .. Disclosure.Workflows.Applications.ReplyTypes.All.SelectMany(t => t.Grounds).Select(g => g.Code), "other-reply"],
        ["applicantKindCode"] = [.. Enum.GetNames<Disclosure.Workflows.Applications.ApplicantKind>(), "Other"],
        ["deliveryCode"] = [.. Enum.GetNames<Disclosure.Workflows.Applications.DeliveryForm>(), "Other"],
        ["channelCode"] = [.. Enum.GetNames<Disclosure.Workflows.Applications.ApplicationChannel>(), "Other"],
        ["columnCode"] = ["content", "issued", "repealed", "in-force", "decisions", "fees", "upheld", "corrected", "other", "pending", "total", "x"],
        ["rowCode"] = ["regulations", "normative", "licensing", "penalties", "enforcement", "fees", "received", "carried-in", "results", "results-total", "carried-out", "x"],
        ["headingCode"] = ["sheet.rates", "sheet.departments", "sheet.steps", "sheet.stale", "publications", "replies", "what", "total", "in-time", "rate",
            "department", "step", "tasks", "publications-late", "applications-late", "title", "last-confirmed", "review-due", "x"],
        ["groupCode"] = ["reconsideration", "litigation", "direct", "after", "x"],
        ["applicationStatusCode"] = [.. Enum.GetNames<Disclosure.Workflows.Applications.ApplicationStatus>(), "Other"],
        ["jobCode"] = ["DeadlineJob", "DeadlineSweepJob", "PeriodicDueJob", "LongTermStaleJob", "LatePublicationJob", "TaskReminderJob", "OutboxDeliveryJob", "SelfCheckJob", "OtherJob"],
        ["fieldCode"] = ["id", "kind", "name", "role", "purpose", "due", "next", "result", "onAgreed", "onRefused", "onNoReply", "otherwise", "to", "message", "deadlineOutcome", "label", "rules", "paths", "countersign", "byResponsibleBody", "other",
            "applicantKind", "identityNumber", "contactPerson", "phone", "email", "address", "postcode", "description", "delivery",
            "channel", "receivedOn", "responsibleBody", "attachment", "correction", "reply", "replyType", "replyGround", "replyText", "thirdParties", "other-field"],
    };

    [Fact]
    public void EveryMessage_HasAStableUniqueCode_AndChineseText()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var count = 0;
        foreach (var (member, message) in AllMessages())
        {
            count++;
            if (!CodeShape().IsMatch(message.Code))
            {
                problems.Add($"{member}: code “{message.Code}” is not lowercase dotted");
            }

            if (codes.TryGetValue(message.Code, out var other) && other != member)
            {
                problems.Add($"{member}: code “{message.Code}” is also used by {other}");
            }

            codes.TryAdd(message.Code, member);
            if (string.IsNullOrWhiteSpace(message.Text))
            {
                problems.Add($"{member}: empty text");
            }

            foreach (var word in AsciiWord().Matches(message.Text).Select(m => m.Value).Where(w => !AllowedWords.Contains(w)))
            {
                problems.Add($"{member}: English word “{word}” in “{message.Text}”");
            }
        }

        Assert.True(count > 200, $"only {count} messages were produced; is the reflection still finding the catalogue?");
        Assert.Empty(problems.Distinct());
    }

    [Fact]
    public void EveryJournalAction_TheEngineWrites_HasItsOwnLabel()
    {
        var engine = string.Concat(Directory.GetFiles(Path.Combine(RepositoryFiles.Root(), "src", "Workflows", "Engine"), "*.cs").Select(File.ReadAllText));
        var written = JournalCall().Matches(engine).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(written);
        Assert.Subset(Messages.JournalActionCodes.ToHashSet(StringComparer.Ordinal), written);
        Assert.All(written, action => Assert.NotEqual("journal.action.other", Messages.JournalAction(action).Code));
    }

    [Fact]
    public void JournalLines_ReadInChinese_ForWhatTheEngineStores()
    {
        Assert.Equal("流程结束，结果：已发布", Messages.JournalLine("ended", "系统", "已发布", "Published", null, null).Text);
        Assert.Equal("“权利人意见征询”征询结束，结果：有权利人不同意公开（甲公司：不同意公开（涉及报价））",
            Messages.JournalLine("consent-closed", "系统", "权利人意见征询", "refused", Messages.ConsentSummaryEntry("甲公司", "Refused", "涉及报价").Text, null).Text);
        Assert.Equal("李审查 办理“保密审查”，结果：审查通过；意见：同意", Messages.JournalLine("completed", "李审查", "保密审查", "approve", "同意", "审查通过").Text);
    }

    [Fact]
    public void Times_AreShownInBeijingTime_InOneFormat()
    {
        Assert.Equal("2026-12-04 17:00", Messages.FormatTime(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero)));
    }

    private static IEnumerable<(string Member, UserMessage Message)> AllMessages()
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var property in typeof(Messages).GetProperties(Flags).Where(p => p.PropertyType == typeof(UserMessage)))
        {
            yield return (property.Name, (UserMessage)property.GetValue(null)!);
        }

        foreach (var method in typeof(Messages).GetMethods(Flags).Where(m => !m.IsSpecialName && m.ReturnType == typeof(UserMessage)))
        {
            foreach (var arguments in Combinations(method.GetParameters().Select(Samples).ToList()))
            {
                yield return (method.Name, (UserMessage)method.Invoke(null, arguments)!);
            }
        }
    }

    private static object?[] Samples(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (parameter.Name!.EndsWith("Code", StringComparison.Ordinal))
        {
            return CodeSamples.TryGetValue(parameter.Name, out var codes) ? codes
                : throw new InvalidOperationException($"add samples for the code parameter {parameter.Name} of {parameter.Member.Name}");
        }

        return type switch
        {
            _ when type == typeof(int) && parameter.Name == "status" => [400, 401, 403, 404, 405, 409, 413, 415, 429, 500, 503, 418],
            _ when type.IsEnum => [.. Enum.GetValues(type).Cast<object?>()],
            _ when type == typeof(string) => ["示例"],
            _ when type == typeof(int) => [3],
            _ when type == typeof(long) => [812L, 20L * 1024 * 1024],
            _ when type.IsEnum => [.. Enum.GetValues(type).Cast<object>()],
            _ when type == typeof(bool) => [true, false],
            _ when type == typeof(Guid) => [Guid.Parse("12345678-1234-1234-1234-123456789012")],
            _ when type == typeof(DateOnly) => [new DateOnly(2027, 10, 11)],
            _ when type == typeof(DateTimeOffset) => parameter.ParameterType == type
                ? [new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero)]
                : [new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero), null],
            _ when type == typeof(TimeSpan) => [TimeSpan.FromHours(2), TimeSpan.FromMinutes(90), TimeSpan.FromDays(3), TimeSpan.FromSeconds(5)],
            _ when type.IsAssignableFrom(typeof(string[])) => [new[] { "甲", "乙" }],
            _ when type.IsAssignableFrom(typeof(int[])) => [new[] { 2027, 2028 }],
            _ => throw new InvalidOperationException($"add samples for {type.Name} ({parameter.Name} of {parameter.Member.Name})"),
        };
    }

    private static IEnumerable<object?[]> Combinations(IReadOnlyList<object?[]> choices)
    {
        IEnumerable<object?[]> result = [[]];
        foreach (var options in choices)
        {
            result = result.SelectMany(prefix => options.Select(option => (object?[])[.. prefix, option]));
        }

        return result;
    }

    [GeneratedRegex(@"^[a-z0-9]+([.-][a-z0-9]+)*$")]
    private static partial Regex CodeShape();

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex AsciiWord();

    [GeneratedRegex(@"Journal\(""([a-z-]+)""")]
    private static partial Regex JournalCall();
}

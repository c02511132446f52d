using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Workflows.Tests.Engine;

/// <summary>
/// The message, the letter and the page say the same words, from the catalogue, and what silence
/// means follows the setting of the definition the request's workflow runs on.
/// </summary>
public sealed class ConsentWordingTests
{
    [Fact]
    public async Task ThePlansRule_SilenceIsRefusal_IsWhatTheMessageAndTheLetterSay()
    {
        await using var harness = await Testing.WorkflowHarness.CreateAsync();
        await ConsentTests.ToConsentAsync(harness);

        var (messages, letters) = await ReadAsync(harness);

        Assert.All(letters, l => Assert.Equal("逾期未答复的，视为不同意公开。", l.Wording.Silence));
        Assert.Equal(letters.Select(l => l.Wording.MessageBody).Order(StringComparer.Ordinal), messages.Order(StringComparer.Ordinal));
        Assert.Contains(letters, l => l.Wording.Invitation.StartsWith("淄博某建设有限公司：本机关拟公开“永安街道老旧小区改造工程中标结果公示”，其中可能涉及您的商业秘密（投标报价明细）", StringComparison.Ordinal));
        Assert.All(letters, l => Assert.Matches(@"^请于 \d{4}-\d{2}-\d{2} 23:59 前答复是否同意公开", l.Wording.Deadline));
    }

    [Fact]
    public async Task The2019Rule_TheOfficeDecides_IsWhatTheMessageAndTheLetterSay_WhenTheDefinitionSaysSo()
    {
        await using var harness = await Testing.WorkflowHarness.CreateAsync();
        var standard = ShippedDefinitions.Get(ShippedDefinitions.Standard);
        var lenient = Definitions.DefinitionValidatorTests.Replace(standard, "consent", n => n with { OnNoReply = "public-interest" })
            with { Settings = new ProcessSettings { ConsentSilence = ConsentSilence.OfficeDecides } };
        await harness.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<DefinitionService>();
            await definitions.CreateDraftAsync(standard.Key, lenient, Admin.Actor);
            return await definitions.PublishAsync(standard.Key, 2, Admin.Actor);
        });
        await ConsentTests.ToConsentAsync(harness);

        var (messages, letters) = await ReadAsync(harness);

        Assert.All(letters, l => Assert.Equal("逾期未答复的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。", l.Wording.Silence));
        Assert.All(messages, m => Assert.DoesNotContain("视为不同意", m, StringComparison.Ordinal));
        Assert.Equal(letters.Select(l => l.Wording.MessageBody).Order(StringComparer.Ordinal), messages.Order(StringComparer.Ordinal));
    }

    private static async Task<(List<string> Messages, List<ConsentLetter> Letters)> ReadAsync(Testing.WorkflowHarness harness)
    {
        await using var db = harness.NewContext();
        var messages = await db.Outbox.Where(m => m.ConsentRequestId != null).Select(m => m.Body).ToListAsync();
        var requests = await db.ConsentRequests.AsNoTracking().ToListAsync();
        var letters = new List<ConsentLetter>();
        foreach (var request in requests)
        {
            letters.Add(await harness.InScopeAsync(sp => sp.GetRequiredService<ConsentLetters>().ForAsync(request)));
        }

        return (messages, letters);
    }
}

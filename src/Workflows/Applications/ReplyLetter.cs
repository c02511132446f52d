using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Applications;

/// <summary>
/// The reply letter (政府信息公开申请答复告知书) as printed and as shown on the tracking page: the
/// decision in the words of its reply type, the article it rests on, the handler's text, and the
/// applicant's remedies (复议 / 诉讼). Built from the application and <see cref="ReplyTypes"/> only.
/// </summary>
public sealed record ReplyLetter(
    string Number, string Reference, string Opening, string TypeLabel, string? GroundLabel, string Statement, string Basis, string Text,
    string Remedies, string Office, string Contact, DateTimeOffset RepliedAt)
{
    public static ReplyLetter? For(Application application)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.Status != ApplicationStatus.Replied || application.Reply is not { } reply || application.RepliedAt is not { } at)
        {
            return null;
        }

        var type = reply.Type;
        var ground = reply.Ground;
        return new ReplyLetter(
            application.Number,
            Messages.ReplyLetterReference(application.Number).Text,
            Messages.ReplyLetterOpening(application.Name, application.ReceivedOn, application.Number).Text,
            type.Label, ground?.Label, type.StatementOf(ground), Messages.ReplyBasisSentence(type.BasisOf(ground)).Text, reply.Text,
            Messages.ReplyLetterRemedies(Messages.ReconsiderationBody).Text, Messages.OfficeName, Messages.ReplyLetterContact.Text, at);
    }
}

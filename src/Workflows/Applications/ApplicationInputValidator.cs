using System.Text.RegularExpressions;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Applications;

/// <summary>
/// Checks an application field by field and names every problem at its field (the form shows each
/// beside its input). Nothing is stored unless all of it holds.
/// </summary>
public static partial class ApplicationInputValidator
{
    public const int MaxName = 100;
    public const int MaxIdentity = 30;
    public const int MaxPhone = 20;
    public const int MaxEmail = 254;
    public const int MaxAddress = 200;
    public const int MaxDescription = 2000;
    public const int MaxPurpose = 500;
    public const int MaxReplyText = 8000;
    public const int MaxCorrection = 2000;

    /// <summary>How far back staff may date an application they register.</summary>
    public const int MaxDaysBack = 30;

    public const string DefaultResponsibleBody = "党政办公室";

    public static (ApplicationDetails Details, ApplicationChannel Channel, DateOnly ReceivedOn) Validate(
        ApplicationInput? input, bool byStaff, DateOnly today, IReadOnlyCollection<string> departments)
    {
        ArgumentNullException.ThrowIfNull(departments);
        input ??= new ApplicationInput();
        var errors = new FieldErrors();
        var kind = Choice<ApplicantKind>(errors, "applicantKind", input.ApplicantKind);
        var name = Required(errors, "name", input.Name, MaxName);
        var identity = Required(errors, "identityNumber", input.IdentityNumber, MaxIdentity);
        if (identity is not null && !Identity().IsMatch(identity))
        {
            errors.Add("identityNumber", Messages.ApplicationIdentityInvalid);
        }

        var contact = Optional(errors, "contactPerson", input.ContactPerson, MaxName);
        if (kind is { } k && k.IsOrganisation() && contact is null && !errors.Has("contactPerson"))
        {
            errors.Add("contactPerson", Messages.ApplicationContactPersonRequired);
        }

        var phone = Required(errors, "phone", input.Phone, MaxPhone);
        if (phone is not null && !Phone().IsMatch(phone))
        {
            errors.Add("phone", Messages.ApplicationPhoneInvalid);
        }

        var email = Optional(errors, "email", input.Email, MaxEmail);
        if (email is not null && !Email().IsMatch(email))
        {
            errors.Add("email", Messages.ApplicationEmailInvalid);
        }

        var address = Optional(errors, "address", input.Address, MaxAddress);
        var postcode = Optional(errors, "postcode", input.Postcode, 6);
        if (postcode is not null && !Postcode().IsMatch(postcode))
        {
            errors.Add("postcode", Messages.ApplicationPostcodeInvalid);
        }

        var description = Required(errors, "description", input.Description, MaxDescription);
        var purpose = Optional(errors, "purpose", input.Purpose, MaxPurpose);
        var delivery = Choice<DeliveryForm>(errors, "delivery", input.Delivery);
        if (delivery == DeliveryForm.Electronic && email is null && !errors.Has("email"))
        {
            errors.Add("email", Messages.ApplicationEmailRequired);
        }

        if (delivery == DeliveryForm.Paper && address is null && !errors.Has("address"))
        {
            errors.Add("address", Messages.ApplicationAddressRequired);
        }

        var channel = ApplicationChannel.Online;
        var receivedOn = today;
        var responsibleBody = DefaultResponsibleBody;
        if (byStaff)
        {
            channel = Choice<ApplicationChannel>(errors, "channel", input.Channel) ?? ApplicationChannel.Post;
            if (channel == ApplicationChannel.Online && !errors.Has("channel"))
            {
                errors.Add("channel", Messages.ApplicationOnlineByPublic);
            }

            receivedOn = ReceivedOn(errors, input.ReceivedOn, today) ?? today;
            responsibleBody = Department(errors, input.ResponsibleBody, departments) ?? DefaultResponsibleBody;
        }

        errors.ThrowIfAny();
        return (new ApplicationDetails(kind!.Value, name!, identity!, contact, phone!, email, address, postcode, description!, purpose, delivery!.Value, responsibleBody),
            channel, receivedOn);
    }

    public static (ReplyType Type, ReplyGround? Ground, string Text) ValidateReply(ReplyInput? input)
    {
        input ??= new ReplyInput();
        var errors = new FieldErrors();
        var type = ReplyTypes.Find(input.Type?.Trim());
        if (type is null)
        {
            errors.Add("type", string.IsNullOrWhiteSpace(input.Type)
                ? Messages.Required(Label("replyType"))
                : Messages.ChoiceInvalid(Label("replyType"), input.Type, ReplyTypes.All.Select(t => $"{t.Label}（{t.Code}）")));
        }

        ReplyGround? ground = null;
        if (type is { HasGrounds: true })
        {
            ground = type.Ground(input.Ground?.Trim());
            if (string.IsNullOrWhiteSpace(input.Ground))
            {
                errors.Add("ground", Messages.ApplicationGroundRequired(type.Label));
            }
            else if (ground is null)
            {
                errors.Add("ground", Messages.ApplicationGroundNotOfType(type.Label));
            }
            else if (ground.SystemOnly)
            {
                errors.Add("ground", Messages.ApplicationReplyByPeopleOnly);
                ground = null;
            }
        }

        var text = Required(errors, "text", input.Text, MaxReplyText, "replyText");
        errors.ThrowIfAny();
        return (type!, ground, text!);
    }

    public static List<RightsHolder> ValidateThirdParties(ThirdPartiesInput? input)
    {
        var errors = new FieldErrors();
        var parties = new List<RightsHolder>();
        var values = input?.ThirdParties ?? [];
        if (values.Count > 20)
        {
            errors.Add("thirdParties", Messages.TooManyRightsHolders(20));
            errors.ThrowIfAny();
        }

        foreach (var (value, i) in values.Select((v, i) => (v, i)))
        {
            var field = $"thirdParties[{i}]";
            if (value is null)
            {
                errors.Add(field, Messages.RightsHolderEmpty);
                continue;
            }

            var name = Required(errors, $"{field}.name", value.Name, ItemInputValidator.MaxTitle, "name");
            var contact = Required(errors, $"{field}.contact", value.Contact, ItemInputValidator.MaxTitle, "phone");
            var concern = Choice<RightsConcern>(errors, $"{field}.concern", value.Concern, "thirdParties");
            var details = Optional(errors, $"{field}.details", value.Details, ItemInputValidator.MaxShortText, "description") ?? string.Empty;
            if (name is not null && contact is not null && concern is not null)
            {
                parties.Add(new RightsHolder(name, contact, concern.Value, details));
            }
        }

        errors.ThrowIfAny();
        return parties;
    }

    /// <summary>A correction's text (optional when files come with it).</summary>
    public static string ValidateCorrection(string? text, bool hasFiles)
    {
        var errors = new FieldErrors();
        var trimmed = Optional(errors, "correction", text, MaxCorrection);
        if (trimmed is null && !hasFiles && !errors.Any)
        {
            errors.Add("correction", Messages.ApplicationCorrectionEmpty);
        }

        errors.ThrowIfAny();
        return trimmed ?? string.Empty;
    }

    private static string Label(string field) => Messages.ApplicationFieldLabel(field).Text;

    private static DateOnly? ReceivedOn(FieldErrors errors, string? value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return today;
        }

        if (!OfficeTime.TryParseDay(value, out var date))
        {
            errors.Add("receivedOn", Messages.DateInvalid(Label("receivedOn"), value));
            return null;
        }

        if (date > today)
        {
            errors.Add("receivedOn", Messages.ApplicationReceivedInFuture);
            return null;
        }

        if (date < today.AddDays(-MaxDaysBack))
        {
            errors.Add("receivedOn", Messages.ApplicationReceivedTooOld);
            return null;
        }

        return date;
    }

    private static string? Department(FieldErrors errors, string? value, IReadOnlyCollection<string> departments)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var name = value.Trim();
        if (!departments.Contains(name))
        {
            errors.Add("responsibleBody", Messages.ChoiceInvalid(Label("responsibleBody"), value, departments));
            return null;
        }

        return name;
    }

    private static TEnum? Choice<TEnum>(FieldErrors errors, string field, string? value, string? labelField = null)
        where TEnum : struct, Enum
    {
        var label = Label(labelField ?? field);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, Messages.Required(label));
            return null;
        }

        // Names only: numbers would let "7" through as an undefined value.
        if (Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(value.Trim()[0]))
        {
            return parsed;
        }

        errors.Add(field, Messages.ChoiceInvalid(label, value, Enum.GetValues<TEnum>().Select(v => $"{ChoiceLabel(v)}（{v}）")));
        return null;
    }

    private static string ChoiceLabel(Enum value) => value switch
    {
        ApplicantKind v => ApplicationLabels.Of(v),
        DeliveryForm v => ApplicationLabels.Of(v),
        ApplicationChannel v => ApplicationLabels.Of(v),
        _ => Labels.OfEnum(value),
    };

    private static string? Required(FieldErrors errors, string field, string? value, int max, string? labelField = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, Messages.Required(Label(labelField ?? field)));
            return null;
        }

        return Optional(errors, field, value, max, labelField);
    }

    private static string? Optional(FieldErrors errors, string field, string? value, int max, string? labelField = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (TextRules.Check(trimmed, max, Label(labelField ?? field)) is { } problem)
        {
            errors.Add(field, problem);
            return null;
        }

        return trimmed;
    }

    [GeneratedRegex(@"^[0-9A-Za-z\-]{4,30}$")]
    private static partial Regex Identity();

    [GeneratedRegex(@"^[0-9+\- ]{7,20}$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^[0-9]{6}$")]
    private static partial Regex Postcode();
}

using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Catalogue;

/// <summary>
/// Turns an <see cref="ItemInput"/> into a schedule and content, or refuses it with errors keyed by
/// field name (the JSON names clients send).
/// </summary>
public static class ItemInputValidator
{
    public const int MaxTitle = 200;
    public const int MaxBody = 200_000;
    public const int MaxShortText = 1_000;

    public static (ItemSchedule Schedule, ItemContent Content) Validate(ItemInput? input)
    {
        var errors = new FieldErrors();
        if (input is null)
        {
            throw new ValidationFailedException("", Messages.ItemInputEmpty);
        }

        var title = Required(errors, "title", input.Title, MaxTitle, "标题");
        var body = Required(errors, "body", input.Body, MaxBody, "正文");
        var legalBasis = Required(errors, "legalBasis", input.LegalBasis, MaxShortText, "公开依据");
        var responsibleBody = Required(errors, "responsibleBody", input.ResponsibleBody, MaxTitle, "公开主体");
        var interpretation = Optional(errors, "interpretation", input.Interpretation, MaxBody, "政策解读");
        var audienceNote = Optional(errors, "audienceNote", input.AudienceNote, MaxShortText, "特定群体说明");

        var category = CatalogueCategories.Find(input.CategoryCode?.Trim());
        if (string.IsNullOrWhiteSpace(input.CategoryCode))
        {
            errors.Add("categoryCode", Messages.Required("公开目录类别"));
        }
        else if (category is null)
        {
            errors.Add("categoryCode", Messages.CategoryUnknown(input.CategoryCode));
        }
        else if (!CatalogueCategories.IsFileable(category))
        {
            errors.Add("categoryCode", Messages.CategoryNotLeaf(category.Display));
        }

        var timing = RequiredEnum<TimingClass>(errors, "timing", input.Timing, "公开时限");
        Cadence? cadence = null;
        if (timing == TimingClass.Periodic)
        {
            cadence = RequiredEnum<Cadence>(errors, "cadence", input.Cadence, "定期公开的频次");
        }
        else if (!string.IsNullOrWhiteSpace(input.Cadence))
        {
            errors.Add("cadence", Messages.CadenceOnlyPeriodic);
        }

        int? reviewInterval = null;
        if (timing == TimingClass.LongTerm)
        {
            reviewInterval = input.ReviewIntervalMonths ?? 12;
            if (reviewInterval is < 1 or > 60)
            {
                errors.Add("reviewIntervalMonths", Messages.ReviewIntervalRange(1, 60));
            }
        }

        var channels = Channels(errors, input.Channels);
        var audience = RequiredEnum<Audience>(errors, "audience", input.Audience, "公开对象");
        if (audience == Catalogue.Audience.SpecificGroup && string.IsNullOrWhiteSpace(audienceNote))
        {
            errors.Add("audienceNote", Messages.AudienceNoteRequired);
        }

        var formedOn = Date(errors, "formedOn", input.FormedOn, "信息形成或变更日期");
        var period = Period(errors, input.Period, timing, cadence);
        var holders = RightsHolders(errors, input.RightsHolders);
        var exemption = input.Exemption is null ? null : Exemption(errors, "exemption", input.Exemption);
        var concerned = ConcernedDepartments.Read(errors.Add, input.DepartmentsConcerned, responsibleBody);

        errors.ThrowIfAny();

        var schedule = new ItemSchedule(category!.Code, timing!.Value, cadence, reviewInterval, responsibleBody!);
        var content = new ItemContent(
            title!, RichText.Sanitize(body!), interpretation is null ? null : RichText.Sanitize(interpretation),
            channels, audience!.Value, audienceNote, legalBasis!, formedOn!.Value, holders, exemption, period, concerned);
        return (schedule, content);
    }

    /// <summary>Validates an exemption given by a reviewer when withholding.</summary>
    public static Exemption ValidateExemption(ExemptionInput? input, string field = "exemption")
    {
        var errors = new FieldErrors();
        var exemption = input is null ? null : Exemption(errors, field, input);
        if (input is null)
        {
            errors.Add(field, Messages.ExemptionRequired);
        }

        errors.ThrowIfAny();
        return exemption!;
    }

    private static Exemption? Exemption(FieldErrors errors, string field, ExemptionInput input)
    {
        var ground = RequiredEnum<ExemptionGround>(errors, $"{field}.ground", input.Ground, "不予公开的理由类别");
        var basis = Required(errors, $"{field}.legalBasis", input.LegalBasis, MaxShortText, "不予公开的法律依据");
        var reason = Required(errors, $"{field}.reason", input.Reason, MaxShortText, "不予公开的具体说明");
        return ground is null || basis is null || reason is null ? null : new Exemption(ground.Value, basis, reason);
    }

    private static Channel[] Channels(FieldErrors errors, IReadOnlyList<string>? values)
    {
        var channels = new List<Channel> { Channel.Online };
        foreach (var (value, index) in (values ?? []).Select((v, i) => (v, i)))
        {
            if (Enum.TryParse<Channel>(value, ignoreCase: true, out var channel) && Enum.IsDefined(channel) && !int.TryParse(value, out _))
            {
                if (!channels.Contains(channel))
                {
                    channels.Add(channel);
                }
            }
            else
            {
                errors.Add($"channels[{index}]", Messages.ChoiceInvalid("公开渠道", value, Enum.GetValues<Channel>().Select(c => $"{Labels.Of(c)}（{c}）")));
            }
        }

        return [.. channels];
    }

    private static List<RightsHolder> RightsHolders(FieldErrors errors, IReadOnlyList<RightsHolderInput>? values)
    {
        var holders = new List<RightsHolder>();
        if (values is { Count: > 50 })
        {
            errors.Add("rightsHolders", Messages.TooManyRightsHolders(50));
            return holders;
        }

        foreach (var (value, i) in (values ?? []).Select((v, i) => (v, i)))
        {
            var field = $"rightsHolders[{i}]";
            if (value is null)
            {
                errors.Add(field, Messages.RightsHolderEmpty);
                continue;
            }

            var name = Required(errors, $"{field}.name", value.Name, MaxTitle, "权利人名称");
            var contact = Required(errors, $"{field}.contact", value.Contact, MaxTitle, "权利人联系方式");
            var concern = RequiredEnum<RightsConcern>(errors, $"{field}.concern", value.Concern, "涉及的权益类型");
            var details = Optional(errors, $"{field}.details", value.Details, MaxShortText, "涉及的具体内容") ?? string.Empty;
            if (name is not null && contact is not null && concern is not null)
            {
                holders.Add(new RightsHolder(name, contact, concern.Value, details));
            }
        }

        return holders;
    }

    private static DisclosurePeriod? Period(FieldErrors errors, string? value, TimingClass? timing, Cadence? cadence)
    {
        if (timing != TimingClass.Periodic)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                errors.Add("period", Messages.PeriodOnlyPeriodic);
            }

            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add("period", Messages.PeriodRequired);
            return null;
        }

        if (!DisclosurePeriod.TryParse(value.Trim(), out var period))
        {
            errors.Add("period", Messages.PeriodInvalid(value));
            return null;
        }

        if (cadence is not null && period.Cadence != cadence)
        {
            errors.Add("period", Messages.PeriodCadenceMismatch(value, Labels.Of(cadence.Value)));
            return null;
        }

        return period;
    }

    private static DateOnly? Date(FieldErrors errors, string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, Messages.Required(label));
            return null;
        }

        if (!OfficeTime.TryParseDay(value, out var date) || date.Year < 1990 || date.Year > 2100)
        {
            errors.Add(field, Messages.DateInvalid(label, value));
            return null;
        }

        return date;
    }

    private static TEnum? RequiredEnum<TEnum>(FieldErrors errors, string field, string? value, string label)
        where TEnum : struct, Enum
    {
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

        errors.Add(field, Messages.ChoiceInvalid(label, value, Enum.GetValues<TEnum>().Select(v => $"{Labels.OfEnum(v)}（{v}）")));
        return null;
    }

    private static string? Required(FieldErrors errors, string field, string? value, int max, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, Messages.Required(label));
            return null;
        }

        return Optional(errors, field, value, max, label);
    }

    private static string? Optional(FieldErrors errors, string field, string? value, int max, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (TextRules.Check(trimmed, max, label) is { } problem)
        {
            errors.Add(field, problem);
            return null;
        }

        return trimmed;
    }
}

using System.Globalization;

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
        var errors = new Errors();
        if (input is null)
        {
            errors.Add("", "请求内容为空。 The request has no item.");
            throw errors.ToException();
        }

        var title = Required(errors, "title", input.Title, MaxTitle, "标题");
        var body = Required(errors, "body", input.Body, MaxBody, "正文");
        var legalBasis = Required(errors, "legalBasis", input.LegalBasis, MaxShortText, "公开依据");
        var responsibleBody = Required(errors, "responsibleBody", input.ResponsibleBody, MaxTitle, "公开主体");
        var interpretation = Optional(errors, "interpretation", input.Interpretation, MaxBody);
        var audienceNote = Optional(errors, "audienceNote", input.AudienceNote, MaxShortText);

        var category = CatalogueCategories.Find(input.CategoryCode?.Trim());
        if (string.IsNullOrWhiteSpace(input.CategoryCode))
        {
            errors.Add("categoryCode", "必须选择公开目录类别。 A category is required.");
        }
        else if (category is null)
        {
            errors.Add("categoryCode", $"没有编号为“{input.CategoryCode}”的目录类别。 Unknown category; use one of {string.Join(", ", CatalogueCategories.All.Where(CatalogueCategories.IsFileable).Select(c => c.Code))}.");
        }
        else if (!CatalogueCategories.IsFileable(category))
        {
            errors.Add("categoryCode", $"“{category.Display}”下设子项，请选择具体子项。 Choose a sub-item of category {category.Code}.");
        }

        var timing = RequiredEnum<TimingClass>(errors, "timing", input.Timing, "公开时限");
        Cadence? cadence = null;
        if (timing == TimingClass.Periodic)
        {
            cadence = RequiredEnum<Cadence>(errors, "cadence", input.Cadence, "定期公开的频次");
        }
        else if (!string.IsNullOrWhiteSpace(input.Cadence))
        {
            errors.Add("cadence", "只有定期公开事项才有公开频次。 Only periodic items have a cadence.");
        }

        int? reviewInterval = null;
        if (timing == TimingClass.LongTerm)
        {
            reviewInterval = input.ReviewIntervalMonths ?? 12;
            if (reviewInterval is < 1 or > 60)
            {
                errors.Add("reviewIntervalMonths", "复核周期应为 1 至 60 个月。 The review interval must be 1–60 months.");
            }
        }

        var channels = Channels(errors, input.Channels);
        var audience = RequiredEnum<Audience>(errors, "audience", input.Audience, "公开对象");
        if (audience == Catalogue.Audience.SpecificGroup && string.IsNullOrWhiteSpace(audienceNote))
        {
            errors.Add("audienceNote", "面向特定群体公开时须说明是哪一群体。 Name the specific group.");
        }

        var formedOn = Date(errors, "formedOn", input.FormedOn, "信息形成或变更日期");
        var period = Period(errors, input.Period, timing, cadence);
        var holders = RightsHolders(errors, input.RightsHolders);
        var exemption = input.Exemption is null ? null : Exemption(errors, "exemption", input.Exemption);
        var concerned = ConcernedDepartments.Read(errors.Add, input.DepartmentsConcerned, responsibleBody);

        if (errors.Any)
        {
            throw errors.ToException();
        }

        var schedule = new ItemSchedule(category!.Code, timing!.Value, cadence, reviewInterval, responsibleBody!);
        var content = new ItemContent(
            title!, RichText.Sanitize(body!), interpretation is null ? null : RichText.Sanitize(interpretation),
            channels, audience!.Value, audienceNote, legalBasis!, formedOn!.Value, holders, exemption, period, concerned);
        return (schedule, content);
    }

    /// <summary>Validates an exemption given by a reviewer when withholding.</summary>
    public static Exemption ValidateExemption(ExemptionInput? input, string field = "exemption")
    {
        var errors = new Errors();
        var exemption = input is null ? null : Exemption(errors, field, input);
        if (input is null)
        {
            errors.Add(field, "不予公开必须说明理由和依据。 Withholding needs a ground and its legal basis.");
        }

        return errors.Any ? throw errors.ToException() : exemption!;
    }

    private static Exemption? Exemption(Errors errors, string field, ExemptionInput input)
    {
        var ground = RequiredEnum<ExemptionGround>(errors, $"{field}.ground", input.Ground, "不予公开的理由类别");
        var basis = Required(errors, $"{field}.legalBasis", input.LegalBasis, MaxShortText, "不予公开的法律依据");
        var reason = Required(errors, $"{field}.reason", input.Reason, MaxShortText, "不予公开的具体说明");
        return ground is null || basis is null || reason is null ? null : new Exemption(ground.Value, basis, reason);
    }

    private static Channel[] Channels(Errors errors, IReadOnlyList<string>? values)
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
                errors.Add($"channels[{index}]", $"未知的公开渠道“{value}”。 Unknown channel; use {string.Join(", ", Enum.GetNames<Channel>())}.");
            }
        }

        return [.. channels];
    }

    private static List<RightsHolder> RightsHolders(Errors errors, IReadOnlyList<RightsHolderInput>? values)
    {
        var holders = new List<RightsHolder>();
        if (values is { Count: > 50 })
        {
            errors.Add("rightsHolders", "权利人不能超过 50 个。 At most 50 rights-holders.");
            return holders;
        }

        foreach (var (value, i) in (values ?? []).Select((v, i) => (v, i)))
        {
            var field = $"rightsHolders[{i}]";
            if (value is null)
            {
                errors.Add(field, "权利人信息为空。 Empty rights-holder.");
                continue;
            }

            var name = Required(errors, $"{field}.name", value.Name, MaxTitle, "权利人名称");
            var contact = Required(errors, $"{field}.contact", value.Contact, MaxTitle, "权利人联系方式");
            var concern = RequiredEnum<RightsConcern>(errors, $"{field}.concern", value.Concern, "涉及的权益类型");
            var details = Optional(errors, $"{field}.details", value.Details, MaxShortText) ?? string.Empty;
            if (name is not null && contact is not null && concern is not null)
            {
                holders.Add(new RightsHolder(name, contact, concern.Value, details));
            }
        }

        return holders;
    }

    private static DisclosurePeriod? Period(Errors errors, string? value, TimingClass? timing, Cadence? cadence)
    {
        if (timing != TimingClass.Periodic)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                errors.Add("period", "只有定期公开事项才注明所属期间。 Only periodic items have a period.");
            }

            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add("period", "定期公开事项必须注明本次公开所属期间（如 2026-10、2026-Q3、2026-H2、2026）。 The period is required.");
            return null;
        }

        if (!DisclosurePeriod.TryParse(value.Trim(), out var period))
        {
            errors.Add("period", $"“{value}”不是有效的期间，应写作 2026-10、2026-Q3、2026-H2 或 2026。 Not a period.");
            return null;
        }

        if (cadence is not null && period.Cadence != cadence)
        {
            errors.Add("period", $"期间“{value}”与公开频次“{Labels.Of(cadence.Value)}”不符。 The period does not match the cadence {cadence}.");
            return null;
        }

        return period;
    }

    private static DateOnly? Date(Errors errors, string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"{label}不能为空。 {field} is required.");
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year < 1990 || date.Year > 2100)
        {
            errors.Add(field, $"{label}“{value}”格式不正确，应为 yyyy-MM-dd（如 2026-03-15）。 {field} must be a date like 2026-03-15.");
            return null;
        }

        return date;
    }

    private static TEnum? RequiredEnum<TEnum>(Errors errors, string field, string? value, string label)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"{label}不能为空。 {field} is required; use {string.Join(", ", Enum.GetNames<TEnum>())}.");
            return null;
        }

        // Names only: numbers would let "7" through as an undefined value.
        if (Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(value.Trim()[0]))
        {
            return parsed;
        }

        errors.Add(field, $"{label}“{value}”无效。 {field} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        return null;
    }

    private static string? Required(Errors errors, string field, string? value, int max, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"{label}不能为空。 {field} is required.");
            return null;
        }

        return Optional(errors, field, value, max);
    }

    private static string? Optional(Errors errors, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > max)
        {
            errors.Add(field, $"内容过长（{trimmed.Length} 字），最多 {max} 字。 {field} is longer than {max} characters.");
            return null;
        }

        return trimmed;
    }

    private sealed class Errors
    {
        private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

        public bool Any => _byField.Count > 0;

        public void Add(string field, string message)
        {
            if (!_byField.TryGetValue(field, out var list))
            {
                _byField[field] = list = [];
            }

            list.Add(message);
        }

        public ValidationFailedException ToException() =>
            new(_byField.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Tests.Api;

/// <summary>What an administrator enters as the State Council's schedule is exactly what is shown, weekend holidays included.</summary>
public sealed class CalendarRoundTripTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    public static TheoryData<int> ShippedYears() => [.. ShippedHolidaySchedules.All.Select(s => s.Year)];

    [Theory]
    [MemberData(nameof(ShippedYears))]
    public async Task EveryShippedYear_ComesOutAsItWentIn(int year)
    {
        var admin = await factory.SignedInAsync("zhaoli", Roles.Administrator, "赵丽");
        var shipped = ShippedHolidaySchedules.All.Single(s => s.Year == year);
        var holidays = shipped.Holidays.Select(Text).ToList();
        var workdays = shipped.MakeUpWorkdays.Select(Text).ToList();

        var seeded = await admin.GetJson($"/api/calendar/{year}");
        var saved = await (await admin.PutAsJsonAsync($"/api/calendar/{year}", new { holidays, makeUpWorkdays = workdays })).Json(HttpStatusCode.OK);
        var read = await admin.GetJson($"/api/calendar/{year}");

        foreach (var view in new[] { seeded, saved, read })
        {
            Assert.Equal(holidays, view.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()!));
            Assert.Equal(workdays, view.GetProperty("makeUpWorkdays").EnumerateArray().Select(d => d.GetString()!));
            Assert.True(view.GetProperty("scheduled").GetBoolean());
        }
    }

    [Fact]
    public async Task TheSpringFestival2024_IsShownAsEntered_From0210To0217()
    {
        var admin = await factory.SignedInAsync("zhaoli", Roles.Administrator, "赵丽");

        var view = await admin.GetJson("/api/calendar/2024");

        var holidays = view.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()!).ToList();
        Assert.Equal(Enumerable.Range(10, 8).Select(d => $"2024-02-{d}"), holidays.Where(d => d.StartsWith("2024-02", StringComparison.Ordinal)));
        Assert.Contains("2024-05-04", holidays);
        Assert.Contains("2024-10-05", holidays);
        // The arithmetic is unchanged: 2024 has 251 working days.
        Assert.Equal(251, view.GetProperty("workingDays").GetInt32());
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

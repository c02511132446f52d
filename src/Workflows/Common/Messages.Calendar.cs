namespace Disclosure.Workflows.Common;

// The office calendar: holiday schedules as administrators enter them, and the warning for years
// nobody has entered yet.
public static partial class Messages
{
    public static UserMessage ScheduleYearInvalid(int year) => new("calendar.year-invalid", $"年份 {year} 无效。");

    public static UserMessage CalendarYearOutOfRange(int min, int max) => new("calendar.year-out-of-range", $"年份应在 {min} 至 {max} 之间。");

    public static UserMessage ScheduleDayOutsideYear(DateOnly day, int year) =>
        new("calendar.day-outside-year", $"{FormatDate(day)} 不属于 {year} 年，应录入 {day.Year} 年的安排。");

    public static UserMessage ScheduleMakeUpNotWeekend(DateOnly day) =>
        new("calendar.make-up-not-weekend", $"{FormatDate(day)} 不是周末，不能作为调休上班日。");

    public static UserMessage ScheduleHolidayAndMakeUp(DateOnly day) =>
        new("calendar.holiday-and-make-up", $"{FormatDate(day)} 同时列为节假日和调休上班日。");

    public static UserMessage ScheduleDuplicateHoliday(DateOnly day) => new("calendar.duplicate-holiday", $"{FormatDate(day)} 在节假日中重复出现。");

    public static UserMessage ScheduleDuplicateMakeUp(DateOnly day) => new("calendar.duplicate-make-up", $"{FormatDate(day)} 在调休上班日中重复出现。");

    public static UserMessage ScheduleMissing { get; } = new("calendar.schedule-missing", "节假日安排为空。");

    public static UserMessage ScheduleEnteredTwice(int year, int times) => new("calendar.entered-twice", $"{year} 年的安排录入了 {times} 次。");

    /// <summary>The lists of the calendar input are required (an empty list is written []).</summary>
    public static UserMessage DatesRequired(string label) => new("calendar.dates-required", $"必须给出{label}（没有则写空列表 []）。");

    public static UserMessage NotADate(string value) => new("calendar.date-invalid", $"“{value}”不是 yyyy-MM-dd 格式的日期。");

    public static UserMessage CalendarYearUnscheduled(int year) =>
        new("calendar.year-unscheduled", $"{year} 年节假日安排尚未录入，按仅周末休息计算。");

    public static UserMessage CalendarYearsMissing(IEnumerable<int> years) =>
        new("calendar.years-missing", $"{List(years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)))} 年节假日安排尚未录入，涉及这些年份的期限暂按仅周末休息计算。");
}

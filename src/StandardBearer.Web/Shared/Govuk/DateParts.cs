namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// The day, month and year inputs of a GOV.UK date input. The same names are used by the tag helper
/// to write the inputs and by the model binder to read them back, so they live in one place.
/// </summary>
internal static class DateParts
{
    public static readonly IReadOnlyList<DatePart> All =
    [
        new("Day", "day", "govuk-input--width-2"),
        new("Month", "month", "govuk-input--width-2"),
        new("Year", "year", "govuk-input--width-4"),
    ];

    public static string NameOf(string fieldName, DatePart part) => fieldName + "." + part.Suffix;

    public static bool IsDate(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(DateOnly);
}

/// <param name="Suffix">Appended to the field name with a dot: <c>Input.Dob.Day</c>.</param>
/// <param name="IdSuffix">Appended to the field id with a dash, as GOV.UK does: <c>Input_Dob-day</c>.</param>
internal sealed record DatePart(string Suffix, string IdSuffix, string WidthClass)
{
    public string Label => Suffix;
}

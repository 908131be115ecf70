namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>One bar: its label under the axis, its value (null draws no bar, only <see cref="ValueText"/>), and an optional second line.</summary>
public sealed record OurBar(string Label, int? Value, string ValueText, string? Note = null, bool Marked = false, string? MarkText = null);

/// <summary>
/// A vertical bar chart drawn as server-side SVG (the CSP allows no scripts or inline styles, so geometry goes into
/// SVG attributes and colours into site.css classes). <paramref name="LabelledBy"/> is the id of the heading that
/// names it; the page puts the same figures in a table beside it.
/// </summary>
public sealed record OurBarChart(string LabelledBy, IReadOnlyList<OurBar> Bars)
{
    public const int Width = 640;
    public const int Height = 300;
    private const int Top = 44;
    private const int Baseline = 236;
    private const int Gap = 12;

    public int Axis => Baseline;

    public int Slot => Bars.Count == 0 ? Width : Width / Bars.Count;

    public int BarWidth => Math.Max(4, Math.Min(72, Slot - Gap));

    public int Centre(int index) => index * Slot + Slot / 2;

    public int BarX(int index) => Centre(index) - BarWidth / 2;

    /// <summary>Bars scale from zero to the largest value; a negative value (a scheme may take points away) draws no bar.</summary>
    public int BarHeight(OurBar bar)
    {
        var max = Bars.Max(b => b.Value ?? 0);
        if (bar.Value is not { } value || value <= 0 || max <= 0) return 0;
        return Math.Max(2, (int)Math.Round((double)value / max * (Baseline - Top)));
    }

    public int BarY(OurBar bar) => Baseline - BarHeight(bar);

    public int ValueY(OurBar bar) => BarY(bar) - 8;

    public int LabelY => Baseline + 22;

    public int NoteY => Baseline + 44;
}

namespace StandardBearer.Web.Pages.Centre;

/// <summary>One row of a horizontal bar chart: what it is, its value, and how the value reads.</summary>
public sealed record CentreBar(string Label, decimal Value, string ValueText);

/// <summary>
/// A horizontal bar chart drawn as server-side SVG, for categories with names too long to sit under vertical bars
/// (sectors, bodies, elements). Like <c>OurBarChart</c>, geometry is in SVG attributes and colours in site.css
/// classes (the CSP allows no inline styles); <paramref name="LabelledBy"/> is the id of the heading that names it,
/// and the page shows the same figures in a table beside it.
/// </summary>
public sealed record CentreBarChart(string LabelledBy, IReadOnlyList<CentreBar> Bars)
{
    public const int Width = 640;
    public const int RowHeight = 28;
    public const int LabelWidth = 250;
    private const int BarLeft = LabelWidth + 10;
    private const int BarMax = 300;
    private const int MaxLabel = 34;

    public int Height => Math.Max(1, Bars.Count) * RowHeight + 8;

    public static int LabelX => LabelWidth;

    public static int BarX => BarLeft;

    public static int TextY(int index) => index * RowHeight + 19;

    public static int BarY(int index) => index * RowHeight + 5;

    public static int BarHeight => RowHeight - 10;

    /// <summary>Bars scale from zero to the largest value; a zero draws no bar, only its value.</summary>
    public int BarWidth(CentreBar bar)
    {
        var max = Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);
        if (bar.Value <= 0 || max <= 0) return 0;
        return Math.Max(2, (int)Math.Round(bar.Value / max * BarMax));
    }

    public int ValueX(CentreBar bar) => BarLeft + BarWidth(bar) + 6;

    /// <summary>Long names are shortened in the picture; the table beside it has them in full.</summary>
    public static string Shorten(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)].TrimEnd() + "…";
}

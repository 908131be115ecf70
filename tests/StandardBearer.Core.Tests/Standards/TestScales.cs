using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Tests.Standards;

/// <summary>The CSE scale as the built-in pack defines it, for pure tests that need no database.</summary>
public static class TestScales
{
    public static readonly RatingScale Cse = new(
    [
        new ScaleRating("CompliancePlus", "Compliance Plus", 3, true, false, false),
        new ScaleRating("Compliance", "Compliance", 2, true, false, false),
        new ScaleRating("PartialCompliance", "Partial Compliance", 1, false, false, true),
        new ScaleRating("NonCompliance", "Non-Compliance", 0, false, true, false),
    ], 0.8m);
}

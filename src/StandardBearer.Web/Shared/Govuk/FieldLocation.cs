using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// Where a model-state key such as <c>Input.Rows[2].Due</c> sits in the model: the property it names
/// (null when the model has no such property) and its position as property and item indexes, which
/// sorts keys into the order the questions are asked.
/// </summary>
internal sealed record FieldLocation(IReadOnlyList<int> Position, ModelMetadata? Metadata)
{
    public static readonly IComparer<IReadOnlyList<int>> PositionComparer = Comparer<IReadOnlyList<int>>.Create((a, b) =>
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Count.CompareTo(b.Count);
    });

    public static FieldLocation Find(ModelMetadata? root, string key)
    {
        var position = new List<int>();
        if (key.Length == 0)
        {
            return new FieldLocation(position, null);
        }

        var metadata = root;
        foreach (var segment in key.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var propertyName = bracket < 0 ? segment : segment[..bracket];
            if (propertyName.Length > 0)
            {
                var index = IndexOf(metadata, propertyName);
                metadata = index < 0 ? null : metadata!.Properties[index];
                position.Add(index < 0 ? int.MaxValue : index);
            }

            while (bracket >= 0)
            {
                var close = segment.IndexOf(']', bracket);
                var index = close < 0 ? null : segment[(bracket + 1)..close];
                position.Add(int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : int.MaxValue);
                metadata = metadata?.ElementMetadata;
                bracket = close < 0 ? -1 : segment.IndexOf('[', close);
            }
        }

        return new FieldLocation(position, metadata);
    }

    private static int IndexOf(ModelMetadata? metadata, string propertyName)
    {
        if (metadata is null)
        {
            return -1;
        }

        for (var i = 0; i < metadata.Properties.Count; i++)
        {
            if (string.Equals(metadata.Properties[i].PropertyName, propertyName, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

namespace Vms.Rtsp.Headers;

/// <summary>Value equality for the lists held by header records.</summary>
internal static class ListEquality
{
    public static bool Equal<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Count; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int Hash<T>(IReadOnlyList<T> list) => list.Count == 0 ? 0 : HashCode.Combine(list.Count, list[0]);
}

using Vms.Storage.Fmp4;

namespace Vms.Storage.Tests.Support;

internal static class BoxAssert
{
    /// <summary>Compares as hex so a failure shows where the bytes differ.</summary>
    public static void Equal(byte[] expected, BoxBuffer actual) => Equal(expected, actual.WrittenSpan);

    public static void Equal(byte[] expected, ReadOnlySpan<byte> actual) => Assert.Equal(Hex.Of(expected), Hex.Of(actual));
}

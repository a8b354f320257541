using Vms.Storage.Fmp4.Reading;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Reading;

public sealed class BoxHeaderTests
{
    [Fact]
    public void TryRead_CompactSize_GivesTypeAndSize()
    {
        Assert.True(BoxHeader.TryRead(Hex.Bytes("00000020 66747970"), 100, 1000, out var h));
        Assert.Equal(("ftyp", 100L, 8, 32L, 132L), (h.Name, h.Offset, h.HeaderSize, h.Size, h.End));
    }

    [Fact]
    public void TryRead_LargeSize_Uses64BitField()
    {
        Assert.True(BoxHeader.TryRead(Hex.Bytes("00000001 6d646174 0000000100000010"), 0, long.MaxValue, out var h));
        Assert.Equal((16, 0x1_0000_0010L), (h.HeaderSize, h.Size));
    }

    [Fact]
    public void TryRead_SizeZero_ExtendsToTheContainerEnd()
    {
        Assert.True(BoxHeader.TryRead(Hex.Bytes("00000000 6d646174"), 40, 1000, out var h));
        Assert.Equal(960L, h.Size);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0000002066")]
    [InlineData("00000001 6d646174 00000001")]
    public void TryRead_TooFewBytes_ReturnsFalse(string hex)
    {
        Assert.False(BoxHeader.TryRead(Hex.Bytes(hex), 0, 1000, out _));
    }

    [Theory]
    [InlineData("00000007 66747970")]
    [InlineData("00000001 6d646174 000000000000000f")]
    [InlineData("00000001 6d646174 ffffffffffffffff")]
    public void TryRead_ImpossibleSize_ThrowsTypedError(string hex)
    {
        var e = Assert.Throws<Fmp4FormatException>(() => BoxHeader.TryRead(Hex.Bytes(hex), 12, 1000, out _));
        Assert.Equal(12, e.Offset);
    }
}

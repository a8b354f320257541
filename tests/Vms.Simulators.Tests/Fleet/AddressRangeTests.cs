using Vms.Simulators.Fleet;

namespace Vms.Simulators.Tests.Fleet;

public sealed class AddressRangeTests
{
    [Fact]
    public void Parse_RangeAcrossAnOctet_ExpandsInOrder()
    {
        var range = AddressRange.Parse("127.0.1.254-127.0.2.2");

        Assert.Equal(5, range.Count);
        Assert.Equal(["127.0.1.254", "127.0.1.255", "127.0.2.0", "127.0.2.1", "127.0.2.2"], range.Take(5).Select(a => a.ToString()));
        Assert.Equal(["127.0.1.254", "127.0.1.255"], range.Take(2).Select(a => a.ToString()));
    }

    [Fact]
    public void Parse_SingleAddressRange_HasOneAddress()
    {
        var range = AddressRange.Parse("127.0.1.7-127.0.1.7");

        Assert.Equal("127.0.1.7", Assert.Single(range.Take(1)).ToString());
    }

    [Theory]
    [InlineData("127.0.1.1", "must look like 127.0.1.1-127.0.1.250")]
    [InlineData("127.0.1.1-", "must look like")]
    [InlineData("127.1-127.0.1.3", "'127.1' is not an IPv4 address")]
    [InlineData("::1-::2", "is not an IPv4 address")]
    [InlineData("127.0.1.9-127.0.1.1", "ends before it starts")]
    [InlineData("10.0.0.0-10.0.4.0", "has more than 1000 addresses")]
    public void Parse_BadRange_ThrowsFormatException(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => AddressRange.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Take_MoreThanTheRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AddressRange.Parse("127.0.1.1-127.0.1.2").Take(3));
    }
}

using System.Text;
using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class FragmentCheckBoxTests
{
    [Fact]
    public void Crc32C_StandardCheckValue_IsE3069283()
    {
        Assert.Equal(0xE3069283u, Crc32C.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Crc32C_AppendInPieces_EqualsWhole()
    {
        var data = new byte[1000];
        new Random(5).NextBytes(data);
        var crc = Crc32C.Append(Crc32C.Initial, data.AsSpan(0, 13));
        crc = Crc32C.Append(crc, data.AsSpan(13));
        Assert.Equal(Crc32C.Compute(data), Crc32C.Finish(crc));
    }

    [Fact]
    public void Write_Checksum_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        FragmentCheckBox.Write(b, 0xE3069283);
        BoxAssert.Equal(Hex.Bytes("""
            00000020 75756964                         # size 32, 'uuid'
            152d1bdd9d0c4b6a86e99987b3058f8d          # extended type: fragment check
            00000000                                  # version 0, flags 0
            e3069283                                  # CRC-32C
            """), b);
    }
}

using Vms.Rtsp.Media;
using Vms.TestSupport;

namespace Vms.Storage.Tests.Support;

/// <summary>Audio access units: AAC frames from the ADTS fixture, or synthetic G.711.</summary>
internal static class TestAudio
{
    /// <summary>The AAC-LC 16 kHz mono fixture as raw frames (ADTS headers removed), 1024 samples apart.</summary>
    public static (MediaTrack Track, IReadOnlyList<AccessUnit> Units) Aac(int trackIndex = 1)
    {
        var data = Fixtures.Bytes("sine-16khz-mono.aac");
        var units = new List<AccessUnit>();
        var pos = 0;
        while (pos + 7 <= data.Length)
        {
            if (data[pos] != 0xFF || (data[pos + 1] & 0xF0) != 0xF0)
            {
                throw new InvalidDataException("ADTS sync lost at " + pos);
            }

            var headerLength = (data[pos + 1] & 1) == 1 ? 7 : 9;
            var frameLength = ((data[pos + 3] & 3) << 11) | (data[pos + 4] << 3) | (data[pos + 5] >> 5);
            var ts = units.Count * 1024L;
            units.Add(new AccessUnit(CodecId.Aac, [data.AsMemory(pos + headerLength, frameLength - headerLength)], ts, ts, true));
            pos += frameLength;
        }

        return (new MediaTrack(trackIndex, TestParameters.Aac), units);
    }

    /// <summary><paramref name="seconds"/> of G.711 at 8 kHz in 20 ms packets (160 samples each).</summary>
    public static (MediaTrack Track, IReadOnlyList<AccessUnit> Units) G711(bool alaw, int seconds, int trackIndex = 1)
    {
        var random = new Random(7);
        var units = new List<AccessUnit>();
        for (var i = 0; i < seconds * 50; i++)
        {
            var payload = new byte[160];
            random.NextBytes(payload);
            units.Add(new AccessUnit(alaw ? CodecId.Pcma : CodecId.Pcmu, [payload], i * 160L, i * 160L, true));
        }

        return (new MediaTrack(trackIndex, new G711Parameters(alaw)), units);
    }
}

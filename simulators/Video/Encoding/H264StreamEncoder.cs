using Vms.Rtsp.Media;
using Vms.Simulators.Video.Rendering;

namespace Vms.Simulators.Video.Encoding;

/// <summary>
/// The stream-level state of the encoder for one coded video sequence configuration: parameter sets,
/// frame_num and idr_pic_id counters, and the bitrate model. Produces the NAL units of one access unit
/// (SPS and PPS in-band before every IDR picture).
/// </summary>
internal sealed class H264StreamEncoder
{
    private readonly PictureEncoder _pictures = new();
    private readonly BitrateController _bitrate = new();
    private bool[] _refresh;
    private int _frameNum;
    private int _idrPicId = -1;

    public H264StreamEncoder(EncoderConfiguration config, int bitrateKbps, int gopFrames)
    {
        Configuration = config;
        Sps = ParameterSetWriter.CreateSps(config);
        Pps = ParameterSetWriter.CreatePps();
        Parameters = new H264Parameters(Sps, Pps);
        _refresh = new bool[config.MacroblockCount];
        _bitrate.Configure(bitrateKbps, config.FramesPerSecond, gopFrames);
    }

    public EncoderConfiguration Configuration { get; }

    public byte[] Sps { get; }

    public byte[] Pps { get; }

    public H264Parameters Parameters { get; }

    public BitrateController Bitrate => _bitrate;

    /// <summary>Changes the target bitrate or GOP length without a new sequence (the model's budget only).</summary>
    public void Reconfigure(int bitrateKbps, int gopFrames) => _bitrate.Configure(bitrateKbps, Configuration.FramesPerSecond, gopFrames);

    /// <summary>Codes the renderer's current picture into <paramref name="nalUnits"/>.</summary>
    public PictureStatistics Encode(SceneRenderer renderer, bool isIdr, List<ReadOnlyMemory<byte>> nalUnits)
    {
        var frame = renderer.Frame;
        var changes = renderer.Changes;
        if (_refresh.Length != changes.Count)
        {
            _refresh = new bool[changes.Count];
        }

        var parameterBytes = 0;
        if (isIdr)
        {
            _frameNum = 0;
            _idrPicId = (_idrPicId + 1) & 0xFFFF;
            nalUnits.Add(Sps);
            nalUnits.Add(Pps);
            parameterBytes = Sps.Length + Pps.Length;
        }
        else
        {
            _frameNum = (_frameNum + 1) % (1 << EncoderConfiguration.Log2MaxFrameNum);
            _bitrate.SelectRefresh(changes.Changed, changes.ChangedCount, _refresh);
        }

        var stats = _pictures.Encode(Configuration, frame, changes, isIdr, _frameNum, _idrPicId, isIdr ? default : _refresh, nalUnits);
        var changedBytes = Math.Max(0, stats.Bytes - (stats.Refreshed * BitrateController.PcmMacroblockBytes));
        _bitrate.Account(stats.Bytes + parameterBytes, isIdr, stats.Pcm + stats.Intra16x16, changedBytes);
        return stats;
    }
}

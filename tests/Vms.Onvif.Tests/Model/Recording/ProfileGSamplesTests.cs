using Vms.Onvif.Model.Imaging;
using Vms.Onvif.Model.Media;
using Vms.Onvif.Model.Recording;
using Vms.Onvif.Model.Replay;
using Vms.Onvif.Model.Search;
using Vms.Onvif.Tests.Model.Support;

namespace Vms.Onvif.Tests.Model.Recording;

/// <summary>The Profile G (recording, search, replay) and imaging samples.</summary>
public class ProfileGSamplesTests
{
    private static readonly DateTimeOffset Day = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GetRecordingsResponse_Sample32_ReadsRecordingAndTrack()
    {
        var item = Assert.Single(GetRecordingsResponse.FromXml(Samples.Shared("32_getrecordings.xml")).RecordingItems);
        Assert.Equal("rec-cam1", item.RecordingToken);
        Assert.Equal(new RecordingSourceInformation("urn:cam1", "cam1", "lobby", "d", "rtsp://x"), item.Source);
        Assert.Equal("c", item.Content);
        Assert.Equal(TimeSpan.FromDays(30), item.MaximumRetentionTime);
        Assert.Equal(new RecordingTrack("VIDEO001", TrackType.Video, "v"), Assert.Single(item.Tracks));
    }

    [Fact]
    public void FindRecordings_Sample33_ReadsScopeAndKeepAlive()
    {
        var request = FindRecordings.FromXml(Samples.Shared("33_findrec.xml"));
        Assert.Equal(["rec-cam1"], request.Scope.IncludedRecordings);
        Assert.Empty(request.Scope.IncludedSources);
        Assert.Null(request.Scope.RecordingInformationFilter);
        Assert.Equal(10, request.MaxMatches);
        Assert.Equal(TimeSpan.FromSeconds(10), request.KeepAliveTime);
    }

    [Fact]
    public void GetRecordingSearchResultsResponse_Sample34_ReadsCompletedResult()
    {
        var response = GetRecordingSearchResultsResponse.FromXml(Samples.Shared("34_recres.xml"));
        Assert.Equal(SearchState.Completed, response.SearchState);
        var information = Assert.Single(response.Results);
        Assert.Equal("rec-cam1", information.RecordingToken);
        Assert.Equal("l", information.Source.Location);
        Assert.Equal(Day, information.EarliestRecording);
        Assert.Equal(Day.AddHours(10), information.LatestRecording);
        Assert.Equal(new TrackInformation("VIDEO001", TrackType.Video, "v", Day, Day.AddHours(10)), Assert.Single(information.Tracks));
        Assert.Equal(RecordingStatus.Recording, information.RecordingStatus);
    }

    [Fact]
    public void GetReplayUri_Sample35_ReadsSetupAndRecording()
    {
        var request = GetReplayUri.FromXml(Samples.Shared("35_replayuri.xml"));
        Assert.Equal(new StreamSetup(StreamType.RtpUnicast, TransportProtocol.Rtsp), request.StreamSetup);
        Assert.Equal("rec-cam1", request.RecordingToken);
    }

    [Fact]
    public void Move_Sample36_ReadsContinuousFocus()
    {
        var request = Move.FromXml(Samples.Shared("36_imaging.xml"));
        Assert.Equal("vs0", request.VideoSourceToken);
        Assert.Equal(new FocusMove { ContinuousSpeed = 0.5f }, request.Focus);
    }
}

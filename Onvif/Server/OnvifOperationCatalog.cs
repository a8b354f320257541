using System.Xml.Linq;

namespace Vms.Onvif.Server;

/// <summary>
/// The request elements of every operation declared by the ONVIF WSDLs (device, media, media2, PTZ, imaging,
/// events incl. WS-BaseNotification, deviceIO, recording, search, replay, receiver, analytics), extracted from the
/// portTypes. A known operation without a handler is answered <c>env:Receiver/ter:ActionNotSupported</c>; any other
/// element <c>env:Sender/ter:UnknownAction</c>.
/// </summary>
internal static class OnvifOperationCatalog
{
    public static bool IsKnown(XName element) => Known.Contains(element);

    private static HashSet<XName> Build()
    {
        var set = new HashSet<XName>();
        foreach (var (ns, names) in Operations)
        {
            foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                set.Add(XNamespace.Get(ns) + name);
            }
        }

        return set;
    }

    private static readonly (string Namespace, string Names)[] Operations =
    [
        ("http://docs.oasis-open.org/wsn/b-2",
            "CreatePullPoint DestroyPullPoint GetCurrentMessage GetMessages Notify PauseSubscription Renew " +
            "ResumeSubscription Subscribe Unsubscribe "),
        ("http://www.onvif.org/ver10/device/wsdl",
            "AddIPAddressFilter AddScopes CreateCertificate CreateDot1XConfiguration CreateStorageConfiguration " +
            "CreateUsers DeleteCertificates DeleteDot1XConfiguration DeleteGeoLocation " +
            "DeleteStorageConfiguration DeleteUserRole DeleteUsers GetAccessPolicy " +
            "GetAuthFailureWarningConfiguration GetAuthFailureWarningOptions GetCACertificates GetCapabilities " +
            "GetCertificateInformation GetCertificates GetCertificatesStatus GetClientCertificateMode GetDNS " +
            "GetDPAddresses GetDeviceInformation GetDiscoveryMode GetDot11Capabilities GetDot11Status " +
            "GetDot1XConfiguration GetDot1XConfigurations GetDynamicDNS GetEndpointReference GetGeoLocation " +
            "GetHostname GetIPAddressFilter GetNTP GetNetworkDefaultGateway GetNetworkInterfaces " +
            "GetNetworkProtocols GetPasswordComplexityConfiguration GetPasswordComplexityOptions " +
            "GetPasswordHistoryConfiguration GetPkcs10Request GetRelayOutputs GetRemoteDiscoveryMode " +
            "GetRemoteUser GetScopes GetServiceCapabilities GetServices GetStorageConfiguration " +
            "GetStorageConfigurations GetSystemBackup GetSystemDateAndTime GetSystemLog " +
            "GetSystemSupportInformation GetSystemUris GetUserRoles GetUsers GetWsdlUrl GetZeroConfiguration " +
            "LoadCACertificates LoadCertificateWithPrivateKey LoadCertificates RemoveIPAddressFilter " +
            "RemoveScopes RestoreSystem ScanAvailableDot11Networks SendAuxiliaryCommand SetAccessPolicy " +
            "SetAuthFailureWarningConfiguration SetCertificatesStatus SetClientCertificateMode SetDNS " +
            "SetDPAddresses SetDiscoveryMode SetDot1XConfiguration SetDynamicDNS SetGeoLocation " +
            "SetHashingAlgorithm SetHostname SetHostnameFromDHCP SetIPAddressFilter SetNTP " +
            "SetNetworkDefaultGateway SetNetworkInterfaces SetNetworkProtocols " +
            "SetPasswordComplexityConfiguration SetPasswordHistoryConfiguration SetRelayOutputSettings " +
            "SetRelayOutputState SetRemoteDiscoveryMode SetRemoteUser SetScopes SetStorageConfiguration " +
            "SetSystemDateAndTime SetSystemFactoryDefault SetUser SetUserRole SetZeroConfiguration " +
            "StartFirmwareUpgrade StartSystemRestore SystemReboot UpgradeFirmware UpgradeSystemFirmware "),
        ("http://www.onvif.org/ver10/deviceIO/wsdl",
            "GetAudioOutputConfiguration GetAudioOutputConfigurationOptions GetAudioOutputs " +
            "GetAudioSourceConfiguration GetAudioSourceConfigurationOptions GetAudioSources " +
            "GetDigitalInputConfigurationOptions GetDigitalInputs GetRelayOutputOptions " +
            "GetSerialPortConfiguration GetSerialPortConfigurationOptions GetSerialPorts GetServiceCapabilities " +
            "GetVideoOutputConfiguration GetVideoOutputConfigurationOptions GetVideoOutputs " +
            "GetVideoSourceConfiguration GetVideoSourceConfigurationOptions GetVideoSources " +
            "SendReceiveSerialCommand SetAudioOutputConfiguration SetAudioSourceConfiguration " +
            "SetDigitalInputConfigurations SetRelayOutputSettings SetSerialPortConfiguration " +
            "SetVideoOutputConfiguration SetVideoSourceConfiguration "),
        ("http://www.onvif.org/ver10/events/wsdl",
            "AddEventBroker CreatePullPointSubscription DeleteEventBroker GetEventBrokers GetEventProperties " +
            "GetServiceCapabilities PullMessages Seek SetSynchronizationPoint "),
        ("http://www.onvif.org/ver10/media/wsdl",
            "AddAudioDecoderConfiguration AddAudioEncoderConfiguration AddAudioOutputConfiguration " +
            "AddAudioSourceConfiguration AddMetadataConfiguration AddPTZConfiguration " +
            "AddVideoAnalyticsConfiguration AddVideoEncoderConfiguration AddVideoSourceConfiguration CreateOSD " +
            "CreateProfile DeleteOSD DeleteProfile GetAudioDecoderConfiguration " +
            "GetAudioDecoderConfigurationOptions GetAudioDecoderConfigurations GetAudioEncoderConfiguration " +
            "GetAudioEncoderConfigurationOptions GetAudioEncoderConfigurations GetAudioOutputConfiguration " +
            "GetAudioOutputConfigurationOptions GetAudioOutputConfigurations GetAudioOutputs " +
            "GetAudioSourceConfiguration GetAudioSourceConfigurationOptions GetAudioSourceConfigurations " +
            "GetAudioSources GetCompatibleAudioDecoderConfigurations GetCompatibleAudioEncoderConfigurations " +
            "GetCompatibleAudioOutputConfigurations GetCompatibleAudioSourceConfigurations " +
            "GetCompatibleMetadataConfigurations GetCompatibleVideoAnalyticsConfigurations " +
            "GetCompatibleVideoEncoderConfigurations GetCompatibleVideoSourceConfigurations " +
            "GetGuaranteedNumberOfVideoEncoderInstances GetMetadataConfiguration GetMetadataConfigurationOptions " +
            "GetMetadataConfigurations GetOSD GetOSDOptions GetOSDs GetProfile GetProfiles " +
            "GetServiceCapabilities GetSnapshotUri GetStreamUri GetVideoAnalyticsConfiguration " +
            "GetVideoAnalyticsConfigurations GetVideoEncoderConfiguration GetVideoEncoderConfigurationOptions " +
            "GetVideoEncoderConfigurations GetVideoSourceConfiguration GetVideoSourceConfigurationOptions " +
            "GetVideoSourceConfigurations GetVideoSourceModes GetVideoSources RemoveAudioDecoderConfiguration " +
            "RemoveAudioEncoderConfiguration RemoveAudioOutputConfiguration RemoveAudioSourceConfiguration " +
            "RemoveMetadataConfiguration RemovePTZConfiguration RemoveVideoAnalyticsConfiguration " +
            "RemoveVideoEncoderConfiguration RemoveVideoSourceConfiguration SetAudioDecoderConfiguration " +
            "SetAudioEncoderConfiguration SetAudioOutputConfiguration SetAudioSourceConfiguration " +
            "SetMetadataConfiguration SetOSD SetSynchronizationPoint SetVideoAnalyticsConfiguration " +
            "SetVideoEncoderConfiguration SetVideoSourceConfiguration SetVideoSourceMode StartMulticastStreaming " +
            "StopMulticastStreaming "),
        ("http://www.onvif.org/ver10/receiver/wsdl",
            "ConfigureReceiver CreateReceiver DeleteReceiver GetReceiver GetReceiverState GetReceivers " +
            "GetServiceCapabilities SetReceiverMode "),
        ("http://www.onvif.org/ver10/recording/wsdl",
            "CreateRecording CreateRecordingJob CreateTrack DeleteRecording DeleteRecordingJob DeleteTrack " +
            "ExportRecordedData ExportRecordedSegments GetExportRecordedDataState GetRecordingConfiguration " +
            "GetRecordingJobConfiguration GetRecordingJobState GetRecordingJobs GetRecordingOptions " +
            "GetRecordings GetServiceCapabilities GetTrackConfiguration ListRecordedSegments " +
            "OverrideSegmentDuration SetRecordingConfiguration SetRecordingJobConfiguration SetRecordingJobMode " +
            "SetTrackConfiguration StopExportRecordedData StopExportRecordedSegments "),
        ("http://www.onvif.org/ver10/replay/wsdl",
            "GetReplayConfiguration GetReplayUri GetServiceCapabilities SetReplayConfiguration "),
        ("http://www.onvif.org/ver10/search/wsdl",
            "EndSearch FindEvents FindMetadata FindPTZPosition FindRecordings GetEventSearchResults " +
            "GetImageSearchResultsRequest GetMediaAttributes GetMetadataSearchResults GetNLSearchResultsRequest " +
            "GetPTZPositionSearchResults GetRecordingInformation GetRecordingSearchResults GetRecordingSummary " +
            "GetSearchState GetServiceCapabilities SearchImageByImageRequest SearchImageByNLRequest "),
        ("http://www.onvif.org/ver20/analytics/wsdl",
            "CreateAnalyticsModules CreateRules DeleteAnalyticsModules DeleteRules GetAnalyticsModuleOptions " +
            "GetAnalyticsModules GetRuleOptions GetRules GetServiceCapabilities GetSupportedAnalyticsModules " +
            "GetSupportedMetadata GetSupportedRules ModifyAnalyticsModules ModifyRules "),
        ("http://www.onvif.org/ver20/imaging/wsdl",
            "GetCurrentPreset GetImagingSettings GetMoveOptions GetOptions GetPresets GetServiceCapabilities " +
            "GetStatus Move SetCurrentPreset SetImagingSettings Stop "),
        ("http://www.onvif.org/ver20/media/wsdl",
            "AddAudioClip AddConfiguration AddTTSAudioClip CreateMask CreateOSD CreateProfile DeleteAudioClip " +
            "DeleteMask DeleteOSD DeleteProfile GetAnalyticsConfigurations GetAudioClips " +
            "GetAudioDecoderConfigurationOptions GetAudioDecoderConfigurations " +
            "GetAudioEncoderConfigurationOptions GetAudioEncoderConfigurations " +
            "GetAudioOutputConfigurationOptions GetAudioOutputConfigurations GetAudioSourceConfigurationOptions " +
            "GetAudioSourceConfigurations GetMaskOptions GetMasks GetMetadataConfigurationOptions " +
            "GetMetadataConfigurations GetMulticastAudioDecoderConfigurationOptions " +
            "GetMulticastAudioDecoderConfigurations GetOSDOptions GetOSDs GetPlayingAudioClips GetProfiles " +
            "GetServiceCapabilities GetSnapshotUri GetStreamUri GetVideoEncoderConfigurationOptions " +
            "GetVideoEncoderConfigurations GetVideoEncoderInstances GetVideoSourceConfigurationOptions " +
            "GetVideoSourceConfigurations GetVideoSourceModes GetWebRTCConfigurations PlayAudioClip " +
            "RemoveConfiguration SetAudioClip SetAudioDecoderConfiguration SetAudioEncoderConfiguration " +
            "SetAudioOutputConfiguration SetAudioSourceConfiguration SetEQPresetConfiguration SetMask " +
            "SetMetadataConfiguration SetMulticastAudioDecoderConfiguration SetOSD SetSynchronizationPoint " +
            "SetVideoEncoderConfiguration SetVideoSourceConfiguration SetVideoSourceMode SetWebRTCConfigurations " +
            "StartMulticastStreaming StopMulticastStreaming "),
        ("http://www.onvif.org/ver20/ptz/wsdl",
            "AbsoluteMove ContinuousMove CreatePresetTour GeoMove GetCompatibleConfigurations GetConfiguration " +
            "GetConfigurationOptions GetConfigurations GetNode GetNodes GetPresetTour GetPresetTourOptions " +
            "GetPresetTours GetPresets GetServiceCapabilities GetStatus GotoHomePosition GotoPreset " +
            "ModifyPresetTour MoveAndStartTracking OperatePresetTour RelativeMove RemovePreset RemovePresetTour " +
            "SendAuxiliaryCommand SetConfiguration SetHomePosition SetPreset Stop "),
    ];

    // declared after Operations: static initializers run in textual order
    private static readonly HashSet<XName> Known = Build();
}

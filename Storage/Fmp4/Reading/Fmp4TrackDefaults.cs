namespace Vms.Storage.Fmp4.Reading;

/// <summary>Per-track sample defaults (trex, ISO/IEC 14496-12 §8.8.3) used when a fragment omits a field.</summary>
internal readonly record struct Fmp4TrackDefaults(uint SampleDescriptionIndex, uint Duration, uint Size, uint Flags);

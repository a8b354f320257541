namespace Vms.Storage.Fmp4.Reading;

/// <summary>A <c>prft</c> box: the UTC time of media time <paramref name="MediaTime"/> of the reference track.</summary>
internal readonly record struct Fmp4ProducerTime(int ReferenceTrackId, DateTimeOffset Utc, ulong MediaTime);

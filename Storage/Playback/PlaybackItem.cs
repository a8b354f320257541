namespace Vms.Storage.Playback;

/// <summary>What a playback reader hands out: frames, gaps, and track changes.</summary>
public abstract record PlaybackItem;

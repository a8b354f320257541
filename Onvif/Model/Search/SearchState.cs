namespace Vms.Onvif.Model.Search;

/// <summary><c>tt:SearchState</c>.</summary>
public enum SearchState
{
    Queued,

    Searching,

    Completed,

    Unknown,
}

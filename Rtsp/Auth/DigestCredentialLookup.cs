namespace Vms.Rtsp.Auth;

/// <summary>Finds a user's credential for a realm; null when the user is unknown.</summary>
public delegate ValueTask<DigestCredential?> DigestCredentialLookup(string username, string realm, CancellationToken cancellationToken);

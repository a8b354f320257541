using Vms.Storage.Index;

namespace Vms.Host.Recording;

/// <summary>What <see cref="RecordingStorage"/> found at start: segments a crash left open, and the index reconcile.</summary>
public sealed record RecordingStartReport(int Recovered, int RemovedUnrecoverable, ReconcileReport Reconcile);

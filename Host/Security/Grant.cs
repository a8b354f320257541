namespace Vms.Host.Security;

/// <summary>
/// Rights given to a user or to everyone holding a role, over a scope of cameras, on a schedule.
/// Example: role <c>police-municipale</c> gets <c>live,ptz</c> on <c>*</c> during <c>mon-fri 08:00-20:00</c>.
/// </summary>
public sealed record Grant(long Id, GrantSubject Subject, GrantScope Scope, Rights Rights, WeeklySchedule Schedule);

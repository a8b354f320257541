using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Device;
using Vms.Onvif.Security;
using Vms.Onvif.Server;

namespace Vms.Simulators.Camera;

/// <summary>GetUsers, CreateUsers, SetUser, DeleteUsers with the Core faults (ter:UsernameClash, ter:TooManyUsers, ...).
/// The last Administrator cannot be deleted or demoted (ter:FixedUser), so the camera stays manageable.</summary>
internal static class DeviceUsers
{
    public const int MaxUsers = 16;
    public const int MaxUsernameLength = 32;
    public const int MaxPasswordLength = 64;

    public static void Register(SimulatedCamera camera, SoapDispatcher d)
    {
        OnvifHandlers.Add<GetUsers>(d, OnvifAccessClass.ReadSystemSecret, (_, _) => new GetUsersResponse(
            camera.Read(s => s.Users.Select(u => new User(u.Username, null, ToModel(u.Level))).ToArray())).ToXml());

        OnvifHandlers.Add<CreateUsers>(d, OnvifAccessClass.WriteSystem, (r, _) =>
        {
            camera.Change(s =>
            {
                foreach (var user in r.Users)
                {
                    Check(user, requirePassword: true);
                    if (s.Users.Any(u => u.Username == user.Username) || r.Users.Count(u => u.Username == user.Username) > 1)
                    {
                        throw OnvifHandlers.Fault(OnvifFault.OperationProhibited(OnvifFaultCodes.UsernameClash), $"user '{user.Username}' exists");
                    }
                }

                if (s.Users.Count + r.Users.Count > MaxUsers)
                {
                    throw OnvifHandlers.Fault(OnvifFault.ActionFailed(OnvifFaultCodes.TooManyUsers), $"at most {MaxUsers} users");
                }

                s.Users.AddRange(r.Users.Select(u => new CameraState.UserState { Username = u.Username, Password = u.Password!, Level = FromModel(u.UserLevel) }));
            });
            return new CreateUsersResponse().ToXml();
        });

        OnvifHandlers.Add<SetUser>(d, OnvifAccessClass.WriteSystem, (r, _) =>
        {
            camera.Change(s =>
            {
                foreach (var user in r.Users)
                {
                    Check(user, requirePassword: false);
                    var existing = s.Users.Find(u => u.Username == user.Username)
                        ?? throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.UsernameMissing), $"no user '{user.Username}'");
                    if (existing.Level == OnvifUserLevel.Administrator && FromModel(user.UserLevel) != OnvifUserLevel.Administrator
                        && s.Users.Count(u => u.Level == OnvifUserLevel.Administrator) == 1)
                    {
                        throw OnvifHandlers.Fault(OnvifFault.OperationProhibited(OnvifFaultCodes.FixedUser), "the last Administrator cannot be demoted");
                    }
                }

                foreach (var user in r.Users)
                {
                    var existing = s.Users.Find(u => u.Username == user.Username)!;
                    existing.Level = FromModel(user.UserLevel);
                    if (user.Password is { } password)
                    {
                        existing.Password = password;
                    }
                }
            });
            return new SetUserResponse().ToXml();
        });

        OnvifHandlers.Add<DeleteUsers>(d, OnvifAccessClass.WriteSystem, (r, _) =>
        {
            camera.Change(s =>
            {
                foreach (var name in r.Usernames)
                {
                    if (!s.Users.Any(u => u.Username == name))
                    {
                        throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.UsernameMissing), $"no user '{name}'");
                    }
                }

                var remaining = s.Users.Where(u => !r.Usernames.Contains(u.Username)).ToList();
                if (!remaining.Any(u => u.Level == OnvifUserLevel.Administrator))
                {
                    throw OnvifHandlers.Fault(OnvifFault.OperationProhibited(OnvifFaultCodes.FixedUser), "the last Administrator cannot be deleted");
                }

                s.Users = remaining;
            });
            return new DeleteUsersResponse().ToXml();
        });
    }

    private static void Check(User user, bool requirePassword)
    {
        if (string.IsNullOrEmpty(user.Username))
        {
            throw OnvifHandlers.Fault(OnvifFault.OperationProhibited(OnvifFaultCodes.UsernameTooShort), "empty username");
        }

        if (user.Username.Length > MaxUsernameLength)
        {
            throw OnvifHandlers.Fault(OnvifFault.OperationProhibited(OnvifFaultCodes.UsernameTooLong), $"usernames have at most {MaxUsernameLength} characters");
        }

        if (user.UserLevel is UserLevel.Anonymous or UserLevel.Extended)
        {
            throw OnvifHandlers.Fault(OnvifFault.OperationProhibited(OnvifFaultCodes.AnonymousNotAllowed), $"user level {user.UserLevel} cannot be given");
        }

        if (requirePassword && string.IsNullOrEmpty(user.Password))
        {
            throw OnvifHandlers.Fault(OnvifFault.OperationProhibited(OnvifFaultCodes.PasswordTooWeak), "a password is required");
        }

        if (user.Password is { Length: > MaxPasswordLength })
        {
            throw OnvifHandlers.Fault(OnvifFault.OperationProhibited(OnvifFaultCodes.PasswordTooLong), $"passwords have at most {MaxPasswordLength} characters");
        }
    }

    private static UserLevel ToModel(OnvifUserLevel level) => level switch
    {
        OnvifUserLevel.Administrator => UserLevel.Administrator,
        OnvifUserLevel.Operator => UserLevel.Operator,
        OnvifUserLevel.User => UserLevel.User,
        _ => UserLevel.Anonymous,
    };

    private static OnvifUserLevel FromModel(UserLevel level) => level switch
    {
        UserLevel.Administrator => OnvifUserLevel.Administrator,
        UserLevel.Operator => OnvifUserLevel.Operator,
        _ => OnvifUserLevel.User,
    };
}

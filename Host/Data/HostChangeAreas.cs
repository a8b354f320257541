namespace Vms.Host.Data;

/// <summary>The rows of <c>host_change_versions</c> (migrations 0011 and 0022): one version per area, bumped by triggers.</summary>
public static class HostChangeAreas
{
    /// <summary>The camera registry (table <c>cameras</c>).</summary>
    public const string Cameras = "cameras";

    /// <summary>Users, their roles and the grants (tables <c>security_users</c>, <c>security_user_roles</c>, <c>security_grants</c>).</summary>
    public const string Security = "security";
}

using Vms.Host.Security;

namespace Vms.Host.Cli.Verbs.Security;

/// <summary><c>vms users add NAME --role R [--display-name N] | list | disable NAME | enable NAME | passwd NAME</c> (password read from standard input).</summary>
internal sealed class UsersVerb : IVerb
{
    public string Name => "users";

    public string Summary => "users add NAME --role R | list | disable NAME | enable NAME | passwd NAME [--data DIR]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        var a = CommandArguments.Parse(args);
        if (a.Positionals.Count == 0)
        {
            throw new CommandLineException("say add, list, disable, enable or passwd");
        }

        var sub = a.Positionals[0];
        var name = a.Positionals.Count > 1 ? a.Positionals[1] : null;
        var roles = a.Options("role");
        var display = a.Option("display-name");
        _ = a.Option("data");
        a.ThrowIfUnknown();
        await using var cli = await SecurityCli.OpenAsync(a, withRecordings: false, cancellationToken).ConfigureAwait(false);
        var admin = cli.Get<UserAdministration>();
        switch (sub)
        {
            case "list":
                foreach (var u in await cli.Get<SecurityStore>().ListUsersAsync(cancellationToken).ConfigureAwait(false))
                {
                    await console.Out.WriteLineAsync($"{u.Name,-20} {string.Join(',', u.Roles.Order(StringComparer.Ordinal)),-30} {(u.Disabled ? "disabled" : u.PasswordHash is null ? "no password" : "active")}").ConfigureAwait(false);
                }

                return CommandLine.Ok;
            case "add":
                var user = name ?? throw new CommandLineException("name the user");
                try
                {
                    if (!await admin.AddUserAsync(SecurityCli.Actor, user, display, roles, cancellationToken).ConfigureAwait(false))
                    {
                        throw new VerbFailedException($"user '{user}' already exists");
                    }
                }
                catch (ArgumentException e)
                {
                    throw new CommandLineException(e.Message);
                }

                await console.Out.WriteLineAsync($"user '{user}' created without a password; set it with: vms users passwd {user}").ConfigureAwait(false);
                return CommandLine.Ok;
            case "disable" or "enable":
                if (!await admin.SetDisabledAsync(SecurityCli.Actor, name ?? throw new CommandLineException("name the user"), sub == "disable", cancellationToken).ConfigureAwait(false))
                {
                    throw new VerbFailedException($"no user '{name}'");
                }

                return CommandLine.Ok;
            case "passwd":
                var target = name ?? throw new CommandLineException("name the user");
                await console.Error.WriteAsync($"new password for {target} (at least {UserAdministration.MinPasswordLength} characters): ").ConfigureAwait(false);
                var password = await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? throw new VerbFailedException("no password given on standard input");
                try
                {
                    if (!await admin.SetPasswordAsync(SecurityCli.Actor, target, password, cancellationToken).ConfigureAwait(false))
                    {
                        throw new VerbFailedException($"no user '{target}'");
                    }
                }
                catch (ArgumentException e)
                {
                    throw new VerbFailedException(e.Message);
                }

                await console.Out.WriteLineAsync($"password of '{target}' set").ConfigureAwait(false);
                return CommandLine.Ok;
            default:
                throw new CommandLineException($"unknown sub-verb '{sub}' (add, list, disable, enable, passwd)");
        }
    }
}

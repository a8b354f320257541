using Vms.Host.Cli;

return await CommandLine.RunAsync(args).ConfigureAwait(false);

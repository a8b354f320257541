using Vms.Bench;

return await BenchCommands.RunAsync(args).ConfigureAwait(false);

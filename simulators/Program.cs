using Vms.Simulators.Fleet;

// --single-camera is dispatched to the single camera entry point once it exists; everything else is the fleet.
return await FleetProgram.MainAsync(args).ConfigureAwait(false);

using Vms.Simulators.Fleet;

// One command line for one camera (--single-camera) and for fleets (--cameras N, --fleet FILE): see FleetCommandLine.
return await FleetProgram.MainAsync(args).ConfigureAwait(false);

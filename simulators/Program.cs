Console.Error.WriteLine("usage: Vms.Simulators --cameras N  (the fleet arrives with the simulators issue)");
return 2;

#!/usr/bin/env bash
# Load benchmark of `vms run` beside one ffmpeg recorder per camera (see vms_load.py for what is measured).
# The harness sets the admin password of its fresh data folder, logs in, grants rights and opens a requisition
# for the playback viewers itself (bench/load/vms_api.py).
#   bench/load/vms-load.sh                                  # 200 cameras 640x360 12 fps, 10 min per phase
#   bench/load/vms-load.sh --duration 120 --phases anchor   # any vms_load.py option
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build simulators/Vms.Simulators.csproj -c Release -v q -nologo >/dev/null
dotnet build Host/Vms.Host.csproj -c Release -v q -nologo >/dev/null
exec python3 bench/load/vms_load.py "$@"

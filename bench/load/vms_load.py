#!/usr/bin/env python3
"""Load benchmark of one `vms run`: N simulated cameras recorded and re-served, with live and playback viewers,
beside the same cameras recorded by one ffmpeg process per camera, in the same run (same fleet, same machine).

The fleet runs in its own process (Vms.Simulators, Release) so the VMS process is measured alone. Client load and
/proc sampling use the shared anchor tool load.py (CPU, RSS, PSS of the watched processes). The VMS side also reads
its /metrics before and after the window (frames recorded, recording lag, gaps, reconnects).

Phases (run in this order, each over --duration seconds after warm-up):
  anchor  one `ffmpeg -rtsp_transport tcp -i URL -c copy -f segment` (fragmented MP4) recorder per camera
  vms     `vms run` pulling and recording every camera; --live viewers of live paths and --playback viewers of
          playback paths through the VMS (ffmpeg -c copy -f null)

Results: one JSON line per measurement in OUT/results.jsonl, a markdown summary on stdout.
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))


def log(*a):
    print("[vms-load]", *a, file=sys.stderr, flush=True)


def fleet_file(path, n, width, height, fps):
    cams = [{"name": f"cam-{i + 1:03d}", "kind": "fixed",
             "main": {"resolution": f"{width}x{height}", "fps": fps, "gop": fps * 2, "bitrateKbps": 512},
             "sub": {"resolution": "320x180", "fps": fps, "gop": fps * 2, "bitrateKbps": 128}}
            for i in range(n)]
    with open(path, "w") as fh:
        json.dump({"cameras": cams}, fh, indent=1)


def start_fleet(a, out):
    ff = os.path.join(out, "fleet.json")
    fleet_file(ff, a.cameras, a.width, a.height, a.fps)
    dll = os.path.join(REPO, "simulators", "bin", "Release", "net10.0", "Vms.Simulators.dll")
    cmd = ["dotnet", dll, "--fleet", ff, "--address", "127.0.0.1", "--base-port", str(a.fleet_base_port),
           "--discovery-interface", "none", "--control-port", "none", "--data", os.path.join(out, "fleet-data"), "--json"]
    if a.fleet_cpus:
        cmd = ["taskset", "-c", a.fleet_cpus] + cmd
    log("fleet:", " ".join(cmd))
    err = open(os.path.join(out, "fleet.log"), "wb")
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True, text=True)
    buf = ""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        line = p.stdout.readline()
        if not line:
            raise SystemExit("fleet exited: see " + os.path.join(out, "fleet.log"))
        buf += line
        try:
            info = json.loads(buf)
            break
        except json.JSONDecodeError:
            continue
    else:
        raise SystemExit("fleet did not print its cameras in time")
    log(f"fleet up: {len(info['cameras'])} cameras, pid {p.pid}")
    return p, info


def stop(p, name, timeout=60):
    if p is None or p.poll() is not None:
        return
    try:
        # SIGTERM, not SIGINT: a process started in the background of a non-interactive shell inherits SIGINT
        # ignored, and .NET keeps an ignored SIGINT ignored; SIGTERM stops the generic host the same graceful way
        os.killpg(p.pid, signal.SIGTERM)
        p.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        log(f"{name} did not stop in {timeout}s after SIGTERM; killed")
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
    except ProcessLookupError:
        pass


def with_credentials(url, user, password):
    return url.replace("rtsp://", f"rtsp://{user}:{password}@", 1)


def load_py(a, mode, urls, n, label, watch, out, extra=()):
    cmd = [sys.executable, os.path.join(a.anchors, "load.py"), mode, "--urls", urls, "--n", str(n),
           "--warmup", str(a.warmup), "--duration", str(a.duration), "--sample-every", "5",
           "--expect-fps", str(a.fps), "--expect-kbps", "512", "--label", label,
           "--out", os.path.join(out, "scratch"), "--json", os.path.join(out, "results.jsonl"),
           "--ready-timeout", "300", "--stagger", str(a.stagger)]
    for w in watch:
        cmd += ["--watch", str(w)]
    cmd += list(extra)
    log(" ".join(cmd))
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)


def anchor_phase(a, out, fleet, info):
    urls = os.path.join(out, "anchor-urls.txt")
    with open(urls, "w") as fh:
        for c in info["cameras"]:
            fh.write(with_credentials(c["rtspMain"], c["username"], c["password"]) + "\n")
    p = load_py(a, "record", urls, len(info["cameras"]), "ffmpeg-anchor", [fleet.pid], out,
                ["--variant", "fmp4", "--segment-time", str(a.segment_seconds)])
    res, _ = p.communicate()
    log("anchor done:", res.strip()[:300])


def http(method, url, body=None, token=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=timeout) as r:
        raw = r.read()
        ctype = r.headers.get("Content-Type", "")
        return json.loads(raw) if raw and "json" in ctype else raw.decode(errors="replace")


def metrics(api):
    try:
        text = http("GET", api + "metrics")
    except (urllib.error.URLError, OSError) as e:
        return {"error": str(e)}
    totals = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, value = line.rpartition(" ")
        metric = name.split("{", 1)[0]
        if 'stream="' in name:
            metric += "/" + name.split('stream="', 1)[1].split('"', 1)[0]
        try:
            v = float(value)
        except ValueError:
            continue
        agg = totals.setdefault(metric, {"sum": 0.0, "max": None, "n": 0})
        agg["sum"] += v
        agg["n"] += 1
        agg["max"] = v if agg["max"] is None else max(agg["max"], v)
    return totals


def vms_phase(a, out, fleet, info):
    import vms_api  # adapters to the VMS API (password, login, rights, requisition, cameras), kept apart from the measuring
    data = os.path.join(out, "vms-data")
    os.makedirs(data, exist_ok=True)
    dll = os.path.join(REPO, "Host", "bin", "Release", "net10.0", "vms.dll")
    api = f"http://127.0.0.1:{a.http_port}/"
    cmd = ["dotnet", dll, "run", "--data", data, f"--Vms:Rtsp:Port={a.rtsp_port}", f"--Vms:Http:Port={a.http_port}",
           "--Vms:Rtsp:BindAddress=127.0.0.1", "--Logging:LogLevel:Default=Warning",
           f"--Vms:Recording:SegmentDuration=00:00:{a.segment_seconds:02d}" if a.segment_seconds < 60 else "--Vms:Recording:SegmentDuration=00:01:00"]
    if a.vms_cpus:
        cmd = ["taskset", "-c", a.vms_cpus] + cmd
    # a fresh data folder has `admin` without a password: set it through the CLI before the service opens the folder
    vms_api.set_password(dll, data, a.user, a.password)
    log(f"vms: password of '{a.user}' set in {data}")
    log("vms:", " ".join(cmd))
    vlog = open(os.path.join(out, "vms.log"), "wb")
    vms = subprocess.Popen(cmd, stdout=vlog, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True, cwd=out)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                http("GET", api + "health", timeout=5)
                break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline or vms.poll() is not None:
                    raise SystemExit("vms did not answer /health; see " + os.path.join(out, "vms.log"))
                time.sleep(1)
        session = vms_api.Session(api, a)
        session.login()
        session.grant("live,playback,configure")
        log(f"vms: logged in as '{a.user}', granted live, playback and configure on every camera")
        t_add = time.monotonic()
        t_add_wall = time.time()
        ids = session.add_cameras(info["cameras"])
        session.wait_recording(ids, timeout=600)
        adopted_s = round(time.monotonic() - t_add, 1)
        t_rec = time.time()
        log(f"vms: {len(ids)} cameras added and recording after {adopted_s}s")
        # playback viewers start from the first recorded seconds once they are in closed segments, far enough behind
        # live (segment length + margin) that they never reach the segment being written during the window
        if a.playback:
            # playback needs an open requisition naming the user, the cameras and the whole range (start to now)
            horizon = time.time() + 2 * 86400
            req = session.open_requisition(ids[-a.playback:], t_add_wall - 60, horizon, horizon)
            log(f"vms: requisition opened for {a.playback} playback cameras: {json.dumps(req)[:200]}")
            wait = a.segment_seconds * 2 + 10
            log(f"vms: waiting {wait}s so that playback viewers stay inside closed segments")
            time.sleep(wait)
        rtsp = f"rtsp://{session.rtsp_credentials()}127.0.0.1:{a.rtsp_port}/"
        live = os.path.join(out, "live-urls.txt")
        with open(live, "w") as fh:
            for cid in ids[:a.live]:
                fh.write(rtsp + cid + "\n")
        playback = os.path.join(out, "playback-urls.txt")
        start = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t_rec + 2))
        with open(playback, "w") as fh:
            for cid in ids[-a.playback:]:
                fh.write(rtsp + cid + "/playback?start=" + start + "\n")
        m0 = metrics(api)
        t0 = time.time()
        pl = load_py(a, "view", live, a.live, "vms-live-viewers", [vms.pid, fleet.pid], out)
        pp = load_py(a, "view", playback, a.playback, "vms-playback-viewers", [vms.pid], out) if a.playback else None
        rl, _ = pl.communicate()
        if pp:
            rp, _ = pp.communicate()
        t1 = time.time()
        m1 = metrics(api)
        closed_until = t1 - a.segment_seconds - 5
        summary = dict(label="vms-recording", cameras=len(ids), added_and_recording_s=adopted_s, window_s=round(t1 - t0, 1),
                       metrics_before=m0, metrics_after=m1, index=session.recordings_summary(ids, t0, closed_until))
        with open(os.path.join(out, "results.jsonl"), "a") as fh:
            fh.write(json.dumps(summary) + "\n")
        log("vms done")
    finally:
        t_stop = time.monotonic()
        stop(vms, "vms", timeout=240)
        with open(os.path.join(out, "results.jsonl"), "a") as fh:
            fh.write(json.dumps(dict(label="vms-stop", stop_s=round(time.monotonic() - t_stop, 1), exit_code=vms.returncode)) + "\n")
        vlog.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cameras", type=int, default=200)
    ap.add_argument("--width", type=int, default=640)
    ap.add_argument("--height", type=int, default=360)
    ap.add_argument("--fps", type=int, default=12)
    ap.add_argument("--duration", type=float, default=600, help="measured seconds per phase")
    ap.add_argument("--warmup", type=float, default=15)
    ap.add_argument("--stagger", type=float, default=0.05)
    ap.add_argument("--live", type=int, default=20)
    ap.add_argument("--playback", type=int, default=5)
    ap.add_argument("--segment-seconds", type=int, default=60, help="segment length of both recorders")
    ap.add_argument("--phases", default="anchor,vms")
    ap.add_argument("--out", default="/tmp/vms-load")
    ap.add_argument("--anchors", default=os.environ.get("ANCHORS", "/work/shared/anchors"))
    ap.add_argument("--fleet-base-port", type=int, default=0)
    ap.add_argument("--fleet-cpus", help="taskset CPU list for the fleet")
    ap.add_argument("--vms-cpus", help="taskset CPU list for vms")
    ap.add_argument("--rtsp-port", type=int, default=18554)
    ap.add_argument("--http-port", type=int, default=18080)
    ap.add_argument("--user", default="admin", help="VMS user the viewers and the harness use")
    ap.add_argument("--password", default="vms-load-password",
                    help="set for --user on the fresh data folder (at least 10 characters)")
    a = ap.parse_args()
    sys.path.insert(0, HERE)
    out = os.path.join(a.out, time.strftime("%Y%m%d-%H%M%S"))
    os.makedirs(out)
    log("results in", out)
    with open(os.path.join(out, "machine.json"), "w") as fh:
        json.dump(dict(nproc=os.cpu_count(), loadavg_start=os.getloadavg(), uname=os.uname().release,
                       argv=sys.argv), fh)
    fleet = None
    try:
        fleet, info = start_fleet(a, out)
        phases = a.phases.split(",")
        if "anchor" in phases:
            anchor_phase(a, out, fleet, info)
        if "vms" in phases:
            vms_phase(a, out, fleet, info)
    finally:
        stop(fleet, "fleet", timeout=180)
        with open(os.path.join(out, "machine.json"), "a") as fh:
            fh.write("\n" + json.dumps(dict(loadavg_end=os.getloadavg())) + "\n")
    print(out)


if __name__ == "__main__":
    main()

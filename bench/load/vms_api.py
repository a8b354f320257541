"""The VMS calls the load harness needs: the administrator's password on a fresh data folder (CLI), logging in,
rights, a requisition for playback, adding the fleet's cameras, waiting for recording, reading the index.
Kept apart from vms_load.py so the measuring does not change when the API does.

Security of the service (docs/host-security.md): every /api/v1 route needs `Authorization: Bearer <token>`
(POST /api/v1/auth/tokens), RTSP needs Digest with the `live` right (live paths) or the `playback` right and an
open requisition naming the user, the camera and the range (playback paths)."""
import json
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request


def set_password(vms_dll, data, user, password):
    """`vms users passwd USER --data DIR`, password on standard input; run before `vms run` on the same folder
    (a fresh folder gets `admin` without a password)."""
    p = subprocess.run(["dotnet", vms_dll, "users", "passwd", user, "--data", data], input=password + "\n",
                       capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        raise SystemExit(f"vms users passwd {user} failed ({p.returncode}): {p.stderr.strip()} {p.stdout.strip()}")


class Session:
    def __init__(self, api, args):
        self.api = api.rstrip("/") + "/api/v1/"
        self.user = args.user
        self.password = args.password
        self.token = None

    def call(self, method, path, body=None, timeout=60):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.api + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if self.token:
            req.add_header("Authorization", "Bearer " + self.token)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                raw = r.read()
                return json.loads(raw) if raw else None
        except urllib.error.HTTPError as e:
            detail = e.read().decode(errors="replace")[:500]
            raise SystemExit(f"{method} /api/v1/{path}: HTTP {e.code} {detail}") from None

    def login(self):
        r = self.call("POST", "auth/tokens", {"user": self.user, "password": self.password, "label": "vms-load",
                                              "lifetimeHours": 24})
        self.token = r["token"]

    def grant(self, rights="live,playback,configure"):
        """Rights on every camera at any hour to the harness user (the administrator role alone sees no images)."""
        self.call("POST", "grants", {"subject": "user:" + self.user, "scope": "*", "rights": rights, "schedule": "always"})

    def open_requisition(self, cameras, t_from, t_to, expires):
        """A requisition naming the harness user for the playback cameras over [t_from, t_to) (UNIX seconds)."""
        iso = lambda t: time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))
        return self.call("POST", "requisitions", {
            "reference": f"vms-load-{int(time.time())}", "authority": "load benchmark (bench/load)",
            "issuedOn": time.strftime("%Y-%m-%d", time.gmtime()), "cameras": list(cameras),
            "from": iso(t_from), "to": iso(t_to), "agents": [self.user], "expiresAt": iso(expires)})

    def rtsp_credentials(self):
        return f"{urllib.parse.quote(self.user, safe='')}:{urllib.parse.quote(self.password, safe='')}@"

    def add_cameras(self, cameras):
        ids = []
        for c in cameras:
            r = self.call("POST", "cameras", {"id": c["name"], "name": c["name"], "deviceService": c["onvif"],
                                              "username": c["username"], "password": c["password"]})
            ids.append(r["id"])
        return ids

    def wait_recording(self, ids, timeout):
        deadline = time.monotonic() + timeout
        pending = set(ids)
        while pending and time.monotonic() < deadline:
            for st in self.call("GET", "cameras/states"):
                if st.get("cameraId") in pending and st.get("recording") and st.get("framesPerSecond"):
                    pending.discard(st["cameraId"])
            if pending:
                time.sleep(2)
        if pending:
            raise SystemExit(f"{len(pending)} cameras not recording after {timeout}s")

    def recordings_summary(self, ids, t0, t1):
        frm = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t0))
        to = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t1))
        total, gaps = 0.0, 0
        for cid in ids:
            tl = self.call("GET", f"cameras/{cid}/recordings?from={frm}&to={to}")
            total += tl.get("recordedSeconds", 0)
            gaps += len(tl.get("gaps", []))
        return dict(recorded_seconds_total=round(total, 1), expected_seconds_total=round(len(ids) * (t1 - t0), 1), gaps=gaps)

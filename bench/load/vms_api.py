"""The VMS REST API calls the load harness needs (adding the fleet's cameras, waiting for recording, reading the index).
Kept apart from vms_load.py so the measuring does not change when the API does."""
import json
import time
import urllib.error
import urllib.parse
import urllib.request


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
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return json.loads(raw) if raw else None

    def rtsp_credentials(self):
        return f"{urllib.parse.quote(self.user)}:{urllib.parse.quote(self.password)}@"

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

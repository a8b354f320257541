#!/usr/bin/env python3
"""Markdown tables from one vms_load.py run folder (results.jsonl + machine.json)."""
import json
import os
import sys


def load(run):
    rows = [json.loads(l) for l in open(os.path.join(run, "results.jsonl")) if l.strip()]
    return {r["label"]: r for r in rows}


def metric(m, name):
    v = m.get(name)
    return None if not v or "sum" not in v else v


def main():
    run = sys.argv[1]
    r = load(run)
    machine = [json.loads(l) for l in open(os.path.join(run, "machine.json")) if l.strip()]
    out = []
    a = r.get("ffmpeg-anchor")
    live = r.get("vms-live-viewers")
    pb = r.get("vms-playback-viewers")
    rec = r.get("vms-recording")
    stop = r.get("vms-stop")
    out.append("| | ffmpeg, one recorder per camera | vms run (one process) |")
    out.append("|---|---|---|")
    if a and live and rec:
        vms = list(live["watched"].values())[0]
        vms_pb = list(pb["watched"].values())[0] if pb else None
        fleet_a = list(a["watched"].values())[0]
        fleet_v = list(live["watched"].values())[1] if len(live["watched"]) > 1 else None
        n = rec["cameras"]
        w = rec["window_s"]
        m0, m1 = rec["metrics_before"], rec["metrics_after"]
        frames = {}
        for s in ("main", "sub"):
            f0, f1 = metric(m0, "vms_camera_frames_total/" + s), metric(m1, "vms_camera_frames_total/" + s)
            frames[s] = (f1["sum"] - f0["sum"]) / (n * w) if f0 and f1 else None
        drops = {s: (metric(m1, "vms_camera_recorder_dropped_frames_total/" + s) or {}).get("sum") for s in ("main", "sub")}
        lag = {s: (metric(m1, "vms_camera_recording_lag_seconds/" + s) or {}).get("max") for s in ("main", "sub")}
        gaps = {s: (metric(m1, "vms_camera_gaps_total/" + s) or {}).get("sum") for s in ("main", "sub")}
        vdrop = (metric(m1, "vms_camera_dropped_viewers_total/main") or {}).get("sum")
        out.append(f"| Streams recorded | {a['n']} (main) | {n} main + {n} sub |")
        out.append(f"| Viewers | — | {live['n']} live (main) + {pb['n'] if pb else 0} playback |")
        out.append(f"| Measured window | {a['window_s']} s | {live['window_s']} s (live), {pb['window_s'] if pb else '-'} s (playback) |")
        out.append(f"| CPU (cores) | {a['client_cpu_s_total'] / a['window_s']:.3f} (sum of {a['n']} processes) | {vms['cpu_frac']:.3f} |")
        out.append(f"| RSS | {a['client_rss_sum_mb']:.0f} MiB (sum; {a['client_rss_mb']['med']} MiB each) | {vms['rss_mb']:.0f} MiB |")
        out.append(f"| PSS | {a['client_pss_sum_mb']:.0f} MiB (sum; {a['client_pss_mb']['med']} MiB each) | {vms['pss_mb']:.0f} MiB |")
        out.append(f"| Frames per camera-second | {a['fps']['med']} (min {a['fps']['min']}), {a['fps_below_95pct']} recorders below 95 % | main {frames['main']:.2f}, sub {frames['sub']:.2f} (expected 12) |")
        out.append(f"| Recorder drops / recording lag (max) | — | main {drops['main']:.0f} / {lag['main']:.3f} s, sub {drops['sub']:.0f} / {lag['sub']:.3f} s |")
        out.append(f"| Pulls ended (gaps) | — | main {gaps['main']:.0f}, sub {gaps['sub']:.0f} |")
        out.append(f"| Written | {a['written_kbps_per_stream']} kbit/s per stream | index: {rec['index']['recorded_seconds_total']:.0f} s recorded of {rec['index']['expected_seconds_total']:.0f} s expected (closed segments, main) |")
        out.append(f"| Live viewers | — | {live['fps']['med']} fps median (min {live['fps']['min']}), {live['fps_below_95pct']} below 95 %, {vdrop:.0f} dropped by the server (send queue full) |")
        if pb:
            out.append(f"| Playback viewers | — | {pb['fps']['med']} fps median (min {pb['fps']['min']}), {pb['alive']}/{pb['n']} alive at the end |")
        out.append(f"| Fleet process (same in both) | {fleet_a['cpu_frac']:.3f} cores, {fleet_a['rss_mb']:.0f} MiB RSS | {fleet_v['cpu_frac'] if fleet_v else '-'} cores, {fleet_v['rss_mb'] if fleet_v else '-'} MiB RSS (also encodes the sub streams) |")
        out.append(f"| Machine busy (both cores) | {a['sys']['cpu']['busy_pct']} % | {live['sys']['cpu']['busy_pct']} % |")
        if stop:
            out.append(f"| Stop after SIGTERM | — | {stop['stop_s']} s, exit code {stop['exit_code']} |")
        out.append(f"| Cameras added through the API and recording | — | {rec['added_and_recording_s']} s |")
    out.append("")
    out.append("Machine: " + json.dumps(machine))
    print("\n".join(out))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Replays an RTSP URL with GStreamer as an ONVIF client (rtspsrc onvif-mode, rtponvifparse) and reports, as one
JSON object on stdout: the ONVIF timestamp (nanoseconds since 1900, from the replay header extension) of every RTP
packet and whether it is a clean point, and the timestamp of every picture avdec_h264 decoded.

rtspsrc's ONVIF mode (1.22) sends Range: clock= and Rate-Control but not the feature tag, so the script adds
"Require: onvif-replay" to SETUP and PLAY (its "before-send" signal), as an ONVIF client does.

usage: gst_onvif_replay.py URL TIMEOUT_SECONDS [rate-control yes|no]
"""
import json
import sys

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtsp", "1.0")
from gi.repository import GLib, Gst, GstRtsp  # noqa: E402

Gst.init(None)
url, timeout = sys.argv[1], float(sys.argv[2])
rate_control = len(sys.argv) < 4 or sys.argv[3] == "yes"

pipeline = Gst.parse_launch(
    # buffer-mode=none: timestamps from RTP alone (otherwise the jitterbuffer discards the packets that arrive with the
    # PLAY response, before its clock runs)
    f"rtspsrc name=src location={url} protocols=tcp onvif-mode=true buffer-mode=none "
    f"onvif-rate-control={'true' if rate_control else 'false'} "
    "! rtponvifparse name=parse ! rtph264depay ! h264parse ! avdec_h264 "
    "! fakesink name=sink sync=false signal-handoffs=true")

packets = []
pictures = []
errors = []


def on_packet(_pad, info):
    buffer = info.get_buffer()
    packets.append({
        "pts": buffer.pts if buffer.pts != Gst.CLOCK_TIME_NONE else None,
        "clean": not buffer.has_flags(Gst.BufferFlags.DELTA_UNIT),
        "discont": buffer.has_flags(Gst.BufferFlags.DISCONT),
    })
    return Gst.PadProbeReturn.OK


def on_picture(_sink, buffer, _pad):
    pictures.append(buffer.pts if buffer.pts != Gst.CLOCK_TIME_NONE else None)


def before_send(_src, message):
    if message.type == GstRtsp.RTSPMsgType.REQUEST:
        result, method, _uri, _version = message.parse_request()
        if method in (GstRtsp.RTSPMethod.SETUP, GstRtsp.RTSPMethod.PLAY):
            message.add_header(GstRtsp.RTSPHeaderField.REQUIRE, "onvif-replay")
    return True


pipeline.get_by_name("src").connect("before-send", before_send)
pipeline.get_by_name("parse").get_static_pad("src").add_probe(Gst.PadProbeType.BUFFER, on_packet)
pipeline.get_by_name("sink").connect("handoff", on_picture)

loop = GLib.MainLoop()
outcome = {"eos": False}


def on_message(_bus, message):
    if message.type == Gst.MessageType.EOS:
        outcome["eos"] = True
        loop.quit()
    elif message.type == Gst.MessageType.ERROR:
        error, debug = message.parse_error()
        errors.append(f"{error.message} ({debug})")
        loop.quit()


bus = pipeline.get_bus()
bus.add_signal_watch()
bus.connect("message", on_message)
GLib.timeout_add(int(timeout * 1000), loop.quit)
pipeline.set_state(Gst.State.PLAYING)
loop.run()
pipeline.set_state(Gst.State.NULL)
sys.stderr.write(f"{len(packets)} packets, last {packets[-3:] if packets else None}; {len(pictures)} pictures, eos {outcome['eos']}\n")
print(json.dumps({"eos": outcome["eos"], "errors": errors, "packets": packets, "pictures": pictures}))

#!/usr/bin/python3
"""A third-party RTSP server for interop tests: gst-rtsp-server serving an Annex-B H.264 file at /live.

Usage: gst_rtsp_server.py PORT CLIP.h264
Each client gets its own pipeline (not shared), so it starts at the file's first keyframe; the file is
paced in real time by the pipeline clock. Prints "ready" on stdout once listening.
"""
import sys

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402

Gst.init(None)
port, clip = sys.argv[1], sys.argv[2]
server = GstRtspServer.RTSPServer()
server.set_address("127.0.0.1")
server.set_service(port)
factory = GstRtspServer.RTSPMediaFactory()
factory.set_launch(f'( filesrc location="{clip}" ! h264parse ! rtph264pay name=pay0 pt=96 config-interval=-1 )')
factory.set_shared(False)
server.get_mount_points().add_factory("/live", factory)
if server.attach(None) == 0:
    sys.exit("cannot bind")
print("ready", flush=True)
GLib.MainLoop().run()

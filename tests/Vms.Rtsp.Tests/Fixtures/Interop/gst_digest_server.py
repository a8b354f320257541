#!/usr/bin/python3
"""gst-rtsp-server with Digest authentication, for the protocol-layer interop tests.

Usage: gst_digest_server.py USER PASSWORD
Serves /test (H.264 320x240 12 fps + PCMU 8 kHz, live test sources) on a free port of 127.0.0.1,
prints "PORT <n>" on stdout once listening, and runs until killed.
"""
import sys

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtsp", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtsp, GstRtspServer  # noqa: E402

Gst.init(None)
user, password = sys.argv[1], sys.argv[2]

server = GstRtspServer.RTSPServer()
server.set_address("127.0.0.1")
server.set_service("0")

auth = GstRtspServer.RTSPAuth()
auth.set_supported_methods(GstRtsp.RTSPAuthMethod.DIGEST)
token = GstRtspServer.RTSPToken.new()
token.set_string("media.factory.role", "viewer")
auth.add_digest(user, password, token)
server.set_auth(auth)

factory = GstRtspServer.RTSPMediaFactory()
factory.set_launch(
    "( videotestsrc is-live=true ! video/x-raw,width=320,height=240,framerate=12/1 "
    "! x264enc tune=zerolatency key-int-max=12 ! rtph264pay name=pay0 pt=96 config-interval=1 "
    "audiotestsrc is-live=true ! audio/x-raw,rate=8000,channels=1 ! mulawenc ! rtppcmupay name=pay1 pt=0 )"
)
factory.set_shared(True)
factory.add_role_from_structure(
    Gst.Structure.new_from_string("viewer, media.factory.access=(boolean)true, media.factory.construct=(boolean)true")
)
server.get_mount_points().add_factory("/test", factory)

server.attach(None)
print("PORT", server.get_bound_port(), flush=True)
GLib.MainLoop().run()

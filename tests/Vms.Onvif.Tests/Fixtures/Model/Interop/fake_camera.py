"""Test-only fake camera for the onvif-util interop test of the message model: answers WS-Discovery probes and SOAP POSTs with prepared envelopes.
Usage: fake.py <bind-ip> <dir>. <dir>/probematches.xml is the ProbeMatches envelope (its RelatesTo is set to the
probe's MessageID); <dir>/<Operation>.xml is the envelope answered to a request whose body element is <Operation>.
Every request is saved as <dir>/requests/<n>-<Operation>.xml, and "<n> <Operation> <path>" is appended to
<dir>/requests/paths.txt for HTTP requests."""
import http.server, os, socket, struct, sys, threading
import xml.etree.ElementTree as ET
ip, root = sys.argv[1], sys.argv[2]
S = '{http://www.w3.org/2003/05/soap-envelope}'
A = '{http://schemas.xmlsoap.org/ws/2004/08/addressing}'
os.makedirs(os.path.join(root, 'requests'), exist_ok=True)
counter = [0]
lock = threading.Lock()

def save(name, data, path=None):
    with lock:
        counter[0] += 1
        n = counter[0]
        if path is not None:
            with open(os.path.join(root, 'requests', 'paths.txt'), 'a') as log:
                log.write('%03d %s %s\n' % (n, name, path))
    with open(os.path.join(root, 'requests', '%03d-%s.xml' % (n, name)), 'wb') as f:
        f.write(data)

def discovery_socket():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(('', 3702))
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, struct.pack('4s4s', socket.inet_aton('239.255.255.250'), socket.inet_aton(ip)))
    return sock

def discovery(sock):
    while True:
        data, peer = sock.recvfrom(65536)
        save('Probe', data)
        try:
            probe = ET.fromstring(data)
            message_id = probe.find(S + 'Header/' + A + 'MessageID').text
        except Exception:
            continue
        reply = ET.parse(os.path.join(root, 'probematches.xml'))
        reply.getroot().find(S + 'Header/' + A + 'RelatesTo').text = message_id
        out = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        out.bind((ip, 0))
        out.sendto(ET.tostring(reply.getroot(), encoding='utf-8', xml_declaration=True), peer)

class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        data = self.rfile.read(int(self.headers.get('Content-Length', 0)))
        try:
            body = ET.fromstring(data).find(S + 'Body')
            operation = body[0].tag.split('}')[1]
        except Exception:
            operation = 'Unparsable'
        save(operation, data, self.path)
        path = os.path.join(root, operation + '.xml')
        if os.path.exists(path):
            payload, status = open(path, 'rb').read(), 200
        else:
            payload, status = open(os.path.join(root, 'fault.xml'), 'rb').read(), 500
        self.send_response(status)
        self.send_header('Content-Type', 'application/soap+xml; charset=utf-8')
        self.send_header('Content-Length', str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
    def log_message(self, *args):
        pass

server = http.server.ThreadingHTTPServer((ip, 80), Handler)
threading.Thread(target=discovery, args=(discovery_socket(),), daemon=True).start()
print('ready', flush=True)
server.serve_forever()

"""What the Python halves of the benchmark scripts share: timed calls to the site, and a summary row.

    sys.path.insert(0, tests_folder); from bench_http import Site, row
"""
import json, statistics, time, urllib.error, urllib.parse, urllib.request


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A 303 is an answer to measure, not a hop to follow.
    def redirect_request(self, *args):
        return None


class Site:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(_NoRedirect)

    def call(self, path, data=None, json_body=None):
        """One request: (status, headers, text, milliseconds). A form as a dict, or a JSON body."""
        body, headers = None, {}
        if data is not None:
            body = urllib.parse.urlencode(data, doseq=True).encode()
        if json_body is not None:
            body, headers = json.dumps(json_body).encode(), {"Content-Type": "application/json"}
        started = time.perf_counter()
        try:
            with self.opener.open(urllib.request.Request(self.base + path, data=body, headers=headers), timeout=30) as response:
                status, headers, text = response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            status, headers, text = error.code, error.headers, error.read().decode()
        return status, headers, text, (time.perf_counter() - started) * 1000


def row(label, values):
    """Prints median, p95 and max of some timings under a label; returns the p95."""
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(0.95 * len(values)))]
    print(f"{label:<44} {statistics.median(values):8.1f} {p95:8.1f} {max(values):8.1f}")
    return p95

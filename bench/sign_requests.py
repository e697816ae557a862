"""Signs the benchmark's requests once with botocore, an independent signer.

Writes curl config files (curl -K FILE) so that curl, the practical lower
bound, only sends bytes: no signing, no Python, no secret on argv. The keys
come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY in the environment.

usage: sign_requests.py ENDPOINT_URL OUT_DIR
writes OUT_DIR/mturk.curl (GetAccountBalance) and OUT_DIR/sts-mturk.curl
(GetCallerIdentity, then GetAccountBalance, in one curl process).
"""

import os
import sys

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

REGION = "us-east-1"
MTURK_TARGET = "MTurkRequesterServiceV20170117.GetAccountBalance"


def signed(url, service, headers, body):
    """A signed request's headers, as botocore computes them."""
    request = AWSRequest(method="POST", url=url, data=body, headers=headers)
    credentials = Credentials(
        os.environ["AWS_ACCESS_KEY_ID"], os.environ["AWS_SECRET_ACCESS_KEY"]
    )
    SigV4Auth(credentials, service, REGION).add_auth(request)
    return request


def mturk(url):
    """GetAccountBalance, JSON 1.1, as aws-cli sends it."""
    headers = {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": MTURK_TARGET,
    }
    return signed(url, "mturk-requester", headers, b"{}")


def sts(url):
    """GetCallerIdentity, query protocol."""
    headers = {
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"
    }
    body = b"Action=GetCallerIdentity&Version=2011-06-15"
    return signed(url, "sts", headers, body)


def curl_config(requests):
    """curl -K text sending `requests` in order from one process."""
    blocks = []
    for request in requests:
        lines = [f'url = "{request.url}"', "silent", "show-error", "fail"]
        lines.append('output = "/dev/null"')
        for name, value in request.headers.items():
            lines.append(f'header = "{name}: {value}"')
        lines.append(f'data-binary = "{request.body.decode()}"')
        blocks.append("\n".join(lines))
    return "\nnext\n".join(blocks) + "\n"


def main():
    url, out = sys.argv[1].rstrip("/") + "/", sys.argv[2]
    files = {
        "mturk.curl": [mturk(url)],
        "sts-mturk.curl": [sts(url), mturk(url)],
    }
    for name, requests in files.items():
        with open(os.path.join(out, name), "w") as handle:
            handle.write(curl_config(requests))


main()

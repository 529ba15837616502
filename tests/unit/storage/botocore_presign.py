#!/usr/bin/python3
"""Presigns S3 requests with botocore (the copy inside Debian's awscli) at a fixed time.

Input: one JSON object on stdin (the secret travels here, never in argv):
  {"accessKeyId", "secretAccessKey", "region", "endpoint", "addressing": "path"|"virtual",
   "time": "YYYY-MM-DDTHH:MM:SSZ",
   "cases": [{"op": "get_object"|"put_object"|"upload_part", "bucket", "key", "expires",
              "uploadId"?, "partNumber"?, "contentLength"?, "contentMd5"?}]}
Output: a JSON list with one presigned URL per case, on stdout.
Used by tst_botocorecompat to compare Cairn's signatures with an independent implementation.
"""
import datetime
import json
import sys

import awscli  # noqa: F401  (Debian's awscli vendors botocore and registers it on import)
import botocore.auth
import botocore.session
from botocore.config import Config


def main():
    spec = json.load(sys.stdin)
    fixed = datetime.datetime.strptime(spec["time"], "%Y-%m-%dT%H:%M:%SZ")

    class FixedClock(datetime.datetime):
        @classmethod
        def utcnow(cls):
            return fixed

        @classmethod
        def now(cls, tz=None):
            return fixed if tz is None else fixed.replace(tzinfo=datetime.timezone.utc).astimezone(tz)

    # botocore.auth reads the time through its own `datetime` module reference.
    botocore.auth.datetime.datetime = FixedClock

    session = botocore.session.get_session()
    client = session.create_client(
        "s3",
        region_name=spec["region"],
        endpoint_url=spec["endpoint"],
        aws_access_key_id=spec["accessKeyId"],
        aws_secret_access_key=spec["secretAccessKey"],
        config=Config(signature_version="s3v4", s3={"addressing_style": spec["addressing"]}),
    )
    urls = []
    for case in spec["cases"]:
        params = {"Bucket": case["bucket"], "Key": case["key"]}
        if case["op"] == "upload_part":
            params["UploadId"] = case["uploadId"]
            params["PartNumber"] = case["partNumber"]
        if "contentLength" in case:
            params["ContentLength"] = case["contentLength"]
        if "contentMd5" in case:
            params["ContentMD5"] = case["contentMd5"]
        urls.append(client.generate_presigned_url(case["op"], Params=params, ExpiresIn=case["expires"]))
    json.dump(urls, sys.stdout)


if __name__ == "__main__":
    main()

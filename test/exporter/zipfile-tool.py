# Python's zipfile (software this project did not write), for the re-stamping tests:
#   make: reads a JSON list of entries on stdin, writes a zip of them to stdout. Writing to a pipe,
#         zipfile cannot seek back, so it puts each entry's CRC and sizes in a data descriptor,
#         as the workbook's stream writer does.
#   read PATH: prints, as JSON, what the tests check of every entry, its stored (compressed)
#         bytes read from the file directly, and testzip()'s verdict.
import base64
import hashlib
import json
import struct
import sys
import zipfile


def make():
    with zipfile.ZipFile(sys.stdout.buffer, "w") as archive:
        for entry in json.load(sys.stdin):
            info = zipfile.ZipInfo(entry["name"], tuple(entry["date"]))
            info.compress_type = zipfile.ZIP_DEFLATED if entry["deflated"] else zipfile.ZIP_STORED
            info.create_system = 3  # Unix, with a file mode, which the re-stamp must drop
            info.external_attr = 0o100644 << 16
            archive.writestr(info, entry["text"].encode("utf-8"))


def stored_bytes(file, info):
    # The local file header (APPNOTE 4.3.7): 30 bytes, then the name and the extra field.
    file.seek(info.header_offset)
    header = file.read(30)
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    file.seek(info.header_offset + 30 + name_length + extra_length)
    return file.read(info.compress_size)


def read(path):
    with zipfile.ZipFile(path) as archive, open(path, "rb") as file:
        entries = [
            {
                "name": info.filename,
                "date": list(info.date_time),
                "flags": info.flag_bits,
                "method": info.compress_type,
                "system": info.create_system,
                "versions": [info.create_version, info.extract_version],
                "attributes": info.external_attr,
                "extra": info.extra.hex(),
                "stored": hashlib.sha256(stored_bytes(file, info)).hexdigest(),
                "content": base64.b64encode(archive.read(info)).decode("ascii"),
            }
            for info in archive.infolist()
        ]
        print(json.dumps({"bad": archive.testzip(), "comment": archive.comment.decode("latin-1"), "entries": entries}))


if sys.argv[1] == "make":
    make()
else:
    read(sys.argv[2])

#!/usr/bin/python3
"""Drives a KMIP server with PyKMIP (Debian python3-pykmip 0.10), an independent client.

Usage: interop.py HOST PORT CERT KEY CA VERSION   (VERSION: 1.0 1.1 1.2 1.3 1.4 2.0)

Runs Create, Register, Get, Activate, Revoke, Destroy, Locate, GetAttributes and
CreateKeyPair, and prints one line per step: "ok <step> <detail>" or "FAIL <step> <reason>".
The last line is "N passed, N failed". Exit code 0 when every step passed, 1 otherwise.
No key bytes are printed: only lengths and digests' lengths.
"""
import sys
import traceback

from kmip.core import enums
from kmip.pie import client as pie_client
from kmip.pie import objects
from kmip.core.factories import attributes as attribute_factory

host, port, cert, key, ca, version = sys.argv[1:7]
versions = {
    "1.0": enums.KMIPVersion.KMIP_1_0, "1.1": enums.KMIPVersion.KMIP_1_1,
    "1.2": enums.KMIPVersion.KMIP_1_2, "1.3": enums.KMIPVersion.KMIP_1_3,
    "1.4": enums.KMIPVersion.KMIP_1_4, "2.0": enums.KMIPVersion.KMIP_2_0,
}
results = []


def step(name, fn):
    try:
        detail = fn()
        results.append(True)
        print("ok", name, detail if detail is not None else "", flush=True)
        return detail
    except Exception as e:  # report and go on: every step is counted
        results.append(False)
        print("FAIL", name, type(e).__name__, str(e).replace("\n", " ")[:300], flush=True)
        traceback.print_exc(file=sys.stderr)
        return None


c = pie_client.ProxyKmipClient(
    hostname=host, port=int(port), cert=cert, key=key, ca=ca,
    config_file="/dev/null", kmip_version=versions[version])
c.open()
try:
    name = "interop-%s-key" % version
    uid = step("create", lambda: c.create(
        enums.CryptographicAlgorithm.AES, 256, name=name,
        cryptographic_usage_mask=[enums.CryptographicUsageMask.ENCRYPT,
                                  enums.CryptographicUsageMask.DECRYPT]))

    def get_key():
        k = c.get(uid)
        assert k.object_type == enums.ObjectType.SYMMETRIC_KEY, k.object_type
        assert k.cryptographic_algorithm == enums.CryptographicAlgorithm.AES
        assert k.cryptographic_length == 256, k.cryptographic_length
        assert len(k.value) == 32, len(k.value)
        return "symmetric key, %d bytes" % len(k.value)
    step("get", get_key)

    def get_attributes():
        got_uid, attrs = c.get_attributes(uid, ["State", "Cryptographic Algorithm", "Name"])
        assert got_uid == uid, got_uid
        by_name = {a.attribute_name.value: a.attribute_value for a in attrs}
        assert "State" in by_name, sorted(by_name)
        assert by_name["State"].value == enums.State.PRE_ACTIVE, by_name["State"]
        return ",".join(sorted(by_name))
    step("get_attributes", get_attributes)

    step("activate", lambda: c.activate(uid))

    def state_is(expected):
        _, attrs = c.get_attributes(uid, ["State"])
        got = attrs[0].attribute_value.value
        assert got == expected, got
        return str(got)
    step("state_active", lambda: state_is(enums.State.ACTIVE))

    def locate():
        f = attribute_factory.AttributeFactory()
        found = c.locate(attributes=[f.create_attribute(enums.AttributeType.NAME, name)])
        assert uid in found, found
        return "%d found" % len(found)
    step("locate", locate)

    # Names are unique within a server (KMIP 1.4 §3.2, 2.1 §4.36): PyKMIP's default name
    # ("Secret Data") would collide with the secret of another run, so each one is named.
    secret = objects.SecretData(b"interop-secret-0123456789abcdef!", enums.SecretDataType.PASSWORD,
                                masks=[enums.CryptographicUsageMask.DERIVE_KEY],
                                name="interop-%s-secret" % version)
    reg_uid = step("register", lambda: c.register(secret))

    def get_registered():
        s = c.get(reg_uid)
        assert s.object_type == enums.ObjectType.SECRET_DATA, s.object_type
        assert s.value == b"interop-secret-0123456789abcdef!", "value differs"
        return "secret data, %d bytes" % len(s.value)
    step("get_registered", get_registered)

    step("revoke", lambda: c.revoke(enums.RevocationReasonCode.CESSATION_OF_OPERATION, uid,
                                    revocation_message="interop test"))
    step("state_deactivated", lambda: state_is(enums.State.DEACTIVATED))
    step("destroy", lambda: c.destroy(uid))

    def get_destroyed():
        try:
            c.get(uid)
        except Exception as e:  # the server must refuse a destroyed key
            return "refused: %s" % type(e).__name__
        raise AssertionError("Get of a destroyed key succeeded")
    step("get_destroyed_refused", get_destroyed)

    pair = step("create_key_pair", lambda: c.create_key_pair(
        enums.CryptographicAlgorithm.RSA, 2048,
        public_name="interop-%s-public" % version, private_name="interop-%s-private" % version,
        public_usage_mask=[enums.CryptographicUsageMask.VERIFY],
        private_usage_mask=[enums.CryptographicUsageMask.SIGN]))

    def get_public():
        pub = c.get(pair[0])
        assert pub.object_type == enums.ObjectType.PUBLIC_KEY, pub.object_type
        return "public key, %d bytes" % len(pub.value)
    if pair:
        step("get_public_key", get_public)
        step("destroy_private_key", lambda: c.destroy(pair[1]))
        step("destroy_public_key", lambda: c.destroy(pair[0]))
    step("destroy_registered", lambda: c.destroy(reg_uid))
finally:
    c.close()

passed = sum(1 for r in results if r)
print("%d passed, %d failed" % (passed, len(results) - passed))
sys.exit(0 if passed == len(results) else 1)

#!/usr/bin/env bash
# Fills a stopped `clavis serve` H2 file store with N copies of one object, for measurements with
# many objects (resident memory, Locate). The copies are made in SQL from a template row the
# server created itself (one KMIP Create): same attributes and state, their own uid
# ("bulk-<n>") and Name ("bulk-<n>"). Their sealed key material is the template's, which is
# bound to the template's uid, so a Get of a copy fails its integrity check: they are for
# counting and locating, not for reading keys.
#
#   bench/bulk-load.sh <data-dir> <count>        # the server must be stopped; at most 5,000,000
#
# Loopback only (no network); bounded by the count and by 50,000-row transactions.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
data="$(cd "$1" && pwd)"; count="$2"
[ "$count" -ge 1 ] && [ "$count" -le 5000000 ] || { echo "bulk-load.sh: count 1..5000000" >&2; exit 2; }
[ -f "$data/clavis.mv.db" ] || { echo "bulk-load.sh: no $data/clavis.mv.db (run clavis serve once and create one object)" >&2; exit 2; }
java="$("$root/bin/java-home")/bin/java"
sql() { "$java" -cp "$root/kmip-server/target/clavis.jar" org.h2.tools.Shell -url "jdbc:h2:file:$data/clavis" \
  -user clavis -password "" -sql "$1"; }
template=$(sql "SELECT MIN(uid) FROM managed_object WHERE sealed_material IS NOT NULL" | sed -n 2p | tr -d ' ')
[ -n "$template" ] && [ "$template" != "null" ] || { echo "bulk-load.sh: no object with key material to copy" >&2; exit 1; }
chunk=50000
for ((from = 1; from <= count; from += chunk)); do
  to=$(( from + chunk - 1 < count ? from + chunk - 1 : count ))
  sql "INSERT INTO managed_object (uid, object_type, state, owner_identity, cryptographic_algorithm, cryptographic_length,
         usage_mask, initial_date, activation_date, last_change_date, fresh, archived, attributes, sealed_material,
         kek_version, row_version)
       SELECT 'bulk-' || r.X, t.object_type, t.state, t.owner_identity, t.cryptographic_algorithm, t.cryptographic_length,
         t.usage_mask, t.initial_date, t.activation_date, t.last_change_date, t.fresh, t.archived, t.attributes,
         t.sealed_material, t.kek_version, 1
       FROM managed_object t, SYSTEM_RANGE($from, $to) r WHERE t.uid = '$template';
       INSERT INTO object_name (uid, position, name) SELECT 'bulk-' || X, 0, 'bulk-' || X FROM SYSTEM_RANGE($from, $to);
       COMMIT;" >/dev/null
  echo "bulk-load.sh: $to / $count" >&2
done
sql "SELECT COUNT(*) FROM managed_object" | sed -n 2p

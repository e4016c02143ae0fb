# Sourced by the bench scripts. keep_errors LOG...: a server log with ERROR lines outlives the
# run's temporary directory (copied to $BENCH_LOG_DIR, default /tmp), because a bench only reports
# "internal error (details in the server log)" for a failed request and the details are there.
keep_errors() {
  local log kept
  for log in "$@"; do
    if grep -q ' ERROR ' "$log" 2>/dev/null; then
      kept="${BENCH_LOG_DIR:-/tmp}/$(basename "$log" .log)-$(date -u +%Y%m%dT%H%M%SZ)-$$.log"
      cp "$log" "$kept" && echo "$(basename "$0"): the server logged errors; its log is kept in $kept" >&2
    fi
  done
}

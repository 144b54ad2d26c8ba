#!/usr/bin/env bash
# Crash-safety load test for online applications (issue 7): sends N concurrent applications to a Gongkai on loopback,
# kills it with SIGKILL while they are in flight, restarts it, sends every application again with the same
# Idempotency-Key, and prints acknowledged / stored / duplicates / responses of 500. It passes (exit 0) when every
# application acknowledged before the kill is stored, no application is stored twice and no answer was a 500.
# The kill comes once KILL_AT answers (default N/4) have arrived, so it lands mid-load however fast the machine is.
# Bounded: N (default 500) requests per round, two rounds, curl's timeouts, a fresh data directory removed at exit.
# The per-client limits are raised for the run (every request comes from 127.0.0.1); they have tests of their own.
# Usage: scripts/load-applications.sh [N] [KILL_AT]   (GONGKAI_BIN=path/to/gongkai to skip ./gongkai's build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-500}"
kill_at="${2:-$((count / 4))}"
bin="${GONGKAI_BIN:-$root/gongkai}"
work="$(mktemp -d /tmp/gongkai-load.XXXXXX)"
port=5590
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
url="http://127.0.0.1:$port"
server=""
cleanup() { [ -n "$server" ] && kill -9 "$server" 2>/dev/null; [ -n "${GONGKAI_LOAD_KEEP:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

export Gongkai__Abuse__ApplicationsPerHour=1000000 Gongkai__Abuse__Challenge=false
"$bin" migrate --data "$work/data" >/dev/null
"$bin" agency add --data "$work/data" --name 朝阳区南磨房地区办事处 --code NMF --kind 街道办事处 >/dev/null
agency="$(sqlite3 "$work/data/gongkai.db" "select id from agencies where code = 'NMF'")"

start_server() {
  "$bin" serve --data "$work/data" --urls "$url" >>"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null "$url/apply" && return 0
    sleep 0.2
  done
  echo "load: the server did not start; see its log:" >&2; cat "$work/server.log" >&2; exit 2
}

# Two curl processes send the round, all at once (curl allows at most 300 transfers in parallel per process); each
# transfer writes "key status" to the round's status file and its body to round/key.
round() {
  local name="$1"
  mkdir -p "$work/$name"
  : >"$work/$name.status"
  half=$(((count + 1) / 2))
  send "$name" 1 "$half" & local a=$!
  send "$name" $((half + 1)) "$count" & local b=$!
  wait "$a" "$b"
}

send() {
  local name="$1" config="$work/$1.$2.curl"
  : >"$config"
  for i in $(seq "$2" "$3"); do
    key="$(printf 'load-key-%06d' "$i")"
    # "next" between transfers only: after the last one it would start a transfer without a URL.
    [ "$i" = "$2" ] || echo next >>"$config"
    cat >>"$config" <<CURL
url = "$url/api/applications?k=$key"
header = "Content-Type: application/json"
header = "Idempotency-Key: $key"
data = "{\"agencyId\":$agency,\"applicantType\":\"NaturalPerson\",\"name\":\"压测申请人$i\",\"idDocumentType\":\"居民身份证\",\"idDocumentNumber\":\"110101199001011234\",\"email\":\"load$i@example.cn\",\"description\":\"压测申请第 $i 项\",\"form\":\"Electronic\",\"delivery\":\"Online\"}"
output = "$work/$name/$key"
write-out = "$key %{http_code}\\n"
CURL
  done
  curl --parallel --parallel-immediate --parallel-max 300 --max-time 600 --connect-timeout 30 -s --no-progress-meter -K "$config" \
    >>"$work/$name.status" || true
}

start_server
round first &
load=$!
for _ in $(seq 1 3000); do
  # The bodies, not the status lines, which curl buffers: a body with its tracking number is an acknowledgement.
  [ "$(grep -ls trackingNumber "$work"/first/* 2>/dev/null | wc -l)" -ge "$kill_at" ] && break
  sleep 0.2
done
kill -9 "$server"; wait "$server" 2>/dev/null || true; server=""
wait "$load"
start_server
round retry
kill -9 "$server"; wait "$server" 2>/dev/null || true; server=""

# grep, not sed: the bodies end without a newline, and sed would run the numbers of several files together.
number() { grep -so '"trackingNumber":"[^"]*"' "$1" | cut -d'"' -f4; }
acknowledged=0; lost=0; changed=0
while read -r key status; do
  [[ "$status" == 201 || "$status" == 200 ]] || continue
  acknowledged=$((acknowledged + 1))
  first="$(number "$work/first/$key")"
  again="$(number "$work/retry/$key")"
  [ "$(sqlite3 "$work/data/gongkai.db" "select count(*) from disclosure_applications where tracking_number = '$first'")" = 1 ] || lost=$((lost + 1))
  [ "$first" = "$again" ] || changed=$((changed + 1))
done <"$work/first.status"
stored="$(sqlite3 "$work/data/gongkai.db" "select count(*) from disclosure_applications")"
answered="$(awk '$2 == 200 || $2 == 201' "$work/retry.status" | wc -l)"
distinct="$(for f in "$work"/retry/*; do number "$f"; done | sort -u | grep -c . || true)"
duplicates=$((stored - distinct))
errors="$(cat "$work/first.status" "$work/retry.status" | awk '$2 >= 500' | wc -l)"
unanswered="$(awk '$2 == "000"' "$work/first.status" | wc -l)"
echo "sent $count at once, SIGKILL after $kill_at answers: $unanswered without an answer before the kill"
echo "acknowledged $acknowledged, stored $stored, acknowledged but not stored $lost, answered differently on retry $changed"
echo "retry answered $answered of $count, distinct cases $distinct, duplicates $duplicates, responses of 500 $errors"
[ "$lost" = 0 ] && [ "$changed" = 0 ] && [ "$duplicates" = 0 ] && [ "$errors" = 0 ] && [ "$answered" = "$count" ]
